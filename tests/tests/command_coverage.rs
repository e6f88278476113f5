//! Every command and subcommand a live redis-server has is either a
//! method of `Commands` or left out on purpose, and neither list names a
//! command the server does not have.
//!
//! Against a server of the version the methods were generated from, any
//! difference fails. Against another version it is printed instead: a newer
//! server's new commands, or an older one's missing ones, are expected, and
//! the generator (`cargo run -p resp-tests --example gen_commands`) is the
//! way to follow them.

use std::collections::BTreeSet;

use resp_client::{EXCLUDED, METHODS, SERVER_VERSION};
use resp_core::{Cmd, Frame};
use resp_tests::{CommandDocs, RedisServer, RedisVersion};

#[test]
fn every_command_has_a_method_or_a_reason() {
    let server = RedisServer::start();
    let mut conn = server.connect();
    let version = server.version();
    let generated: RedisVersion = SERVER_VERSION
        .parse()
        .expect("the generated version parses");

    // `COMMAND` names every top-level command; `COMMAND DOCS` has the
    // subcommands.
    let Frame::Array(entries) = conn.request(&Cmd::new("COMMAND")).unwrap() else {
        panic!("COMMAND replies with an array");
    };
    let top_level: BTreeSet<String> = entries
        .iter()
        .map(|entry| match entry {
            Frame::Array(fields) => match &fields[0] {
                Frame::BulkString(name) | Frame::SimpleString(name) => {
                    String::from_utf8_lossy(name).to_ascii_lowercase()
                }
                other => panic!("a command name is {other:?}"),
            },
            other => panic!("a COMMAND entry is {other:?}"),
        })
        .collect();
    let docs = CommandDocs::all(&mut conn).unwrap();
    let documented: BTreeSet<String> = docs.iter().map(|docs| docs.name.clone()).collect();
    assert_eq!(top_level, documented, "COMMAND and COMMAND DOCS agree");

    let with_method: BTreeSet<&str> = METHODS.iter().map(|(command, _)| *command).collect();
    let excluded: BTreeSet<&str> = EXCLUDED.iter().map(|(command, _)| *command).collect();
    assert!(
        with_method.is_disjoint(&excluded),
        "a command is both excluded and given a method: {:?}",
        with_method.intersection(&excluded).collect::<Vec<_>>()
    );
    for (command, reason) in EXCLUDED {
        assert!(!reason.is_empty(), "{command} is excluded without a reason");
    }

    let mut server_names = BTreeSet::new();
    let mut missing = Vec::new();
    for command in &docs {
        for docs in command.with_subcommands() {
            server_names.insert(docs.name.clone());
            let name = docs.name.as_str();
            // A container (CLIENT, CONFIG...) is called through its
            // subcommands; one that can also be called alone (COMMAND) has
            // a method of its own.
            let container = !docs.subcommands.is_empty();
            if !container && !with_method.contains(name) && !excluded.contains(name) {
                missing.push(docs.display_name());
            }
        }
    }
    let stale: Vec<&str> = with_method
        .iter()
        .chain(&excluded)
        .filter(|name| !server_names.contains(**name))
        .copied()
        .collect();

    let same_version = (version.major, version.minor) == (generated.major, generated.minor);
    let report = format!(
        "redis-server {version}, methods generated from {generated}:\n\
         without a method or a reason to leave them out: {missing:?}\n\
         named in the tables but unknown to the server: {stale:?}"
    );
    if same_version {
        assert!(missing.is_empty() && stale.is_empty(), "{report}");
    } else if !missing.is_empty() || !stale.is_empty() {
        eprintln!("warning: {report}");
    }
}

#[test]
fn method_names_are_unique() {
    let mut seen = BTreeSet::new();
    for (command, method) in METHODS {
        assert!(seen.insert(*method), "{method} (for {command}) twice");
    }
}

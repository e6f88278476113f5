//! Writes resp-core's command table, `crates/resp-core/src/cluster/command_table.rs`,
//! from what redis-server's `COMMAND INFO` reports of every command and
//! subcommand:
//!
//! ```sh
//! cargo run -p resp-tests --example gen_command_table
//! ```
//!
//! It starts a throwaway `redis-server` from `PATH`, so the table is that
//! server's: its version goes into the file's header. Commands and
//! subcommands are sorted by name and the file is passed through `rustfmt`,
//! so a re-run against the same server writes the same file; `git diff`
//! shows what a new server changes. A flag, tip or key-spec shape that
//! resp-core does not know stops the generator with an error rather than
//! being left out.

use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;

use resp_core::cluster::{CommandFlags, KeySpecFlags, RequestPolicy, ResponsePolicy};
use resp_tests::{BeginSearchInfo, CommandInfo, FindKeysInfo, KeySpecInfo, RedisServer};

/// The file written, relative to this crate.
const TABLE: &str = "../crates/resp-core/src/cluster/command_table.rs";

fn main() -> Result<(), Box<dyn Error>> {
    let server = RedisServer::start();
    let mut conn = server.connect();
    let commands = CommandInfo::all(&mut conn)?;
    let version = server.version();

    let mut out = String::new();
    writeln!(
        out,
        "//! Every command and subcommand that redis-server {version} reports in\n\
         //! `COMMAND INFO`, sorted by name.\n\
         //!\n\
         //! GENERATED: do not edit. Regenerate with\n\
         //! `cargo run -p resp-tests --example gen_command_table`, which asks a\n\
         //! throwaway redis-server from `PATH`.\n\
         \n\
         use super::command::{{\n\
         CommandFlags as F, CommandSpec, RequestPolicy as Req, ResponsePolicy as Resp,\n\
         }};\n\
         use super::key_spec::{{BeginSearch, FindKeys, KeySpec, KeySpecFlags as K}};\n\
         \n\
         /// The version of the redis-server this table was read from.\n\
         pub(super) const SERVER_VERSION: &str = \"{version}\";\n\
         \n\
         /// Every command, sorted by name.\n\
         pub(super) static COMMANDS: &[CommandSpec] = &["
    )?;
    for command in &commands {
        out.push_str(&spec(command)?);
    }
    out.push_str("];\n");
    for command in commands.iter().filter(|c| !c.subcommands.is_empty()) {
        writeln!(
            out,
            "\n/// The subcommands of `{}`, sorted by name.\nstatic {}: &[CommandSpec] = &[",
            command.name,
            subcommands_static(&command.name)
        )?;
        for sub in &command.subcommands {
            out.push_str(&spec(sub)?);
        }
        out.push_str("];\n");
    }

    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(TABLE);
    std::fs::write(&path, out)?;
    let status = Command::new("rustfmt")
        .args(["--edition", "2024"])
        .arg(&path)
        .status()?;
    if !status.success() {
        return Err(format!("rustfmt failed on {}: {status}", path.display()).into());
    }
    let count: usize = commands.iter().map(|c| 1 + c.subcommands.len()).sum();
    println!(
        "wrote {} commands and subcommands of redis-server {version} to {}",
        count,
        path.display()
    );
    Ok(())
}

/// The name of the static that holds the subcommands of `container`.
fn subcommands_static(container: &str) -> String {
    format!("{}_SUBCOMMANDS", container.to_uppercase().replace('-', "_"))
}

/// One `CommandSpec { .. },` of the table.
fn spec(command: &CommandInfo) -> Result<String, Box<dyn Error>> {
    let mut flags = Vec::new();
    for name in &command.flags {
        if CommandFlags::from_name(name).is_none() {
            return Err(format!("{}: unknown flag {name:?}", command.name).into());
        }
        flags.push(format!("F::{}", command_flag_const(name)));
    }

    let mut request_policy = RequestPolicy::Default;
    let mut response_policy = ResponsePolicy::Default;
    let (mut nondeterministic, mut nondeterministic_order) = (false, false);
    for tip in &command.tips {
        if let Some(name) = tip.strip_prefix("request_policy:") {
            request_policy = RequestPolicy::from_name(name)
                .ok_or_else(|| format!("{}: unknown tip {tip:?}", command.name))?;
        } else if let Some(name) = tip.strip_prefix("response_policy:") {
            response_policy = ResponsePolicy::from_name(name)
                .ok_or_else(|| format!("{}: unknown tip {tip:?}", command.name))?;
        } else if tip == "nondeterministic_output" {
            nondeterministic = true;
        } else if tip == "nondeterministic_output_order" {
            nondeterministic_order = true;
        } else {
            return Err(format!("{}: unknown tip {tip:?}", command.name).into());
        }
    }

    let mut key_specs = Vec::new();
    for key_spec in &command.key_specs {
        key_specs.push(key_spec_expr(key_spec).map_err(|err| format!("{}: {err}", command.name))?);
    }

    let subcommands = if command.subcommands.is_empty() {
        "&[]".to_owned()
    } else {
        subcommands_static(&command.name)
    };
    Ok(format!(
        "CommandSpec {{ name: {name:?}, arity: {arity}, flags: {flags}, \
         request_policy: Req::{request_policy:?}, response_policy: Resp::{response_policy:?}, \
         nondeterministic_output: {nondeterministic}, \
         nondeterministic_output_order: {nondeterministic_order}, \
         key_specs: &[{key_specs}], subcommands: {subcommands} }},\n",
        name = command.name,
        arity = i32::try_from(command.arity)?,
        flags = union("F", &flags),
        key_specs = key_specs.join(", "),
    ))
}

/// One `KeySpec::new(..)`.
fn key_spec_expr(spec: &KeySpecInfo) -> Result<String, Box<dyn Error>> {
    let mut flags = Vec::new();
    for name in &spec.flags {
        if KeySpecFlags::from_name(name).is_none() {
            return Err(format!("unknown key spec flag {name:?}").into());
        }
        flags.push(format!("K::{}", name.to_uppercase()));
    }
    let begin = match &spec.begin_search {
        BeginSearchInfo::Index(index) => format!("BeginSearch::Index({})", u32::try_from(*index)?),
        BeginSearchInfo::Keyword {
            keyword,
            start_from,
        } => format!(
            "BeginSearch::Keyword {{ keyword: {keyword:?}, start_from: {} }}",
            i32::try_from(*start_from)?
        ),
        BeginSearchInfo::Unknown => "BeginSearch::Unknown".to_owned(),
    };
    let find = match &spec.find_keys {
        FindKeysInfo::Range {
            last_key,
            step,
            limit,
        } => format!(
            "FindKeys::Range {{ last_key: {}, step: {}, limit: {} }}",
            i32::try_from(*last_key)?,
            u32::try_from(*step)?,
            u32::try_from(*limit)?
        ),
        FindKeysInfo::KeyNum {
            num_keys_index,
            first_key,
            step,
        } => format!(
            "FindKeys::KeyNum {{ num_keys_index: {}, first_key: {}, step: {} }}",
            u32::try_from(*num_keys_index)?,
            u32::try_from(*first_key)?,
            u32::try_from(*step)?
        ),
        FindKeysInfo::Unknown => "FindKeys::Unknown".to_owned(),
    };
    Ok(format!(
        "KeySpec::new({begin}, {find}, {})",
        union("K", &flags)
    ))
}

/// The Rust name of the `CommandFlags` constant for the flag `name`.
fn command_flag_const(name: &str) -> String {
    match name {
        "movablekeys" => "MOVABLE_KEYS".to_owned(),
        _ => name.to_uppercase(),
    }
}

/// `A.union(B).union(C)`, or `<ty>::empty()`.
fn union(ty: &str, flags: &[String]) -> String {
    match flags.split_first() {
        None => format!("{ty}::empty()"),
        Some((first, rest)) => rest
            .iter()
            .fold(first.clone(), |acc, flag| format!("{acc}.union({flag})")),
    }
}

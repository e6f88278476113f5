//! The fake server resp-core's connection tests run against
//! (`resp_core::check::fake_server`) answers as redis-server 7.0 does: each
//! script below goes, pipelined, to both, and both must write the same
//! bytes back (client ids aside).

use std::io::{ErrorKind, Read, Write};
use std::time::Duration;

use resp_core::check::fake_server::{FakeServer, ServerConfig};
use resp_core::{Cmd, Frame, Instant};
use resp_tests::{RedisServer, RedisVersion};

fn cmd(args: &[&str]) -> Cmd {
    Cmd::new(args[0]).args(&args[1..])
}

/// What the fake writes for `cmds`, every `BLPOP` timeout run out.
fn fake_reply(config: ServerConfig, cmds: &[Cmd]) -> Vec<u8> {
    let mut server = FakeServer::new(config);
    let input: Vec<u8> = cmds.iter().flat_map(|cmd| cmd.to_bytes()).collect();
    server.handle_input(Instant::ZERO, &input);
    let mut out = Vec::new();
    loop {
        while let Some(bytes) = server.poll_transmit() {
            out.extend_from_slice(&bytes);
        }
        match server.poll_timeout() {
            Some(at) => server.handle_timeout(at),
            None => return out,
        }
    }
}

/// What redis-server writes for `cmds` on a new connection: at least as
/// much as `expected` holds (or all until it closes), and whatever follows
/// within 100 ms.
fn real_reply(server: &RedisServer, cmds: &[Cmd], expected: usize) -> Vec<u8> {
    let mut stream = server.tcp_stream();
    let input: Vec<u8> = cmds.iter().flat_map(|cmd| cmd.to_bytes()).collect();
    stream.write_all(&input).expect("write");
    let mut out = Vec::new();
    let mut buf = [0; 4096];
    let mut settling = false;
    loop {
        if !settling && normalized(&out).len() >= expected {
            settling = true;
            stream
                .set_read_timeout(Some(Duration::from_millis(100)))
                .expect("timeout");
        }
        match stream.read(&mut buf) {
            Ok(0) => return out,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(err)
                if settling
                    && matches!(err.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
            {
                return out;
            }
            Err(err) => panic!("read: {err} after {:?}", String::from_utf8_lossy(&out)),
        }
    }
}

/// The bytes with the client id in `HELLO` replies made 0.
fn normalized(bytes: &[u8]) -> Vec<u8> {
    const ID: &[u8] = b"$2\r\nid\r\n:";
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some(at) = rest.windows(ID.len()).position(|window| window == ID) {
        out.extend_from_slice(&rest[..at + ID.len()]);
        rest = &rest[at + ID.len()..];
        let digits = rest.iter().take_while(|byte| byte.is_ascii_digit()).count();
        out.push(b'0');
        rest = &rest[digits..];
    }
    out.extend_from_slice(rest);
    out
}

/// Runs each script on a clean database of `server` and on a fake set up
/// with `config`, and compares.
fn compare(server: &RedisServer, config: &ServerConfig, scripts: &[(&str, Vec<Cmd>)]) {
    if server.version() < RedisVersion::new(7, 0, 0)
        || server.version() >= RedisVersion::new(7, 1, 0)
    {
        eprintln!(
            "skipped: the fake server follows redis-server 7.0, not {}",
            server.version()
        );
        return;
    }
    let mut admin = server.connect();
    for (name, cmds) in scripts {
        assert_eq!(
            admin.request(&cmd(&["FLUSHALL"])).expect("FLUSHALL"),
            Frame::simple("OK")
        );
        let fake = normalized(&fake_reply(config.clone(), cmds));
        let real = normalized(&real_reply(server, cmds, fake.len()));
        assert_eq!(
            String::from_utf8_lossy(&fake),
            String::from_utf8_lossy(&real),
            "{name}: the fake (left) and redis-server (right) differ"
        );
    }
}

/// Scripts that mean the same in RESP2 and RESP3: each runs once as is and
/// once after `HELLO 3`.
fn both_protocols() -> Vec<(&'static str, Vec<Cmd>)> {
    let scripts: Vec<(&str, Vec<&[&str]>)> = vec![
        (
            "strings",
            vec![
                &["SET", "k", "v"],
                &["GET", "k"],
                &["GET", "missing"],
                &["DEL", "k", "missing"],
                &["INCR", "n"],
                &["SET", "s", "x"],
                &["INCR", "s"],
                &["ECHO", "hi"],
            ],
        ),
        (
            "lists and hashes",
            vec![
                &["LPUSH", "l", "a", "b"],
                &["RPUSH", "l", "c"],
                &["LRANGE", "l", "0", "-1"],
                &["LRANGE", "l", "-2", "9"],
                &["GET", "l"],
                &["HSET", "h", "a", "1", "b", "2"],
                &["HGETALL", "h"],
                &["HGETALL", "none"],
                &["HSET", "h", "a"],
            ],
        ),
        (
            "every DEBUG PROTOCOL type",
            [
                "string", "integer", "double", "bignum", "null", "array", "set", "map", "attrib",
                "push", "verbatim", "true", "false", "nope",
            ]
            .iter()
            .map(|ty| -> &[&str] { Box::leak(Box::new(["DEBUG", "PROTOCOL", ty])) })
            .collect(),
        ),
        (
            "errors",
            vec![
                &["FOO", "a", "b"],
                &["GET"],
                &["SELECT", "99"],
                &["SELECT", "x"],
                &["PING", "a", "b"],
                &["CLIENT"],
                &["CLIENT", "SETINFO", "LIB-NAME", "x"],
                &["CLIENT", "SETNAME", "bad name"],
                &["AUTH", "x"],
                &["HELLO", "4"],
                &["HELLO", "x"],
                &["HELLO", "3", "AUTH", "x"],
                &["BLPOP", "l", "-1"],
                &["BLPOP", "l", "soon"],
            ],
        ),
        (
            "transactions",
            vec![
                &["MULTI"],
                &["SET", "k", "1"],
                &["INCR", "k"],
                &["BLPOP", "nothing", "1"],
                &["MULTI"],
                &["WATCH", "k"],
                &["EXEC"],
                &["MULTI"],
                &["SET", "k", "2"],
                &["FOO"],
                &["EXEC"],
                &["EXEC"],
                &["DISCARD"],
                &["WATCH", "k"],
                &["MULTI"],
                &["GET", "k"],
                &["EXEC"],
            ],
        ),
        (
            "pubsub",
            vec![
                &["SUBSCRIBE", "a", "b", "a"],
                &["PSUBSCRIBE", "p*"],
                &["SSUBSCRIBE", "s"],
                &["PING"],
                &["PING", "x"],
                &["GET", "k"],
                &["PUBLISH", "a", "hi"],
                &["UNSUBSCRIBE", "a", "c"],
                &["PUNSUBSCRIBE"],
                &["SUNSUBSCRIBE"],
                &["UNSUBSCRIBE"],
                &["UNSUBSCRIBE"],
                &["PUBLISH", "b", "nobody"],
                &["PING"],
            ],
        ),
        (
            "CLIENT REPLY",
            vec![
                &["CLIENT", "REPLY", "OFF"],
                &["SET", "a", "1"],
                &["CLIENT", "REPLY", "SKIP"],
                &["CLIENT", "REPLY", "bad"],
                &["CLIENT", "REPLY", "ON"],
                &["CLIENT", "REPLY", "SKIP"],
                &["GET", "a"],
                &["GET", "a"],
                &["CLIENT", "REPLY", "SKIP"],
                &["CLIENT", "REPLY", "SKIP"],
                &["GET", "a"],
                &["GET", "a"],
                &["CLIENT", "REPLY", "SKIP"],
                &["CLIENT", "REPLY", "ON"],
                &["GET", "a"],
                &["CLIENT", "REPLY", "bad"],
            ],
        ),
        (
            "pubsub under CLIENT REPLY",
            vec![
                &["CLIENT", "REPLY", "OFF"],
                &["SUBSCRIBE", "a"],
                &["PING"],
                &["UNSUBSCRIBE"],
                &["UNSUBSCRIBE"],
                &["CLIENT", "REPLY", "ON"],
                &["CLIENT", "REPLY", "SKIP"],
                &["SUBSCRIBE", "b"],
                &["PING"],
                &["CLIENT", "REPLY", "OFF"],
                &["PING", "x"],
                &["RESET"],
                &["PING"],
            ],
        ),
        (
            "RESET after CLIENT REPLY SKIP",
            vec![
                &["SET", "k", "v"],
                &["CLIENT", "REPLY", "SKIP"],
                &["RESET"],
                &["GET", "k"],
            ],
        ),
        (
            "client tracking",
            vec![
                &["CLIENT", "TRACKING", "ON"],
                &["GET", "k"],
                &["SET", "k", "1"],
                &["GET", "k"],
                &["MULTI"],
                &["SET", "k", "2"],
                &["EXEC"],
                &["CLIENT", "TRACKING", "OFF"],
            ],
        ),
        (
            "BLPOP times out",
            vec![&["BLPOP", "l", "0.2"], &["ECHO", "after"]],
        ),
        ("QUIT", vec![&["GET", "k"], &["QUIT"], &["GET", "k"]]),
        ("QUIT inside MULTI", vec![&["MULTI"], &["QUIT"]]),
    ];
    let mut all = Vec::new();
    for (name, cmds) in scripts {
        let cmds: Vec<Cmd> = cmds.iter().map(|args| cmd(args)).collect();
        let mut resp3 = vec![cmd(&["HELLO", "3"])];
        resp3.extend(cmds.iter().cloned());
        all.push((name, cmds));
        all.push((name, resp3));
    }
    all
}

#[test]
fn the_fake_answers_as_redis_server_does() {
    let server = RedisServer::builder().enable_debug_command().start();
    compare(&server, &ServerConfig::new(), &both_protocols());
}

#[test]
fn the_fake_authenticates_as_redis_server_does() {
    let server = RedisServer::builder().requirepass("secret").start();
    let setuser = cmd(&["ACL", "SETUSER", "app", "on", ">pw", "~*", "&*", "+@all"]);
    assert_eq!(
        server.connect().request(&setuser).expect("ACL SETUSER"),
        Frame::simple("OK")
    );
    let config = ServerConfig::new()
        .with_requirepass("secret")
        .with_user("app", "pw");
    let scripts: Vec<(&str, Vec<&[&str]>)> = vec![
        (
            "refused before AUTH",
            vec![
                &["GET", "k"],
                &["HELLO", "3"],
                &["SELECT", "1"],
                &["CLIENT", "SETNAME", "x"],
                &["CLIENT", "SETINFO", "LIB-NAME", "x"],
                &["CLIENT", "REPLY", "OFF"],
                &["SUBSCRIBE", "a"],
                &["MULTI"],
                &["EXEC"],
                &["PING"],
            ],
        ),
        (
            "wrong passwords",
            vec![
                &["AUTH", "wrong"],
                &["AUTH", "app", "wrong"],
                &["AUTH", "a", "b", "c"],
                &["HELLO", "3", "AUTH", "default", "wrong"],
                &["GET", "k"],
            ],
        ),
        (
            "HELLO with AUTH and SETNAME",
            vec![
                &["HELLO", "3", "AUTH", "app", "pw", "SETNAME", "nm"],
                &["CLIENT", "GETNAME"],
                &["HELLO", "2", "SETNAME", "bad name"],
                &["HELLO"],
                &["RESET"],
                &["GET", "k"],
            ],
        ),
        (
            "AUTH, then RESET forgets it",
            vec![
                &["AUTH", "secret"],
                &["SELECT", "2"],
                &["CLIENT", "SETNAME", "app"],
                &["GET", "k"],
                &["RESET"],
                &["GET", "k"],
                &["HELLO", "2", "AUTH", "default", "secret"],
                &["GET", "k"],
            ],
        ),
    ];
    let scripts: Vec<(&str, Vec<Cmd>)> = scripts
        .into_iter()
        .map(|(name, cmds)| (name, cmds.iter().map(|args| cmd(args)).collect()))
        .collect();
    compare(&server, &config, &scripts);
}

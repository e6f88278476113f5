//! Arbitrary conversations between a [`Connection`](crate::Connection) and
//! the fake server: the property behind [`check::connection`](super::connection).

use alloc::collections::BTreeSet;
use alloc::vec::Vec;
use alloc::{format, vec};
use core::time::Duration;

use arbitrary::{Result, Unstructured};
use bytes::{Bytes, BytesMut};

use super::fake_server::{Fault, ServerConfig, Target};
use super::pair::{Chunking, Pair};
use crate::cmd::Cmd;
use crate::connection::{Config, ConnectionError, Output, Protocol, RequestId, SendError};
use crate::encode::encode;
use crate::frame::Frame;

/// What the conversation may send: every command whose replies the
/// connection counts or interprets, and a few plain ones.
const COMMANDS: &[&[&str]] = &[
    &["GET", "k"],
    &["SET", "k", "v"],
    &["DEL", "k"],
    &["INCR", "n"],
    &["LPUSH", "l", "a"],
    &["LRANGE", "l", "0", "-1"],
    &["HSET", "h", "f", "v"],
    &["HGETALL", "h"],
    &["ECHO", "e"],
    &["PING"],
    &["PING", "p"],
    &["FOO", "bar"],
    &["SUBSCRIBE", "a"],
    &["SUBSCRIBE", "a", "b"],
    &["PSUBSCRIBE", "p*"],
    &["SSUBSCRIBE", "s"],
    &["UNSUBSCRIBE"],
    &["UNSUBSCRIBE", "a"],
    &["PUNSUBSCRIBE"],
    &["SUNSUBSCRIBE"],
    &["PUBLISH", "a", "m"],
    &["MULTI"],
    &["EXEC"],
    &["DISCARD"],
    &["WATCH", "k"],
    &["CLIENT", "REPLY", "ON"],
    &["CLIENT", "REPLY", "OFF"],
    &["CLIENT", "REPLY", "SKIP"],
    &["CLIENT", "TRACKING", "ON"],
    &["BLPOP", "l", "1"],
    &["BLPOP", "l", "0"],
    &["MONITOR"],
    &["RESET"],
    &["QUIT"],
    &["DEBUG", "PROTOCOL", "push"],
    &["DEBUG", "PROTOCOL", "attrib"],
    &["DEBUG", "PROTOCOL", "map"],
];

/// Most operations one input drives, so that each input stays quick.
const MAX_OPS: usize = 256;

/// How long the conversation may go on after the last operation: time for
/// every deadline it set (a `BLPOP`, a response timeout), and for a
/// subscribed connection's health check to ping a few times.
const LAST_ORDERS: Duration = Duration::from_secs(30);

fn cmd(args: &[&str]) -> Cmd {
    Cmd::new(args[0]).args(&args[1..])
}

/// A push the connection must pass through wherever it arrives.
fn push(u: &mut Unstructured<'_>) -> Result<Bytes> {
    let tag = Frame::bulk(Bytes::from(
        format!("{}", u.int_in_range(0..=99u8)?).into_bytes(),
    ));
    let frame = match u.int_in_range(0..=3u8)? {
        0 => Frame::Push(vec![Frame::bulk("message"), Frame::bulk("a"), tag]),
        1 => Frame::Push(vec![
            Frame::bulk("pmessage"),
            Frame::bulk("p*"),
            Frame::bulk("pq"),
            tag,
        ]),
        2 => Frame::Push(vec![Frame::bulk("invalidate"), Frame::Array(vec![tag])]),
        _ => Frame::Push(vec![Frame::bulk("other"), tag]),
    };
    let mut out = BytesMut::new();
    encode(&frame, &mut out).expect("a push encodes");
    Ok(out.freeze())
}

/// Both sides' settings, from the first bytes.
struct Setup {
    config: Config,
    server: ServerConfig,
    /// PING is the health check's: the conversation sends ECHO instead.
    health_check: bool,
    /// No password for a server that wants one, and no `HELLO` to say so
    /// (RESP2, or a server without `HELLO`): the server refuses every
    /// command with `NOAUTH`, `CLIENT REPLY OFF` and `SKIP` included,
    /// which the connection cannot tell in advance.
    unauthenticated: bool,
}

fn setup(u: &mut Unstructured<'_>) -> Result<Setup> {
    let protocol = if u.arbitrary()? {
        Protocol::Resp3
    } else {
        Protocol::Resp2
    };
    let mut config = Config::new().with_protocol(protocol);
    let mut server = ServerConfig::new();
    if u.ratio(1, 4)? {
        server = server.without_hello();
    }
    if u.ratio(1, 4)? {
        server = server.with_setinfo(true);
    }
    match u.int_in_range(0..=5u8)? {
        0 => {
            server = server.with_requirepass("secret");
            config = config.with_auth(None, "secret");
        }
        1 => {
            server = server.with_user("app", "pw");
            config = config.with_auth(Some("app"), "pw");
        }
        2 => {
            server = server.with_requirepass("secret");
            if u.arbitrary()? {
                config = config.with_auth(None, "wrong");
            }
        }
        _ => {}
    }
    if u.ratio(1, 4)? {
        config = config.with_database(u.int_in_range(1..=20)?);
    }
    if u.ratio(1, 4)? {
        config = config.with_client_name(if u.arbitrary()? { "app" } else { "bad name" });
    }
    if u.ratio(1, 4)? {
        config = config.with_lib_info("resp", "0.1.0");
    }
    if u.arbitrary()? {
        config = config.with_response_timeout(Some(Duration::from_secs(5)));
    }
    let health_check = u.ratio(1, 4)?;
    if health_check {
        config = config.with_health_check_interval(Some(Duration::from_secs(1)));
    }
    let unauthenticated = (protocol == Protocol::Resp2 || !server.knows_hello())
        && !config.has_password()
        && server.requires_password();
    Ok(Setup {
        config,
        server,
        health_check,
        unauthenticated,
    })
}

/// Plays the conversation the bytes describe, then checks what came out.
pub(super) fn check(data: &[u8]) {
    if let Some((pair, faithful)) = converse(data) {
        assert_invariants(&pair, faithful);
    }
}

/// Plays the conversation the bytes describe; returns the pair, and
/// whether the client read only what the server wrote.
pub(super) fn converse(data: &[u8]) -> Option<(Pair, bool)> {
    let mut u = Unstructured::new(data);
    let setup = setup(&mut u).ok()?;
    let mut pair = Pair::new(setup.config.clone(), setup.server.clone());
    let mut faithful = true;
    // Running out of bytes ends the conversation early: nothing wrong.
    let _ = play(&mut u, &mut pair, &mut faithful, &setup);
    pair.run_for(LAST_ORDERS);
    Some((pair, faithful))
}

/// Whether the server may refuse `args` while the connection takes it for
/// a change of reply mode.
fn refusable(setup: &Setup, args: &[&str]) -> bool {
    setup.unauthenticated && args[0] == "CLIENT" && args[1] == "REPLY"
}

fn play(
    u: &mut Unstructured<'_>,
    pair: &mut Pair,
    faithful: &mut bool,
    setup: &Setup,
) -> Result<()> {
    let health_check = setup.health_check;
    for _ in 0..MAX_OPS {
        if u.is_empty() {
            break;
        }
        match u.int_in_range(0..=12u8)? {
            0..=3 => {
                let mut args = *u.choose(COMMANDS)?;
                if health_check && args[0] == "PING" {
                    // The health check's own PING would be taken for it
                    // when matching requests to the server's log.
                    args = &["ECHO", "ping"];
                }
                *faithful &= !refusable(setup, args);
                let result = pair.send(&cmd(args));
                assert_send_after_close(pair, result.err());
            }
            4 => {
                let count = u.int_in_range(0..=4)?;
                let mut cmds = Vec::with_capacity(count);
                for _ in 0..count {
                    let args = *u.choose(COMMANDS)?;
                    *faithful &= !refusable(setup, args);
                    cmds.push(if health_check && args[0] == "PING" {
                        cmd(&["ECHO", "ping"])
                    } else {
                        cmd(args)
                    });
                }
                let result = pair.send_batch(&cmds);
                assert_send_after_close(pair, result.err());
            }
            5 => {
                let sent = pair.requests().len();
                if sent > 0 {
                    pair.abandon(u.choose_index(sent)?);
                }
            }
            6 => {
                let chunking = match u.int_in_range(0..=2u8)? {
                    0 => Chunking::Whole,
                    1 => Chunking::Every(u.int_in_range(1..=16)?),
                    _ => Chunking::Every(u.int_in_range(17..=512)?),
                };
                pair.set_to_client(chunking);
                pair.drive();
            }
            7 => {
                let len = u.int_in_range(0..=24)?;
                let bytes = u.bytes(len)?;
                if !bytes.is_empty() {
                    *faithful = false;
                    pair.inject(bytes);
                }
            }
            8 => {
                pair.drive();
                match u.int_in_range(0..=6u8)? {
                    0 => {
                        pair.server.publish("a", "x");
                    }
                    1 => {
                        pair.server.publish("pq", "y");
                    }
                    2 => {
                        pair.server.spublish("s", "z");
                    }
                    3 => pair.server.lpush("l", &["pushed"]),
                    4 => pair.server.set("k", "theirs"),
                    5 => pair.server.monitor_feed(&["GET", "k"]),
                    _ => {
                        let bytes = push(u)?;
                        pair.server.inject(&bytes);
                    }
                }
                pair.drive();
            }
            9 => {
                let index = pair.server.log().len() + u.int_in_range(0..=3)?;
                let fault = match u.int_in_range(0..=6u8)? {
                    0 => Fault::Before(push(u)?),
                    1 => Fault::After(push(u)?),
                    2 => Fault::Moved("127.0.0.1:6381".into()),
                    3 => Fault::Ask("127.0.0.1:6382".into()),
                    4 => {
                        *faithful = false;
                        Fault::Garbage
                    }
                    5 => Fault::Stall,
                    _ => Fault::Close,
                };
                pair.server.fault(Target::Index(index), fault);
            }
            10 => pair.advance(Duration::from_millis(u.int_in_range(0..=3000)?)),
            11 => pair.close_server(),
            _ => pair.drive(),
        }
    }
    Ok(())
}

/// A connection that has put out `Closed` refuses everything.
fn assert_send_after_close(pair: &Pair, error: Option<SendError>) {
    let closed = pair
        .events()
        .iter()
        .any(|event| matches!(event.output, Output::Closed { .. }));
    if closed {
        assert_eq!(
            error,
            Some(SendError::Closed),
            "a send accepted after Closed: {:#?}",
            pair.events()
        );
    }
}

fn assert_invariants(pair: &Pair, faithful: bool) {
    let requests = pair.requests();
    let index_of = |id: RequestId| {
        requests
            .iter()
            .position(|request| request.id == id)
            .unwrap_or_else(|| panic!("{id:?} completed but was never sent"))
    };
    let mut completed = BTreeSet::new();
    let mut closed = None;
    for event in pair.events() {
        assert!(closed.is_none(), "{:?} came after Closed", event.output);
        let (id, batch) = match &event.output {
            Output::Reply { id, .. } | Output::NoReply { id } | Output::Redirected { id, .. } => {
                (*id, false)
            }
            Output::Batch { id, replies } => {
                let request = &requests[index_of(*id)];
                assert_eq!(
                    replies.len(),
                    request.cmds.len(),
                    "one reply per command of {id:?}"
                );
                (*id, true)
            }
            Output::Closed { error, unsent } => {
                let mut seen = BTreeSet::new();
                for id in unsent {
                    let request = &requests[index_of(*id)];
                    assert!(!request.abandoned, "abandoned {id:?} listed as unsent");
                    assert!(!completed.contains(id), "completed {id:?} listed as unsent");
                    assert!(seen.insert(*id), "{id:?} listed twice as unsent");
                }
                closed = Some(error.clone());
                continue;
            }
            _ => continue,
        };
        let request = &requests[index_of(id)];
        assert_eq!(
            request.batch, batch,
            "{id:?} completed as the wrong kind of request"
        );
        assert!(!request.abandoned, "{id:?} completed after being abandoned");
        assert!(completed.insert(id), "{id:?} completed twice");
    }
    if !faithful {
        return;
    }
    if let Some(error) = &closed {
        assert!(
            !matches!(
                error,
                ConnectionError::Decode(_) | ConnectionError::Unexpected(_)
            ),
            "the connection could not follow a faithful server: {error}"
        );
    }
    for (request, expected) in requests.iter().zip(pair.expected()) {
        let Some(expected) = expected else {
            continue;
        };
        let got = pair.events().iter().find(|event| match &event.output {
            Output::Reply { id, .. }
            | Output::NoReply { id }
            | Output::Redirected { id, .. }
            | Output::Batch { id, .. } => *id == request.id,
            _ => false,
        });
        match got {
            Some(event) => assert_eq!(
                event.output, expected,
                "{:?} got something other than the server's reply",
                request.cmds
            ),
            None => assert!(
                request.abandoned || closed.is_some(),
                "{:?} never completed; the server answered {expected:?}",
                request.cmds
            ),
        }
    }
}

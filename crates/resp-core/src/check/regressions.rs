//! Connection bugs found with the fake server, each replayed as it was
//! found.

use std::time::Duration;
use std::vec;
use std::vec::Vec;

use super::fake_server::ServerConfig;
use super::pair::{Event, Pair};
use crate::cmd::Cmd;
use crate::connection::{Config, Output, Protocol, SendError};
use crate::frame::Frame;
use crate::server_error::ServerError;

fn cmd(args: &[&str]) -> Cmd {
    Cmd::new(args[0]).args(&args[1..])
}

fn resp2() -> Config {
    Config::new().with_protocol(Protocol::Resp2)
}

/// Sends each command, runs the pair, and returns what came out.
fn outputs(pair: &mut Pair, cmds: &[&[&str]]) -> Vec<Output> {
    for args in cmds {
        pair.send(&cmd(args)).expect("accepted");
    }
    pair.run();
    pair.events()
        .iter()
        .map(|event| event.output.clone())
        .collect()
}

fn ids(pair: &Pair) -> Vec<crate::connection::RequestId> {
    pair.requests().iter().map(|request| request.id).collect()
}

fn confirmation(kind: &str, channel: &str, count: i64) -> Frame {
    Frame::Array(vec![
        Frame::bulk(kind.to_owned()),
        Frame::bulk(channel.to_owned()),
        Frame::Integer(count),
    ])
}

/// redis-server 7.0.15 pushes (un)subscribe confirmations even under
/// `CLIENT REPLY OFF`; the connection took them for replies to whatever
/// came next.
#[test]
fn subscribe_confirmations_arrive_under_client_reply_off() {
    let mut pair = Pair::new(resp2(), ServerConfig::new());
    let got = outputs(
        &mut pair,
        &[
            &["CLIENT", "REPLY", "OFF"],
            &["SUBSCRIBE", "a"],
            &["UNSUBSCRIBE", "a"],
            &["CLIENT", "REPLY", "ON"],
            &["GET", "k"],
        ],
    );
    let id = ids(&pair);
    assert_eq!(
        got,
        [
            Output::NoReply { id: id[0] },
            Output::Reply {
                id: id[1],
                reply: Ok(Frame::Array(vec![confirmation("subscribe", "a", 1)])),
            },
            Output::Reply {
                id: id[2],
                reply: Ok(Frame::Array(vec![confirmation("unsubscribe", "a", 0)])),
            },
            Output::Reply {
                id: id[3],
                reply: Ok(Frame::simple("OK"))
            },
            Output::Reply {
                id: id[4],
                reply: Ok(Frame::Null)
            },
        ]
    );
}

/// In RESP2 subscribed mode the server refuses `CLIENT REPLY` with an
/// error and keeps answering; the connection expected silence.
#[test]
fn client_reply_is_refused_in_resp2_subscribed_mode() {
    let mut pair = Pair::new(resp2(), ServerConfig::new());
    let got = outputs(
        &mut pair,
        &[
            &["SUBSCRIBE", "a"],
            &["CLIENT", "REPLY", "OFF"],
            &["PING"],
            &["UNSUBSCRIBE"],
        ],
    );
    let id = ids(&pair);
    let refused = ServerError::new(
        "ERR Can't execute 'client|reply': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context",
    );
    assert_eq!(
        got[1],
        Output::Reply {
            id: id[1],
            reply: Err(refused)
        }
    );
    assert_eq!(
        got[2],
        Output::Reply {
            id: id[2],
            reply: Ok(Frame::Array(vec![Frame::bulk("pong"), Frame::bulk("")])),
        }
    );
    assert_eq!(got.len(), 4, "{got:?}");
}

/// `RESET` does not clear a `CLIENT REPLY SKIP` already in force, so it
/// goes unanswered; the connection gave it the next command's reply.
#[test]
fn reset_after_client_reply_skip_is_not_answered() {
    let mut pair = Pair::new(resp2(), ServerConfig::new());
    let got = outputs(
        &mut pair,
        &[
            &["SET", "k", "v"],
            &["CLIENT", "REPLY", "SKIP"],
            &["RESET"],
            &["GET", "k"],
        ],
    );
    let id = ids(&pair);
    assert_eq!(
        got[2..],
        [
            Output::NoReply { id: id[2] },
            Output::Reply {
                id: id[3],
                reply: Ok(Frame::bulk("v"))
            },
        ]
    );
}

/// A health check's `PING` that `CLIENT REPLY OFF` leaves unanswered closed
/// the connection ("a reply to PING that is not PONG"), and the command
/// that had triggered it was lost: neither answered nor listed as unsent.
#[test]
fn health_check_under_client_reply_off_passes() {
    let config = resp2().with_health_check_interval(Some(Duration::from_secs(1)));
    let mut pair = Pair::new(config, ServerConfig::new());
    pair.send(&cmd(&["CLIENT", "REPLY", "OFF"]))
        .expect("accepted");
    pair.run();
    pair.advance(Duration::from_secs(2));
    pair.send(&cmd(&["SET", "k", "v"])).expect("accepted");
    pair.send(&cmd(&["CLIENT", "REPLY", "ON"]))
        .expect("accepted");
    pair.send(&cmd(&["GET", "k"])).expect("accepted");
    pair.run();
    let id = ids(&pair);
    let got: Vec<Output> = pair
        .events()
        .iter()
        .map(|event| event.output.clone())
        .collect();
    assert_eq!(
        got,
        [
            Output::NoReply { id: id[0] },
            Output::NoReply { id: id[1] },
            Output::Reply {
                id: id[2],
                reply: Ok(Frame::simple("OK"))
            },
            Output::Reply {
                id: id[3],
                reply: Ok(Frame::bulk("v"))
            },
        ]
    );
    let pings = pair
        .server
        .log()
        .iter()
        .filter(|entry| entry.args[0][..] == *b"PING")
        .count();
    assert_eq!(pings, 1, "the health check ran");
}

/// Inside `MULTI`, the health check's `PING` was queued like any command
/// and its `QUEUED` closed the connection.
#[test]
fn no_health_check_inside_multi() {
    let config = resp2().with_health_check_interval(Some(Duration::from_secs(1)));
    let mut pair = Pair::new(config, ServerConfig::new());
    pair.send(&cmd(&["MULTI"])).expect("accepted");
    pair.run();
    pair.advance(Duration::from_secs(2));
    pair.send(&cmd(&["SET", "k", "v"])).expect("accepted");
    pair.advance(Duration::from_secs(2));
    pair.send(&cmd(&["EXEC"])).expect("accepted");
    pair.run();
    let id = ids(&pair);
    let got: Vec<Output> = pair
        .events()
        .iter()
        .map(|event| event.output.clone())
        .collect();
    assert_eq!(
        got,
        [
            Output::Reply {
                id: id[0],
                reply: Ok(Frame::simple("OK"))
            },
            Output::Reply {
                id: id[1],
                reply: Ok(Frame::simple("QUEUED"))
            },
            Output::Reply {
                id: id[2],
                reply: Ok(Frame::Array(vec![Frame::simple("OK")]))
            },
        ]
    );
}

/// A `RESET` sent before the handshake was over waited behind it, but the
/// handshake it replays went out at once, ahead of the `RESET`: the server
/// ended up unauthenticated and in RESP2.
#[test]
fn reset_during_the_handshake_is_followed_by_its_replay() {
    let config = Config::new().with_auth(None, "secret");
    let mut pair = Pair::new(config, ServerConfig::new().with_requirepass("secret"));
    let got = outputs(
        &mut pair,
        &[&["RESET"], &["HSET", "h", "f", "v"], &["HGETALL", "h"]],
    );
    let id = ids(&pair);
    assert_eq!(
        got,
        [
            Output::Reply {
                id: id[0],
                reply: Ok(Frame::simple("RESET"))
            },
            Output::Reply {
                id: id[1],
                reply: Ok(Frame::Integer(1))
            },
            Output::Reply {
                id: id[2],
                reply: Ok(Frame::Map(vec![(Frame::bulk("f"), Frame::bulk("v"))])),
            },
        ]
    );
    let names: Vec<&[u8]> = pair
        .server
        .log()
        .iter()
        .map(|entry| &entry.args[0][..])
        .collect();
    assert_eq!(
        names,
        [&b"HELLO"[..], b"RESET", b"HELLO", b"HSET", b"HGETALL"]
    );
}

/// `MONITOR` (like `MULTI` and `HELLO`) changes how every later frame must
/// be read; sent while `CLIENT REPLY SKIP` or `OFF` silences its answer,
/// the connection could not tell and took `MONITOR`'s lines for replies.
#[test]
fn mode_changes_are_refused_while_replies_are_silenced() {
    let mut pair = Pair::new(resp2(), ServerConfig::new());
    let unsupported = Err(SendError::Unsupported(
        "MULTI, MONITOR and HELLO cannot be sent while CLIENT REPLY is OFF or SKIP",
    ));
    pair.send(&cmd(&["CLIENT", "REPLY", "SKIP"]))
        .expect("accepted");
    assert_eq!(pair.send(&cmd(&["MONITOR"])), unsupported);
    pair.send(&cmd(&["PING"])).expect("the SKIP is used up");
    pair.send(&cmd(&["CLIENT", "REPLY", "OFF"]))
        .expect("accepted");
    assert_eq!(pair.send(&cmd(&["MULTI"])), unsupported);
    assert_eq!(pair.send(&cmd(&["HELLO", "3"])), unsupported);
    pair.send(&cmd(&["CLIENT", "REPLY", "ON"]))
        .expect("accepted");
    pair.send(&cmd(&["MONITOR"]))
        .expect("accepted with replies on");
    pair.run();
    pair.server.monitor_feed(&["GET", "k"]);
    pair.run();
    assert!(matches!(
        pair.events().last(),
        Some(Event {
            output: Output::Monitor(_),
            ..
        })
    ));
}

/// An empty batch was checked against none of its commands, so it was
/// accepted after `QUIT`; with a health check due it sent a `PING` behind
/// the `QUIT`, which a server that quit never answers (one that stopped
/// reading: `QUIT` under `CLIENT REPLY SKIP`). A subscribed connection
/// pinged on its own after `QUIT` just the same.
#[test]
fn nothing_is_sent_after_quit() {
    let config = Config::new().with_health_check_interval(Some(Duration::from_secs(1)));
    let mut pair = Pair::new(config, ServerConfig::new());
    let got = outputs(
        &mut pair,
        &[&["SUBSCRIBE", "a"], &["CLIENT", "REPLY", "SKIP"], &["QUIT"]],
    );
    assert_eq!(got.len(), 3, "{got:?}");
    pair.advance(Duration::from_secs(5));
    assert_eq!(pair.client.in_flight(), 0, "no PING after QUIT");
    assert_eq!(pair.send_batch(&[]), Err(SendError::Closed));
    assert_eq!(pair.client.in_flight(), 0, "no PING after QUIT");
}

//! Unit tests: scripted server bytes against one `Connection`.

use alloc::format;
use alloc::vec;
use alloc::vec::Vec;
use core::time::Duration;

use bytes::Bytes;

use super::*;

const T0: Instant = Instant::ZERO;

fn at(ms: u64) -> Instant {
    Instant::from_elapsed(Duration::from_millis(ms))
}

/// What one drain of `poll_output` gave.
#[derive(Debug, Default)]
struct Drained {
    written: Vec<u8>,
    events: Vec<Output>,
    until: Option<Instant>,
}

fn drain(conn: &mut Connection) -> Drained {
    let mut drained = Drained::default();
    loop {
        match conn.poll_output() {
            Output::Transmit(bytes) => drained.written.extend_from_slice(&bytes),
            Output::Wait { until } => {
                drained.until = until;
                return drained;
            }
            other => drained.events.push(other),
        }
    }
}

/// Hands out the bytes queued, as a run loop does after each call: a
/// reply can only be matched to a request whose bytes went out.
fn flush(conn: &mut Connection) {
    let drained = drain(conn);
    assert!(drained.events.is_empty(), "{:?}", drained.events);
}

/// A RESP2 connection with no handshake.
fn plain() -> Connection {
    let mut conn = Connection::new(Config::new().with_protocol(Protocol::Resp2), T0);
    assert!(drain(&mut conn).written.is_empty());
    conn
}

fn cmd(args: &[&str]) -> Cmd {
    Cmd::new(args[0]).args(&args[1..])
}

fn send(conn: &mut Connection, args: &[&str]) -> RequestId {
    conn.send(T0, &cmd(args)).expect("sendable")
}

fn reply(id: RequestId, frame: Frame) -> Output {
    Output::Reply {
        id,
        reply: Ok(frame),
    }
}

fn ok() -> Frame {
    Frame::simple("OK")
}

fn closed(events: &[Output]) -> Option<&ConnectionError> {
    events.iter().find_map(|event| match event {
        Output::Closed { error, .. } => Some(error),
        _ => None,
    })
}

#[test]
fn replies_go_to_requests_in_order() {
    let mut conn = plain();
    let a = send(&mut conn, &["SET", "k", "v"]);
    let b = send(&mut conn, &["GET", "k"]);
    let c = send(&mut conn, &["INCR", "k"]);
    let out = drain(&mut conn);
    assert_eq!(
        out.written,
        b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n*2\r\n$3\r\nGET\r\n$1\r\nk\r\n*2\r\n$4\r\nINCR\r\n$1\r\nk\r\n"
    );
    conn.handle_input(
        T0,
        b"+OK\r\n$1\r\nv\r\n-ERR value is not an integer or out of range\r\n",
    );
    let out = drain(&mut conn);
    assert_eq!(
        out.events,
        [
            reply(a, ok()),
            reply(b, Frame::bulk("v")),
            Output::Reply {
                id: c,
                reply: Err(ServerError::new(
                    "ERR value is not an integer or out of range"
                )),
            },
        ]
    );
    assert!(conn.is_idle() && !conn.is_closed());
}

#[test]
fn a_reply_nobody_awaits_closes_the_connection() {
    let mut conn = plain();
    let a = send(&mut conn, &["GET", "k"]);
    let _ = drain(&mut conn);
    conn.handle_input(T0, b"$1\r\nv\r\n+OK\r\n");
    let out = drain(&mut conn);
    assert_eq!(out.events[0], reply(a, Frame::bulk("v")));
    assert!(matches!(
        closed(&out.events),
        Some(ConnectionError::Unexpected(_))
    ));
    assert_eq!(conn.send(T0, &cmd(&["PING"])), Err(SendError::Closed));
}

#[test]
fn malformed_input_fails_every_pending_request() {
    let mut conn = plain();
    let _a = send(&mut conn, &["GET", "a"]);
    let _ = drain(&mut conn);
    let b = send(&mut conn, &["GET", "b"]);
    conn.handle_input(T0, b"$1\r\nx\r\n@bogus\r\n");
    let out = drain(&mut conn);
    // The first reply arrived; the garbage fails the rest. `b` was never
    // transmitted, so it is safe to retry.
    assert!(matches!(out.events[0], Output::Reply { .. }));
    assert_eq!(
        out.events[1],
        Output::Closed {
            error: ConnectionError::Decode(DecodeError::InvalidTypeByte(b'@')),
            unsent: vec![b],
        }
    );
    assert!(out.written.is_empty(), "nothing is written after closing");
    assert_eq!(conn.poll_output(), Output::Wait { until: None });
}

#[test]
fn resp3_pushes_are_never_replies() {
    let mut conn = plain();
    let a = send(&mut conn, &["GET", "a"]);
    let b = send(&mut conn, &["GET", "b"]);
    let _ = drain(&mut conn);
    // A push before, between and after the replies; one split mid-push.
    conn.handle_input(
        T0,
        b">2\r\n$10\r\ninvalidate\r\n*1\r\n$1\r\na\r\n$1\r\n1\r\n>3\r\n$7\r\nmessage\r\n$1\r\nc\r\n$1",
    );
    conn.handle_input(
        T0,
        b"\r\nx\r\n$1\r\n2\r\n>4\r\n$4\r\nsome\r\n$5\r\nother\r\n$4\r\npush\r\n:1\r\n",
    );
    let out = drain(&mut conn);
    assert_eq!(
        out.events,
        [
            Output::Push(Push::Invalidate {
                keys: Some(vec![Bytes::from("a")])
            }),
            reply(a, Frame::bulk("1")),
            Output::Push(Push::Message {
                channel: "c".into(),
                payload: "x".into()
            }),
            reply(b, Frame::bulk("2")),
            Output::Push(Push::Other(Frame::Push(vec![
                Frame::bulk("some"),
                Frame::bulk("other"),
                Frame::bulk("push"),
                Frame::Integer(1),
            ]))),
        ]
    );
}

#[test]
fn hello_3_with_credentials_then_select_and_setinfo() {
    let config = Config::new()
        .with_auth(Some("app"), "pw")
        .with_client_name("svc")
        .with_database(3)
        .with_lib_info("resp", "0.1.0");
    let mut conn = Connection::new(config, T0);
    let get = send(&mut conn, &["GET", "k"]);
    let out = drain(&mut conn);
    let mut expected = Vec::new();
    for cmd in [
        Cmd::new("HELLO")
            .arg(3)
            .arg("AUTH")
            .arg("app")
            .arg("pw")
            .arg("SETNAME")
            .arg("svc"),
        Cmd::new("SELECT").arg(3),
        Cmd::new("CLIENT")
            .arg("SETINFO")
            .arg("LIB-NAME")
            .arg("resp"),
        Cmd::new("CLIENT")
            .arg("SETINFO")
            .arg("LIB-VER")
            .arg("0.1.0"),
    ] {
        expected.extend_from_slice(&cmd.to_bytes());
    }
    // GET is held back until the handshake is done.
    assert_eq!(out.written, expected);
    assert!(conn.is_gated());
    conn.handle_input(T0, b"%1\r\n$5\r\nproto\r\n:3\r\n+OK\r\n");
    assert!(drain(&mut conn).written.is_empty());
    assert_eq!(conn.protocol(), Protocol::Resp3);
    // Redis 7.0 does not know SETINFO: both refusals are absorbed.
    conn.handle_input(
        T0,
        b"-ERR unknown subcommand 'SETINFO'. Try CLIENT HELP.\r\n-ERR unknown subcommand 'SETINFO'. Try CLIENT HELP.\r\n",
    );
    let out = drain(&mut conn);
    assert_eq!(out.written, b"*2\r\n$3\r\nGET\r\n$1\r\nk\r\n");
    assert!(!conn.is_gated());
    conn.handle_input(T0, b"_\r\n");
    assert_eq!(drain(&mut conn).events, [reply(get, Frame::Null)]);
}

#[test]
fn a_server_without_hello_is_spoken_to_in_resp2() {
    let config = Config::new()
        .with_auth(None, "pw")
        .with_client_name("svc")
        .with_database(1);
    let mut conn = Connection::new(config, T0);
    let get = send(&mut conn, &["GET", "k"]);
    let _ = drain(&mut conn);
    // Redis 5: no HELLO; SELECT before AUTH is refused.
    conn.handle_input(
        T0,
        b"-ERR unknown command 'HELLO'\r\n-NOAUTH Authentication required.\r\n",
    );
    let out = drain(&mut conn);
    let mut expected = Vec::new();
    for cmd in [
        Cmd::new("AUTH").arg("pw"),
        Cmd::new("CLIENT").arg("SETNAME").arg("svc"),
        Cmd::new("SELECT").arg(1),
    ] {
        expected.extend_from_slice(&cmd.to_bytes());
    }
    assert_eq!(out.written, expected);
    assert!(out.events.is_empty());
    conn.handle_input(T0, b"+OK\r\n+OK\r\n+OK\r\n");
    assert_eq!(drain(&mut conn).written, b"*2\r\n$3\r\nGET\r\n$1\r\nk\r\n");
    assert_eq!(conn.protocol(), Protocol::Resp2);
    conn.handle_input(T0, b"$-1\r\n");
    assert_eq!(drain(&mut conn).events, [reply(get, Frame::Null)]);
}

#[test]
fn refused_credentials_close_without_leaking_them() {
    let config = Config::new().with_auth(Some("app"), "hunter2");
    assert!(!format!("{config:?}").contains("hunter2"));
    let mut conn = Connection::new(config, T0);
    let get = send(&mut conn, &["GET", "k"]);
    let _ = drain(&mut conn);
    assert!(!format!("{conn:?}").contains("hunter2"));
    conn.handle_input(
        T0,
        b"-WRONGPASS invalid username-password pair or user is disabled.\r\n",
    );
    let out = drain(&mut conn);
    let Some(Output::Closed { error, unsent }) = out.events.first() else {
        panic!("expected Closed, got {:?}", out.events);
    };
    assert!(matches!(error, ConnectionError::Handshake(e) if e.kind() == ErrorKind::WrongPass));
    assert!(!format!("{error} {error:?}").contains("hunter2"));
    assert_eq!(unsent, &[get]);
}

#[test]
fn client_reply_off_and_skip() {
    let mut conn = plain();
    let off = send(&mut conn, &["CLIENT", "REPLY", "OFF"]);
    let quiet = send(&mut conn, &["SET", "a", "1"]);
    let on = send(&mut conn, &["CLIENT", "REPLY", "ON"]);
    let skip = send(&mut conn, &["client", "reply", "skip"]);
    let skipped = send(&mut conn, &["SET", "b", "2"]);
    let get = send(&mut conn, &["GET", "b"]);
    let out = drain(&mut conn);
    assert_eq!(
        out.events,
        [Output::NoReply { id: off }, Output::NoReply { id: quiet }]
    );
    conn.handle_input(T0, b"+OK\r\n");
    assert_eq!(
        drain(&mut conn).events,
        [
            reply(on, ok()),
            Output::NoReply { id: skip },
            Output::NoReply { id: skipped },
        ]
    );
    conn.handle_input(T0, b"$1\r\n2\r\n");
    assert_eq!(drain(&mut conn).events, [reply(get, Frame::bulk("2"))]);
    // Anything arriving while nothing is owed is not taken for a reply.
    let _ = send(&mut conn, &["CLIENT", "REPLY", "OFF"]);
    conn.handle_input(T0, b"+OK\r\n");
    assert!(closed(&drain(&mut conn).events).is_some());
}

#[test]
fn resp2_subscribed_mode_tells_messages_from_confirmations() {
    let mut conn = plain();
    let sub = send(&mut conn, &["SUBSCRIBE", "a", "b"]);
    let _ = drain(&mut conn);
    flush(&mut conn);
    conn.handle_input(
        T0,
        b"*3\r\n$9\r\nsubscribe\r\n$1\r\na\r\n:1\r\n*3\r\n$7\r\nmessage\r\n$1\r\na\r\n$2\r\nhi\r\n*3\r\n$9\r\nsubscribe\r\n$1\r\nb\r\n:2\r\n",
    );
    let out = drain(&mut conn);
    assert_eq!(out.events.len(), 2);
    assert_eq!(
        out.events[0],
        Output::Push(Push::Message {
            channel: "a".into(),
            payload: "hi".into()
        })
    );
    let Output::Reply {
        id,
        reply: Ok(Frame::Array(confirmations)),
    } = &out.events[1]
    else {
        panic!("{:?}", out.events[1]);
    };
    assert_eq!((*id, confirmations.len()), (sub, 2));
    assert!(conn.is_subscribed());
    // PING in subscribed mode, and UNSUBSCRIBE of everything: one
    // confirmation per channel the server had.
    let ping = send(&mut conn, &["PING"]);
    let unsub = send(&mut conn, &["UNSUBSCRIBE"]);
    flush(&mut conn);
    conn.handle_input(
        T0,
        b"*2\r\n$4\r\npong\r\n$0\r\n\r\n*3\r\n$11\r\nunsubscribe\r\n$1\r\nb\r\n:1\r\n",
    );
    let out = drain(&mut conn);
    assert_eq!(out.events.len(), 1, "{:?}", out.events);
    assert!(matches!(&out.events[0], Output::Reply { id, .. } if *id == ping));
    flush(&mut conn);
    conn.handle_input(T0, b"*3\r\n$11\r\nunsubscribe\r\n$1\r\na\r\n:0\r\n");
    let out = drain(&mut conn);
    assert!(
        matches!(&out.events[0], Output::Reply { id, reply: Ok(Frame::Array(c)) } if *id == unsub && c.len() == 2)
    );
    assert!(!conn.is_subscribed());
    // Out of subscribed mode, an array shaped like a message is a reply.
    let lrange = send(&mut conn, &["LRANGE", "l", "0", "-1"]);
    flush(&mut conn);
    conn.handle_input(T0, b"*3\r\n$7\r\nmessage\r\n$1\r\na\r\n$1\r\nb\r\n");
    assert!(matches!(&drain(&mut conn).events[0], Output::Reply { id, .. } if *id == lrange));
}

#[test]
fn unsubscribe_with_nothing_subscribed_owes_one_confirmation() {
    let mut conn = plain();
    let unsub = send(&mut conn, &["PUNSUBSCRIBE"]);
    let get = send(&mut conn, &["GET", "k"]);
    flush(&mut conn);
    conn.handle_input(T0, b"*3\r\n$12\r\npunsubscribe\r\n$-1\r\n:0\r\n$-1\r\n");
    let events = drain(&mut conn).events;
    assert!(matches!(&events[0], Output::Reply { id, .. } if *id == unsub));
    assert_eq!(events[1], reply(get, Frame::Null));
}

#[test]
fn resp3_confirmations_are_pushes_matched_to_their_request() {
    let mut conn = plain();
    let sub = send(&mut conn, &["SSUBSCRIBE", "s"]);
    let get = send(&mut conn, &["GET", "k"]);
    let _ = drain(&mut conn);
    conn.handle_input(
        T0,
        b">3\r\n$10\r\nssubscribe\r\n$1\r\ns\r\n:1\r\n$1\r\nv\r\n",
    );
    let events = drain(&mut conn).events;
    assert!(matches!(&events[0], Output::Reply { id, .. } if *id == sub));
    assert_eq!(events[1], reply(get, Frame::bulk("v")));
    // The server drops a shard channel on its own (its slot moved).
    conn.handle_input(T0, b">3\r\n$12\r\nsunsubscribe\r\n$1\r\ns\r\n:0\r\n");
    assert!(matches!(
        &drain(&mut conn).events[0],
        Output::Push(Push::Unsubscribed {
            channel: Some(_),
            ..
        })
    ));
    assert!(!conn.is_subscribed());
}

#[test]
fn a_subscribe_refused_by_acl_is_one_error() {
    let mut conn = plain();
    let sub = send(&mut conn, &["SUBSCRIBE", "a", "b"]);
    flush(&mut conn);
    conn.handle_input(T0, b"-NOPERM No permissions to access a channel\r\n");
    let events = drain(&mut conn).events;
    assert!(matches!(&events[0], Output::Reply { id, reply: Err(_) } if *id == sub));
    assert!(conn.is_idle());
}

#[test]
fn multi_exec_counts_queued_replies() {
    let mut conn = plain();
    let batch = conn
        .send_batch(
            T0,
            &[
                cmd(&["MULTI"]),
                cmd(&["SET", "a", "1"]),
                cmd(&["INCR", "a"]),
                cmd(&["EXEC"]),
            ],
        )
        .expect("sendable");
    let _ = drain(&mut conn);
    conn.handle_input(T0, b"+OK\r\n+QUEUED\r\n+QUEUED\r\n*2\r\n+OK\r\n:2\r\n");
    let events = drain(&mut conn).events;
    let Output::Batch { id, replies } = &events[0] else {
        panic!("{events:?}");
    };
    assert_eq!(*id, batch);
    assert_eq!(replies.len(), 4);
    assert_eq!(
        replies[3],
        Ok(Frame::Array(vec![Frame::simple("OK"), Frame::Integer(2)]))
    );
    assert!(!conn.in_transaction());

    // An EXEC reply with the wrong number of results cannot be trusted.
    let _ = send(&mut conn, &["MULTI"]);
    let _ = send(&mut conn, &["GET", "a"]);
    let _ = send(&mut conn, &["EXEC"]);
    conn.handle_input(T0, b"+OK\r\n+QUEUED\r\n*2\r\n$1\r\n2\r\n$1\r\n2\r\n");
    assert!(matches!(
        closed(&drain(&mut conn).events),
        Some(ConnectionError::Unexpected(_))
    ));
}

#[test]
fn a_watched_key_or_queuing_error_ends_the_transaction() {
    let mut conn = plain();
    let _ = send(&mut conn, &["MULTI"]);
    let _ = send(&mut conn, &["SET", "a"]);
    let exec = send(&mut conn, &["EXEC"]);
    let _ = send(&mut conn, &["MULTI"]);
    let exec2 = send(&mut conn, &["EXEC"]);
    flush(&mut conn);
    conn.handle_input(
        T0,
        b"+OK\r\n-ERR wrong number of arguments for 'set' command\r\n-EXECABORT Transaction discarded because of previous errors.\r\n+OK\r\n*-1\r\n",
    );
    let events = drain(&mut conn).events;
    assert!(
        matches!(&events[2], Output::Reply { id, reply: Err(e) } if *id == exec && e.kind() == ErrorKind::ExecAbort)
    );
    assert_eq!(events[4], reply(exec2, Frame::Null));
    assert!(!conn.in_transaction() && !conn.is_closed());
}

#[test]
fn mode_changing_commands_are_refused_inside_multi() {
    let mut conn = plain();
    let _ = send(&mut conn, &["MULTI"]);
    for args in [
        &["SUBSCRIBE", "a"][..],
        &["CLIENT", "REPLY", "OFF"],
        &["MONITOR"],
        &["HELLO", "3"],
    ] {
        assert!(matches!(
            conn.send(T0, &cmd(args)),
            Err(SendError::InTransaction(_))
        ));
    }
    let before = conn.in_flight();
    // A batch is refused whole.
    assert!(
        conn.send_batch(T0, &[cmd(&["GET", "a"]), cmd(&["SUBSCRIBE", "x"])])
            .is_err()
    );
    assert_eq!(conn.in_flight(), before);
    let _ = send(&mut conn, &["DISCARD"]);
    assert!(conn.send(T0, &cmd(&["SUBSCRIBE", "a"])).is_ok());
}

#[test]
fn monitor_lines_and_reset() {
    let mut conn = plain();
    let monitor = send(&mut conn, &["MONITOR"]);
    assert_eq!(
        conn.send(T0, &cmd(&["GET", "k"])),
        Err(SendError::Monitoring)
    );
    flush(&mut conn);
    conn.handle_input(
        T0,
        b"+OK\r\n+1700000000.000001 [0 127.0.0.1:50000] \"get\" \"k\"\r\n",
    );
    let events = drain(&mut conn).events;
    assert_eq!(events[0], reply(monitor, ok()));
    assert_eq!(
        events[1],
        Output::Monitor(Bytes::from_static(
            b"1700000000.000001 [0 127.0.0.1:50000] \"get\" \"k\""
        ))
    );
    let reset = send(&mut conn, &["RESET"]);
    flush(&mut conn);
    conn.handle_input(
        T0,
        b"+1700000000.5 [0 127.0.0.1:50001] \"ping\"\r\n+RESET\r\n",
    );
    let events = drain(&mut conn).events;
    assert!(matches!(events[0], Output::Monitor(_)));
    assert_eq!(events[1], reply(reset, Frame::simple("RESET")));
    assert!(!conn.is_monitoring());
    assert!(conn.send(T0, &cmd(&["GET", "k"])).is_ok());
}

#[test]
fn reset_replays_the_handshake_before_later_commands() {
    let config = Config::new()
        .with_protocol(Protocol::Resp2)
        .with_auth(None, "pw");
    let mut conn = Connection::new(config, T0);
    flush(&mut conn);
    conn.handle_input(T0, b"+OK\r\n");
    let _ = drain(&mut conn);
    let reset = send(&mut conn, &["RESET"]);
    let get = send(&mut conn, &["GET", "k"]);
    let out = drain(&mut conn);
    let mut expected = Cmd::new("RESET").to_bytes().to_vec();
    expected.extend_from_slice(&Cmd::new("AUTH").arg("pw").to_bytes());
    assert_eq!(out.written, expected, "GET waits for AUTH");
    flush(&mut conn);
    conn.handle_input(T0, b"+RESET\r\n+OK\r\n");
    let out = drain(&mut conn);
    assert_eq!(out.events, [reply(reset, Frame::simple("RESET"))]);
    assert_eq!(out.written, b"*2\r\n$3\r\nGET\r\n$1\r\nk\r\n");
    flush(&mut conn);
    conn.handle_input(T0, b"$-1\r\n");
    assert_eq!(drain(&mut conn).events, [reply(get, Frame::Null)]);
}

#[test]
fn abandoned_requests_are_read_and_dropped() {
    let mut conn = plain();
    let a = send(&mut conn, &["GET", "a"]);
    let b = send(&mut conn, &["GET", "b"]);
    let c = send(&mut conn, &["GET", "c"]);
    assert!(conn.abandon(b));
    assert!(!conn.abandon(b), "abandoning twice changes nothing");
    flush(&mut conn);
    conn.handle_input(T0, b"$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n");
    assert_eq!(
        drain(&mut conn).events,
        [reply(a, Frame::bulk("a")), reply(c, Frame::bulk("c"))]
    );
    assert!(!conn.abandon(a), "a finished request cannot be abandoned");
}

#[test]
fn a_missed_deadline_closes_the_connection() {
    let config = Config::new()
        .with_protocol(Protocol::Resp2)
        .with_response_timeout(Some(Duration::from_millis(100)));
    let mut conn = Connection::new(config, T0);
    let a = conn.send(at(0), &cmd(&["GET", "a"])).unwrap();
    let b = conn.send(at(50), &cmd(&["GET", "b"])).unwrap();
    assert_eq!(drain(&mut conn).until, Some(at(100)));
    conn.handle_input(at(60), b"$1\r\na\r\n");
    let out = drain(&mut conn);
    assert_eq!(out.events, [reply(a, Frame::bulk("a"))]);
    assert_eq!(out.until, Some(at(150)), "the next deadline is b's");
    assert_eq!(conn.deadline(a), None, "answered");
    assert_eq!(conn.deadline(b), Some(at(150)));
    conn.handle_timeout(at(149));
    assert!(drain(&mut conn).events.is_empty());
    conn.handle_timeout(at(150));
    assert_eq!(
        drain(&mut conn).events,
        [Output::Closed {
            error: ConnectionError::Timeout,
            unsent: vec![],
        }]
    );
    let _ = b;
}

fn silent(timeout_ms: u64) -> Connection {
    let config = Config::new()
        .with_protocol(Protocol::Resp2)
        .with_silence_timeout(Some(Duration::from_millis(timeout_ms)));
    let mut conn = Connection::new(config, T0);
    assert!(drain(&mut conn).written.is_empty());
    conn
}

fn closed_by_silence(conn: &mut Connection, timeout_ms: u64) -> Vec<RequestId> {
    match drain(conn).events.as_slice() {
        [Output::Closed { error, unsent }] => {
            assert_eq!(
                *error,
                ConnectionError::Silence(Duration::from_millis(timeout_ms))
            );
            unsent.clone()
        }
        other => panic!("not closed by silence: {other:?}"),
    }
}

#[test]
fn a_reply_before_its_request_was_sent_is_unexpected() {
    // A stray reply on an idle connection, read before the next request's
    // bytes were taken: not that request's reply.
    let mut conn = plain();
    let get = send(&mut conn, &["GET", "k"]);
    conn.handle_input(T0, b"+UNSOLICITED\r\n");
    assert_eq!(
        drain(&mut conn).events,
        [Output::Closed {
            error: ConnectionError::Unexpected("a reply before its request was sent"),
            unsent: vec![get],
        }]
    );

    // Once the bytes are out, the same frame is the reply.
    let mut conn = plain();
    let get = send(&mut conn, &["GET", "k"]);
    assert_eq!(drain(&mut conn).written, cmd(&["GET", "k"]).to_bytes());
    conn.handle_input(T0, b"+UNSOLICITED\r\n");
    assert_eq!(
        drain(&mut conn).events,
        [reply(get, Frame::simple("UNSOLICITED"))]
    );

    // A confirmation for a SUBSCRIBE not yet sent is not taken either.
    let mut conn = plain();
    let sub = send(&mut conn, &["SUBSCRIBE", "ch"]);
    conn.handle_input(T0, b"*3\r\n$9\r\nsubscribe\r\n$2\r\nch\r\n:1\r\n");
    assert!(matches!(
        drain(&mut conn).events.as_slice(),
        [Output::Closed { error: ConnectionError::Unexpected(_), unsent }] if unsent == &[sub]
    ));
}

#[test]
fn silence_while_a_reply_is_owed_closes_the_connection() {
    let mut conn = silent(3000);
    // Idle: no clock runs, however long.
    assert_eq!(drain(&mut conn).until, None);
    conn.handle_timeout(at(60_000));
    assert!(!conn.is_closed());
    // A request queued after a long idle spell: the clock starts at send.
    let a = conn.send(at(100_000), &cmd(&["GET", "a"])).unwrap();
    let b = conn.send(at(100_500), &cmd(&["GET", "b"])).unwrap();
    assert_eq!(drain(&mut conn).until, Some(at(103_000)));
    // Bytes in, even half a reply, start it again.
    conn.handle_input(at(102_000), b"$1\r\n");
    assert_eq!(drain(&mut conn).until, Some(at(105_000)));
    conn.handle_input(at(104_000), b"a\r\n");
    let out = drain(&mut conn);
    assert_eq!(out.events, [reply(a, Frame::bulk("a"))]);
    assert_eq!(
        out.until,
        Some(at(107_000)),
        "b's clock runs from the last bytes"
    );
    conn.handle_timeout(at(106_999));
    assert!(!conn.is_closed());
    conn.handle_timeout(at(107_000));
    // b was transmitted: not unsent.
    assert_eq!(closed_by_silence(&mut conn, 3000), []);
    let _ = b;
}

#[test]
fn a_long_exchange_that_keeps_talking_is_not_silence() {
    let mut conn = silent(100);
    let ids: Vec<RequestId> = (0..50)
        .map(|i| conn.send(at(0), &cmd(&["GET", &format!("{i}")])).unwrap())
        .collect();
    let _ = drain(&mut conn);
    // One reply every 90 ms: 4.5 s in all, far past the timeout, never
    // 100 ms of silence.
    for (i, id) in ids.iter().enumerate() {
        let now = at(90 * (i as u64 + 1));
        conn.handle_timeout(now);
        conn.handle_input(now, b"$-1\r\n");
        assert_eq!(drain(&mut conn).events, [reply(*id, Frame::Null)]);
    }
    assert!(!conn.is_closed());
    assert_eq!(drain(&mut conn).until, None, "idle again");
}

#[test]
fn blocking_commands_are_exempt_from_the_silence_timeout() {
    let mut conn = silent(100);
    let blpop = conn.send(at(0), &cmd(&["BLPOP", "q", "0"])).unwrap();
    let get = conn.send(at(10), &cmd(&["GET", "k"])).unwrap();
    assert_eq!(drain(&mut conn).until, None, "BLPOP 0 blocks forever");
    conn.handle_timeout(at(60_000));
    assert!(!conn.is_closed());
    conn.handle_input(at(60_000), b"*-1\r\n");
    let out = drain(&mut conn);
    assert_eq!(out.events, [reply(blpop, Frame::Null)]);
    // The GET behind it is now the one answered: its clock starts at the
    // BLPOP's reply.
    assert_eq!(out.until, Some(at(60_100)));
    conn.handle_timeout(at(60_100));
    assert_eq!(closed_by_silence(&mut conn, 100), []);
    let _ = get;
}

#[test]
fn a_blocking_command_inside_a_batch_is_exempt_only_on_its_turn() {
    let mut conn = silent(100);
    let batch = conn
        .send_batch(
            at(0),
            &[
                cmd(&["INCR", "n"]),
                cmd(&["BLPOP", "q", "5"]),
                cmd(&["GET", "k"]),
            ],
        )
        .unwrap();
    assert_eq!(
        drain(&mut conn).until,
        Some(at(100)),
        "INCR is answered first"
    );
    conn.handle_input(at(50), b":1\r\n");
    // Now BLPOP's turn: its own deadline only (5 s, plus the 1 s margin).
    assert_eq!(drain(&mut conn).until, Some(at(6000)));
    conn.handle_timeout(at(5000));
    assert!(!conn.is_closed());
    conn.handle_input(at(5000), b"*-1\r\n");
    assert_eq!(drain(&mut conn).until, Some(at(5100)), "GET's turn");
    conn.handle_input(at(5050), b"$-1\r\n");
    assert_eq!(
        drain(&mut conn).events,
        [Output::Batch {
            id: batch,
            replies: vec![Ok(Frame::Integer(1)), Ok(Frame::Null), Ok(Frame::Null)],
        }]
    );
}

#[test]
fn silence_during_the_handshake_or_a_health_check_fails_held_requests_as_unsent() {
    // The handshake: HELLO is owed, the user's GET is held behind it.
    let config = Config::new().with_silence_timeout(Some(Duration::from_millis(100)));
    let mut conn = Connection::new(config, at(1000));
    let get = conn.send(at(1000), &cmd(&["GET", "k"])).unwrap();
    assert_eq!(drain(&mut conn).until, Some(at(1100)));
    conn.handle_timeout(at(1100));
    assert_eq!(closed_by_silence(&mut conn, 100), [get]);

    // A health check's PING after idle: the held command never went out.
    let config = Config::new()
        .with_protocol(Protocol::Resp2)
        .with_health_check_interval(Some(Duration::from_secs(1)))
        .with_silence_timeout(Some(Duration::from_millis(100)));
    let mut conn = Connection::new(config, T0);
    let c = conn.send(at(5000), &cmd(&["INCR", "c"])).unwrap();
    assert_eq!(drain(&mut conn).written, cmd(&["PING"]).to_bytes());
    conn.handle_timeout(at(5100));
    assert_eq!(closed_by_silence(&mut conn, 100), [c]);
}

#[test]
fn a_subscribed_connections_own_ping_is_subject_to_silence() {
    let config = Config::new()
        .with_protocol(Protocol::Resp2)
        .with_health_check_interval(Some(Duration::from_secs(1)))
        .with_silence_timeout(Some(Duration::from_millis(100)));
    let mut conn = Connection::new(config, T0);
    let sub = conn.send(T0, &cmd(&["SUBSCRIBE", "ch"])).unwrap();
    let _ = drain(&mut conn);
    conn.handle_input(at(10), b"*3\r\n$9\r\nsubscribe\r\n$2\r\nch\r\n:1\r\n");
    let out = drain(&mut conn);
    assert!(matches!(out.events.as_slice(), [Output::Reply { id, .. }] if *id == sub));
    // Idle and subscribed: no silence clock, the ping is due at 1010.
    assert_eq!(out.until, Some(at(1010)));
    conn.handle_timeout(at(1010));
    let out = drain(&mut conn);
    assert_eq!(out.written, cmd(&["PING"]).to_bytes());
    assert_eq!(out.until, Some(at(1110)), "the PING is owed an answer");
    conn.handle_timeout(at(1110));
    assert_eq!(closed_by_silence(&mut conn, 100), []);
}

#[test]
fn blocking_commands_get_their_own_timeout_plus_the_margin() {
    let config = Config::new()
        .with_protocol(Protocol::Resp2)
        .with_response_timeout(Some(Duration::from_millis(100)))
        .with_blocking_margin(Duration::from_millis(500));
    let mut conn = Connection::new(config, T0);
    let blpop = conn.send(at(0), &cmd(&["BLPOP", "q", "2"])).unwrap();
    assert_eq!(drain(&mut conn).until, Some(at(2500)));
    conn.handle_timeout(at(1000));
    conn.handle_input(at(2000), b"*-1\r\n");
    assert_eq!(drain(&mut conn).events, [reply(blpop, Frame::Null)]);
    // Blocking forever: no deadline at all.
    let _ = conn
        .send(
            at(2000),
            &cmd(&["XREAD", "BLOCK", "0", "STREAMS", "s", "$"]),
        )
        .unwrap();
    assert_eq!(drain(&mut conn).until, None);
    conn.handle_timeout(at(1_000_000));
    assert!(!conn.is_closed());
}

#[test]
fn health_check_pings_before_the_next_command_after_idle() {
    let config = Config::new()
        .with_protocol(Protocol::Resp2)
        .with_health_check_interval(Some(Duration::from_secs(1)));
    let mut conn = Connection::new(config, T0);
    // Not idle long enough: no ping.
    let a = conn.send(at(500), &cmd(&["GET", "a"])).unwrap();
    assert_eq!(drain(&mut conn).written, cmd(&["GET", "a"]).to_bytes());
    conn.handle_input(at(600), b"$-1\r\n");
    let _ = drain(&mut conn);
    // Idle for a second: PING first, and GET only once PONG is back.
    let b = conn.send(at(1600), &cmd(&["GET", "b"])).unwrap();
    assert_eq!(drain(&mut conn).written, cmd(&["PING"]).to_bytes());
    conn.handle_input(at(1601), b"+PONG\r\n");
    assert_eq!(drain(&mut conn).written, cmd(&["GET", "b"]).to_bytes());
    conn.handle_input(at(1602), b"$1\r\nb\r\n");
    assert_eq!(drain(&mut conn).events, [reply(b, Frame::bulk("b"))]);
    // A failed health check closes, and the held command was never sent.
    let c = conn.send(at(5000), &cmd(&["GET", "c"])).unwrap();
    let _ = drain(&mut conn);
    conn.handle_input(at(5001), b"-NOAUTH Authentication required.\r\n");
    assert!(matches!(
        drain(&mut conn).events.as_slice(),
        [Output::Closed { error: ConnectionError::HealthCheck(_), unsent }] if unsent == &[c]
    ));
    let _ = a;
}

#[test]
fn a_quiet_subscribed_connection_pings_on_its_own() {
    let config = Config::new()
        .with_protocol(Protocol::Resp2)
        .with_health_check_interval(Some(Duration::from_secs(1)));
    let mut conn = Connection::new(config, T0);
    let _ = conn.send(at(0), &cmd(&["SUBSCRIBE", "a"])).unwrap();
    let _ = drain(&mut conn);
    conn.handle_input(at(10), b"*3\r\n$9\r\nsubscribe\r\n$1\r\na\r\n:1\r\n");
    assert_eq!(drain(&mut conn).until, Some(at(1010)));
    conn.handle_timeout(at(1010));
    assert_eq!(drain(&mut conn).written, cmd(&["PING"]).to_bytes());
    conn.handle_input(at(1011), b"*2\r\n$4\r\npong\r\n$0\r\n\r\n");
    let out = drain(&mut conn);
    assert!(out.events.is_empty(), "{:?}", out.events);
    assert_eq!(out.until, Some(at(2011)));
}

#[test]
fn redirects_are_reported_as_such() {
    let mut conn = plain();
    let a = send(&mut conn, &["GET", "a"]);
    flush(&mut conn);
    conn.handle_input(T0, b"-MOVED 15495 127.0.0.1:7002\r\n");
    let events = drain(&mut conn).events;
    let Output::Redirected { id, redirect } = &events[0] else {
        panic!("{events:?}");
    };
    assert_eq!(*id, a);
    assert_eq!(redirect.slot.get(), 15495);
    assert_eq!(redirect.node.port, 7002);
}

#[test]
fn eof_fails_everything_and_reports_what_was_never_written() {
    let mut conn = plain();
    let a = send(&mut conn, &["GET", "a"]);
    let _ = drain(&mut conn);
    let b = send(&mut conn, &["GET", "b"]);
    let c = send(&mut conn, &["GET", "c"]);
    conn.abandon(c);
    conn.handle_eof();
    assert_eq!(
        drain(&mut conn).events,
        [Output::Closed {
            error: ConnectionError::Eof,
            unsent: vec![b],
        }]
    );
    let _ = a;
}

#[test]
fn hello_sent_by_the_user_switches_the_protocol() {
    let mut conn = plain();
    let _ = send(&mut conn, &["HELLO", "3"]);
    flush(&mut conn);
    conn.handle_input(
        T0,
        b"%2\r\n$6\r\nserver\r\n$5\r\nredis\r\n$5\r\nproto\r\n:3\r\n",
    );
    let _ = drain(&mut conn);
    assert_eq!(conn.protocol(), Protocol::Resp3);
}

#[test]
fn an_empty_batch_completes_at_once() {
    let mut conn = plain();
    let id = conn.send_batch(T0, &[]).unwrap();
    assert_eq!(
        drain(&mut conn).events,
        [Output::Batch {
            id,
            replies: vec![]
        }]
    );
}

#[test]
fn a_request_behind_a_blocking_one_waits_as_long_as_it_does() {
    let config = Config::new()
        .with_protocol(Protocol::Resp2)
        .with_response_timeout(Some(Duration::from_millis(100)))
        .with_blocking_margin(Duration::from_millis(500));
    let mut conn = Connection::new(config, T0);
    let blpop = conn.send(at(0), &cmd(&["BLPOP", "q", "2"])).unwrap();
    let get = conn.send(at(10), &cmd(&["GET", "k"])).unwrap();
    // GET cannot be answered before BLPOP: its deadline is BLPOP's.
    assert_eq!(conn.deadline(get), Some(at(2500)));
    conn.handle_timeout(at(1000));
    assert!(
        !conn.is_closed(),
        "GET's own 100 ms must not close the connection"
    );
    flush(&mut conn);
    conn.handle_input(at(2000), b"*-1\r\n$1\r\nv\r\n");
    assert_eq!(
        drain(&mut conn).events,
        [reply(blpop, Frame::Null), reply(get, Frame::bulk("v"))]
    );
    // A request sent after the blocking one is answered gets its own.
    let later = conn.send(at(2000), &cmd(&["GET", "k"])).unwrap();
    assert_eq!(conn.deadline(later), Some(at(2100)));
    // Behind a command that blocks forever, nothing can time out.
    let forever = conn.send(at(3000), &cmd(&["BLPOP", "q", "0"])).unwrap();
    let behind = conn.send(at(3000), &cmd(&["PING"])).unwrap();
    assert_eq!(
        (conn.deadline(forever), conn.deadline(behind)),
        (None, None)
    );
}

#[test]
fn session_state_left_by_sent_commands_is_visible() {
    let mut conn = Connection::new(
        Config::new()
            .with_protocol(Protocol::Resp2)
            .with_database(2),
        T0,
    );
    drain(&mut conn);
    assert_eq!(conn.database(), Some(2));
    assert!(!conn.is_watching() && !conn.is_reply_off() && !conn.is_multi_sent());

    send(&mut conn, &["WATCH", "a"]);
    assert!(conn.is_watching());
    send(&mut conn, &["UNWATCH"]);
    assert!(!conn.is_watching());
    send(&mut conn, &["WATCH", "a"]);
    send(&mut conn, &["MULTI"]);
    assert!(conn.is_multi_sent());
    send(&mut conn, &["EXEC"]);
    assert!(!conn.is_watching() && !conn.is_multi_sent());

    send(&mut conn, &["SELECT", "5"]);
    assert_eq!(conn.database(), Some(5));
    send(&mut conn, &["SELECT", "two"]);
    assert_eq!(conn.database(), None);
    send(&mut conn, &["SELECT", "2"]);
    assert_eq!(conn.database(), Some(2));

    send(&mut conn, &["CLIENT", "REPLY", "SKIP"]);
    assert!(conn.is_reply_off());
    send(&mut conn, &["GET", "k"]);
    assert!(!conn.is_reply_off());
    send(&mut conn, &["CLIENT", "REPLY", "OFF"]);
    assert!(conn.is_reply_off());
    send(&mut conn, &["SELECT", "7"]);
    send(&mut conn, &["WATCH", "b"]);
    send(&mut conn, &["RESET"]);
    assert!(!conn.is_reply_off() && !conn.is_watching());
    assert_eq!(
        conn.database(),
        Some(2),
        "RESET, then the handshake's SELECT"
    );
}

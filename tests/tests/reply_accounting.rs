//! resp-core's `Connection` keeps replies in step with requests against a
//! real redis-server: CLIENT REPLY, MULTI/EXEC, subscribed mode in both
//! protocols, MONITOR, pushes between replies, abandon, deadlines, health
//! checks.

use std::time::Duration;

use resp_core::pubsub::Push;
use resp_core::{Cmd, Config, ConnectionError, ErrorKind, Frame, Output, Protocol};
use resp_tests::{Driven, RedisServer};

fn cmd(args: &[&str]) -> Cmd {
    Cmd::new(args[0]).args(&args[1..])
}

fn both() -> [Config; 2] {
    [
        Config::new().with_protocol(Protocol::Resp2),
        Config::new().with_protocol(Protocol::Resp3),
    ]
}

#[test]
fn client_reply_off_and_skip() {
    let server = RedisServer::start();
    for config in both() {
        let mut conn = Driven::connect(server.addr(), config);
        let off = conn.send(&cmd(&["CLIENT", "REPLY", "OFF"])).unwrap();
        let quiet = conn.send(&cmd(&["SET", "a", "1"])).unwrap();
        let on = conn.send(&cmd(&["CLIENT", "REPLY", "ON"])).unwrap();
        let skip = conn.send(&cmd(&["CLIENT", "REPLY", "SKIP"])).unwrap();
        let skipped = conn.send(&cmd(&["SET", "b", "2"])).unwrap();
        let get = conn.send(&cmd(&["MGET", "a", "b"])).unwrap();
        assert_eq!(conn.wait(off), Output::NoReply { id: off });
        assert_eq!(conn.wait(quiet), Output::NoReply { id: quiet });
        assert!(matches!(conn.wait(on), Output::Reply { reply: Ok(_), .. }));
        assert_eq!(conn.wait(skip), Output::NoReply { id: skip });
        assert_eq!(conn.wait(skipped), Output::NoReply { id: skipped });
        let Output::Reply {
            reply: Ok(values), ..
        } = conn.wait(get)
        else {
            panic!("MGET failed");
        };
        assert_eq!(
            values,
            Frame::Array(vec![Frame::bulk("1"), Frame::bulk("2")])
        );
        conn.request(&cmd(&["DEL", "a", "b"])).unwrap();
    }
}

#[test]
fn transactions_in_both_protocols() {
    let server = RedisServer::start();
    for config in both() {
        let mut conn = Driven::connect(server.addr(), config);
        let batch = conn
            .send_batch(&[
                cmd(&["MULTI"]),
                cmd(&["SET", "t", "1"]),
                cmd(&["INCR", "t"]),
                cmd(&["GET", "t"]),
                cmd(&["EXEC"]),
            ])
            .unwrap();
        let Output::Batch { replies, .. } = conn.wait(batch) else {
            panic!("not a batch");
        };
        assert_eq!(replies[1], Ok(Frame::simple("QUEUED")));
        assert_eq!(
            replies[4],
            Ok(Frame::Array(vec![
                Frame::simple("OK"),
                Frame::Integer(2),
                Frame::bulk("2")
            ]))
        );

        // A command refused while queuing aborts the transaction.
        conn.request(&cmd(&["MULTI"])).unwrap();
        assert!(conn.request(&cmd(&["SET", "t"])).is_err());
        let exec = conn.request(&cmd(&["EXEC"])).unwrap_err();
        assert_eq!(exec.kind(), ErrorKind::ExecAbort);

        // WATCH, and a change from elsewhere: EXEC answers null.
        conn.request(&cmd(&["WATCH", "t"])).unwrap();
        server.connect().request(&cmd(&["SET", "t", "9"])).unwrap();
        conn.request(&cmd(&["MULTI"])).unwrap();
        conn.request(&cmd(&["INCR", "t"])).unwrap();
        assert_eq!(conn.request(&cmd(&["EXEC"])).unwrap(), Frame::Null);
        assert!(!conn.conn().in_transaction());
        assert_eq!(conn.request(&cmd(&["GET", "t"])).unwrap(), Frame::bulk("9"));
    }
}

#[test]
fn subscribed_mode_in_both_protocols() {
    let server = RedisServer::start();
    for config in both() {
        let protocol = config.protocol();
        let mut conn = Driven::connect(server.addr(), config);
        let Ok(Frame::Array(confirmations)) = conn.request(&cmd(&["SUBSCRIBE", "a", "b"])) else {
            panic!("SUBSCRIBE");
        };
        assert_eq!(confirmations.len(), 2);
        let psub = conn.request(&cmd(&["PSUBSCRIBE", "p*"])).unwrap();
        assert!(matches!(psub, Frame::Array(ref c) if c.len() == 1));
        assert!(conn.conn().is_subscribed());

        let mut publisher = server.connect();
        publisher.request(&cmd(&["PUBLISH", "a", "one"])).unwrap();
        publisher.request(&cmd(&["PUBLISH", "pq", "two"])).unwrap();
        // PING while subscribed: its reply is not taken for a message.
        let pong = conn.request(&cmd(&["PING"])).unwrap();
        match protocol {
            Protocol::Resp2 => {
                assert_eq!(
                    pong,
                    Frame::Array(vec![Frame::bulk("pong"), Frame::bulk("")])
                );
            }
            Protocol::Resp3 => assert_eq!(pong, Frame::simple("PONG")),
        }
        assert_eq!(
            conn.pushes,
            [
                Push::Message {
                    channel: "a".into(),
                    payload: "one".into()
                },
                Push::PatternMessage {
                    pattern: "p*".into(),
                    channel: "pq".into(),
                    payload: "two".into()
                },
            ]
        );
        // Unsubscribe from everything: one confirmation per channel.
        let Ok(Frame::Array(left)) = conn.request(&cmd(&["UNSUBSCRIBE"])) else {
            panic!("UNSUBSCRIBE");
        };
        assert_eq!(left.len(), 2);
        let Ok(Frame::Array(left)) = conn.request(&cmd(&["PUNSUBSCRIBE"])) else {
            panic!("PUNSUBSCRIBE");
        };
        assert_eq!(left.len(), 1);
        assert!(!conn.conn().is_subscribed());
        // And with nothing left, one confirmation all the same.
        let Ok(Frame::Array(none)) = conn.request(&cmd(&["UNSUBSCRIBE"])) else {
            panic!("UNSUBSCRIBE");
        };
        assert_eq!(none.len(), 1);
        // Back to normal: an array reply shaped like a message is a reply.
        conn.request(&cmd(&["RPUSH", "shape", "message", "a", "b"]))
            .unwrap();
        let reply = conn.request(&cmd(&["LRANGE", "shape", "0", "-1"])).unwrap();
        assert_eq!(
            reply,
            Frame::Array(vec![
                Frame::bulk("message"),
                Frame::bulk("a"),
                Frame::bulk("b")
            ])
        );
        conn.request(&cmd(&["DEL", "shape"])).unwrap();
    }
}

#[test]
fn invalidation_pushes_between_replies() {
    let server = RedisServer::start();
    let mut conn = Driven::connect(server.addr(), Config::new());
    conn.request(&cmd(&["CLIENT", "TRACKING", "ON"])).unwrap();
    let mut writer = server.connect();
    for round in 0..50 {
        let key = format!("tracked:{round}");
        conn.request(&cmd(&["GET", &key])).unwrap();
        writer.request(&cmd(&["SET", &key, "x"])).unwrap();
        // The invalidation arrives around this request's reply.
        let echo = conn.request(&cmd(&["ECHO", &key])).unwrap();
        assert_eq!(echo, Frame::bulk(key));
    }
    conn.request(&cmd(&["PING"])).unwrap();
    let invalidated = conn
        .pushes
        .iter()
        .filter(|push| matches!(push, Push::Invalidate { keys: Some(_) }))
        .count();
    assert_eq!(invalidated, 50, "{:?}", conn.pushes);
}

#[test]
fn monitor_then_reset() {
    let server = RedisServer::start();
    let mut monitor = Driven::connect(server.addr(), Config::new());
    assert_eq!(
        monitor.request(&cmd(&["MONITOR"])).unwrap(),
        Frame::simple("OK")
    );
    assert!(
        monitor.send(&cmd(&["GET", "x"])).is_err(),
        "only RESET and QUIT"
    );
    server
        .connect()
        .request(&cmd(&["SET", "watched", "1"]))
        .unwrap();
    monitor.run_for(Duration::from_millis(300));
    assert!(
        monitor
            .monitor
            .iter()
            .any(|line| String::from_utf8_lossy(line).contains("\"watched\"")),
        "{:?}",
        monitor.monitor
    );
    assert_eq!(
        monitor.request(&cmd(&["RESET"])).unwrap(),
        Frame::simple("RESET")
    );
    assert!(!monitor.conn().is_monitoring());
    assert_eq!(
        monitor.request(&cmd(&["GET", "watched"])).unwrap(),
        Frame::bulk("1")
    );
}

#[test]
fn abandoned_requests_leave_the_others_in_step() {
    let server = RedisServer::start();
    let mut conn = Driven::connect(server.addr(), Config::new());
    let ids: Vec<_> = (0..200)
        .map(|n| conn.send(&cmd(&["ECHO", &n.to_string()])).unwrap())
        .collect();
    for (n, id) in ids.iter().enumerate() {
        if n % 3 == 0 {
            assert!(conn.abandon(*id));
        }
    }
    for (n, id) in ids.iter().enumerate().filter(|(n, _)| n % 3 != 0) {
        let Output::Reply {
            reply: Ok(frame), ..
        } = conn.wait(*id)
        else {
            panic!("no reply for {n}");
        };
        assert_eq!(frame, Frame::bulk(n.to_string()));
    }
    assert!(conn.conn().is_idle());
}

#[test]
fn blocking_commands_are_not_cut_short_but_a_stuck_server_is() {
    let server = RedisServer::builder().enable_debug_command().start();
    let config = Config::new()
        .with_response_timeout(Some(Duration::from_millis(100)))
        .with_blocking_margin(Duration::from_millis(500));
    let mut conn = Driven::connect(server.addr(), config.clone());
    // BLPOP waits 0.3 s, longer than the response timeout: fine.
    assert_eq!(
        conn.request(&cmd(&["BLPOP", "empty", "0.3"])).unwrap(),
        Frame::Null
    );
    // The server stalls for 0.5 s on an ordinary command: timeout.
    let sleep = conn.send(&cmd(&["DEBUG", "SLEEP", "0.5"])).unwrap();
    conn.run_for(Duration::from_secs(3));
    let (error, _) = conn.closed.clone().expect("closed");
    assert_eq!(error, ConnectionError::Timeout);
    let _ = sleep;
}

#[test]
fn health_check_pings_after_idle() {
    let server = RedisServer::start();
    let config = Config::new().with_health_check_interval(Some(Duration::from_millis(100)));
    let mut conn = Driven::connect(server.addr(), config);
    let pings = |conn: &mut Driven| -> u64 {
        let (Frame::VerbatimString { text, .. } | Frame::BulkString(text)) =
            conn.request(&cmd(&["INFO", "commandstats"])).unwrap()
        else {
            panic!("INFO");
        };
        let text = String::from_utf8_lossy(&text).into_owned();
        text.lines()
            .find_map(|line| line.strip_prefix("cmdstat_ping:calls="))
            .map_or(0, |rest| rest.split(',').next().unwrap().parse().unwrap())
    };
    let before = pings(&mut conn);
    std::thread::sleep(Duration::from_millis(150));
    let after = pings(&mut conn);
    assert_eq!(after, before + 1, "one PING after being idle");
    let again = pings(&mut conn);
    assert_eq!(again, after, "no PING when not idle");
}

//! resp-core's pubsub framing against a live redis-server: subscriptions
//! restored on a fresh connection, and every kind of message and
//! invalidation classified, in RESP2 and RESP3.

use resp_core::pubsub::{Push, SubscriptionKind, Subscriptions};
use resp_core::{Cmd, Frame};
use resp_tests::{Protocol, RawConnection, RedisServer};

fn classify_next(conn: &mut RawConnection) -> Push {
    Push::classify(conn.read_frame().expect("a frame"))
}

#[test]
fn restored_subscriptions_receive_every_kind_of_message() {
    let server = RedisServer::start();
    let mut publisher = server.connect();
    for protocol in Protocol::ALL {
        let mut subs = Subscriptions::new();
        subs.add(SubscriptionKind::Channel, "news");
        subs.add(SubscriptionKind::Channel, "sports");
        subs.add(SubscriptionKind::Pattern, "user:*");
        subs.add(SubscriptionKind::Shard, "{room}1");
        subs.add(SubscriptionKind::Shard, "{room}2");
        subs.add(SubscriptionKind::Shard, "lobby");

        let mut conn = server.connect_with(protocol);
        let cmds = subs.restore_commands();
        conn.send_all(&cmds).expect("send");
        let mut restored = Subscriptions::new();
        for _ in 0..subs.len() {
            match classify_next(&mut conn) {
                Push::Subscribed { kind, channel, .. } => assert!(restored.add(kind, channel)),
                other => panic!("{protocol}: expected a confirmation, got {other:?}"),
            }
        }
        assert_eq!(restored, subs, "{protocol}");

        publisher
            .request(&Cmd::new("PUBLISH").arg("news").arg("hello"))
            .expect("PUBLISH");
        publisher
            .request(&Cmd::new("PUBLISH").arg("user:7").arg("hi 7"))
            .expect("PUBLISH");
        publisher
            .request(&Cmd::new("SPUBLISH").arg("{room}2").arg("shh"))
            .expect("SPUBLISH");
        assert_eq!(
            classify_next(&mut conn),
            Push::Message {
                channel: "news".into(),
                payload: "hello".into()
            }
        );
        assert_eq!(
            classify_next(&mut conn),
            Push::PatternMessage {
                pattern: "user:*".into(),
                channel: "user:7".into(),
                payload: "hi 7".into()
            }
        );
        assert_eq!(
            classify_next(&mut conn),
            Push::ShardMessage {
                channel: "{room}2".into(),
                payload: "shh".into()
            }
        );

        conn.send(&Cmd::new("UNSUBSCRIBE")).expect("send");
        let mut left = 0;
        while left < 2 {
            match classify_next(&mut conn) {
                Push::Unsubscribed {
                    kind: SubscriptionKind::Channel,
                    channel: Some(_),
                    ..
                } => left += 1,
                other => panic!("{protocol}: expected an unsubscribe, got {other:?}"),
            }
        }
    }
}

#[test]
fn tracking_invalidations_arrive_in_both_protocols() {
    let server = RedisServer::start();
    let mut writer = server.connect();

    // RESP3: pushes on the tracking connection itself.
    let mut conn = server.connect_with(Protocol::Resp3);
    assert_eq!(
        conn.request(&Cmd::new("CLIENT").args(["TRACKING", "on"]))
            .unwrap(),
        Frame::simple("OK")
    );
    conn.request(&Cmd::new("GET").arg("cached")).unwrap();
    writer
        .request(&Cmd::new("SET").arg("cached").arg("v"))
        .unwrap();
    assert_eq!(
        classify_next(&mut conn),
        Push::Invalidate {
            keys: Some(vec!["cached".into()])
        }
    );
    writer.request(&Cmd::new("FLUSHALL")).unwrap();
    assert_eq!(classify_next(&mut conn), Push::Invalidate { keys: None });

    // RESP2: redirected to a connection subscribed to the invalidation channel.
    let mut sink = server.connect();
    let Frame::Integer(id) = sink.request(&Cmd::new("CLIENT").arg("ID")).unwrap() else {
        panic!("CLIENT ID is not an integer")
    };
    sink.send(&Cmd::new("SUBSCRIBE").arg(resp_core::pubsub::INVALIDATE_CHANNEL))
        .unwrap();
    assert!(matches!(classify_next(&mut sink), Push::Subscribed { .. }));
    let mut tracked = server.connect();
    let tracking = Cmd::new("CLIENT")
        .args(["TRACKING", "on", "REDIRECT"])
        .arg(id);
    assert_eq!(tracked.request(&tracking).unwrap(), Frame::simple("OK"));
    tracked.request(&Cmd::new("GET").arg("other")).unwrap();
    writer
        .request(&Cmd::new("SET").arg("other").arg("v"))
        .unwrap();
    assert_eq!(
        classify_next(&mut sink),
        Push::Invalidate {
            keys: Some(vec!["other".into()])
        }
    );
}

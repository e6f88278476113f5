//! `PubSub` and `Monitor` against a real server, on every runtime: the
//! redis-py walkthrough, handlers, subscriptions restored after restarts,
//! slow readers, health checks, keyspace notifications, MONITOR.

mod support;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use bytes::Bytes;
use resp_client::pubsub::{Event, KeyspaceSource, Message, Overflow, SubscriptionKind};
use resp_client::{ClientConfig, Cmd, Commands, ErrorKind, Frame, PubSubOptions};
use resp_tests::RedisServer;

use support::{poll_once, runtime_suite, text};

/// Waits at most 5 s for the next event.
async fn next<R: resp_client::Runtime>(pubsub: &mut resp_client::PubSub<R>) -> Event {
    pubsub
        .get_message(Duration::from_secs(5))
        .await
        .expect("an event within 5 s")
}

fn subscribed(event: &Event) -> (SubscriptionKind, String, i64) {
    match event {
        Event::Subscribed {
            kind,
            channel,
            count,
        } => (*kind, String::from_utf8_lossy(channel).into_owned(), *count),
        other => panic!("expected a subscribe confirmation, got {other:?}"),
    }
}

fn unsubscribed(event: &Event) -> (SubscriptionKind, Option<String>, i64) {
    match event {
        Event::Unsubscribed {
            kind,
            channel,
            count,
        } => (
            *kind,
            channel
                .as_ref()
                .map(|c| String::from_utf8_lossy(c).into_owned()),
            *count,
        ),
        other => panic!("expected an unsubscribe confirmation, got {other:?}"),
    }
}

fn message(event: Event) -> Message {
    match event {
        Event::Message(message) => message,
        other => panic!("expected a message, got {other:?}"),
    }
}

/// What a handler sent, waiting without blocking the runtime's thread
/// (where the handler may have to run).
async fn received<R: resp_client::Runtime, T>(rx: &std::sync::mpsc::Receiver<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if let Ok(value) = rx.try_recv() {
            return value;
        }
        assert!(Instant::now() < deadline, "the handler was not called");
        R::default().sleep(Duration::from_millis(5)).await;
    }
}

fn str_of(bytes: &Bytes) -> &str {
    std::str::from_utf8(bytes).unwrap()
}

/// Publishes `count` numbered messages on `channel`, in pipelines.
async fn publish_numbered<R: resp_client::Runtime>(
    client: &resp_client::Client<R>,
    channel: &str,
    count: usize,
) {
    for start in (0..count).step_by(500) {
        let cmds: Vec<Cmd> = (start..count.min(start + 500))
            .map(|i| Cmd::new("PUBLISH").arg(channel).arg(i))
            .collect();
        for reply in client.query_batch(&cmds).await.unwrap() {
            reply.unwrap();
        }
    }
}

/// The `CLIENT LIST` line of the connection named `name`.
async fn client_line<R: resp_client::Runtime>(
    client: &resp_client::Client<R>,
    name: &str,
) -> Option<String> {
    let list = text(
        &client
            .query_frame(&Cmd::new("CLIENT").arg("LIST"))
            .await
            .unwrap(),
    );
    list.lines()
        .find(|line| line.contains(&format!(" name={name} ")))
        .map(str::to_owned)
}

fn field<'a>(line: &'a str, name: &str) -> &'a str {
    line.split(' ')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
        .unwrap_or_else(|| panic!("no {name} in {line}"))
}

/// The redis-py README's pubsub walkthrough, message by message, over
/// the protocol `url` asks for.
async fn walkthrough<R: resp_client::Runtime>(url: &str) {
    let client = resp_client::Client::<R>::connect(url).await.unwrap();
    let mut p = client.pubsub().await.unwrap();
    p.subscribe(["my-first-channel", "my-second-channel"])
        .await
        .unwrap();
    p.psubscribe("my-*").await.unwrap();
    let confirmations = [next(&mut p).await, next(&mut p).await, next(&mut p).await];
    let confirmations: Vec<_> = confirmations.iter().map(subscribed).collect();
    assert_eq!(
        confirmations,
        [
            (SubscriptionKind::Channel, "my-first-channel".to_owned(), 1),
            (SubscriptionKind::Channel, "my-second-channel".to_owned(), 2),
            (SubscriptionKind::Pattern, "my-*".to_owned(), 3),
        ]
    );
    // A channel and a pattern match: two receivers.
    let receivers = client
        .publish("my-first-channel", "some data")
        .await
        .unwrap();
    assert_eq!(receivers, 2);
    let first = message(next(&mut p).await);
    assert_eq!(first.kind, SubscriptionKind::Channel);
    assert_eq!(str_of(&first.channel), "my-first-channel");
    assert_eq!(first.pattern, None);
    assert_eq!(first.payload_str().unwrap(), "some data");
    let second = message(next(&mut p).await);
    assert_eq!(second.kind, SubscriptionKind::Pattern);
    assert_eq!(str_of(&second.channel), "my-first-channel");
    assert_eq!(second.pattern.as_deref(), Some(&b"my-*"[..]));
    assert_eq!(second.payload, "some data");

    // Unsubscribe from every channel, then from the pattern.
    p.unsubscribe(()).await.unwrap();
    p.punsubscribe("my-*").await.unwrap();
    let mut left: Vec<_> = Vec::new();
    for _ in 0..3 {
        left.push(unsubscribed(&next(&mut p).await));
    }
    let channels: BTreeSet<_> = left[..2]
        .iter()
        .map(|(_, c, _)| c.clone().unwrap())
        .collect();
    assert_eq!(
        channels,
        BTreeSet::from([
            "my-first-channel".to_owned(),
            "my-second-channel".to_owned()
        ])
    );
    assert_eq!(left[0].2, 2);
    assert_eq!(left[1].2, 1);
    assert_eq!(
        left[2],
        (SubscriptionKind::Pattern, Some("my-*".to_owned()), 0)
    );
    assert!(p.subscriptions().is_empty());
    assert_eq!(client.publish("my-first-channel", "x").await.unwrap(), 0);

    // A handler: the message goes to it, and get_message returns nothing.
    let (seen_tx, seen_rx) = std::sync::mpsc::channel();
    p.subscribe_with("my-channel", move |message: Message| {
        seen_tx.send(message.payload).unwrap();
    })
    .await
    .unwrap();
    assert_eq!(
        subscribed(&next(&mut p).await),
        (SubscriptionKind::Channel, "my-channel".to_owned(), 1)
    );
    assert_eq!(
        client.publish("my-channel", "awesome data").await.unwrap(),
        1
    );
    let start = Instant::now();
    let got = p.get_message(Duration::from_secs(5)).await;
    assert!(got.is_none(), "{got:?}");
    assert!(
        start.elapsed() < Duration::from_secs(4),
        "returned at the handled message"
    );
    assert_eq!(seen_rx.try_recv().unwrap(), "awesome data");
    // Nothing more: get_message returns nothing after its timeout.
    let start = Instant::now();
    assert!(p.get_message(Duration::from_millis(200)).await.is_none());
    assert!(start.elapsed() >= Duration::from_millis(190));

    // ignore_subscribe_messages hides the confirmations.
    let mut quiet = client
        .pubsub_with(PubSubOptions::new().ignore_subscribe_messages(true))
        .await
        .unwrap();
    quiet.subscribe("my-channel").await.unwrap();
    assert_eq!(client.publish("my-channel", "my data").await.unwrap(), 2);
    let got = message(next(&mut quiet).await);
    assert_eq!(got.payload, "my data");
    assert!(
        quiet
            .get_message(Duration::from_millis(100))
            .await
            .is_none()
    );
}

runtime_suite! {
    /// The walkthrough over RESP3 (pushes), the default.
    async fn redis_py_walkthrough_resp3() {
        let server = RedisServer::start();
        walkthrough::<rt::Runtime>(&format!("{}?protocol=resp3", server.url())).await;
    }

    /// The walkthrough over RESP2 (subscribed mode).
    async fn redis_py_walkthrough_resp2() {
        let server = RedisServer::start();
        walkthrough::<rt::Runtime>(&format!("{}?protocol=resp2", server.url())).await;
    }

    /// `run` refuses to start while a subscription has no handler; with
    /// handlers it calls them from its task until stopped, and gives the
    /// `PubSub` back with its subscriptions.
    async fn runner_calls_handlers_and_stops() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let p = client.pubsub().await.unwrap();
        p.subscribe("unhandled").await.unwrap();
        let error = p.run().unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidCommand);
        assert!(error.to_string().contains("unhandled"), "{error}");

        let p = client.pubsub().await.unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let channel_tx = tx.clone();
        p.subscribe_with("orders", move |m: Message| {
            channel_tx.send(format!("channel {}", m.payload_str().unwrap())).unwrap();
        })
        .await
        .unwrap();
        p.psubscribe_with("audit:*", move |m: Message| {
            tx.send(format!("pattern {} {}", str_of(&m.channel), m.payload_str().unwrap()))
                .unwrap();
        })
        .await
        .unwrap();
        let runner = p.run().unwrap();
        assert!(runner.is_running());
        client.publish("orders", "1").await.unwrap();
        client.publish("audit:login", "alice").await.unwrap();
        client.publish("orders", "2").await.unwrap();
        let mut got = Vec::new();
        for _ in 0..3 {
            got.push(received::<rt::Runtime, _>(&rx).await);
        }
        assert_eq!(got, ["channel 1", "pattern audit:login alice", "channel 2"]);
        let mut p = runner.stop().await;
        // Back in the caller's hands, subscriptions intact; handlers still
        // take their messages.
        assert_eq!(p.subscriptions().len(), 2);
        client.publish("orders", "3").await.unwrap();
        assert!(p.get_message(Duration::from_secs(5)).await.is_none());
        assert_eq!(received::<rt::Runtime, _>(&rx).await, "channel 3");
    }

    /// Subscribing and unsubscribing from other tasks while one task reads
    /// the stream.
    async fn subscribe_while_streaming() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let p = client
            .pubsub_with(PubSubOptions::new().ignore_subscribe_messages(true))
            .await
            .unwrap();
        let (subscriber, mut messages) = p.split();
        let reader = rt::spawn(async move {
            let mut got = Vec::new();
            while let Some(event) = messages.next_event().await {
                if let Event::Message(m) = event {
                    let payload = m.payload_str().unwrap().to_owned();
                    let done = payload == "stop";
                    got.push(payload);
                    if done {
                        break;
                    }
                }
            }
            got
        });
        let other = subscriber.clone();
        rt::spawn(async move { other.subscribe("a").await.unwrap() }).await;
        client.publish("a", "1").await.unwrap();
        subscriber.subscribe("b").await.unwrap();
        client.publish("b", "2").await.unwrap();
        subscriber.unsubscribe("a").await.unwrap();
        assert_eq!(client.publish("a", "lost").await.unwrap(), 0);
        client.publish("b", "stop").await.unwrap();
        let got = reader.await;
        assert_eq!(got, ["1", "2", "stop"]);
        let wanted = subscriber.subscriptions();
        assert!(wanted.contains(SubscriptionKind::Channel, b"b"));
        assert!(!wanted.contains(SubscriptionKind::Channel, b"a"));
    }

    /// A subscribe whose future is dropped before the server confirmed it
    /// still takes effect (it is among the subscriptions wanted), and a
    /// dropped unsubscribe likewise; nothing is left waiting.
    async fn dropped_futures_still_take_effect() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut p = client.pubsub().await.unwrap();
        // Polled once and dropped: on a multi-thread runtime the task may,
        // rarely, have finished it within that poll; either way it holds.
        let polled = poll_once(p.subscribe("dropped"));
        assert!(matches!(polled, None | Some(Ok(()))), "{polled:?}");
        assert!(p.subscriptions().contains(SubscriptionKind::Channel, b"dropped"));
        assert_eq!(
            subscribed(&next(&mut p).await),
            (SubscriptionKind::Channel, "dropped".to_owned(), 1)
        );
        assert_eq!(client.publish("dropped", "still").await.unwrap(), 1);
        assert_eq!(message(next(&mut p).await).payload, "still");
        let polled = poll_once(p.unsubscribe("dropped"));
        assert!(matches!(polled, None | Some(Ok(()))), "{polled:?}");
        assert!(p.subscriptions().is_empty());
        assert!(matches!(next(&mut p).await, Event::Unsubscribed { count: 0, .. }));
        assert_eq!(client.publish("dropped", "gone").await.unwrap(), 0);
        p.check_health().await.unwrap();
    }

    /// 1,000 channels, 100 patterns and 100 shard channels, restored
    /// exactly after the server is killed and restarted, 20 times: the
    /// stream says when it went down and came back, the server counts
    /// every subscription again, and a message reaches each.
    async fn subscriptions_survive_twenty_restarts() {
        let mut server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        // With the default backoff (at most 250 ms between attempts).
        let mut p = client
            .pubsub_with(PubSubOptions::new().ignore_subscribe_messages(true))
            .await
            .unwrap();
        let channels: Vec<String> = (0..1000).map(|i| format!("chan:{i}")).collect();
        let patterns: Vec<String> = (0..100).map(|i| format!("pat:{i}:*")).collect();
        let shards: Vec<String> = (0..100).map(|i| format!("shard:{i}")).collect();
        p.subscribe(&channels[..]).await.unwrap();
        p.psubscribe(&patterns[..]).await.unwrap();
        for shard in &shards {
            p.ssubscribe(shard.as_str()).await.unwrap();
        }
        let mut timings = Vec::new();
        for round in 0..20 {
            server.restart();
            let up = Instant::now();
            // Nothing but the two reports before the restored stream.
            let event = next(&mut p).await;
            assert!(matches!(event, Event::Disconnected { .. }), "{event:?}");
            let event = next(&mut p).await;
            let Event::Resubscribed { disconnected_at, resubscribed_at, restored, refused } = event
            else {
                panic!("expected Resubscribed, got {event:?}");
            };
            let restored_in = up.elapsed();
            assert!(restored_in < Duration::from_secs(1), "round {round}: {restored_in:?}");
            assert!(resubscribed_at >= disconnected_at);
            assert_eq!(restored, 1200);
            assert!(refused.is_empty(), "{refused:?}");
            timings.push(restored_in);

            // The server's own count, from another client (which
            // reconnects by itself).
            let counts: Vec<(String, u64)> = loop {
                match client.pubsub_numsub(&channels[..]).await {
                    Ok(counts) => break counts,
                    Err(error) if error.is_retry_safe() => rt::sleep(Duration::from_millis(10)).await,
                    Err(error) => panic!("{error}"),
                }
            };
            assert_eq!(counts.len(), 1000);
            assert!(counts.iter().all(|(_, n)| *n == 1), "{counts:?}");
            assert_eq!(client.pubsub_numpat().await.unwrap(), 100);
            let shard_counts: Vec<(String, u64)> =
                client.pubsub_shardnumsub(&shards[..]).await.unwrap();
            assert!(shard_counts.iter().all(|(_, n)| *n == 1), "{shard_counts:?}");

            // A message on each.
            let mut cmds: Vec<Cmd> = channels
                .iter()
                .map(|c| Cmd::new("PUBLISH").arg(c.as_str()).arg(round))
                .collect();
            cmds.extend((0..100).map(|i| Cmd::new("PUBLISH").arg(format!("pat:{i}:x")).arg(round)));
            cmds.extend(shards.iter().map(|s| Cmd::new("SPUBLISH").arg(s.as_str()).arg(round)));
            for reply in client.query_batch(&cmds).await.unwrap() {
                assert_eq!(reply.unwrap(), Frame::Integer(1));
            }
            let mut seen = BTreeSet::new();
            while seen.len() < 1200 {
                let m = message(next(&mut p).await);
                assert_eq!(m.payload_str().unwrap(), round.to_string());
                let key = match m.kind {
                    SubscriptionKind::Pattern => str_of(m.pattern.as_ref().unwrap()).to_owned(),
                    _ => str_of(&m.channel).to_owned(),
                };
                assert!(seen.insert((m.kind, key)), "twice");
            }
        }
        timings.sort();
        eprintln!(
            "{}: resubscribed after restart: median {:?}, max {:?}",
            rt::NAME,
            timings[timings.len() / 2],
            timings[timings.len() - 1]
        );
    }

    /// Over RESP2 too, with a subscribe made while the server is down: it
    /// completes once the connection is back, with the others.
    async fn resp2_restore_and_subscribe_while_down() {
        let mut server = RedisServer::start();
        let url = format!("{}?protocol=resp2", server.url());
        let mut p = resp_client::PubSub::<rt::Runtime>::connect(&url).await.unwrap();
        p.subscribe("before").await.unwrap();
        assert!(matches!(next(&mut p).await, Event::Subscribed { .. }));
        server.stop();
        assert!(matches!(next(&mut p).await, Event::Disconnected { .. }));
        let subscriber = p.subscriber();
        let late = rt::spawn(async move { subscriber.subscribe("during").await });
        rt::sleep(Duration::from_millis(100)).await;
        server.restart();
        late.await.unwrap();
        let Event::Resubscribed { restored, .. } = next(&mut p).await else {
            panic!("expected Resubscribed");
        };
        assert_eq!(restored, 2);
        let client = Client::connect(&server.url()).await.unwrap();
        assert_eq!(client.publish("during", "x").await.unwrap(), 1);
        assert_eq!(client.publish("before", "y").await.unwrap(), 1);
        assert_eq!(message(next(&mut p).await).payload, "x");
        assert_eq!(message(next(&mut p).await).payload, "y");
    }

    /// A reader that stops reading gets backpressure: the client stops
    /// reading the socket, the server holds the rest, and every message
    /// arrives in order once the reader is back.
    async fn slow_reader_gets_backpressure() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let config = ClientConfig::from_url(&server.url())
            .unwrap()
            .with_core(|core| core.with_client_name("slow-reader"));
        let mut p = resp_client::PubSub::<rt::Runtime>::connect_with(
            config,
            PubSubOptions::new().capacity(16).ignore_subscribe_messages(true),
        )
        .await
        .unwrap();
        p.subscribe("flood").await.unwrap();
        let payload = "x".repeat(4000);
        let total = 5000;
        for start in (0..total).step_by(250) {
            let cmds: Vec<Cmd> = (start..start + 250)
                .map(|i| Cmd::new("PUBLISH").arg("flood").arg(format!("{i}:{payload}")))
                .collect();
            client.query_batch(&cmds).await.unwrap();
        }
        rt::sleep(Duration::from_millis(300)).await;
        // The server holds what the client did not read (20 MB were
        // published: more than the sockets' buffers take), and the client
        // holds no more than its buffer and one read's worth.
        assert!(p.buffered() <= 16 + 64 * 1024 / 4000, "{}", p.buffered());
        let line = client_line(&client, "slow-reader").await.unwrap();
        let held: u64 = field(&line, "omem").parse().unwrap();
        assert!(held > 0, "{line}");
        for i in 0..total {
            let m = message(next(&mut p).await);
            let (n, _) = m.payload_str().unwrap().split_once(':').unwrap();
            assert_eq!(n, i.to_string());
        }
        assert!(p.get_message(Duration::from_millis(100)).await.is_none());
    }

    /// With `Overflow::Drop`, a reader that falls behind loses messages,
    /// but a `Lagged` event stands where they were, with their number.
    async fn slow_reader_is_told_what_it_lost() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut p = client
            .pubsub_with(
                PubSubOptions::new()
                    .capacity(16)
                    .overflow(Overflow::Drop)
                    .ignore_subscribe_messages(true),
            )
            .await
            .unwrap();
        p.subscribe("flood").await.unwrap();
        let total = 5000;
        publish_numbered(&client, "flood", total).await;
        rt::sleep(Duration::from_millis(300)).await;
        let mut expected = 0u64;
        let mut received = 0;
        let mut lost = 0;
        while let Some(event) = p.get_message(Duration::from_millis(500)).await {
            match event {
                Event::Message(m) => {
                    let n: u64 = m.payload_str().unwrap().parse().unwrap();
                    assert_eq!(n, expected, "a gap with no Lagged event before it");
                    expected += 1;
                    received += 1;
                }
                Event::Lagged { dropped } => {
                    expected += dropped;
                    lost += dropped;
                }
                other => panic!("{other:?}"),
            }
        }
        assert!(lost > 0, "nothing was dropped: the test did not overflow");
        assert_eq!(received + lost, total as u64);
    }

    /// A reader so slow that the server gives up on it (its output buffer
    /// limit) sees the disconnection and the resubscription, not a silent
    /// gap.
    async fn server_dropping_a_slow_reader_is_reported() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        client
            .query_frame(
                &Cmd::new("CONFIG")
                    .arg("SET")
                    .arg("client-output-buffer-limit")
                    .arg("pubsub 256kb 0 0"),
            )
            .await
            .unwrap();
        let mut p = client
            .pubsub_with(PubSubOptions::new().capacity(16).ignore_subscribe_messages(true))
            .await
            .unwrap();
        p.subscribe("flood").await.unwrap();
        // 20 MB: more than the sockets' buffers hold, so that the server's
        // own buffer fills.
        let payload = "y".repeat(10_000);
        let cmds: Vec<Cmd> = (0..2000)
            .map(|i| Cmd::new("PUBLISH").arg("flood").arg(format!("{i}:{payload}")))
            .collect();
        client.query_batch(&cmds).await.unwrap();
        let mut received = 0;
        let mut saw_disconnect = false;
        loop {
            match next(&mut p).await {
                Event::Message(_) => {
                    assert!(!saw_disconnect, "a message between the reports");
                    received += 1;
                }
                Event::Disconnected { .. } => saw_disconnect = true,
                Event::Resubscribed { restored, .. } => {
                    assert!(saw_disconnect);
                    assert_eq!(restored, 1);
                    break;
                }
                other => panic!("{other:?}"),
            }
        }
        assert!(received < 2000, "{received}");
        // Subscribed again on the new connection.
        assert_eq!(client.publish("flood", "again").await.unwrap(), 1);
        assert_eq!(message(next(&mut p).await).payload, "again");
    }

    /// `check_health` pings while subscribed, over RESP2 and RESP3; with a
    /// health-check interval the client pings a quiet subscribed
    /// connection by itself.
    async fn health_checks_while_subscribed() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        for protocol in ["resp2", "resp3"] {
            let name = format!("health-{protocol}");
            let config = ClientConfig::from_url(&format!("{}?protocol={protocol}", server.url()))
                .unwrap()
                .with_core(|core| {
                    core.with_client_name(&name)
                        .with_health_check_interval(Some(Duration::from_millis(100)))
                });
            let p = resp_client::PubSub::<rt::Runtime>::connect_with(config, PubSubOptions::new())
                .await
                .unwrap();
            p.subscribe("quiet").await.unwrap();
            p.check_health().await.unwrap();
            rt::sleep(Duration::from_millis(400)).await;
            let line = client_line(&client, &name).await.unwrap();
            // The last command was an automatic PING, not long ago.
            assert!(field(&line, "cmd").contains("ping"), "{line}");
            let idle: u64 = field(&line, "idle").parse().unwrap();
            assert!(idle <= 1, "{line}");
            assert_eq!(field(&line, "sub"), "1", "{line}");
        }
        // A server that stops answering fails the check.
        let p = client.pubsub().await.unwrap();
        p.close();
        let error = p.check_health().await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Closed);
    }

    /// Over RESP3 any command runs beside the subscriptions; over RESP2 the
    /// server's refusal comes back; commands that would change the
    /// connection are refused before sending.
    async fn commands_on_the_pubsub_connection() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        client.set("k", "v").await.unwrap();
        let resp3 = resp_client::PubSub::<rt::Runtime>::connect(&format!("{}?protocol=resp3", server.url()))
            .await
            .unwrap();
        resp3.subscribe("c").await.unwrap();
        let value: String = resp3.query(&Cmd::new("GET").arg("k")).await.unwrap();
        assert_eq!(value, "v");
        let resp2 = resp_client::PubSub::<rt::Runtime>::connect(&format!("{}?protocol=resp2", server.url()))
            .await
            .unwrap();
        resp2.subscribe("c").await.unwrap();
        let error = resp2.query::<String>(&Cmd::new("GET").arg("k")).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server, "{error}");
        resp2.check_health().await.unwrap();
        for cmd in [Cmd::new("SELECT").arg(1), Cmd::new("subscribe").arg("x"), Cmd::new("MONITOR")] {
            let error = resp3.query_frame(&cmd).await.unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidCommand, "{error}");
        }
        assert_eq!(client.publish("c", "both").await.unwrap(), 2);
    }

    /// Closing ends the stream and fails later requests; dropping every
    /// handle closes the connection on the server.
    async fn close_and_drop() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let config = ClientConfig::from_url(&server.url())
            .unwrap()
            .with_core(|core| core.with_client_name("closing"));
        let mut p = resp_client::PubSub::<rt::Runtime>::connect_with(config.clone(), PubSubOptions::new())
            .await
            .unwrap();
        p.subscribe("c").await.unwrap();
        assert!(matches!(next(&mut p).await, Event::Subscribed { .. }));
        p.close();
        assert!(p.next_event().await.is_none());
        let error = p.subscribe("d").await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Closed);

        let p = resp_client::PubSub::<rt::Runtime>::connect_with(config, PubSubOptions::new())
            .await
            .unwrap();
        p.subscribe("c").await.unwrap();
        assert!(client_line(&client, "closing").await.is_some());
        drop(p);
        let deadline = Instant::now() + Duration::from_secs(5);
        while client_line(&client, "closing").await.is_some() {
            assert!(Instant::now() < deadline, "still connected");
            rt::sleep(Duration::from_millis(20)).await;
        }
        assert_eq!(client.publish("c", "x").await.unwrap(), 0);
    }

    /// The typed commands around pubsub on the client.
    async fn publish_and_introspection_commands() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let p = client.pubsub().await.unwrap();
        p.subscribe(["news", "sport"]).await.unwrap();
        p.psubscribe(["a*", "b*"]).await.unwrap();
        p.ssubscribe("orders").await.unwrap();
        let mut channels: Vec<String> = client.pubsub_channels().await.unwrap();
        channels.sort();
        assert_eq!(channels, ["news", "sport"]);
        let counts: Vec<(String, u64)> = client.pubsub_numsub(["news", "none"]).await.unwrap();
        assert_eq!(counts, [("news".to_owned(), 1), ("none".to_owned(), 0)]);
        assert_eq!(client.pubsub_numpat().await.unwrap(), 2);
        let shards: Vec<String> = client.pubsub_shardchannels().await.unwrap();
        assert_eq!(shards, ["orders"]);
        let shard_counts: Vec<(String, u64)> = client.pubsub_shardnumsub("orders").await.unwrap();
        assert_eq!(shard_counts, [("orders".to_owned(), 1)]);
        assert_eq!(client.publish("news", "n").await.unwrap(), 1);
        assert_eq!(client.spublish("orders", "o").await.unwrap(), 1);
        assert_eq!(client.spublish("nobody", "o").await.unwrap(), 0);
    }

    /// Keyspace notifications, once the application has enabled them,
    /// arrive as typed events.
    async fn keyspace_notifications() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        client
            .query_frame(&Cmd::new("CONFIG").arg("SET").arg("notify-keyspace-events").arg("KEA"))
            .await
            .unwrap();
        let mut p = client
            .pubsub_with(PubSubOptions::new().ignore_subscribe_messages(true))
            .await
            .unwrap();
        p.subscribe_keyspace(0, "user:*").await.unwrap();
        p.subscribe_keyevent(0, "del").await.unwrap();
        client.set("user:1", "a").await.unwrap();
        client.set("other", "b").await.unwrap();
        client.del("user:1").await.unwrap();
        let events: Vec<_> = [next(&mut p).await, next(&mut p).await, next(&mut p).await]
            .into_iter()
            .map(|e| message(e).keyspace_event().unwrap())
            .collect();
        let seen: Vec<_> = events
            .iter()
            .map(|e| (e.source, e.db, str_of(&e.key).to_owned(), e.event_str().unwrap().to_owned()))
            .collect();
        assert_eq!(
            seen,
            [
                (KeyspaceSource::Keyspace, 0, "user:1".to_owned(), "set".to_owned()),
                (KeyspaceSource::Keyspace, 0, "user:1".to_owned(), "del".to_owned()),
                (KeyspaceSource::Keyevent, 0, "user:1".to_owned(), "del".to_owned()),
            ]
        );
    }

    /// MONITOR shows the commands another client sends, in order, parsed;
    /// dropping the monitor closes its connection.
    async fn monitor_shows_commands_in_order() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let config = ClientConfig::from_url(&server.url())
            .unwrap()
            .with_core(|core| core.with_client_name("watcher"));
        let mut monitor = resp_client::Monitor::<rt::Runtime>::connect_with(config).await.unwrap();
        let sent: Vec<Vec<String>> = (0..50)
            .map(|i| vec!["SET".to_owned(), format!("key:{i}"), format!("va\"lue\n{i}")])
            .collect();
        for cmd in &sent {
            client
                .query_frame(&Cmd::new(cmd[0].as_str()).arg(cmd[1].as_str()).arg(cmd[2].as_str()))
                .await
                .unwrap();
        }
        let mut seen = Vec::new();
        while seen.len() < sent.len() {
            let line = monitor.next_line().await.unwrap().unwrap();
            let args: Vec<String> =
                line.args.iter().map(|a| String::from_utf8_lossy(a).into_owned()).collect();
            if args[0].eq_ignore_ascii_case("SET") {
                assert_eq!(line.db, 0);
                assert!(str_of(&line.client).starts_with("127.0.0.1:"), "{:?}", line.client);
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap();
                assert!(now.abs_diff(line.time) < Duration::from_secs(60));
                seen.push(args);
            }
        }
        assert_eq!(seen, sent);
        assert!(client_line(&client, "watcher").await.is_some());
        drop(monitor);
        let deadline = Instant::now() + Duration::from_secs(5);
        while client_line(&client, "watcher").await.is_some() {
            assert!(Instant::now() < deadline, "the monitor is still connected");
            rt::sleep(Duration::from_millis(20)).await;
        }
    }

    /// A user the server does not allow to MONITOR gets its refusal.
    async fn monitor_refused_by_acl() {
        let server = RedisServer::builder()
            .acl_user("plain", "secret", "~* &* +@all -monitor")
            .start();
        let url = format!("redis://plain:secret@{}", server.addr());
        let error = resp_client::Monitor::<rt::Runtime>::connect(&url).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server, "{error}");
        assert_eq!(error.code(), Some("NOPERM"), "{error}");
    }
}

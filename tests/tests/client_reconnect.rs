//! Reconnection: the server is killed under requests in flight and started
//! again on the same port, on every runtime.

mod support;

use std::time::{Duration, Instant};

use resp_client::{Cmd, Frame};
use resp_tests::RedisServer;

use support::{query, runtime_suite, text};

runtime_suite! {
    /// Requests in flight when the server dies fail, and are not sent
    /// again behind the caller's back (the new server never sees them);
    /// while the server is down requests fail fast and safe to retry; once
    /// it is back on the same port, later requests succeed on a new
    /// connection.
    async fn server_killed_and_restarted_on_the_same_port() {
        let mut server = RedisServer::start();
        let client = Client::connect(&format!("{}?response_timeout=10s", server.url()))
            .await
            .unwrap();
        query(&client, &Cmd::new("SET").arg("before").arg("1")).await;

        // In flight: a pipeline stuck behind a BLPOP, with an INCR after
        // it that the old server never runs; and a lone BLPOP.
        let batch_client = client.clone();
        let batch = rt::spawn(async move {
            batch_client
                .query_batch(&[
                    Cmd::new("BLPOP").arg("never").arg(5),
                    Cmd::new("INCR").arg("in-flight"),
                ])
                .await
        });
        let blpop_client = client.clone();
        let blpop = rt::spawn(async move {
            blpop_client.query_frame(&Cmd::new("BLPOP").arg("never").arg(5)).await
        });
        // Let both go out and the server block on them.
        rt::sleep(Duration::from_millis(200)).await;

        let killed = Instant::now();
        server.stop();
        let batch_error = batch.await.unwrap_err();
        let blpop_error = blpop.await.unwrap_err();
        // They fail when the connection breaks, not at their timeouts.
        assert!(killed.elapsed() < Duration::from_secs(3), "{:?}", killed.elapsed());
        for error in [&batch_error, &blpop_error] {
            assert!(error.is_closed() || error.is_io(), "{error}");
            // Sent, so they may have run: retrying is the caller's call.
            assert!(!error.is_retry_safe(), "{error:?}");
        }

        // While the server is down: fast failures, safe to retry.
        let start = Instant::now();
        let error = client.query_frame(&Cmd::new("PING")).await.unwrap_err();
        assert!(error.is_io(), "{error}");
        assert!(error.is_retry_safe(), "{error:?}");
        assert!(start.elapsed() < Duration::from_secs(2), "{:?}", start.elapsed());

        server.restart();
        // The backoff after failed attempts is short (10 ms doubling): the
        // client is back well within a second.
        let deadline = Instant::now() + Duration::from_secs(5);
        let pong = loop {
            match client.query_frame(&Cmd::new("PING")).await {
                Ok(pong) => break pong,
                Err(error) if error.is_retry_safe() && Instant::now() < deadline => {
                    rt::sleep(Duration::from_millis(20)).await;
                }
                Err(error) => panic!("not back after a restart: {error}"),
            }
        };
        assert_eq!(pong, Frame::simple("PONG"));
        // A new server and a new connection: nothing from before, and the
        // requests in flight were not replayed on it.
        assert_eq!(query(&client, &Cmd::new("GET").arg("before")).await, Frame::Null);
        assert_eq!(query(&client, &Cmd::new("GET").arg("in-flight")).await, Frame::Null);
        let info = text(&query(&client, &Cmd::new("INFO").arg("clients")).await);
        assert!(info.contains("blocked_clients:0"), "{info}");

        // And it is a working client: concurrent requests, a pipeline.
        let mut tasks = Vec::new();
        for t in 0..8 {
            let client = client.clone();
            tasks.push(rt::spawn(async move {
                for i in 0..50 {
                    let value = format!("{t}:{i}");
                    let reply = query(&client, &Cmd::new("ECHO").arg(&value)).await;
                    assert_eq!(reply, Frame::bulk(value));
                }
            }));
        }
        for task in tasks {
            task.await;
        }
        let replies = client
            .query_batch(&[Cmd::new("SET").arg("after").arg("2"), Cmd::new("GET").arg("after")])
            .await
            .unwrap();
        assert_eq!(replies, vec![Ok(Frame::simple("OK")), Ok(Frame::bulk("2"))]);
    }

    /// A server that goes away while the client is idle: the next request
    /// finds the connection closed before writing to it, so it goes on a
    /// new connection and no error reaches the caller.
    async fn idle_connection_to_a_restarted_server() {
        let mut server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        query(&client, &Cmd::new("SET").arg("k").arg("v")).await;
        server.restart();
        // Let the client's runtime see the close.
        rt::sleep(Duration::from_millis(100)).await;
        match client.query_frame(&Cmd::new("GET").arg("k")).await {
            Ok(reply) => assert_eq!(reply, Frame::Null),
            Err(error) => panic!("the first request after a restart failed: {error:?}"),
        }
        assert_eq!(query(&client, &Cmd::new("PING")).await, Frame::simple("PONG"));
    }
}

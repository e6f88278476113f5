//! Typed commands, the shared connection's refusals, and the bound on
//! requests in flight, on every runtime.

mod support;

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use resp_client::{ClientConfig, Cmd, Commands, ErrorKind, Frame, SetOptions, Ttl};
use resp_tests::RedisServer;

use support::runtime_suite;

runtime_suite! {
    /// The typed commands against a real server, in database 3.
    async fn typed_commands() {
        let server = RedisServer::start();
        let client = Client::connect(&format!("redis://{}/3", server.addr())).await.unwrap();
        client.set("n", 41).await.unwrap();
        assert_eq!(client.incr("n").await.unwrap(), 42);
        assert_eq!(client.incrby("n", -2).await.unwrap(), 40);
        let old: Option<String> = client
            .set_with("n", "x", SetOptions::new().get_old().expire_in(Duration::from_millis(1500)))
            .await
            .unwrap();
        assert_eq!(old.as_deref(), Some("40"));
        assert!(matches!(client.ttl("n").await.unwrap(), Ttl::Expires(d) if d <= Duration::from_secs(2)));
        assert_eq!(client.ttl("missing").await.unwrap(), Ttl::Missing);
        let set: bool = client.set_with("n", "y", SetOptions::new().only_if_absent()).await.unwrap();
        assert!(!set);
        client.mset([("a", "1"), ("b", "2")]).await.unwrap();
        let values: Vec<Option<i64>> = client.mget(["a", "b", "c"]).await.unwrap();
        assert_eq!(values, [Some(1), Some(2), None]);
        assert_eq!(client.exists(["a", "b", "c"]).await.unwrap(), 2);
        assert!(client.expire("a", 60).await.unwrap());
        assert_eq!(client.hset("h", [("f", "v"), ("g", "w")]).await.unwrap(), 2);
        let field: Option<String> = client.hget("h", "g").await.unwrap();
        assert_eq!(field.as_deref(), Some("w"));
        let hash: BTreeMap<String, String> = client.hgetall("h").await.unwrap();
        assert_eq!(hash.len(), 2);
        assert_eq!(client.rpush("l", ["x", "y"]).await.unwrap(), 2);
        assert_eq!(client.lpush("l", "w").await.unwrap(), 3);
        let list: Vec<String> = client.lrange("l", 0, -1).await.unwrap();
        assert_eq!(list, ["w", "x", "y"]);
        assert_eq!(client.sadd("s", ["p", "q", "p"]).await.unwrap(), 2);
        let set: HashSet<String> = client.smembers("s").await.unwrap();
        assert_eq!(set.len(), 2);
        assert_eq!(client.zadd("z", [(2.5, "b"), (1.0, "a")]).await.unwrap(), 2);
        let ranked: Vec<(String, f64)> = client.zrange_with_scores("z", 0, -1).await.unwrap();
        assert_eq!(ranked, [("a".to_owned(), 1.0), ("b".to_owned(), 2.5)]);
        let members: Vec<String> = client.zrange("z", 0, 0).await.unwrap();
        assert_eq!(members, ["a"]);
        client.ping().await.unwrap();
        let echoed: String = client.echo("hi").await.unwrap();
        assert_eq!(echoed, "hi");
        let length: i64 = client.cmd("LLEN").arg("l").query().await.unwrap();
        assert_eq!(length, 3);
        let info = client.info(Some("keyspace")).await.unwrap();
        assert!(info.get("keyspace", "db3").is_some_and(|db| db.starts_with("keys=")), "{info:?}");
        // Typed: db3 holds a, b, h, l, s, z and n (7 keys); n and a expire
        // (n after 1.5 s, which a slow machine may have seen pass).
        let db3 = info.keyspace()[&3];
        assert!(matches!((db3.keys, db3.expires), (7, 2) | (6, 1)), "{info:?}");
        let all = client.info(["server", "clients", "memory", "replication"]).await.unwrap();
        let (major, _, _) = all.version().expect("redis_version");
        assert!(major >= 7, "{all:?}");
        assert!(all.uptime().is_some());
        assert!(all.connected_clients().is_some_and(|n| n >= 1));
        assert!(all.used_memory().is_some_and(|bytes| bytes > 0));
        assert_eq!(all.role(), Some("master"));
        assert_eq!(all.get_parsed::<u16>("server", "tcp_port").unwrap(), Some(server.addr().port()));
        let error = all.get_parsed::<u64>("server", "redis_version").unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Conversion, "{error}");
        assert_eq!(all.get_parsed::<u64>("server", "no_such_field").unwrap(), None);
        assert_eq!(client.del(["a", "b", "h", "l", "s", "z", "n"]).await.unwrap(), 7);
    }

    /// Server errors are typed and name the node; what would take over the
    /// shared connection is refused before it is sent.
    async fn errors_and_refusals() {
        let server = RedisServer::start();
        let client = Client::connect(&format!("redis://{}", server.addr())).await.unwrap();
        client.set("text", "abc").await.unwrap();
        let error = client.incr("text").await.unwrap_err();
        assert_eq!((error.kind(), error.code()), (ErrorKind::Server, Some("ERR")));
        assert!(error.to_string().contains(&server.addr().to_string()), "{error}");
        assert!(!error.is_retry_safe());
        for refused in ["SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "MONITOR"] {
            let error = client.query_frame(&Cmd::new(refused).arg("c")).await.unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidCommand, "{refused}");
        }
        // A transaction or WATCH opened by hand would take in other callers'
        // commands; a whole MULTI ... EXEC in one batch is fine.
        for refused in ["MULTI", "exec", "DISCARD", "WATCH", "UNWATCH"] {
            let error = client.query_frame(&Cmd::new(refused).arg("k")).await.unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidCommand, "{refused}");
        }
        let unbalanced = [Cmd::new("MULTI"), Cmd::new("INCR").arg("k")];
        let error = client.query_batch(&unbalanced).await.unwrap_err();
        assert!(error.to_string().contains("MULTI without EXEC"), "{error}");
        let watch = [Cmd::new("WATCH").arg("k"), Cmd::new("MULTI"), Cmd::new("EXEC")];
        assert!(client.query_batch(&watch).await.is_err());
        let whole = [Cmd::new("MULTI"), Cmd::new("INCR").arg("t"), Cmd::new("EXEC")];
        let replies = client.query_batch(&whole).await.unwrap();
        assert_eq!(replies[2], Ok(Frame::Array(vec![Frame::Integer(1)])));
        // CLIENT REPLY OFF would silence every caller's replies.
        let off = Cmd::new("client").arg("reply").arg("OFF");
        let error = client.query_frame(&off).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidCommand, "{error}");
        // The connection is as good as before, replies on.
        client.ping().await.unwrap();
        assert_eq!(client.incr("replies-on").await.unwrap(), 1);
    }

    /// With room for 4 requests, 64 tasks never have more than a few in
    /// flight, and all of them get their replies.
    async fn backpressure_bounds_requests_in_flight() {
        let server = RedisServer::start();
        let config = ClientConfig::from_url(&format!("redis://{}", server.addr()))
            .unwrap()
            .with_max_in_flight(4);
        let client = Client::connect_with(config).await.unwrap();
        let done = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for n in 0..64_i64 {
            let client = client.clone();
            let done = done.clone();
            tasks.push(rt::spawn(async move {
                for i in 0..50 {
                    let echoed: i64 = client.echo(n * 1000 + i).await.unwrap();
                    assert_eq!(echoed, n * 1000 + i);
                }
                done.fetch_add(1, Ordering::Relaxed);
            }));
        }
        let mut most = 0;
        while done.load(Ordering::Relaxed) < 64 {
            most = most.max(client.in_flight());
            rt::sleep(Duration::from_micros(50)).await;
        }
        for task in tasks {
            task.await;
        }
        // Racing callers may each take the last place once, but 64 callers
        // never all get in.
        assert!((1..=8).contains(&most), "{most} requests in flight");
    }
}

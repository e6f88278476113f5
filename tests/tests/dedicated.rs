//! `Connection`, a connection of one's own: SELECT, WATCH/MULTI/EXEC,
//! CLIENT REPLY and blocking commands that would break a shared client, on
//! every runtime.

mod support;

use std::time::Duration;

use resp_client::{Cmd, Commands, ErrorKind, Frame};
use resp_tests::RedisServer;

use support::{race, runtime_suite};

fn set(key: &str, value: &str) -> Cmd {
    Cmd::new("SET").arg(key).arg(value)
}

fn get(key: &str) -> Cmd {
    Cmd::new("GET").arg(key)
}

runtime_suite! {
    /// SELECT changes this connection's database and nobody else's.
    async fn select_is_the_connections_own() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut conn = client.dedicated().await.unwrap();
        conn.select(5).await.unwrap();
        conn.query::<()>(&set("where", "five")).await.unwrap();
        // The shared client is still on database 0.
        let shared: Option<String> = client.query(&get("where")).await.unwrap();
        assert_eq!(shared, None);
        // A client configured for database 5 sees it.
        let five = Client::connect(&format!("{}/5", server.url())).await.unwrap();
        let seen: Option<String> = five.query(&get("where")).await.unwrap();
        assert_eq!(seen.as_deref(), Some("five"));
        // Out of range: the server's refusal, and the connection goes on.
        let error = conn.select(100_000).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server, "{error}");
        let still: Option<String> = conn.query(&get("where")).await.unwrap();
        assert_eq!(still.as_deref(), Some("five"));
    }

    /// The typed command methods work on a connection too, in the database
    /// it selected.
    async fn typed_methods_on_a_connection() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut conn = client.dedicated().await.unwrap();
        conn.select(4).await.unwrap();
        conn.set("counter", 40).await.unwrap();
        assert_eq!(conn.incrby("counter", 2).await.unwrap(), 42);
        let value: Option<String> = conn.get("counter").await.unwrap();
        assert_eq!(value.as_deref(), Some("42"));
        assert_eq!(conn.dbsize().await.unwrap(), 1);
        // The shared client's database 0 is untouched.
        assert_eq!(client.dbsize().await.unwrap(), 0);
        let error = conn.lpush("counter", "x").await.unwrap_err();
        assert_eq!(error.code(), Some("WRONGTYPE"), "{error}");
        let name = conn.client_getname().await.unwrap();
        assert_eq!(name, None);
    }

    /// A dedicated connection is a connection of its own (its own client
    /// id), not the shared one.
    async fn dedicated_is_a_separate_connection() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut conn = client.dedicated().await.unwrap();
        let shared_id: i64 = client.query(&Cmd::new("CLIENT").arg("ID")).await.unwrap();
        let own_id: i64 = conn.query(&Cmd::new("CLIENT").arg("ID")).await.unwrap();
        assert_ne!(shared_id, own_id);
        let direct = resp_client::Connection::<rt::Runtime>::connect(&server.url()).await.unwrap();
        assert!(!direct.is_closed());
    }

    /// WATCH, MULTI, EXEC: a conflicting write from elsewhere makes EXEC
    /// answer nil; without one, EXEC gives every queued command's reply.
    async fn watch_multi_exec() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut conn = client.dedicated().await.unwrap();
        client.query::<()>(&set("balance", "10")).await.unwrap();

        conn.query::<()>(&Cmd::new("WATCH").arg("balance")).await.unwrap();
        client.query::<()>(&set("balance", "11")).await.unwrap();
        conn.query::<()>(&Cmd::new("MULTI")).await.unwrap();
        let queued: String = conn.query(&Cmd::new("INCR").arg("balance")).await.unwrap();
        assert_eq!(queued, "QUEUED");
        let aborted = conn.query_frame(&Cmd::new("EXEC")).await.unwrap();
        assert_eq!(aborted, Frame::Null);

        conn.query::<()>(&Cmd::new("WATCH").arg("balance")).await.unwrap();
        conn.query::<()>(&Cmd::new("MULTI")).await.unwrap();
        conn.query::<String>(&Cmd::new("INCR").arg("balance")).await.unwrap();
        conn.query::<String>(&get("balance")).await.unwrap();
        let replies: (i64, String) = conn.query(&Cmd::new("EXEC")).await.unwrap();
        assert_eq!(replies, (12, "12".to_owned()));
    }

    /// CLIENT REPLY OFF, then ON: the commands in between get no reply
    /// (the core knows not to wait for one) and still take effect.
    async fn client_reply_off_and_on() {
        let server = RedisServer::start();
        let mut conn = resp_client::Connection::<rt::Runtime>::connect(&server.url()).await.unwrap();
        let off = conn
            .query_frame(&Cmd::new("CLIENT").arg("REPLY").arg("OFF"))
            .await
            .unwrap();
        assert_eq!(off, Frame::Null);
        for i in 0..10 {
            let reply = conn.query_frame(&Cmd::new("INCR").arg("silent")).await.unwrap();
            assert_eq!(reply, Frame::Null, "INCR {i} with replies off");
        }
        conn.query::<()>(&Cmd::new("CLIENT").arg("REPLY").arg("ON")).await.unwrap();
        let count: i64 = conn.query(&get("silent")).await.unwrap();
        assert_eq!(count, 10);
    }

    /// A blocking command longer than the response timeout, on a
    /// connection of its own, while the shared client carries on.
    async fn blocking_command_on_its_own_connection() {
        let server = RedisServer::start();
        let url = format!("{}?response_timeout=300ms", server.url());
        let client = Client::connect(&url).await.unwrap();
        let mut conn = client.dedicated().await.unwrap();
        let pusher = client.clone();
        let push = rt::spawn(async move {
            rt::sleep(Duration::from_millis(500)).await;
            // The shared connection is not held up by the BLPOP.
            pusher.query::<()>(&set("during", "yes")).await.unwrap();
            pusher
                .query::<i64>(&Cmd::new("RPUSH").arg("queue").arg("job"))
                .await
                .unwrap();
        });
        let popped: Option<(String, String)> =
            conn.query(&Cmd::new("BLPOP").arg("queue").arg(2)).await.unwrap();
        assert_eq!(popped, Some(("queue".to_owned(), "job".to_owned())));
        push.await;
        let during: Option<String> = client.query(&get("during")).await.unwrap();
        assert_eq!(during.as_deref(), Some("yes"));
    }

    /// A request dropped before its reply leaves the connection in step.
    async fn dropped_request_keeps_the_connection_in_step() {
        let server = RedisServer::start();
        let mut conn = resp_client::Connection::<rt::Runtime>::connect(&server.url()).await.unwrap();
        {
            let blpop = Cmd::new("BLPOP").arg("nothing").arg("0.2");
            let slow = conn.query_frame(&blpop);
            let dropped = race(slow, rt::sleep(Duration::from_millis(20))).await;
            assert!(dropped.is_none(), "BLPOP answered early");
        }
        conn.query::<()>(&set("after", "drop")).await.unwrap();
        let value: Option<String> = conn.query(&get("after")).await.unwrap();
        assert_eq!(value.as_deref(), Some("drop"));
    }

    /// SUBSCRIBE and MONITOR are refused without being sent.
    async fn streaming_commands_are_refused() {
        let server = RedisServer::start();
        let mut conn = resp_client::Connection::<rt::Runtime>::connect(&server.url()).await.unwrap();
        for cmd in [Cmd::new("SUBSCRIBE").arg("c"), Cmd::new("monitor")] {
            let error = conn.query_frame(&cmd).await.unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidCommand, "{error}");
        }
        // Not sent: the connection is no subscriber (a subscribed RESP2
        // connection answers PING with an array) and no monitor.
        let pong = conn.query_frame(&Cmd::new("PING")).await.unwrap();
        assert_eq!(pong, Frame::simple("PONG"));
        let stats: String = conn
            .query(&Cmd::new("INFO").arg("commandstats"))
            .await
            .unwrap();
        assert!(!stats.contains("cmdstat_subscribe"), "{stats}");
        assert!(!stats.contains("cmdstat_monitor"), "{stats}");
    }

    /// Once the server closes it, the connection says so and stays closed:
    /// it does not reconnect behind its owner's back.
    async fn a_broken_connection_stays_broken() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut conn = client.dedicated().await.unwrap();
        conn.query::<()>(&Cmd::new("CLIENT").arg("SETNAME").arg("doomed")).await.unwrap();
        let killed: i64 = client
            .query(&Cmd::new("CLIENT").arg("KILL").arg("SKIPME").arg("yes").arg("TYPE").arg("normal"))
            .await
            .unwrap();
        assert!(killed >= 1);
        let error = conn.query_frame(&Cmd::new("PING")).await.unwrap_err();
        assert!(error.is_closed() || error.is_io(), "{error}");
        assert!(conn.is_closed());
        let again = conn.query_frame(&Cmd::new("PING")).await.unwrap_err();
        assert!(again.is_closed(), "{again}");
        // The shared client itself reconnects.
        client.query::<()>(&Cmd::new("PING")).await.unwrap();
    }
}

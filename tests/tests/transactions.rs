//! The transaction helper: WATCH, read, MULTI/EXEC, retried on conflicts;
//! what it leaves on the connection when the body fails or the future is
//! dropped, on every runtime.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use resp_client::{
    Cmd, Commands, DEFAULT_TRANSACTION_ATTEMPTS, Error, ErrorKind, Pipeline, PipelineCommands,
    ServerError,
};
use resp_tests::RedisServer;

use support::{race, runtime_suite};

runtime_suite! {
    /// INCR built from GET and SET under WATCH: 20 tasks, 50 increments
    /// each, on connections of their own, end at exactly 1,000; the
    /// conflicts were retried.
    async fn concurrent_watch_counter_is_exact() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let calls = Arc::new(AtomicU32::new(0));
        let mut tasks = Vec::new();
        for _ in 0..20 {
            let client = client.clone();
            let calls = calls.clone();
            tasks.push(rt::spawn(async move {
                let mut conn = client.dedicated().await.unwrap();
                for _ in 0..50 {
                    let ((),): ((),) = conn
                        .transaction("counter", DEFAULT_TRANSACTION_ATTEMPTS, |conn| {
                            calls.fetch_add(1, Ordering::Relaxed);
                            Box::pin(async move {
                                let value: Option<i64> = conn.get("counter").await?;
                                let mut pipe = Pipeline::new();
                                pipe.set("counter", value.unwrap_or(0) + 1);
                                Ok(pipe)
                            })
                        })
                        .await
                        .unwrap();
                }
            }));
        }
        for task in tasks {
            task.await;
        }
        let counter: i64 = client.get("counter").await.unwrap();
        assert_eq!(counter, 1_000);
        let calls = calls.load(Ordering::Relaxed);
        assert!(calls >= 1_000, "{calls}");
        println!("{}: 1,000 increments, {} WATCH conflicts retried", rt::NAME, calls - 1_000);
    }

    /// Client::transaction opens a connection for the transaction: the
    /// shared connection never carries the WATCH.
    async fn client_transaction_uses_its_own_connection() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        client.set("stock", 3).await.unwrap();
        let (left, ()): (i64, ()) = client
            .transaction(("stock", "orders"), 5, |conn| {
                Box::pin(async move {
                    let stock: i64 = conn.get("stock").await?;
                    assert_eq!(stock, 3);
                    let mut pipe = Pipeline::new();
                    pipe.decr("stock").rpush("orders", "order-1").queue(Cmd::new("PING"));
                    Ok(pipe)
                })
            })
            .await
            .map(|(left, _pushed, ()): (i64, i64, ())| (left, ()))
            .unwrap();
        assert_eq!(left, 2);
        let info = client.client_info().await.unwrap();
        assert_eq!(info.multi, None, "{info:?}");
    }

    /// A body that fails: its error comes back, the watch is gone, and the
    /// connection is ready for the next transaction.
    async fn a_failing_body_unwatches() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut conn = client.dedicated().await.unwrap();
        let error = conn
            .transaction::<(), _>("k", 3, |_conn| {
                Box::pin(async { Err(Error::from(ServerError::new("ERR the body gave up"))) })
            })
            .await
            .unwrap_err();
        assert!(error.to_string().contains("the body gave up"), "{error}");
        // No watch left: a write from elsewhere does not abort this EXEC.
        client.set("k", "changed").await.unwrap();
        let mut pipe = Pipeline::new();
        pipe.atomic().set("k", "mine");
        let ((),): ((),) = pipe.query(&mut conn).await.unwrap();
    }

    /// A transaction future dropped after its WATCH leaves no watch behind
    /// on the connection.
    async fn a_dropped_transaction_leaves_no_watch() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut conn = client.dedicated().await.unwrap();
        let watched = Arc::new(AtomicU32::new(0));
        let seen = watched.clone();
        let dropped = race(
            conn.transaction::<(), _>("k", 3, |conn| {
                seen.fetch_add(1, Ordering::Relaxed);
                Box::pin(async move {
                    let _: Option<String> = conn.get("k").await?;
                    rt::sleep(Duration::from_secs(5)).await;
                    Ok(Pipeline::new())
                })
            }),
            rt::sleep(Duration::from_millis(200)),
        )
        .await;
        assert!(dropped.is_none());
        assert_eq!(watched.load(Ordering::Relaxed), 1, "the body ran, after WATCH");
        client.set("k", "changed").await.unwrap();
        let mut pipe = Pipeline::new();
        pipe.atomic().set("k", "mine");
        let ((),): ((),) = pipe.query(&mut conn).await.unwrap();
        let k: String = client.get("k").await.unwrap();
        assert_eq!(k, "mine");
    }

    /// A key that changes on every attempt: the helper gives up after the
    /// attempts it was given, with a typed conflict.
    async fn conflicts_past_the_attempts_are_reported() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut conn = client.dedicated().await.unwrap();
        let attempts = Arc::new(AtomicU32::new(0));
        let error = conn
            .transaction::<((),), _>("hot", 4, |conn| {
                attempts.fetch_add(1, Ordering::Relaxed);
                let client = client.clone();
                Box::pin(async move {
                    let _: Option<i64> = conn.get("hot").await?;
                    // Someone else writes the key after we read it.
                    client.incr("hot").await?;
                    let mut pipe = Pipeline::new();
                    pipe.set("hot", 0);
                    Ok(pipe)
                })
            })
            .await
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::WatchConflict, "{error}");
        assert_eq!(attempts.load(Ordering::Relaxed), 4);
        let hot: i64 = client.get("hot").await.unwrap();
        assert_eq!(hot, 4, "no attempt's SET ran");
    }
}

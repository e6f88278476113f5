//! The tokio client against a real redis-server.

use resp_tests::RedisServer;
use resp_tokio::{Client, Cmd, Frame};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn set_get_and_concurrent_tasks() {
    let server = RedisServer::start();
    let client = Client::connect(&format!("redis://{}", server.addr()))
        .await
        .unwrap();
    client
        .query_frame(&Cmd::new("SET").arg("k").arg("v"))
        .await
        .unwrap();
    assert_eq!(
        client.query_frame(&Cmd::new("GET").arg("k")).await.unwrap(),
        Frame::bulk("v")
    );
    let mut tasks = Vec::new();
    for t in 0..16 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..200 {
                let value = format!("{t}:{i}");
                let reply = client
                    .query_frame(&Cmd::new("ECHO").arg(&value))
                    .await
                    .unwrap();
                assert_eq!(reply, Frame::bulk(value));
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
}

#[tokio::test]
async fn typed_commands_and_refusals() {
    use resp_tokio::{ErrorKind, SetOptions, Ttl};
    use std::time::Duration;

    let server = RedisServer::start();
    let client = Client::connect(&format!("redis://{}/3", server.addr()))
        .await
        .unwrap();
    client.set("n", 41).await.unwrap();
    assert_eq!(client.incr("n").await.unwrap(), 42);
    let old: Option<String> = client
        .set_with(
            "n",
            "x",
            SetOptions::new()
                .get_old()
                .expire_in(Duration::from_millis(1500)),
        )
        .await
        .unwrap();
    assert_eq!(old.as_deref(), Some("42"));
    assert!(
        matches!(client.ttl("n").await.unwrap(), Ttl::Expires(d) if d <= Duration::from_secs(2))
    );
    assert_eq!(client.ttl("missing").await.unwrap(), Ttl::Missing);
    let set: bool = client
        .set_with("n", "y", SetOptions::new().only_if_absent())
        .await
        .unwrap();
    assert!(!set);
    let error = client
        .query_frame(&Cmd::new("SUBSCRIBE").arg("c"))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidCommand);
    let error = client.incr("n").await.unwrap_err();
    assert_eq!(
        (error.kind(), error.code()),
        (ErrorKind::Server, Some("ERR"))
    );
    assert!(
        error.to_string().contains(&server.addr().to_string()),
        "{error}"
    );
    let info = client.info(Some("keyspace")).await.unwrap();
    assert!(
        info.get("keyspace", "db3")
            .is_some_and(|db| db.starts_with("keys=1")),
        "{info:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backpressure_bounds_requests_in_flight() {
    use resp_tokio::ClientConfig;

    let server = RedisServer::start();
    let config = ClientConfig::from_url(&format!("redis://{}", server.addr()))
        .unwrap()
        .with_max_in_flight(4);
    let client = Client::connect_with(config).await.unwrap();
    let mut tasks = Vec::new();
    for n in 0..64 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..50 {
                let echoed: i64 = client.echo(n * 1000 + i).await.unwrap();
                assert_eq!(echoed, n * 1000 + i);
            }
        }));
    }
    let mut most = 0;
    while !tasks.iter().all(|task| task.is_finished()) {
        most = most.max(client.in_flight());
        tokio::task::yield_now().await;
    }
    for task in tasks {
        task.await.unwrap();
    }
    // Racing callers may each take the last place once, but 64 callers
    // never all get in.
    assert!((1..=8).contains(&most), "{most} requests in flight");
}

//! The smol client against a real redis-server.

use resp_smol::{Client, Cmd, Frame};
use resp_tests::RedisServer;

#[test]
fn set_get_and_concurrent_tasks() {
    smol::block_on(run());
}

async fn run() {
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
        tasks.push(smol::spawn(async move {
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
        task.await;
    }
}

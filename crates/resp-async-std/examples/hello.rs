//! The client on async-std, against the Redis at `REDIS_URL`, or a
//! throwaway `redis-server` started for the occasion:
//!
//! ```sh
//! cargo run -p resp-async-std --example hello
//! ```

use resp_async_std::{Client, Commands};

#[async_std::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (url, _server) = match std::env::var("REDIS_URL") {
        Ok(url) => (url, None),
        Err(_) => {
            let server = resp_tests::RedisServer::start();
            (format!("redis://{}", server.addr()), Some(server))
        }
    };
    let client = Client::connect(&url).await?;
    client.set("hello:async-std", "world").await?;
    let value: Option<String> = client.get("hello:async-std").await?;
    println!("GET hello:async-std = {value:?}");
    // Tasks on async-std's executor share the client.
    let tasks: Vec<_> = (0..4)
        .map(|_| {
            let client = client.clone();
            async_std::task::spawn(async move { client.incr("hello:count").await })
        })
        .collect();
    for task in tasks {
        task.await?;
    }
    let count: i64 = client.get("hello:count").await?;
    println!("4 tasks incremented hello:count to {count}");
    client.del(["hello:async-std", "hello:count"]).await?;
    Ok(())
}

//! The client on smol, against the Redis at `REDIS_URL`, or a throwaway
//! `redis-server` started for the occasion:
//!
//! ```sh
//! cargo run -p resp-smol --example hello
//! ```

use resp_smol::{Client, Commands};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (url, _server) = match std::env::var("REDIS_URL") {
        Ok(url) => (url, None),
        Err(_) => {
            let server = resp_tests::RedisServer::start();
            (format!("redis://{}", server.addr()), Some(server))
        }
    };
    smol::block_on(async {
        let client = Client::connect(&url).await?;
        client.set("hello:smol", "world").await?;
        let value: Option<String> = client.get("hello:smol").await?;
        println!("GET hello:smol = {value:?}");
        // Tasks on smol's executor share the client.
        let tasks: Vec<_> = (0..4)
            .map(|n| {
                let client = client.clone();
                smol::spawn(async move { client.incr("hello:count").await.map(|_| n) })
            })
            .collect();
        for task in tasks {
            task.await?;
        }
        let count: i64 = client.get("hello:count").await?;
        println!("4 tasks incremented hello:count to {count}");
        client.del(["hello:smol", "hello:count"]).await?;
        Ok(())
    })
}

//! A walk through the client on tokio, against the Redis at `REDIS_URL`, or
//! a throwaway `redis-server` (from `PATH`) started for the occasion:
//!
//! ```sh
//! cargo run --example tour
//! REDIS_URL=redis://127.0.0.1:6379/15 cargo run --example tour
//! ```
//!
//! It writes keys under `tour:`; point it at a database you can spare.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use resp_tokio::{
    Client, Cmd, Commands, ErrorKind, PubSubOptions, ScanOptions, Script, SetOptions, Ttl, pubsub,
};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Keep the throwaway server alive until the end.
    let (url, _server) = match std::env::var("REDIS_URL") {
        Ok(url) => (url, None),
        Err(_) => {
            let server = resp_tests::RedisServer::start();
            println!(
                "started a throwaway redis-server {} on {}",
                server.version(),
                server.addr()
            );
            (format!("redis://{}", server.addr()), Some(server))
        }
    };

    // One client, cheap to clone, shared by every task.
    let client = Client::connect(&url).await?;
    println!(
        "connected to {url} ({:?})",
        client.config().core().protocol()
    );

    // Strings, with typed replies.
    client.set("tour:greeting", "hello").await?;
    let greeting: Option<String> = client.get("tour:greeting").await?;
    let missing: Option<String> = client.get("tour:nothing").await?;
    println!("GET tour:greeting = {greeting:?}; a missing key = {missing:?}");

    let set: bool = client
        .set_with("tour:greeting", "again", SetOptions::new().only_if_absent())
        .await?;
    println!("SET ... NX on an existing key set it? {set}");
    client
        .set_with::<()>(
            "tour:session",
            "token",
            SetOptions::new().expire_in(Duration::from_secs(60)),
        )
        .await?;
    if let Ttl::Expires(ttl) = client.ttl("tour:session").await? {
        println!("tour:session expires in {}s", ttl.as_secs());
    }

    let visits = client.incr("tour:visits").await?;
    let visits = client
        .incrby("tour:visits", 10)
        .await
        .map(|n| n.max(visits))?;
    println!("INCR, INCRBY: tour:visits = {visits}");

    client.mset([("tour:a", "1"), ("tour:b", "2")]).await?;
    let values: Vec<Option<i64>> = client.mget(["tour:a", "tour:b", "tour:c"]).await?;
    println!("MGET: {values:?}");

    // Hashes, lists, sets, sorted sets.
    client
        .hset("tour:user", [("name", "Ada"), ("role", "engineer")])
        .await?;
    let user: HashMap<String, String> = client.hgetall("tour:user").await?;
    println!("HGETALL tour:user = {user:?}");

    client.del("tour:list").await?;
    client.rpush("tour:list", ["a", "b", "c"]).await?;
    let list: Vec<String> = client.lrange("tour:list", 0, -1).await?;
    println!("LRANGE tour:list = {list:?}");

    client.sadd("tour:tags", ["rust", "redis", "rust"]).await?;
    let tags: HashSet<String> = client.smembers("tour:tags").await?;
    println!("SMEMBERS tour:tags = {tags:?}");

    client
        .zadd("tour:scores", [(3.5, "ada"), (1.0, "bob")])
        .await?;
    let ranking: Vec<(String, f64)> = client.zrange_with_scores("tour:scores", 0, -1).await?;
    println!("ZRANGE tour:scores 0 -1 WITHSCORES = {ranking:?}");

    // Any command, by name.
    let length: i64 = client.cmd("STRLEN").arg("tour:greeting").query().await?;
    println!("STRLEN tour:greeting = {length}");

    // Errors are typed: the server's code, and whether a retry is safe.
    let error = client.incr("tour:greeting").await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    println!("INCR on a string: {error} (code {:?})", error.code());

    // Many tasks share the connection; their commands are pipelined.
    let mut tasks = Vec::new();
    for task in 0..8 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            for n in 0..100 {
                let echoed: String = client.echo(format!("{task}:{n}")).await?;
                assert_eq!(echoed, format!("{task}:{n}"));
            }
            Ok::<_, resp_tokio::Error>(())
        }));
    }
    for task in tasks {
        task.await??;
    }
    println!("8 tasks x 100 ECHOs on one connection: all replies in the right hands");

    // A pipeline: several commands in one write, one reply each.
    let replies = client
        .query_batch(&[
            Cmd::new("INCR").arg("tour:visits"),
            Cmd::new("GET").arg("tour:visits"),
        ])
        .await?;
    println!("pipeline replies: {replies:?}");

    // Every key under tour:, a page at a time, as a Stream.
    let mut keys = client.scan_iter::<String>(ScanOptions::new().pattern("tour:*").count(100));
    let mut found = Vec::new();
    while let Some(key) = std::future::poll_fn(|cx| {
        futures_core::Stream::poll_next(std::pin::Pin::new(&mut keys), cx)
    })
    .await
    {
        found.push(key?);
    }
    found.sort();
    println!("SCAN tour:* found {} keys: {found:?}", found.len());

    // A Lua script, run by its SHA1; when the server does not have it
    // (NOSCRIPT), it is loaded and run again, transparently.
    let double = Script::new("return redis.call('INCRBY', KEYS[1], redis.call('GET', KEYS[1]))");
    let doubled: i64 = double.invoke(&client, "tour:visits", ()).await?;
    println!(
        "script doubled tour:visits to {doubled} (loaded {} time(s) on NOSCRIPT)",
        double.loads()
    );

    // A connection of its own, for what must not change the shared one:
    // here a WATCH ... MULTI ... EXEC.
    let mut conn = client.dedicated().await?;
    conn.query::<()>(&Cmd::new("WATCH").arg("tour:visits"))
        .await?;
    let visits: i64 = conn.get("tour:visits").await?;
    conn.query::<()>(&Cmd::new("MULTI")).await?;
    conn.query::<String>(&Cmd::new("SET").arg("tour:visits").arg(visits + 1))
        .await?;
    let exec: Option<Vec<String>> = conn.query(&Cmd::new("EXEC")).await?;
    println!("WATCH/MULTI/EXEC on a dedicated connection: {exec:?}");

    // Pubsub on a connection of its own: typed events, and subscriptions
    // restored by themselves if the connection breaks.
    let mut pubsub = client
        .pubsub_with(PubSubOptions::new().ignore_subscribe_messages(true))
        .await?;
    pubsub.subscribe("tour:news").await?;
    pubsub.psubscribe("tour:user:*").await?;
    let receivers = client.publish("tour:news", "hello subscribers").await?;
    client.publish("tour:user:42", "logged in").await?;
    for _ in 0..2 {
        if let Some(pubsub::Event::Message(message)) =
            pubsub.get_message(Duration::from_secs(5)).await
        {
            println!(
                "message on {:?} (pattern {:?}): {}",
                message.channel,
                message.pattern,
                message.payload_str()?
            );
        }
    }
    println!("PUBLISH reached {receivers} subscriber(s)");
    pubsub.close();

    // Replies with a structure come typed.
    client.client_setname("tour").await?;
    let clients = client.client_list().await?;
    let me = clients.by_name("tour").map(|me| (me.id, me.db));
    println!(
        "CLIENT LIST: {} clients; this one (id, db) = {me:?}",
        clients.len()
    );

    let info = client.info(Some("server")).await?;
    println!(
        "server: redis {} on {}",
        info.get("server", "redis_version").unwrap_or("?"),
        info.get("server", "os").unwrap_or("?")
    );

    let removed = client
        .del([
            "tour:greeting",
            "tour:session",
            "tour:visits",
            "tour:a",
            "tour:b",
            "tour:user",
            "tour:list",
            "tour:tags",
            "tour:scores",
        ])
        .await?;
    println!("cleaned up {removed} keys");
    Ok(())
}

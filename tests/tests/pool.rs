//! The connection pool: exhaustion, reaping, health checks, connections
//! that come back dirty, blocking commands on the shared client, and a
//! torture of leases dropped at random points, on every runtime.

mod support;

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use resp_client::{
    ClientConfig, ClientInfo, Cmd, Commands, Connection, DEFAULT_TRANSACTION_ATTEMPTS, ErrorKind,
    Frame, Pipeline, PipelineCommands, PoolConfig, Runtime,
};
use resp_tests::{Conns, Delay, Direction, FaultProxy, RedisServer};

use support::{Rng, poll_once, race, runtime_suite, seed};

/// The database the pools under test are configured for: not 0, so that a
/// connection left on another database shows.
const DB: u32 = 3;

/// Tasks in the torture test.
const TORTURE_TASKS: u64 = 100;
/// The torture's pool size.
const TORTURE_POOL: usize = 8;

/// Client configuration for `server`, on database [`DB`], connections
/// named `name` (to count them in `CLIENT LIST`), with `pool`.
fn config(server: &RedisServer, name: &str, pool: PoolConfig) -> ClientConfig {
    ClientConfig::from_url(&format!("{}/{DB}?client_name={name}", server.url()))
        .unwrap()
        .with_pool(pool)
}

/// How many of the server's connections are named `name`.
async fn named<R: Runtime>(client: &resp_client::Client<R>, name: &str) -> usize {
    let list = client.client_list().await.unwrap();
    list.0
        .iter()
        .filter(|info| info.name.as_deref() == Some(name))
        .count()
}

/// Polls `named` until it is `want` (the server sees a close a moment
/// after the client makes it), for at most two seconds; the last count.
async fn named_settles<R: Runtime>(
    client: &resp_client::Client<R>,
    name: &str,
    want: impl Fn(usize) -> bool,
) -> usize {
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        let count = named(client, name).await;
        if want(count) || Instant::now() > deadline {
            return count;
        }
        R::default().sleep(Duration::from_millis(10)).await;
    }
}

/// What is wrong with a connection handed out by the pool, judged by
/// `CLIENT INFO` and by a transaction: `None` when it is clean.
async fn dirt<R: Runtime>(conn: &mut Connection<R>, id: i64) -> Option<String> {
    // A watch left on the connection by an earlier lease would be on
    // `pool:conn:{id}` (every transaction here watches it): touch it, and
    // a lingering watch fails the EXEC.
    let key = format!("pool:conn:{id}");
    let replies = conn
        .query_batch(&[
            Cmd::new("CLIENT").arg("INFO"),
            Cmd::new("INCR").arg(&key),
            Cmd::new("MULTI"),
            Cmd::new("PING"),
            Cmd::new("EXEC"),
        ])
        .await;
    let replies = match replies {
        Ok(replies) => replies,
        Err(error) => return Some(format!("connection {id}: {error}")),
    };
    let info = match &replies[0] {
        Ok(Frame::BulkString(text)) | Ok(Frame::VerbatimString { text, .. }) => {
            ClientInfo::parse(&String::from_utf8_lossy(text)).unwrap()
        }
        other => return Some(format!("connection {id}: CLIENT INFO gave {other:?}")),
    };
    let watch = info.fields.get("watch").map(String::as_str);
    if info.multi.is_some()
        || info.sub != 0
        || info.psub != 0
        || info.db != DB
        || watch.is_some_and(|watch| watch != "0")
    {
        return Some(format!("connection {id}: {info:?}"));
    }
    match &replies[2..] {
        [Ok(_), Ok(_), Ok(Frame::Array(pong))] if pong.len() == 1 => None,
        other => Some(format!(
            "connection {id}: MULTI, PING, EXEC gave {other:?} (a watch or MULTI was left)"
        )),
    }
}

/// Whether the server would still run `EXEC` on `conn` after `key`
/// changed elsewhere: false when `conn` still watches `key`.
async fn exec_survives_a_write<R: Runtime>(
    client: &resp_client::Client<R>,
    conn: &mut Connection<R>,
    key: &str,
) -> bool {
    client.set(key, "changed").await.unwrap();
    let mut pipe = Pipeline::new();
    pipe.atomic().set(key, "mine");
    match pipe.query::<((),)>(conn).await {
        Ok(((),)) => true,
        Err(error) if error.kind() == ErrorKind::WatchConflict => false,
        Err(error) => panic!("{error}"),
    }
}

runtime_suite! {
    /// All connections leased: the next checkout fails with the typed
    /// error after the acquire timeout, within 20 ms of it; a connection
    /// returned while a caller waits goes to that caller at once.
    async fn exhaustion_is_typed_and_on_time() {
        let server = RedisServer::start();
        let wait = Duration::from_millis(150);
        let pool = resp_client::Pool::<rt::Runtime>::new(config(
            &server,
            "exhaust",
            PoolConfig::new().with_max_size(2).with_acquire_timeout(Some(wait)),
        ))
        .unwrap();
        let a = pool.get().await.unwrap();
        let b = pool.get().await.unwrap();
        assert_ne!(a.client_id(), b.client_id());
        for _ in 0..3 {
            let start = Instant::now();
            let error = pool.get().await.unwrap_err();
            let took = start.elapsed();
            assert_eq!(error.kind(), ErrorKind::PoolExhausted, "{error}");
            assert!(error.is_pool_exhausted() && error.is_retry_safe());
            assert!(
                took >= wait - Duration::from_millis(20) && took <= wait + Duration::from_millis(20),
                "{}: exhausted after {took:?}, configured {wait:?}",
                rt::NAME
            );
        }
        let status = pool.status();
        assert_eq!((status.in_use, status.idle, status.waiting, status.created), (2, 0, 0, 2));

        // A waiter gets the connection dropped 30 ms into its wait.
        let waiter = {
            let pool = pool.clone();
            rt::spawn(async move {
                let start = Instant::now();
                let conn = pool.get().await.unwrap();
                (conn.client_id(), start.elapsed())
            })
        };
        rt::sleep(Duration::from_millis(30)).await;
        assert_eq!(pool.status().waiting, 1);
        let returned = a.client_id();
        drop(a);
        let (got, took) = waiter.await;
        assert_eq!(got, returned, "the waiter gets the returned connection");
        assert!(took < wait, "{took:?}");
        drop(b);
        let status = pool.status();
        assert_eq!((status.in_use, status.idle, status.waiting, status.created), (0, 2, 0, 2));

        // Settings that cannot work are refused, not panicked on.
        for bad in [
            PoolConfig::new().with_max_size(0),
            PoolConfig::new().with_max_size(2).with_min_idle(3),
            PoolConfig::new().with_max_idle_time(Some(Duration::ZERO)),
        ] {
            let error = resp_client::Pool::<rt::Runtime>::new(config(&server, "bad", bad)).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::Config, "{error}");
        }
    }

    /// Idle connections past max_idle_time are closed in the background
    /// (the gauges and the server's CLIENT LIST agree), down to min_idle.
    async fn idle_connections_are_reaped() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let idle_time = Duration::from_millis(300);
        for (name, min_idle) in [("reap", 0), ("reapmin", 1)] {
            let pool = resp_client::Pool::<rt::Runtime>::new(config(
                &server,
                name,
                PoolConfig::new().with_max_idle_time(Some(idle_time)).with_min_idle(min_idle),
            ))
            .unwrap();
            let leases = [pool.get().await.unwrap(), pool.get().await.unwrap(), pool.get().await.unwrap()];
            drop(leases);
            let returned = Instant::now();
            // With min_idle, the background task may have opened one more
            // while the leases were being opened.
            let deadline = Instant::now() + Duration::from_secs(2);
            while pool.status().opening > 0 && Instant::now() < deadline {
                rt::sleep(Duration::from_millis(1)).await;
            }
            let status = pool.status();
            let before = status.idle;
            assert!((3..=3 + min_idle).contains(&before), "{status:?}");
            assert_eq!((status.in_use, status.closed), (0, 0), "{status:?}");
            assert_eq!(named(&client, name).await, before);
            rt::sleep(idle_time / 2).await;
            assert_eq!(pool.status().idle, before, "reaped too early");
            let deadline = Instant::now() + Duration::from_secs(3);
            while pool.status().idle > min_idle && Instant::now() < deadline {
                rt::sleep(Duration::from_millis(10)).await;
            }
            let reaped_after = returned.elapsed();
            let status = pool.status();
            assert_eq!(status.idle, min_idle, "{status:?}");
            assert_eq!(status.closed, (before - min_idle) as u64, "{status:?}");
            assert!(reaped_after >= idle_time, "{reaped_after:?}");
            assert!(reaped_after < idle_time + Duration::from_millis(500), "{reaped_after:?}");
            let left = named_settles(&client, name, |count| count == min_idle).await;
            assert_eq!(left, min_idle, "{name}: connections left on the server");
        }
    }

    /// min_idle connections are opened in the background after the first
    /// checkout, and again after one is closed.
    async fn min_idle_is_kept_open() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let pool = resp_client::Pool::<rt::Runtime>::new(config(
            &server,
            "minidle",
            PoolConfig::new().with_max_size(4).with_min_idle(2),
        ))
        .unwrap();
        assert_eq!(pool.status().created, 0, "nothing opened before the first checkout");
        let mut conn = pool.get().await.unwrap();
        let settle = |want: usize| {
            let pool = pool.clone();
            async move {
                let deadline = Instant::now() + Duration::from_secs(2);
                while pool.status().idle < want && Instant::now() < deadline {
                    rt::sleep(Duration::from_millis(5)).await;
                }
                pool.status()
            }
        };
        let status = settle(2).await;
        assert_eq!((status.in_use, status.idle, status.created), (1, 2, 3), "{status:?}");
        // Dirty: closed on return; the idle ones are enough.
        conn.select(DB + 1).await.unwrap();
        drop(conn);
        let status = pool.status();
        assert_eq!((status.in_use, status.idle, status.closed), (0, 2, 1), "{status:?}");
        // Lease both idle ones and close them: two are opened again.
        let (a, b) = (pool.get().await.unwrap(), pool.get().await.unwrap());
        a.discard();
        b.discard();
        let status = settle(2).await;
        assert_eq!((status.idle, status.closed, status.created), (2, 3, 5), "{status:?}");
        assert_eq!(named_settles(&client, "minidle", |count| count == 2).await, 2);
    }

    /// A connection the server closed while idle (CLIENT KILL) is replaced
    /// at checkout and the user sees no error: by the health check's PING
    /// (idle past the interval, too briefly for a look at the socket), or
    /// by the look at the socket (idle 100 ms or more, no health check).
    async fn health_check_replaces_a_killed_connection() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        for (interval, idle) in [
            (Some(Duration::from_millis(20)), Duration::from_millis(50)),
            (None, Duration::from_millis(150)),
        ] {
            let pool = resp_client::Pool::<rt::Runtime>::new(
                config(&server, "health", PoolConfig::new().with_max_size(1))
                    .with_core(|core| core.with_health_check_interval(interval)),
            )
            .unwrap();
            let mut conn = pool.get().await.unwrap();
            conn.set("health", 1).await.unwrap();
            let killed = conn.client_id();
            drop(conn);
            let n: i64 = client
                .query(&Cmd::new("CLIENT").arg("KILL").arg("ID").arg(killed))
                .await
                .unwrap();
            assert_eq!(n, 1);
            rt::sleep(idle).await;
            let mut conn = pool.get().await.unwrap();
            let value: i64 = conn.get("health").await.unwrap();
            assert_eq!(value, 1, "{interval:?}");
            assert_ne!(conn.client_id(), killed, "{interval:?}");
            drop(conn);
            let status = pool.status();
            assert_eq!((status.created, status.closed, status.idle), (2, 1, 1), "{interval:?}: {status:?}");
        }
    }

    /// A connection given back with state on it (another database, a
    /// WATCH, an open MULTI, replies off, a request dropped before its
    /// reply) is closed; the next checkout gets a clean one. One given
    /// back clean is reused.
    async fn dirty_connections_are_not_reused() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let pool = resp_client::Pool::<rt::Runtime>::new(config(
            &server,
            "dirty",
            PoolConfig::new().with_max_size(1),
        ))
        .unwrap();
        let mut expected_closed = 0;
        for case in ["clean", "select-back", "select", "watch", "multi", "reply-off", "reply-skip", "dropped"] {
            let mut conn = pool.get().await.unwrap();
            let before = conn.client_id();
            match case {
                "clean" => {
                    let _: Option<String> = conn.get("k").await.unwrap();
                }
                "select-back" => {
                    conn.select(5).await.unwrap();
                    conn.select(DB).await.unwrap();
                }
                "select" => conn.select(5).await.unwrap(),
                "watch" => conn.query::<()>(&Cmd::new("WATCH").arg("watched")).await.unwrap(),
                "multi" => {
                    conn.query::<()>(&Cmd::new("MULTI")).await.unwrap();
                    conn.query::<String>(&Cmd::new("SET").arg("k").arg("queued")).await.unwrap();
                }
                "reply-off" => {
                    conn.query::<Frame>(&Cmd::new("CLIENT").arg("REPLY").arg("OFF")).await.unwrap();
                }
                "reply-skip" => {
                    conn.query::<Frame>(&Cmd::new("CLIENT").arg("REPLY").arg("SKIP")).await.unwrap();
                }
                "dropped" => {
                    // Written, then dropped before its reply.
                    let blpop = conn.blpop::<Option<(String, String)>>("nothing", 2.0);
                    assert!(poll_once(blpop).is_none());
                }
                _ => unreachable!(),
            }
            drop(conn);
            let reused = matches!(case, "clean" | "select-back");
            if !reused {
                expected_closed += 1;
            }
            let status = pool.status();
            assert_eq!(status.closed, expected_closed, "{case}: {status:?}");
            let mut conn = pool.get().await.unwrap();
            assert_eq!(conn.client_id() == before, reused, "{case}: reused or not");
            let id = conn.client_id();
            assert_eq!(dirt(&mut conn, id).await, None, "{case}");
            if case == "watch" {
                assert!(exec_survives_a_write(&client, &mut conn, "watched").await);
            }
            let info = conn.client_info().await.unwrap();
            assert_eq!((info.db, info.multi, info.sub, info.psub), (DB, None, 0, 0), "{case}");
        }
        // The queued SET of the abandoned MULTI never ran.
        let db3 = Client::connect(&format!("{}/{DB}", server.url())).await.unwrap();
        let k: Option<String> = db3.get("k").await.unwrap();
        assert_eq!(k, None);
        assert_eq!(named_settles(&client, "dirty", |count| count == 1).await, 1);
    }

    /// A BLPOP on the shared client runs on a pooled connection: a GET
    /// meanwhile answers at once, and the BLPOP gets the item pushed later.
    async fn blpop_on_the_shared_client_does_not_stall_it() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let blpop = {
            let client = client.clone();
            rt::spawn(async move {
                let popped: Option<(String, String)> = client.blpop("queue", 5.0).await.unwrap();
                popped
            })
        };
        rt::sleep(Duration::from_millis(50)).await;
        assert_eq!(client.pool().status().in_use, 1, "BLPOP on a pooled connection");
        let start = Instant::now();
        client.set("plain", "yes").await.unwrap();
        let plain: String = client.get("plain").await.unwrap();
        let took = start.elapsed();
        assert_eq!(plain, "yes");
        assert!(took < Duration::from_secs(1), "the shared client stalled for {took:?}");
        assert_eq!(client.pool().status().in_use, 1, "BLPOP still waiting");
        client.lpush("queue", "item").await.unwrap();
        let popped = blpop.await;
        assert_eq!(popped, Some(("queue".to_owned(), "item".to_owned())));
        let status = client.pool().status();
        assert_eq!((status.in_use, status.idle, status.closed), (0, 1, 0), "{status:?}");
        // Pipelines holding a blocking command go to the pool too.
        let mut pipe = Pipeline::new();
        pipe.lpush("queue", "again").blpop("queue", 1.0);
        let (_, popped): (u64, (String, String)) = pipe.query(&client).await.unwrap();
        assert_eq!(popped.1, "again");
    }

    /// A BLPOP future dropped while it blocks: its connection is unblocked
    /// and closed, not returned, and an item pushed next stays in the list.
    async fn a_dropped_blpop_does_not_eat_the_next_item() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        for round in 1..=5u64 {
            let items = format!("items:{round}");
            let dropped = race(
                client.blpop::<Option<(String, String)>>(&items, 5.0),
                rt::sleep(Duration::from_millis(30)),
            )
            .await;
            assert!(dropped.is_none(), "round {round}: nothing to pop");
            client.lpush(&items, "item").await.unwrap();
            rt::sleep(Duration::from_millis(20)).await;
            let len = client.llen(&items).await.unwrap();
            assert_eq!(len, 1, "round {round}: the item was taken by the dropped BLPOP");
            let status = client.pool().status();
            assert_eq!((status.in_use, status.closed), (0, round), "{status:?}");
        }
    }

    /// Client::transaction leases from the pool and gives the connection
    /// back after: two transactions, one connection.
    async fn transactions_lease_from_the_pool() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        for expected in [1i64, 2] {
            let ((),): ((),) = client
                .transaction("tx", 5, |conn| {
                    Box::pin(async move {
                        let value: Option<i64> = conn.get("tx").await?;
                        let mut pipe = Pipeline::new();
                        pipe.set("tx", value.unwrap_or(0) + 1);
                        Ok(pipe)
                    })
                })
                .await
                .unwrap();
            let tx: i64 = client.get("tx").await.unwrap();
            assert_eq!(tx, expected);
        }
        let status = client.pool().status();
        assert_eq!((status.created, status.idle, status.in_use), (1, 1, 0), "{status:?}");
    }

    /// 100 tasks share a pool of 8, each leasing, dirtying or not, running
    /// transactions and blocking commands, about one lease in ten dropped
    /// at a random point (waiting in the queue, inside WATCH ... EXEC,
    /// mid-command, just before the lease goes back). Afterwards nothing is
    /// in use, at most 8 of the pool's connections are on the server, and
    /// every connection handed out was clean. The pool's connections go
    /// through the fault proxy with 0-3 ms of jitter each way.
    /// `RESP_POOL_TORTURE_ROUNDS` sets the leases per task (default 5).
    async fn torture_random_cancellation() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let proxy = FaultProxy::start(server.addr());
        proxy.delay(
            Conns::All,
            Direction::Both,
            Delay::jitter(Duration::ZERO, Duration::from_millis(3)),
        );
        let rounds: u64 = std::env::var("RESP_POOL_TORTURE_ROUNDS")
            .ok()
            .and_then(|value| value.parse().ok())
            .unwrap_or(5);
        let seed = seed("RESP_POOL_TORTURE_SEED");
        let pool = resp_client::Pool::<rt::Runtime>::new(
            ClientConfig::from_url(&format!("{}/{DB}?client_name=torture", proxy.url()))
                .unwrap()
                .with_pool(
                    PoolConfig::new()
                        .with_max_size(TORTURE_POOL)
                        .with_acquire_timeout(Some(Duration::from_secs(30))),
                ),
        )
        .unwrap();
        let leases = Arc::new(AtomicU64::new(0));
        let dropped = Arc::new(AtomicU64::new(0));
        let over = Arc::new(AtomicUsize::new(0));
        let dirty = Arc::new(Mutex::new(Vec::<String>::new()));
        let start = Instant::now();
        let mut tasks = Vec::new();
        for task in 0..TORTURE_TASKS {
            let pool = pool.clone();
            let (leases, dropped, over, dirty) = (leases.clone(), dropped.clone(), over.clone(), dirty.clone());
            tasks.push(rt::spawn(async move {
                let mut rng = Rng::new(seed ^ task.wrapping_mul(0x9E37_79B9));
                for round in 0..rounds {
                    let action = rng.below(8);
                    let cancel = rng.percent(10);
                    let after = Duration::from_micros(rng.below(3_000));
                    let lease = async {
                        let mut conn = pool.get().await.unwrap();
                        leases.fetch_add(1, Ordering::Relaxed);
                        let status = pool.status();
                        if status.in_use + status.idle + status.opening > TORTURE_POOL {
                            over.fetch_add(1, Ordering::Relaxed);
                        }
                        let id = conn.client_id();
                        if let Some(found) = dirt(&mut conn, id).await {
                            dirty.lock().unwrap().push(found);
                        }
                        let key = format!("torture:{task}:{round}");
                        match action {
                            0 | 1 => {
                                let watched = format!("pool:conn:{id}");
                                let ((),): ((),) = conn
                                    .transaction((watched.as_str(), key.as_str()), DEFAULT_TRANSACTION_ATTEMPTS, |conn| {
                                        let key = key.clone();
                                        Box::pin(async move {
                                            let value: Option<i64> = conn.get(&key).await?;
                                            let mut pipe = Pipeline::new();
                                            pipe.set(&key, value.unwrap_or(0) + 1);
                                            Ok(pipe)
                                        })
                                    })
                                    .await
                                    .unwrap();
                            }
                            2 => conn.select(DB + 1).await.unwrap(),
                            3 => conn.query::<()>(&Cmd::new("WATCH").arg(format!("pool:conn:{id}"))).await.unwrap(),
                            4 => {
                                conn.query::<()>(&Cmd::new("MULTI")).await.unwrap();
                                conn.query::<String>(&Cmd::new("SET").arg(&key).arg(1)).await.unwrap();
                            }
                            5 => {
                                conn.query::<Frame>(&Cmd::new("CLIENT").arg("REPLY").arg("OFF")).await.unwrap();
                            }
                            6 => {
                                let _: Option<(String, String)> = conn.blpop(&key, 0.01).await.unwrap();
                            }
                            _ => {
                                conn.set(&key, round).await.unwrap();
                                let _: i64 = conn.get(&key).await.unwrap();
                            }
                        }
                        // A lease dropped here is dropped just before it
                        // would go back.
                        rt::sleep(Duration::from_micros(200)).await;
                        drop(conn);
                    };
                    if cancel {
                        if race(lease, rt::sleep(after)).await.is_none() {
                            dropped.fetch_add(1, Ordering::Relaxed);
                        }
                    } else {
                        lease.await;
                    }
                }
            }));
        }
        let watchdog = race(
            async {
                for task in tasks {
                    task.await;
                }
            },
            rt::sleep(Duration::from_secs(60)),
        )
        .await;
        let status = pool.status();
        let (leases, dropped) = (leases.load(Ordering::Relaxed), dropped.load(Ordering::Relaxed));
        println!(
            "{}: {} tasks x {rounds} rounds, {leases} leases, {dropped} dropped, {:?}, {status:?}",
            rt::NAME,
            TORTURE_TASKS,
            start.elapsed()
        );
        assert!(watchdog.is_some(), "stuck: {status:?}");
        assert!(dropped > 0, "nothing was cancelled");
        let dirty = std::mem::take(&mut *dirty.lock().unwrap());
        assert!(dirty.is_empty(), "{} dirty checkouts: {:?}", dirty.len(), &dirty[..dirty.len().min(5)]);
        assert_eq!(over.load(Ordering::Relaxed), 0, "more than {TORTURE_POOL} connections open");
        assert_eq!((status.in_use, status.waiting, status.opening), (0, 0, 0), "{status:?}");
        assert!(status.idle <= TORTURE_POOL, "{status:?}");
        assert_eq!(status.created - status.closed, status.idle as u64, "{status:?}");
        let on_server = named_settles(&client, "torture", |count| count <= TORTURE_POOL).await;
        assert!(on_server <= TORTURE_POOL, "{on_server} connections on the server");
        // Every connection the pool opened went through the proxy (and a
        // few more, whose opening a cancelled checkout gave up).
        assert!(proxy.accepted() as u64 >= status.created, "{status:?}");
        // The pool still works.
        let mut conn = pool.get().await.unwrap();
        let id = conn.client_id();
        assert_eq!(dirt(&mut conn, id).await, None);
    }
}

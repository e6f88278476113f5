//! Cancellation: futures dropped before their command is written, after,
//! and in the middle of their reply never cost another caller its reply,
//! on every runtime. The torture test runs 100,000 requests from 64 tasks
//! on one client and drops about one in ten at a random point.

mod support;

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use resp_client::{Client, Cmd, Error, Frame, Runtime, ServerError};
use resp_tests::RedisServer;

use support::{Rng, poll_once, query, race, runtime_suite, seed};

/// Requests in the torture test, over all tasks.
const OPS: u64 = 100_000;
/// Tasks sharing the client.
const TASKS: u64 = 64;
/// How long the torture test may take before it is declared stuck.
const WATCHDOG: Duration = Duration::from_secs(120);

/// What the torture test saw.
#[derive(Default)]
struct Counts {
    /// Requests whose reply came back (and was checked).
    completed: AtomicU64,
    /// Requests whose future was dropped before its reply came.
    dropped: AtomicU64,
    /// Replies that were not the request's own.
    mismatched: AtomicU64,
    /// Requests that failed.
    errors: AtomicU64,
    /// The first few things that went wrong, for the failure message.
    examples: Mutex<Vec<String>>,
}

impl Counts {
    fn note(&self, counter: &AtomicU64, what: impl FnOnce() -> String) {
        counter.fetch_add(1, Ordering::Relaxed);
        let mut examples = self.examples.lock().unwrap();
        if examples.len() < 10 {
            examples.push(what());
        }
    }

    fn summary(&self) -> String {
        let mut text = format!(
            "completed {}, dropped {}, mismatched {}, errors {}",
            self.completed.load(Ordering::Relaxed),
            self.dropped.load(Ordering::Relaxed),
            self.mismatched.load(Ordering::Relaxed),
            self.errors.load(Ordering::Relaxed),
        );
        for example in self.examples.lock().unwrap().iter() {
            let _ = write!(text, "\n  {example}");
        }
        text
    }
}

/// How a request is awaited.
#[derive(Clone, Copy, Debug)]
enum Fate {
    /// To the end.
    Awaited,
    /// Polled once, then dropped: typically after its bytes were handed
    /// to the socket (or queued, when the socket is full), before any reply.
    PolledOnce,
    /// Raced against a timer of this length, and dropped if the timer
    /// wins: anywhere, mid-reply included.
    Raced(Duration),
}

impl Fate {
    fn pick(rng: &mut Rng) -> Self {
        match rng.below(100) {
            0..9 => Self::PolledOnce,
            9..18 => Self::Raced(Duration::from_micros(rng.below(800))),
            _ => Self::Awaited,
        }
    }
}

/// Awaits `future` as `fate` says: `None` if it was dropped unfinished.
async fn meet<R: Runtime, T>(
    runtime: &R,
    fate: Fate,
    future: impl std::future::Future<Output = T>,
) -> Option<T> {
    match fate {
        Fate::Awaited => Some(future.await),
        Fate::PolledOnce => poll_once(future),
        Fate::Raced(after) => race(future, runtime.sleep(after)).await,
    }
}

/// A value no other request carries: task, request number, random bits,
/// and now and then enough padding that the reply spans many reads.
fn unique_value(rng: &mut Rng, task: u64, n: u64) -> String {
    let mut value = format!("{task}:{n}:{:016x}", rng.next_u64());
    if rng.below(200) == 0 {
        let len = 16 * 1024 + rng.below(112 * 1024) as usize;
        value.push_str(&"-padding".repeat(len / 8));
    }
    value
}

/// One task of the torture test: `ops` requests, each checked against the
/// value it carries.
async fn torture_task<R: Runtime>(
    client: Client<R>,
    task: u64,
    ops: u64,
    seed: u64,
    counts: Arc<Counts>,
) {
    let runtime = R::default();
    let mut rng = Rng::new(seed ^ task.wrapping_mul(0x100_0000_01B3));
    let mut n = 0;
    while n < ops {
        match rng.below(100) {
            // ECHO: the reply must be the value sent.
            0..55 => {
                let value = unique_value(&mut rng, task, n);
                let cmd = Cmd::new("ECHO").arg(&value);
                let reply = meet(&runtime, Fate::pick(&mut rng), client.query_frame(&cmd)).await;
                check(&counts, reply, |frame| is_bulk(frame, &value), &cmd);
                n += 1;
            }
            // SET then GET of a key of its own: GET sees the value if SET
            // finished, and the value or nothing if SET was dropped.
            55..80 if n + 2 <= ops => {
                let key = format!("k:{task}:{n}");
                let value = unique_value(&mut rng, task, n);
                let set = Cmd::new("SET").arg(&key).arg(&value);
                let reply = meet(&runtime, Fate::pick(&mut rng), client.query_frame(&set)).await;
                let set_done = reply.as_ref().is_some_and(Result::is_ok);
                check(&counts, reply, |frame| *frame == Frame::simple("OK"), &set);
                let get = Cmd::new("GET").arg(&key);
                let reply = meet(&runtime, Fate::pick(&mut rng), client.query_frame(&get)).await;
                check(
                    &counts,
                    reply,
                    |frame| is_bulk(frame, &value) || (!set_done && *frame == Frame::Null),
                    &get,
                );
                n += 2;
            }
            // A pipeline of ECHOs: every reply in its place.
            _ => {
                let len = 2 + rng.below(5);
                let values: Vec<String> = (0..len)
                    .map(|i| unique_value(&mut rng, task, n * 8 + i))
                    .collect();
                let cmds: Vec<Cmd> = values
                    .iter()
                    .map(|value| Cmd::new("ECHO").arg(value))
                    .collect();
                let reply = meet(&runtime, Fate::pick(&mut rng), client.query_batch(&cmds)).await;
                check_batch(&counts, reply, &values);
                n += 1;
            }
        }
    }
}

/// Whether `frame` is the bulk string `value`.
fn is_bulk(frame: &Frame, value: &str) -> bool {
    matches!(frame, Frame::BulkString(bytes) if bytes == value.as_bytes())
}

fn check(
    counts: &Counts,
    reply: Option<Result<Frame, Error>>,
    is_ours: impl FnOnce(&Frame) -> bool,
    cmd: &Cmd,
) {
    match reply {
        None => {
            counts.dropped.fetch_add(1, Ordering::Relaxed);
        }
        Some(Ok(frame)) if is_ours(&frame) => {
            counts.completed.fetch_add(1, Ordering::Relaxed);
        }
        Some(Ok(frame)) => counts.note(&counts.mismatched, || {
            format!("{cmd:?} got {}", abbreviate(&format!("{frame:?}")))
        }),
        Some(Err(error)) => counts.note(&counts.errors, || format!("{cmd:?} failed: {error}")),
    }
}

fn check_batch(
    counts: &Counts,
    reply: Option<Result<Vec<Result<Frame, ServerError>>, Error>>,
    values: &[String],
) {
    match reply {
        None => {
            counts.dropped.fetch_add(1, Ordering::Relaxed);
        }
        Some(Ok(replies)) => {
            let ours = replies.len() == values.len()
                && replies
                    .iter()
                    .zip(values)
                    .all(|(reply, value)| reply.as_ref().is_ok_and(|frame| is_bulk(frame, value)));
            if ours {
                counts.completed.fetch_add(1, Ordering::Relaxed);
            } else {
                counts.note(&counts.mismatched, || {
                    format!(
                        "a batch of {} got {}",
                        values.len(),
                        abbreviate(&format!("{replies:?}"))
                    )
                });
            }
        }
        Some(Err(error)) => counts.note(&counts.errors, || format!("a batch failed: {error}")),
    }
}

fn abbreviate(text: &str) -> String {
    match text.char_indices().nth(120) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.to_owned(),
    }
}

/// Many tasks at once, each checking its replies: after whatever was
/// dropped before, the client still answers everyone correctly.
async fn assert_still_correct<R: Runtime>(
    client: &Client<R>,
    spawn: impl Fn(Client<R>, u64) -> support::JoinHandle<()>,
) {
    let tasks: Vec<_> = (0..16).map(|task| spawn(client.clone(), task)).collect();
    for task in tasks {
        task.await;
    }
    let cmds: Vec<Cmd> = (0..100)
        .map(|i| Cmd::new("ECHO").arg(format!("final:{i}")))
        .collect();
    let replies = client.query_batch(&cmds).await.unwrap();
    for (i, reply) in replies.into_iter().enumerate() {
        assert_eq!(reply, Ok(Frame::bulk(format!("final:{i}"))));
    }
}

/// Sixty-four requests in a row on `client`, each checked.
async fn echo_round<R: Runtime>(client: Client<R>, task: u64) {
    for i in 0..64 {
        let value = format!("after:{task}:{i}");
        let reply = query(&client, &Cmd::new("ECHO").arg(&value)).await;
        assert_eq!(reply, Frame::bulk(value));
    }
}

runtime_suite! {
    /// 100,000 requests from 64 tasks on one client, about one in ten
    /// dropped at a random point (before or after its bytes are written,
    /// or in the middle of its reply): no reply reaches the wrong caller,
    /// no request fails, the connection is never torn down, and the client
    /// answers correctly afterwards.
    async fn torture() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let connection_id = query(&client, &Cmd::new("CLIENT").arg("ID")).await;
        let seed = seed("RESP_TORTURE_SEED");
        let counts = Arc::new(Counts::default());

        let start = Instant::now();
        let tasks: Vec<_> = (0..TASKS)
            .map(|task| {
                let ops = OPS / TASKS + u64::from(task < OPS % TASKS);
                rt::spawn(torture_task(client.clone(), task, ops, seed, counts.clone()))
            })
            .collect();
        let all = async {
            for task in tasks {
                task.await;
            }
        };
        if race(all, rt::sleep(WATCHDOG)).await.is_none() {
            panic!("stuck after {WATCHDOG:?}: {}", counts.summary());
        }
        let elapsed = start.elapsed();
        println!("{}: {} in {elapsed:.2?}", rt::NAME, counts.summary());

        let (completed, dropped, mismatched, errors) = (
            counts.completed.load(Ordering::Relaxed),
            counts.dropped.load(Ordering::Relaxed),
            counts.mismatched.load(Ordering::Relaxed),
            counts.errors.load(Ordering::Relaxed),
        );
        assert_eq!(mismatched, 0, "{}", counts.summary());
        assert_eq!(errors, 0, "{}", counts.summary());
        assert_eq!(completed + dropped, OPS, "{}", counts.summary());
        // About one in ten was dropped: enough to mean something.
        assert!((OPS / 20..=OPS / 5).contains(&dropped), "{}", counts.summary());

        // The same connection throughout: nothing was torn down to recover.
        assert_eq!(query(&client, &Cmd::new("CLIENT").arg("ID")).await, connection_id);
        assert_still_correct(&client, |client, task| rt::spawn(echo_round(client, task))).await;
    }

    /// A large reply's future dropped while the reply is arriving: the rest
    /// of it is read and thrown away, and the next request gets its own.
    async fn dropped_in_the_middle_of_a_large_reply() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let big = "x".repeat(8 << 20);
        query(&client, &Cmd::new("SET").arg("big").arg(&big)).await;
        let runtime = rt::Runtime::default();
        let mut dropped = 0;
        let get_big = Cmd::new("GET").arg("big");
        for i in 0..20u64 {
            let get = client.query_frame(&get_big);
            let timer = runtime.sleep(Duration::from_micros(200 * (i % 5)));
            match race(get, timer).await {
                None => dropped += 1,
                Some(reply) => assert_eq!(reply.unwrap(), Frame::bulk(big.clone())),
            }
            let value = format!("after {i}");
            assert_eq!(query(&client, &Cmd::new("ECHO").arg(&value)).await, Frame::bulk(value));
        }
        println!("{}: {dropped} of 20 large replies dropped part-way", rt::NAME);
        assert!(dropped > 0, "every 8 MiB reply beat a timer of at most 800 µs");
    }

    /// Futures dropped unpolled, and after a single poll (their bytes
    /// written, no reply read), in every position of a busy pipeline.
    async fn dropped_before_and_after_writing() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let (never, once) = (Cmd::new("INCR").arg("never"), Cmd::new("INCR").arg("once"));
        for round in 0..50 {
            let unpolled = client.query_frame(&never);
            drop(unpolled);
            // On a quiet connection the reply may be in before the poll
            // ends; either way the command was written.
            let _ = poll_once(client.query_frame(&once));
            let mut tasks = Vec::new();
            for t in 0..4 {
                let client = client.clone();
                tasks.push(rt::spawn(async move {
                    let value = format!("{round}:{t}");
                    let reply = query(&client, &Cmd::new("ECHO").arg(&value)).await;
                    assert_eq!(reply, Frame::bulk(value));
                }));
            }
            for task in tasks {
                task.await;
            }
        }
        // The unpolled INCRs were never sent; the polled ones were, and ran.
        assert_eq!(query(&client, &Cmd::new("GET").arg("never")).await, Frame::Null);
        assert_eq!(query(&client, &Cmd::new("GET").arg("once")).await, Frame::bulk("50"));
    }
}

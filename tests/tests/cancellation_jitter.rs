//! Cancellation under network jitter, on every runtime: 200 tasks share
//! one client whose every byte goes through the fault proxy with 0 to 3 ms
//! of delay each way; they send ECHOs, SETs and GETs of keys of their own,
//! INCRs of counters of their own and pipelines of 2 to 20 of those, and
//! drop about one future in ten at a random point. Every reply is checked
//! against what its caller sent.
//!
//! The size is `RESP_TORTURE_OPS` calls per runtime (20,000 by default);
//! `RESP_TORTURE_SEED` repeats each task's choices. See
//! `docs/reliability.md` for a full-size run.

mod support;

use std::fmt::Write as _;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use resp_client::{Client, Cmd, Error, Frame, Runtime, ServerError};
use resp_tests::{Conns, Delay, Direction, FaultProxy, RedisServer};

use support::{Rng, poll_once, query, race, runtime_suite, seed};

/// Tasks sharing the client.
const TASKS: u64 = 200;
/// Calls per runtime unless `RESP_TORTURE_OPS` says otherwise.
const DEFAULT_OPS: u64 = 20_000;
/// The deadline of a call that is awaited to the end: the client's
/// silence timeout, by which any call must have come back one way or the
/// other.
const AWAITED_DEADLINE: Duration = Duration::from_secs(3);
/// How late past its deadline a call may come back.
const OVERSHOOT: Duration = Duration::from_millis(100);
/// How long the client may take to have nothing in flight once the tasks
/// are done.
const QUIET: Duration = Duration::from_secs(1);

fn ops() -> u64 {
    std::env::var("RESP_TORTURE_OPS")
        .ok()
        .and_then(|value| value.replace('_', "").parse().ok())
        .unwrap_or(DEFAULT_OPS)
}

/// What the tasks saw, over all of them.
#[derive(Default)]
struct Counts {
    /// Calls whose reply came back and was checked.
    completed: AtomicU64,
    /// Calls whose future was dropped before its reply came.
    dropped: AtomicU64,
    /// Replies that were not what their caller's own commands imply.
    mismatched: AtomicU64,
    /// Calls that failed.
    errors: AtomicU64,
    /// Calls that came back more than [`OVERSHOOT`] past their deadline.
    late: AtomicU64,
    /// The largest (time taken - deadline), in microseconds.
    max_overshoot_us: AtomicI64,
    /// The first few things that went wrong.
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

    fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }

    fn summary(&self) -> String {
        let mut text = format!(
            "completed {}, dropped {}, mismatched {}, errors {}, late {}, max overshoot {} µs",
            Self::get(&self.completed),
            Self::get(&self.dropped),
            Self::get(&self.mismatched),
            Self::get(&self.errors),
            Self::get(&self.late),
            self.max_overshoot_us.load(Ordering::Relaxed),
        );
        for example in self.examples.lock().unwrap().iter() {
            let _ = write!(text, "\n  {example}");
        }
        text
    }
}

/// How a call is awaited.
#[derive(Clone, Copy, Debug)]
enum Fate {
    /// To the end; its deadline is [`AWAITED_DEADLINE`].
    Awaited,
    /// Polled once and dropped: its command is queued or written, no
    /// reply read.
    PolledOnce,
    /// Raced against a timer of this length (its deadline) and dropped if
    /// the timer wins: anywhere, mid-reply included.
    Raced(Duration),
}

impl Fate {
    fn pick(rng: &mut Rng) -> Self {
        match rng.below(100) {
            0..5 => Self::PolledOnce,
            5..15 => Self::Raced(Duration::from_micros(rng.below(4000))),
            _ => Self::Awaited,
        }
    }

    fn deadline(self) -> Duration {
        match self {
            Self::Awaited => AWAITED_DEADLINE,
            Self::PolledOnce => Duration::ZERO,
            Self::Raced(after) => after,
        }
    }
}

/// One command of a call, with what its reply must be.
enum Op {
    /// The reply is this value.
    Echo(String),
    /// `SET` of the task's key to this value.
    Set(String),
    /// `GET` of the task's key.
    Get,
    /// `INCR` of the task's counter.
    Incr,
}

/// What a task knows of its key and counter, from its own commands.
struct Model {
    key: String,
    counter: String,
    /// The values the key may hold now: the last one acknowledged, and
    /// those of SETs since that may or may not have run.
    possible: Vec<Option<String>>,
    /// INCRs sent (or possibly sent), and acknowledged.
    issued: i64,
    acked: i64,
    /// The last value an INCR returned.
    last: i64,
}

impl Model {
    fn cmd(&self, op: &Op) -> Cmd {
        match op {
            Op::Echo(value) => Cmd::new("ECHO").arg(value),
            Op::Set(value) => Cmd::new("SET").arg(&self.key).arg(value),
            Op::Get => Cmd::new("GET").arg(&self.key),
            Op::Incr => Cmd::new("INCR").arg(&self.counter),
        }
    }

    /// Before sending.
    fn sending(&mut self, op: &Op) {
        match op {
            Op::Incr => self.issued += 1,
            // It may run even if its caller goes away.
            Op::Set(value) => self.possible.push(Some(value.clone())),
            Op::Echo(_) | Op::Get => {}
        }
    }

    /// `reply` came back for `op`: whether it is consistent with
    /// everything this task sent.
    fn check(&mut self, op: &Op, reply: &Result<Frame, ServerError>) -> bool {
        let Ok(frame) = reply else { return false };
        match op {
            Op::Echo(value) => is_bulk(frame, value),
            Op::Set(value) => {
                let ok = *frame == Frame::simple("OK");
                if ok {
                    self.possible = vec![Some(value.clone())];
                }
                ok
            }
            Op::Get => {
                let got = match frame {
                    Frame::Null => None,
                    Frame::BulkString(bytes) => Some(String::from_utf8_lossy(bytes).into_owned()),
                    _ => return false,
                };
                let ok = self.possible.contains(&got);
                if ok {
                    self.possible = vec![got];
                }
                ok
            }
            Op::Incr => {
                let Frame::Integer(value) = *frame else {
                    return false;
                };
                // Everything acknowledged before ran before it, and it is
                // at most the count of INCRs sent so far.
                let ok = value > self.last && value > self.acked && value <= self.issued;
                self.acked += 1;
                self.last = value;
                ok
            }
        }
    }
}

fn is_bulk(frame: &Frame, value: &str) -> bool {
    matches!(frame, Frame::BulkString(bytes) if bytes == value.as_bytes())
}

/// A value no other command carries.
fn unique(rng: &mut Rng, task: u64, n: u64) -> String {
    format!("{task}:{n}:{:016x}", rng.next_u64())
}

fn pick_op(rng: &mut Rng, task: u64, n: u64) -> Op {
    match rng.below(4) {
        0 => Op::Echo(unique(rng, task, n)),
        1 => Op::Set(unique(rng, task, n)),
        2 => Op::Get,
        _ => Op::Incr,
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

/// One task: `calls` calls, each checked; returns its counter's INCRs
/// (issued, acknowledged).
async fn task<R: Runtime>(
    client: Client<R>,
    task: u64,
    calls: u64,
    seed: u64,
    counts: Arc<Counts>,
) -> (String, i64, i64) {
    let runtime = R::default();
    let mut rng = Rng::new(seed ^ task.wrapping_mul(0x100_0000_01B3));
    let mut model = Model {
        key: format!("jitter:{task}:key"),
        counter: format!("jitter:{task}:counter"),
        possible: vec![None],
        issued: 0,
        acked: 0,
        last: 0,
    };
    for n in 0..calls {
        let ops: Vec<Op> = match rng.below(100) {
            0..30 => vec![Op::Echo(unique(&mut rng, task, n))],
            30..45 => vec![Op::Set(unique(&mut rng, task, n))],
            45..60 => vec![Op::Get],
            60..80 => vec![Op::Incr],
            _ => {
                let len = 2 + rng.below(19);
                (0..len)
                    .map(|i| pick_op(&mut rng, task, n * 32 + i))
                    .collect()
            }
        };
        let cmds: Vec<Cmd> = ops.iter().map(|op| model.cmd(op)).collect();
        for op in &ops {
            model.sending(op);
        }
        let fate = Fate::pick(&mut rng);
        let start = Instant::now();
        let outcome: Option<Result<Vec<Result<Frame, ServerError>>, Error>> = if ops.len() == 1 {
            meet(&runtime, fate, client.query_frame(&cmds[0]))
                .await
                .map(|result| match result {
                    Ok(frame) => Ok(vec![Ok(frame)]),
                    Err(error) => match error.server_error() {
                        Some(server) => Ok(vec![Err(server.clone())]),
                        None => Err(error),
                    },
                })
        } else {
            meet(&runtime, fate, client.query_batch(&cmds)).await
        };
        let took = start.elapsed();
        let overshoot = took.as_micros() as i64 - fate.deadline().as_micros() as i64;
        counts
            .max_overshoot_us
            .fetch_max(overshoot, Ordering::Relaxed);
        if took > fate.deadline() + OVERSHOOT {
            counts.note(&counts.late, || {
                format!("{cmds:?} ({fate:?}) came back after {took:?}")
            });
        }
        match outcome {
            None => {
                counts.dropped.fetch_add(1, Ordering::Relaxed);
            }
            Some(Err(error)) => {
                counts.note(&counts.errors, || format!("{cmds:?} failed: {error}"));
            }
            Some(Ok(replies)) if replies.len() != ops.len() => {
                counts.note(&counts.mismatched, || {
                    format!("{} commands, {} replies", ops.len(), replies.len())
                });
            }
            Some(Ok(replies)) => {
                let mut all = true;
                for (op, reply) in ops.iter().zip(&replies) {
                    if !model.check(op, reply) {
                        all = false;
                        counts.note(&counts.mismatched, || {
                            format!("{:?} got {reply:?}", model.cmd(op))
                        });
                    }
                }
                if all {
                    counts.completed.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
    }
    (model.counter, model.issued, model.acked)
}

runtime_suite! {
    /// 200 tasks on one client through 0 to 3 ms of jitter each way, about
    /// one call in ten dropped at a random point: no reply reaches the
    /// wrong caller, no call fails or comes back more than 100 ms past its
    /// deadline, nothing is left in flight a second after the last call,
    /// the connection is never torn down, and every counter lies between
    /// the INCRs acknowledged and those sent.
    async fn torture_through_jitter() {
        let server = RedisServer::start();
        let proxy = FaultProxy::start(server.addr());
        proxy.delay(
            Conns::All,
            Direction::Both,
            Delay::jitter(Duration::ZERO, Duration::from_millis(3)),
        );
        let client = Client::connect(&proxy.url()).await.unwrap();
        let connection_id = query(&client, &Cmd::new("CLIENT").arg("ID")).await;
        let ops = ops();
        let seed = seed("RESP_TORTURE_SEED");
        let counts = Arc::new(Counts::default());
        let watchdog = Duration::from_secs(120 + ops / 2_000);

        let start = Instant::now();
        let tasks: Vec<_> = (0..TASKS)
            .map(|t| {
                let calls = ops / TASKS + u64::from(t < ops % TASKS);
                rt::spawn(task(client.clone(), t, calls, seed, counts.clone()))
            })
            .collect();
        let all = async {
            let mut counters = Vec::new();
            for task in tasks {
                counters.push(task.await);
            }
            counters
        };
        let Some(counters) = race(all, rt::sleep(watchdog)).await else {
            panic!("stuck after {watchdog:?}: {}", counts.summary());
        };
        let elapsed = start.elapsed();

        // Quiet: how long until nothing is in flight.
        let quiet = Instant::now();
        while client.in_flight() > 0 && quiet.elapsed() < QUIET * 2 {
            rt::sleep(Duration::from_millis(1)).await;
        }
        let emptied = quiet.elapsed();
        println!(
            "{}: {ops} calls in {elapsed:.2?} ({:.0} calls/s); {}; in flight emptied in {emptied:?}",
            rt::NAME,
            ops as f64 / elapsed.as_secs_f64(),
            counts.summary(),
        );
        assert_eq!(client.in_flight(), 0, "still in flight after {emptied:?}");
        assert!(emptied <= QUIET, "in flight took {emptied:?} to empty");

        let (completed, dropped) = (Counts::get(&counts.completed), Counts::get(&counts.dropped));
        assert_eq!(Counts::get(&counts.mismatched), 0, "{}", counts.summary());
        assert_eq!(Counts::get(&counts.errors), 0, "{}", counts.summary());
        assert_eq!(Counts::get(&counts.late), 0, "{}", counts.summary());
        assert_eq!(completed + dropped, ops, "{}", counts.summary());
        // About one in ten was dropped: enough to mean something.
        assert!((ops / 50..=ops / 4).contains(&dropped), "{}", counts.summary());
        // The same connection throughout: nothing was torn down.
        assert_eq!(query(&client, &Cmd::new("CLIENT").arg("ID")).await, connection_id);

        // Each counter, read by a fresh client straight from the server.
        let fresh = Client::connect(&server.url()).await.unwrap();
        for (counter, issued, acked) in counters {
            let value = match query(&fresh, &Cmd::new("GET").arg(&counter)).await {
                Frame::Null => 0,
                Frame::BulkString(n) => std::str::from_utf8(&n).unwrap().parse::<i64>().unwrap(),
                other => panic!("GET {counter} gave {other:?}"),
            };
            assert!(
                (acked..=issued).contains(&value),
                "{counter} is {value}: {acked} INCRs acknowledged, {issued} sent"
            );
        }
    }
}

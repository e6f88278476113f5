//! The workloads, written once for every client and runtime.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use resp_tokio::Cmd;

use crate::client::BenchClient;
use crate::exec::Exec;
use crate::options::Options;
use crate::stats::{Sample, grouped};

/// The list that s5 reads.
pub(crate) const LIST_KEY: &str = "bench:list";
/// How many elements it holds.
const LIST_LEN: usize = 1_000;
/// How many keys s1, s2, s3 and s6 spread over (a multiple of s3's batch).
const KEYSPACE: usize = 10_000;
/// How many keys s4 spreads its 100 KiB values over (10 MiB in all).
const LARGE_KEYSPACE: usize = 100;
/// s4's value size.
pub(crate) const LARGE_VALUE: usize = 100 * 1024;
/// s3's pipeline length.
const BATCH: usize = 100;
/// s7's tasks, and the connections of their pool.
const POOL_TASKS: usize = 64;
pub(crate) const POOL_SIZE: usize = 8;

/// One of the workloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Workload {
    /// SET then GET, one task.
    S1,
    /// SET/GET alternating, 64 tasks sharing one client.
    S2,
    /// Pipelines of 100 SETs, one task.
    S3,
    /// SET then GET of 100 KiB values, one task.
    S4,
    /// LRANGE of a 1,000-element list, one task.
    S5,
    /// SET/GET alternating, 1,000 tasks sharing one client.
    S6,
    /// GET, 64 tasks sharing a pool of 8 connections: each GET leases a
    /// connection, runs, and gives it back.
    S7,
    /// One subscriber receiving 16-byte messages from a pipelining
    /// publisher (`crate::pubsub`).
    P1,
}

impl Workload {
    pub(crate) const ALL: [Self; 8] = [
        Self::S1,
        Self::S2,
        Self::S3,
        Self::S4,
        Self::S5,
        Self::S6,
        Self::S7,
        Self::P1,
    ];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::S1 => "s1",
            Self::S2 => "s2",
            Self::S3 => "s3",
            Self::S4 => "s4",
            Self::S5 => "s5",
            Self::S6 => "s6",
            Self::P1 => "p1",
            Self::S7 => "s7",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|w| w.name() == name)
    }

    /// A few words on what it does.
    pub(crate) fn title(self) -> &'static str {
        match self {
            Self::S1 => "SET then GET, one task",
            Self::S2 => "SET/GET, 64 tasks, one client",
            Self::S3 => "pipelines of 100 SETs, one task",
            Self::S4 => "SET then GET of 100 KiB, one task",
            Self::S5 => "LRANGE 0 999 of 1,000 elements, one task",
            Self::S6 => "SET/GET, 1,000 tasks, one client",
            Self::P1 => "PUBLISH of 16 B pipelined, one subscriber receiving",
            Self::S7 => "GET, 64 tasks sharing a pool of 8 (checkout, GET, return)",
        }
    }
}

/// A workload with its sizes: what each task does, and how often.
#[derive(Debug)]
pub(crate) struct Work {
    pub(crate) workload: Workload,
    /// How many tasks share the client.
    pub(crate) tasks: usize,
    /// Requests (s3: pipelines) per task.
    pub(crate) iterations: usize,
    /// Commands per request: s3's pipeline length, else 1.
    pub(crate) batch: usize,
    /// The keys, `key:` and twelve digits, as redis-benchmark's `-r` makes
    /// them.
    pub(crate) keys: Vec<String>,
    pub(crate) value: Bytes,
}

impl Work {
    pub(crate) fn new(workload: Workload, options: &Options) -> Self {
        let (tasks, iterations) = match workload {
            Workload::S1 => (1, 2 * options.scaled(20_000)),
            Workload::S2 => (64, options.scaled(2_000)),
            Workload::S3 => (1, options.scaled(4_000)),
            Workload::S4 => (1, 2 * options.scaled(2_000)),
            Workload::S5 => (1, options.scaled(4_000)),
            Workload::S6 => (1_000, options.scaled(200)),
            Workload::P1 => (1, options.scaled(1_000_000)),
            Workload::S7 => (POOL_TASKS, options.scaled(1_000)),
        };
        let (keyspace, value_size) = match workload {
            Workload::S4 => (LARGE_KEYSPACE, LARGE_VALUE),
            Workload::S5 => (0, options.value_size),
            Workload::P1 => (0, 16),
            _ => (KEYSPACE, options.value_size),
        };
        Self {
            workload,
            tasks,
            iterations,
            batch: if workload == Workload::S3 { BATCH } else { 1 },
            keys: (0..keyspace).map(|i| format!("key:{i:012}")).collect(),
            value: Bytes::from(vec![b'x'; value_size]),
        }
    }

    /// The same work, shortened to a warm-up of one task.
    fn warm_up(&self) -> Self {
        Self {
            workload: self.workload,
            tasks: 1,
            iterations: self.iterations.min(if self.batch > 1 { 20 } else { 200 }),
            batch: self.batch,
            keys: self.keys.clone(),
            value: self.value.clone(),
        }
    }

    /// How many commands the measured part sends.
    pub(crate) fn ops(&self) -> usize {
        self.tasks * self.iterations * self.batch
    }

    pub(crate) fn list_len(&self) -> usize {
        LIST_LEN
    }

    pub(crate) fn describe(&self) -> String {
        let what = self.workload.title();
        let size = match self.value.len() {
            n if n.is_multiple_of(1024) => format!("{} KiB", n / 1024),
            n => format!("{n} B"),
        };
        let count = |n: usize| grouped(u64::try_from(n).unwrap_or(u64::MAX));
        match self.workload {
            Workload::S3 => format!(
                "{what}: {} pipelines, {} SETs of {size}",
                count(self.iterations),
                count(self.ops())
            ),
            Workload::S5 => format!("{what}: {} requests, elements of {size}", count(self.ops())),
            Workload::P1 => format!("{what}: {} messages", count(self.ops())),
            _ => format!(
                "{what}: {} ops ({} per task), {size} values over {} keys",
                count(self.ops()),
                count(self.iterations),
                count(self.keys.len())
            ),
        }
    }
}

/// Writes what the workload reads: every key with its value, or the list.
pub(crate) fn prepare(url: &str, work: &Work) -> Result<(), String> {
    if work.workload == Workload::P1 {
        return crate::pubsub::prepare(url);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| error.to_string())?;
    runtime.block_on(async {
        let client = resp_tokio::Client::connect(url)
            .await
            .map_err(|error| error.to_string())?;
        let check = |replies: Vec<Result<resp_tokio::Frame, resp_tokio::ServerError>>| {
            replies
                .into_iter()
                .try_for_each(|reply| reply.map(drop).map_err(|error| error.to_string()))
        };
        for chunk in work.keys.chunks(1_000) {
            let sets: Vec<Cmd> = chunk
                .iter()
                .map(|key| Cmd::new("SET").arg(key).arg(&work.value))
                .collect();
            check(
                client
                    .query_batch(&sets)
                    .await
                    .map_err(|error| error.to_string())?,
            )?;
        }
        if work.workload == Workload::S5 {
            let mut push = Cmd::new("RPUSH").arg(LIST_KEY);
            for _ in 0..work.list_len() {
                push.push(&work.value);
            }
            let list = [Cmd::new("DEL").arg(LIST_KEY), push];
            check(
                client
                    .query_batch(&list)
                    .await
                    .map_err(|error| error.to_string())?,
            )?;
        }
        Ok(())
    })
}

/// Warms the client up, then runs `work` on it and measures.
pub(crate) async fn measure<E: Exec, C: BenchClient>(
    exec: &E,
    client: C,
    work: &Arc<Work>,
) -> Sample {
    let warm_up = Arc::new(work.warm_up());
    exec.spawn(task(client.clone(), warm_up, 0)).await;

    let start = Instant::now();
    let tasks: Vec<_> = (0..work.tasks)
        .map(|index| exec.spawn(task(client.clone(), Arc::clone(work), index)))
        .collect();
    let mut latencies = Vec::with_capacity(work.tasks * work.iterations);
    for task in tasks {
        latencies.extend(task.await);
    }
    let elapsed = start.elapsed();
    Sample::new(work.ops(), elapsed, latencies)
}

/// One task's share of `work`: the latency of each of its requests, in
/// nanoseconds.
async fn task<C: BenchClient>(mut client: C, work: Arc<Work>, index: usize) -> Vec<u64> {
    let mut latencies = Vec::with_capacity(work.iterations);
    let first = index * work.iterations;
    for i in first..first + work.iterations {
        let start = Instant::now();
        match work.workload {
            Workload::S3 => {
                let at = (i * work.batch) % work.keys.len();
                let replies = client
                    .set_batch(&work.keys[at..at + work.batch], &work.value)
                    .await;
                assert_eq!(replies, work.batch, "one reply per command of a pipeline");
            }
            Workload::S5 => {
                let elements = client.lrange(LIST_KEY).await;
                assert_eq!(elements, work.list_len(), "LRANGE gave the whole list");
            }
            Workload::P1 => unreachable!("p1 runs in crate::pubsub"),
            Workload::S7 => {
                let key = &work.keys[i % work.keys.len()];
                let len = client.get(key).await;
                assert_eq!(len, work.value.len(), "GET gave the value");
            }
            Workload::S1 | Workload::S2 | Workload::S4 | Workload::S6 => {
                // Even steps write a key, odd steps read it back.
                let key = &work.keys[(i / 2) % work.keys.len()];
                if i.is_multiple_of(2) {
                    client.set(key, &work.value).await;
                } else {
                    let len = client.get(key).await;
                    assert_eq!(len, work.value.len(), "GET gave the value");
                }
            }
        }
        latencies.push(nanos(start.elapsed()));
    }
    latencies
}

fn nanos(elapsed: Duration) -> u64 {
    u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX)
}

//! The clients compared: which library, on which runtime.

use std::future::Future;
use std::sync::Arc;

use fred::interfaces::ClientLike;
use resp_client::Runtime;

use crate::client::BenchClient;
use crate::exec::{AsyncStd, Exec, Smol, Tokio};
use crate::stats::Sample;
use crate::workload::{self, POOL_SIZE, Work, Workload};

/// A client library on a runtime, or redis-benchmark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Contender {
    /// resp on tokio's current-thread runtime.
    RespTokioCt,
    /// resp on tokio's multi-thread runtime, two workers.
    RespTokioMt,
    /// resp on smol.
    RespSmol,
    /// resp on async-std.
    RespAsyncStd,
    /// redis-rs's `MultiplexedConnection` on tokio's current-thread runtime.
    RedisRsCt,
    /// The same on the multi-thread runtime, two workers.
    RedisRsMt,
    /// fred on tokio's current-thread runtime.
    FredCt,
    /// fred on the multi-thread runtime, two workers.
    FredMt,
    /// The C reference, with as many connections as the workload has tasks.
    RedisBenchmark,
}

impl Contender {
    pub(crate) const ALL: [Self; 9] = [
        Self::RespTokioCt,
        Self::RespTokioMt,
        Self::RespSmol,
        Self::RespAsyncStd,
        Self::RedisRsCt,
        Self::RedisRsMt,
        Self::FredCt,
        Self::FredMt,
        Self::RedisBenchmark,
    ];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::RespTokioCt => "resp-tokio-ct",
            Self::RespTokioMt => "resp-tokio-mt",
            Self::RespSmol => "resp-smol",
            Self::RespAsyncStd => "resp-async-std",
            Self::RedisRsCt => "redis-rs-ct",
            Self::RedisRsMt => "redis-rs-mt",
            Self::FredCt => "fred-ct",
            Self::FredMt => "fred-mt",
            Self::RedisBenchmark => "redis-benchmark",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Whether it runs `workload`: s7 needs a pool of exclusive
    /// connections, which only resp (and redis-benchmark's connections)
    /// have.
    pub(crate) fn runs(self, workload: Workload) -> bool {
        workload != Workload::S7
            || matches!(
                self,
                Self::RespTokioCt
                    | Self::RespTokioMt
                    | Self::RespSmol
                    | Self::RespAsyncStd
                    | Self::RedisBenchmark
            )
    }

    /// Connects on a fresh runtime, warms up, and measures `work`.
    ///
    /// # Panics
    ///
    /// When the client fails a request (the caller catches it).
    pub(crate) fn run(self, url: &str, work: &Arc<Work>) -> Result<Sample, String> {
        if work.workload == Workload::P1 {
            return crate::pubsub::run(self, url, work);
        }
        if work.workload == Workload::S7 {
            return match self {
                Self::RespTokioCt => on(
                    &Tokio::current_thread(),
                    pool::<resp_tokio::Tokio>(url),
                    work,
                ),
                Self::RespTokioMt => {
                    on(&Tokio::multi_thread(), pool::<resp_tokio::Tokio>(url), work)
                }
                Self::RespSmol => on(&Smol::new(), pool::<resp_smol::Smol>(url), work),
                Self::RespAsyncStd => on(&AsyncStd, pool::<resp_async_std::AsyncStd>(url), work),
                _ => Err(format!(
                    "{} has no pool of exclusive connections",
                    self.name()
                )),
            };
        }
        match self {
            Self::RespTokioCt => on(
                &Tokio::current_thread(),
                resp::<resp_tokio::Tokio>(url),
                work,
            ),
            Self::RespTokioMt => on(&Tokio::multi_thread(), resp::<resp_tokio::Tokio>(url), work),
            Self::RespSmol => on(&Smol::new(), resp::<resp_smol::Smol>(url), work),
            Self::RespAsyncStd => on(&AsyncStd, resp::<resp_async_std::AsyncStd>(url), work),
            Self::RedisRsCt => on(&Tokio::current_thread(), redis_rs(url), work),
            Self::RedisRsMt => on(&Tokio::multi_thread(), redis_rs(url), work),
            Self::FredCt => on(&Tokio::current_thread(), fred(url), work),
            Self::FredMt => on(&Tokio::multi_thread(), fred(url), work),
            Self::RedisBenchmark => Err("redis-benchmark is run as a process".to_owned()),
        }
    }
}

/// Connects with `connect` inside `exec`, then measures.
fn on<E: Exec, C: BenchClient>(
    exec: &E,
    connect: impl Future<Output = Result<C, String>>,
    work: &Arc<Work>,
) -> Result<Sample, String> {
    exec.block_on(async {
        let client = connect.await?;
        Ok(workload::measure(exec, client, work).await)
    })
}

/// resp's `Client::connect`, with its default configuration.
async fn resp<R: Runtime>(url: &str) -> Result<resp_client::Client<R>, String> {
    resp_client::Client::connect(url)
        .await
        .map_err(|error| format!("connect: {error}"))
}

/// A resp pool of [`POOL_SIZE`] connections, with its default
/// configuration otherwise.
async fn pool<R: Runtime>(url: &str) -> Result<resp_client::Pool<R>, String> {
    let config = resp_client::ClientConfig::from_url(url)
        .map_err(|error| format!("url: {error}"))?
        .with_pool(resp_client::PoolConfig::new().with_max_size(POOL_SIZE));
    resp_client::Pool::new(config).map_err(|error| format!("pool: {error}"))
}

/// redis-rs's multiplexed connection, with its default configuration but
/// for the response timeout: resp's 30 s instead of redis-rs's 500 ms,
/// which a busy machine can exceed (both clients arm a timer per request).
async fn redis_rs(url: &str) -> Result<redis::aio::MultiplexedConnection, String> {
    let client = redis::Client::open(url).map_err(|error| format!("url: {error}"))?;
    let config = redis::AsyncConnectionConfig::new()
        .set_response_timeout(Some(std::time::Duration::from_secs(30)));
    client
        .get_multiplexed_async_connection_with_config(&config)
        .await
        .map_err(|error| format!("connect: {error}"))
}

/// fred's client, with its default configuration.
async fn fred(url: &str) -> Result<fred::clients::Client, String> {
    let config =
        fred::types::config::Config::from_url(url).map_err(|error| format!("url: {error}"))?;
    let client = fred::types::Builder::from_config(config)
        .build()
        .map_err(|error| format!("build: {error}"))?;
    client
        .init()
        .await
        .map_err(|error| format!("connect: {error}"))?;
    Ok(client)
}

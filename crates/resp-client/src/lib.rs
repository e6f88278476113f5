//! A Redis client written once for every async runtime.
//!
//! `resp-client` holds every feature of the resp client family; the adapter
//! crates `resp-tokio`, `resp-async-std` and `resp-smol` implement
//! [`Runtime`] for their runtime and re-export this crate with it filled in.
//! The protocol itself (handshake, reply matching, deadlines) is
//! `resp-core`'s sans-IO [`resp_core::Connection`]; this crate moves its
//! bytes over TCP, TLS (rustls) or Unix sockets.
#![forbid(unsafe_code)]

mod args;
mod client;
mod commands;
mod config;
mod connection;
mod dedicated;
mod error;
mod monitor;
mod pipeline;
mod pool;
pub mod pubsub;
mod replies;
mod runtime;
mod scan;
mod script;
mod stream;
mod tls;
mod transaction;
mod value;

pub use crate::args::ToArgs;
pub use crate::client::Client;
pub use crate::commands::*;
pub use crate::config::{Addr, Backoff, ClientConfig};
pub use crate::dedicated::{Connection, ConnectionQuery};
pub use crate::error::{Error, ErrorKind, Result};
pub use crate::monitor::Monitor;
pub use crate::pipeline::{Pipeline, PipelineTarget};
pub use crate::pool::{Pool, PoolConfig, PoolStats, PooledConnection};
pub use crate::pubsub::{PubSub, PubSubOptions};
pub use crate::replies::{
    AutoClaimReply, ClientInfo, ClientList, ConfigMap, DbOverhead, GeoPosition, GeoSearchResult,
    LatencyLatest, MaxMemoryPolicy, MemoryStats, ParseStreamIdError, PendingEntry, PendingSummary,
    ReplicaInfo, ReplicationState, Role, SlowlogEntry, StreamConsumerDetail, StreamConsumerInfo,
    StreamEntry, StreamGroupDetail, StreamGroupInfo, StreamId, StreamInfo, StreamPendingDetail,
    StreamReadReply,
};
pub use crate::runtime::{Runtime, TcpOptions, connect_first};
pub use crate::scan::{Scan, ScanOptions};
pub use crate::script::Script;
pub use crate::tls::TlsConfig;
pub use crate::transaction::{DEFAULT_TRANSACTION_ATTEMPTS, TransactionBody};
pub use crate::value::FromValue;
pub use resp_core::monitor::MonitorLine;
pub use resp_core::{Arg, ArgText, Cmd, Frame, Protocol, ServerError, ToArg};

//! The resp Redis client on [tokio].
//!
//! Everything the client does is written once in [`resp_client`]; this crate
//! gives it tokio's sockets, timers and tasks ([`Tokio`]) and re-exports it
//! with that runtime filled in.
//!
//! ```no_run
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), resp_tokio::Error> {
//! use resp_tokio::{Client, Cmd};
//!
//! let client = Client::connect("redis://127.0.0.1:6379").await?;
//! client.query_frame(&Cmd::new("SET").arg("greeting").arg("hello")).await?;
//! let reply = client.query_frame(&Cmd::new("GET").arg("greeting")).await?;
//! println!("{reply:?}");
//! # Ok(())
//! # }
//! ```
//!
//! [tokio]: https://tokio.rs
#![forbid(unsafe_code)]

use std::future::Future;
use std::io;
use std::path::Path;
use std::time::Duration;

use tokio::net::{TcpStream, UnixStream};
use tokio_util::compat::{Compat, TokioAsyncReadCompatExt};

pub use resp_client::*;

/// The client on tokio.
pub type Client = resp_client::Client<Tokio>;

/// A connection of one's own ([`resp_client::Connection`]) on tokio: for
/// `SELECT`, `WATCH`, blocking commands.
pub type Connection = resp_client::Connection<Tokio>;

/// A subscriber ([`resp_client::PubSub`]) on tokio: its own connection,
/// subscriptions restored after reconnects.
pub type PubSub = resp_client::PubSub<Tokio>;

/// `MONITOR` ([`resp_client::Monitor`]) on tokio.
pub type Monitor = resp_client::Monitor<Tokio>;
/// A pool of connections of one's own ([`resp_client::Pool`]) on tokio.
pub type Pool = resp_client::Pool<Tokio>;

/// A connection leased from a [`Pool`] ([`resp_client::PooledConnection`])
/// on tokio; back to the pool when dropped.
pub type PooledConnection = resp_client::PooledConnection<Tokio>;

/// tokio as a [`Runtime`]: its TCP and Unix sockets (through
/// `tokio-util`'s compat layer), `tokio::spawn` and `tokio::time::sleep`.
///
/// Calls must be made from inside a tokio runtime, with the time driver
/// enabled (`#[tokio::main]` and `Builder::enable_all` do that).
#[derive(Clone, Copy, Debug, Default)]
pub struct Tokio;

impl Runtime for Tokio {
    type Tcp = Compat<TcpStream>;
    type Unix = Compat<UnixStream>;
    type Sleep = tokio::time::Sleep;

    async fn connect_tcp(
        &self,
        host: &str,
        port: u16,
        options: &TcpOptions,
    ) -> io::Result<Self::Tcp> {
        let addrs = tokio::net::lookup_host((host, port)).await?;
        let stream = connect_first(host, addrs, options, TcpStream::connect).await?;
        Ok(stream.compat())
    }

    async fn connect_unix(&self, path: &Path) -> io::Result<Self::Unix> {
        Ok(UnixStream::connect(path).await?.compat())
    }

    fn spawn(&self, task: impl Future<Output = ()> + Send + 'static) {
        tokio::spawn(task);
    }

    fn sleep(&self, duration: Duration) -> Self::Sleep {
        tokio::time::sleep(duration)
    }
}

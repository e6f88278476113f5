//! The resp Redis client on [async-std].
//!
//! async-std is discontinued upstream, and [smol] is its successor (see
//! `resp-smol`); this crate is for programs that still run on it.
//! Everything the client does is written once in [`resp_client`]; this crate
//! gives it async-std's sockets, timers and tasks ([`AsyncStd`]) and
//! re-exports it with that runtime filled in.
//!
//! ```no_run
//! # #[async_std::main]
//! # async fn main() -> Result<(), resp_async_std::Error> {
//! use resp_async_std::{Client, Cmd};
//!
//! let client = Client::connect("redis://127.0.0.1:6379").await?;
//! client.query_frame(&Cmd::new("SET").arg("greeting").arg("hello")).await?;
//! let reply = client.query_frame(&Cmd::new("GET").arg("greeting")).await?;
//! println!("{reply:?}");
//! # Ok(())
//! # }
//! ```
//!
//! [async-std]: https://github.com/async-rs/async-std
//! [smol]: https://github.com/smol-rs/smol
#![forbid(unsafe_code)]

use std::future::Future;
use std::io;
use std::path::Path;
use std::pin::Pin;
use std::time::Duration;

use async_std::net::{TcpStream, ToSocketAddrs};
use async_std::os::unix::net::UnixStream;

pub use resp_client::*;

/// The client on async-std.
pub type Client = resp_client::Client<AsyncStd>;

/// A connection of one's own ([`resp_client::Connection`]) on async-std: for
/// `SELECT`, `WATCH`, blocking commands.
pub type Connection = resp_client::Connection<AsyncStd>;

/// A subscriber ([`resp_client::PubSub`]) on async-std: its own connection,
/// subscriptions restored after reconnects.
pub type PubSub = resp_client::PubSub<AsyncStd>;

/// `MONITOR` ([`resp_client::Monitor`]) on async-std.
pub type Monitor = resp_client::Monitor<AsyncStd>;
/// A pool of connections of one's own ([`resp_client::Pool`]) on async-std.
pub type Pool = resp_client::Pool<AsyncStd>;

/// A connection leased from a [`Pool`] ([`resp_client::PooledConnection`])
/// on async-std; back to the pool when dropped.
pub type PooledConnection = resp_client::PooledConnection<AsyncStd>;

/// async-std as a [`Runtime`]: its sockets, `task::spawn` and
/// `task::sleep`.
#[derive(Clone, Copy, Debug, Default)]
pub struct AsyncStd;

impl Runtime for AsyncStd {
    type Tcp = TcpStream;
    type Unix = UnixStream;
    type Sleep = Pin<Box<dyn Future<Output = ()> + Send>>;

    async fn connect_tcp(
        &self,
        host: &str,
        port: u16,
        options: &TcpOptions,
    ) -> io::Result<Self::Tcp> {
        // async-std's TcpStream does not lend its descriptor for socket
        // options; connect with async-io (which async-std runs on) and hand
        // the socket over once it is set up.
        let addrs = (host, port).to_socket_addrs().await?;
        let stream = connect_first(host, addrs, options, |addr| async move {
            async_io::Async::<std::net::TcpStream>::connect(addr)
                .await?
                .into_inner()
        })
        .await?;
        Ok(TcpStream::from(stream))
    }

    async fn connect_unix(&self, path: &Path) -> io::Result<Self::Unix> {
        UnixStream::connect(path).await
    }

    fn spawn(&self, task: impl Future<Output = ()> + Send + 'static) {
        drop(async_std::task::spawn(task));
    }

    fn sleep(&self, duration: Duration) -> Self::Sleep {
        Box::pin(async_std::task::sleep(duration))
    }
}

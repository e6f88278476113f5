//! The resp Redis client on [smol].
//!
//! Everything the client does is written once in [`resp_client`]; this crate
//! gives it smol's sockets (`async-net`), timers (`async-io`) and tasks
//! ([`Smol`]) and re-exports it with that runtime filled in.
//!
//! ```no_run
//! # fn main() -> Result<(), resp_smol::Error> {
//! smol::block_on(async {
//!     use resp_smol::{Client, Cmd};
//!
//!     let client = Client::connect("redis://127.0.0.1:6379").await?;
//!     client.query_frame(&Cmd::new("SET").arg("greeting").arg("hello")).await?;
//!     let reply = client.query_frame(&Cmd::new("GET").arg("greeting")).await?;
//!     println!("{reply:?}");
//!     Ok(())
//! })
//! # }
//! ```
//!
//! [smol]: https://github.com/smol-rs/smol
#![forbid(unsafe_code)]

use std::future::Future;
use std::io;
use std::path::Path;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use async_io::Timer;
use async_net::TcpStream;
use async_net::unix::UnixStream;

pub use resp_client::*;

/// The client on smol.
pub type Client = resp_client::Client<Smol>;

/// A connection of one's own ([`resp_client::Connection`]) on smol: for
/// `SELECT`, `WATCH`, blocking commands.
pub type Connection = resp_client::Connection<Smol>;

/// A subscriber ([`resp_client::PubSub`]) on smol: its own connection,
/// subscriptions restored after reconnects.
pub type PubSub = resp_client::PubSub<Smol>;

/// `MONITOR` ([`resp_client::Monitor`]) on smol.
pub type Monitor = resp_client::Monitor<Smol>;
/// A pool of connections of one's own ([`resp_client::Pool`]) on smol.
pub type Pool = resp_client::Pool<Smol>;

/// A connection leased from a [`Pool`] ([`resp_client::PooledConnection`])
/// on smol; back to the pool when dropped.
pub type PooledConnection = resp_client::PooledConnection<Smol>;

/// smol as a [`Runtime`]: `async-net` sockets, `async-io` timers, and
/// `smol::spawn` (the global executor) for background tasks.
#[derive(Clone, Copy, Debug, Default)]
pub struct Smol;

impl Runtime for Smol {
    type Tcp = TcpStream;
    type Unix = UnixStream;
    type Sleep = Sleep;

    async fn connect_tcp(
        &self,
        host: &str,
        port: u16,
        options: &TcpOptions,
    ) -> io::Result<Self::Tcp> {
        let addrs = async_net::resolve((host, port)).await?;
        connect_first(host, addrs, options, TcpStream::connect).await
    }

    async fn connect_unix(&self, path: &Path) -> io::Result<Self::Unix> {
        UnixStream::connect(path).await
    }

    fn spawn(&self, task: impl Future<Output = ()> + Send + 'static) {
        smol::spawn(task).detach();
    }

    fn sleep(&self, duration: Duration) -> Self::Sleep {
        Sleep(Timer::after(duration))
    }
}

/// [`Smol::sleep`]'s future: an `async-io` timer.
#[derive(Debug)]
pub struct Sleep(Timer);

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        Pin::new(&mut self.0).poll(cx).map(|_| ())
    }
}

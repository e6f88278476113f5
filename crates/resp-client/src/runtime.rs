//! What an async runtime provides to the client: sockets, tasks, timers.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::os::fd::AsFd;
use std::path::Path;
use std::pin::Pin;
use std::time::Duration;

use futures_io::{AsyncRead, AsyncWrite};

/// Everything the client needs from an async runtime, and nothing more.
///
/// The adapter crates (`resp-tokio`, `resp-async-std`, `resp-smol`)
/// implement it in a few dozen lines; everything else (the protocol, TLS,
/// pipelining, reconnection) is written once in this crate. An
/// implementation is a zero-sized handle: [`Default`] gives it, and it is
/// cheap to clone.
pub trait Runtime: Clone + Default + Send + Sync + 'static {
    /// A connected TCP stream.
    type Tcp: AsyncRead + AsyncWrite + Send + Unpin + 'static;
    /// A connected Unix-domain stream.
    type Unix: AsyncRead + AsyncWrite + Send + Unpin + 'static;
    /// A timer future, from [`Runtime::sleep`].
    type Sleep: Future<Output = ()> + Send + 'static;

    /// Resolves `host` and connects to the first address that accepts, with
    /// `TCP_NODELAY` on and keepalive as `options` say.
    fn connect_tcp(
        &self,
        host: &str,
        port: u16,
        options: &TcpOptions,
    ) -> impl Future<Output = io::Result<Self::Tcp>> + Send;

    /// Connects to the Unix socket at `path`.
    fn connect_unix(&self, path: &Path) -> impl Future<Output = io::Result<Self::Unix>> + Send;

    /// Runs `task` in the background.
    fn spawn(&self, task: impl Future<Output = ()> + Send + 'static);

    /// A future that completes after `duration`.
    fn sleep(&self, duration: Duration) -> Self::Sleep;
}

/// TCP socket options, applied by [`Runtime::connect_tcp`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TcpOptions {
    /// The keepalive idle time, or `None` to leave keepalive off.
    pub keepalive: Option<Duration>,
    /// The time between keepalive probes once they start (where the
    /// platform allows setting it; `None` leaves the system's, 75 s on
    /// Linux).
    pub keepalive_interval: Option<Duration>,
    /// How many unanswered probes drop the connection (where the platform
    /// allows setting it; `None` leaves the system's, 9 on Linux).
    pub keepalive_retries: Option<u32>,
}

impl Default for TcpOptions {
    /// Keepalive after 15 s idle, then a probe every 5 s, and the
    /// connection dropped after 3 unanswered: a peer that vanished (host
    /// down, path gone) while the connection sat idle is found out in
    /// about 30 s, instead of the 2 hours, or with these options left to
    /// Linux, 11 minutes, of the system's defaults. Probes cost a few
    /// bytes per idle connection every 15 s; a frozen server process does
    /// not stop its kernel from answering them, which is what the silence
    /// timeout and health checks are for.
    fn default() -> Self {
        Self {
            keepalive: Some(Duration::from_secs(15)),
            keepalive_interval: Some(Duration::from_secs(5)),
            keepalive_retries: Some(3),
        }
    }
}

/// Connects to the first of `addrs` that accepts (in order), with
/// `TCP_NODELAY` on and keepalive as `options` say: what every adapter's
/// [`Runtime::connect_tcp`] does, over its own resolver and `connect`.
///
/// # Errors
///
/// The last address's error, or `NotFound` when `host` resolved to none.
pub async fn connect_first<S, F, Fut>(
    host: &str,
    addrs: impl IntoIterator<Item = SocketAddr>,
    options: &TcpOptions,
    mut connect: F,
) -> io::Result<S>
where
    S: AsFd,
    F: FnMut(SocketAddr) -> Fut,
    Fut: Future<Output = io::Result<S>>,
{
    let mut last = None;
    for addr in addrs {
        match connect(addr).await {
            Ok(stream) => {
                let socket = socket2::SockRef::from(&stream);
                socket.set_tcp_nodelay(true)?;
                if let Some(idle) = options.keepalive {
                    socket.set_tcp_keepalive(&keepalive(idle, options))?;
                }
                return Ok(stream);
            }
            Err(error) => last = Some(error),
        }
    }
    Err(last.unwrap_or_else(|| {
        io::Error::new(io::ErrorKind::NotFound, format!("{host} has no address"))
    }))
}

/// The keepalive settings `options` ask for, as far as the platform can
/// take them.
fn keepalive(idle: Duration, options: &TcpOptions) -> socket2::TcpKeepalive {
    #[allow(unused_mut)]
    let mut keepalive = socket2::TcpKeepalive::new().with_time(idle);
    #[cfg(any(
        target_os = "android",
        target_os = "freebsd",
        target_os = "fuchsia",
        target_os = "illumos",
        target_os = "ios",
        target_os = "linux",
        target_os = "macos",
        target_os = "netbsd",
        target_os = "tvos",
        target_os = "watchos",
        target_os = "windows",
    ))]
    if let Some(interval) = options.keepalive_interval {
        keepalive = keepalive.with_interval(interval);
    }
    #[cfg(any(
        target_os = "android",
        target_os = "freebsd",
        target_os = "fuchsia",
        target_os = "illumos",
        target_os = "ios",
        target_os = "linux",
        target_os = "macos",
        target_os = "netbsd",
        target_os = "tvos",
        target_os = "watchos",
    ))]
    if let Some(retries) = options.keepalive_retries {
        keepalive = keepalive.with_retries(retries);
    }
    let _ = options;
    keepalive
}

/// Polls `future` until `duration` passes on `runtime`'s clock; `Err` on
/// timeout.
pub(crate) async fn timeout<R: Runtime, T>(
    runtime: &R,
    duration: Option<Duration>,
    future: impl Future<Output = T>,
) -> Result<T, Elapsed> {
    let Some(duration) = duration else {
        return Ok(future.await);
    };
    let mut future = std::pin::pin!(future);
    let mut sleep = std::pin::pin!(runtime.sleep(duration));
    std::future::poll_fn(|cx| {
        if let std::task::Poll::Ready(value) = future.as_mut().poll(cx) {
            return std::task::Poll::Ready(Ok(value));
        }
        match Pin::new(&mut sleep).as_mut().poll(cx) {
            std::task::Poll::Ready(()) => std::task::Poll::Ready(Err(Elapsed)),
            std::task::Poll::Pending => std::task::Poll::Pending,
        }
    })
    .await
}

/// A [`timeout`] expired.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Elapsed;

//! The byte stream under a connection: TCP, Unix socket, or TLS over TCP.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_io::{AsyncRead, AsyncWrite};
use futures_rustls::client::TlsStream;

use crate::config::{Addr, ClientConfig};
use crate::error::{Error, ErrorKind};
use crate::runtime::{Runtime, timeout};

/// A connected stream of one of the kinds the client speaks over.
pub(crate) enum Stream<R: Runtime> {
    Tcp(R::Tcp),
    Unix(R::Unix),
    Tls(Box<TlsStream<R::Tcp>>),
}

impl<R: Runtime> Stream<R> {
    /// Connects as `config` says (without the Redis handshake).
    pub(crate) async fn connect(runtime: &R, config: &ClientConfig) -> Result<Self, Error> {
        let node = config.addr.to_string();
        let connect = async {
            match (&config.addr, &config.tls) {
                (Addr::Tcp { host, port }, tls) => {
                    let tcp = runtime
                        .connect_tcp(host, *port, &config.tcp)
                        .await
                        .map_err(|e| Error::io("connecting", e))?;
                    match tls {
                        None => Ok(Self::Tcp(tcp)),
                        Some(tls) => {
                            let (connector, name) = tls.connector(host)?;
                            let stream = connector.connect(name, tcp).await.map_err(|e| {
                                Error::with_source(ErrorKind::Tls, "TLS handshake", e)
                            })?;
                            Ok(Self::Tls(Box::new(stream)))
                        }
                    }
                }
                (Addr::Unix(path), None) => runtime
                    .connect_unix(path)
                    .await
                    .map(Self::Unix)
                    .map_err(|e| Error::io("connecting", e)),
                (Addr::Unix(_), Some(_)) => Err(Error::new(
                    ErrorKind::Config,
                    "TLS over a Unix socket is not supported",
                )),
            }
        };
        match timeout(runtime, config.connect_timeout, connect).await {
            Ok(result) => result.map_err(|e| e.at(&node)),
            Err(_) => Err(Error::new(ErrorKind::Timeout, "connect timeout").at(&node)),
        }
    }
}

impl<R: Runtime> AsyncRead for Stream<R> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut [u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Self::Tcp(s) => Pin::new(s).poll_read(cx, buf),
            Self::Unix(s) => Pin::new(s).poll_read(cx, buf),
            Self::Tls(s) => Pin::new(&mut **s).poll_read(cx, buf),
        }
    }
}

impl<R: Runtime> AsyncWrite for Stream<R> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Self::Tcp(s) => Pin::new(s).poll_write(cx, buf),
            Self::Unix(s) => Pin::new(s).poll_write(cx, buf),
            Self::Tls(s) => Pin::new(&mut **s).poll_write(cx, buf),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Self::Tcp(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            Self::Unix(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            Self::Tls(s) => Pin::new(&mut **s).poll_write_vectored(cx, bufs),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Self::Tcp(s) => Pin::new(s).poll_flush(cx),
            Self::Unix(s) => Pin::new(s).poll_flush(cx),
            Self::Tls(s) => Pin::new(&mut **s).poll_flush(cx),
        }
    }

    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Self::Tcp(s) => Pin::new(s).poll_close(cx),
            Self::Unix(s) => Pin::new(s).poll_close(cx),
            Self::Tls(s) => Pin::new(&mut **s).poll_close(cx),
        }
    }
}

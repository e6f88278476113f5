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

/// A stream with the bytes queued for it and a read buffer: the I/O of a
/// connection driven by one task (a subscriber's, a monitor's).
pub(crate) struct Wire<R: Runtime> {
    stream: Stream<R>,
    out: std::collections::VecDeque<bytes::Bytes>,
    written: usize,
    needs_flush: bool,
    read_buf: Box<[u8]>,
}

impl<R: Runtime> Wire<R> {
    /// The size of the read buffer.
    const READ_SIZE: usize = 64 * 1024;

    pub(crate) fn new(stream: Stream<R>) -> Self {
        Self {
            stream,
            out: std::collections::VecDeque::new(),
            written: 0,
            needs_flush: false,
            read_buf: vec![0; Self::READ_SIZE].into_boxed_slice(),
        }
    }

    /// Queues `bytes`, written after what is queued already.
    pub(crate) fn queue(&mut self, bytes: bytes::Bytes) {
        self.out.push_back(bytes);
    }

    /// Writes (and flushes) as much of what is queued as the socket takes.
    pub(crate) fn poll_write_queued(&mut self, cx: &mut Context<'_>) -> io::Result<()> {
        while let Some(front) = self.out.front() {
            match Pin::new(&mut self.stream).poll_write(cx, &front[self.written..]) {
                Poll::Ready(Ok(0)) => return Err(io::ErrorKind::WriteZero.into()),
                Poll::Ready(Ok(n)) => {
                    self.written += n;
                    if self.written == front.len() {
                        self.out.pop_front();
                        self.written = 0;
                    }
                    self.needs_flush = true;
                }
                Poll::Ready(Err(error)) if error.kind() == io::ErrorKind::Interrupted => {}
                Poll::Ready(Err(error)) => return Err(error),
                Poll::Pending => return Ok(()),
            }
        }
        if self.needs_flush {
            match Pin::new(&mut self.stream).poll_flush(cx) {
                Poll::Ready(Ok(())) => self.needs_flush = false,
                Poll::Ready(Err(error)) => return Err(error),
                Poll::Pending => {}
            }
        }
        Ok(())
    }

    /// One read: the bytes read (empty at the end of the stream).
    pub(crate) fn poll_read_some(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<&[u8]>> {
        loop {
            match Pin::new(&mut self.stream).poll_read(cx, &mut self.read_buf) {
                Poll::Ready(Ok(n)) => return Poll::Ready(Ok(&self.read_buf[..n])),
                Poll::Ready(Err(error)) if error.kind() == io::ErrorKind::Interrupted => {}
                Poll::Ready(Err(error)) => return Poll::Ready(Err(error)),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

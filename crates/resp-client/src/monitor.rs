//! `MONITOR`: every command the server runs, as a [`Stream`] of parsed
//! lines on a connection of its own.

use std::collections::VecDeque;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use resp_core::monitor::MonitorLine;
use resp_core::{Cmd, Connection, Instant, Output, RequestId};

use crate::client::Client;
use crate::config::ClientConfig;
use crate::error::{Error, ErrorKind, Result};
use crate::runtime::{Runtime, timeout};
use crate::stream::{Stream as Socket, Wire};

/// The commands the server runs, as they run: a [`Stream`] of
/// [`MonitorLine`]s (time, database, client, command and arguments).
///
/// It reads as it is polled: a monitor left unread makes the server buffer
/// its output (up to its `client-output-buffer-limit`, past which the
/// server closes the connection). Dropping it closes the connection.
/// `MONITOR` costs the server time on every command; it is a debugging
/// tool.
///
/// ```no_run
/// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) -> resp_client::Result<()> {
/// let mut monitor = client.monitor().await?;
/// while let Some(line) = monitor.next_line().await {
///     let line = line?;
///     println!("db {} {:?}: {:?}", line.db, line.client, line.args);
/// }
/// # Ok(()) }
/// ```
pub struct Monitor<R: Runtime> {
    conn: Connection,
    wire: Wire<R>,
    origin: std::time::Instant,
    node: String,
    lines: VecDeque<Result<MonitorLine>>,
    /// `MONITOR`'s own request, until the server has answered it.
    start: Option<RequestId>,
    started: bool,
    ended: Option<Error>,
    finished: bool,
}

impl<R: Runtime> fmt::Debug for Monitor<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Monitor")
            .field("node", &self.node)
            .finish_non_exhaustive()
    }
}

impl<R: Runtime> Monitor<R> {
    /// Connects to the server at `url` (the forms [`Client::connect`]
    /// takes) and starts monitoring.
    ///
    /// # Errors
    ///
    /// As [`Client::connect`]; the server's refusal of `MONITOR` (an ACL
    /// rule).
    pub async fn connect(url: &str) -> Result<Self> {
        Self::connect_with(ClientConfig::from_url(url)?).await
    }

    /// Connects with `config` and starts monitoring.
    ///
    /// # Errors
    ///
    /// As [`Monitor::connect`].
    pub async fn connect_with(config: ClientConfig) -> Result<Self> {
        let runtime = R::default();
        let stream = Socket::connect(&runtime, &config).await?;
        let origin = std::time::Instant::now();
        let mut conn = Connection::new(config.core.clone(), Instant::ZERO);
        let start = conn
            .send(Instant::ZERO, &Cmd::new("MONITOR"))
            .map_err(|error| Error::with_source(ErrorKind::InvalidCommand, "MONITOR", error))?;
        let mut monitor = Self {
            conn,
            wire: Wire::new(stream),
            origin,
            node: config.addr().to_string(),
            lines: VecDeque::new(),
            start: Some(start),
            started: false,
            ended: None,
            finished: false,
        };
        let started = timeout(
            &runtime,
            config.connect_timeout,
            std::future::poll_fn(|cx| {
                monitor.drive(cx);
                if monitor.started {
                    return Poll::Ready(Ok(()));
                }
                match monitor.ended.take() {
                    Some(error) => Poll::Ready(Err(error)),
                    None => Poll::Pending,
                }
            }),
        )
        .await;
        match started {
            Ok(Ok(())) => Ok(monitor),
            Ok(Err(error)) => Err(error),
            Err(_) => Err(Error::new(ErrorKind::Timeout, "connect timeout").at(&monitor.node)),
        }
    }

    /// The next line; `None` after the connection has ended (the error
    /// that ended it comes first).
    pub async fn next_line(&mut self) -> Option<Result<MonitorLine>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    fn now(&self) -> Instant {
        Instant::from_elapsed(self.origin.elapsed())
    }

    /// Writes, reads and parses until the socket has nothing more.
    fn drive(&mut self, cx: &mut Context<'_>) {
        loop {
            self.absorb();
            if self.ended.is_some() || self.finished {
                return;
            }
            if let Err(error) = self.wire.poll_write_queued(cx) {
                self.fail(Error::io("writing", error));
                continue;
            }
            if !self.lines.is_empty() {
                return;
            }
            match self.wire.poll_read_some(cx) {
                Poll::Ready(Ok([])) => self.conn.handle_eof(),
                Poll::Ready(Ok(data)) => {
                    let now = Instant::from_elapsed(self.origin.elapsed());
                    self.conn.handle_input(now, data);
                }
                Poll::Ready(Err(error)) => self.fail(Error::io("reading", error)),
                Poll::Pending => {
                    // Only `MONITOR` itself has a deadline; past it, the
                    // core closes the connection.
                    if !self.started {
                        self.conn.handle_timeout(self.now());
                    }
                    return;
                }
            }
        }
    }

    fn fail(&mut self, error: Error) {
        self.ended.get_or_insert(error.at(&self.node));
        self.conn.handle_eof();
    }

    fn absorb(&mut self) {
        loop {
            match self.conn.poll_output() {
                Output::Transmit(bytes) => self.wire.queue(bytes),
                Output::Reply { id, reply } if Some(id) == self.start => {
                    self.start = None;
                    match reply {
                        Ok(_) => self.started = true,
                        Err(error) => {
                            self.ended
                                .get_or_insert(Error::server(error).at(&self.node));
                        }
                    }
                }
                Output::Monitor(line) => self
                    .lines
                    .push_back(MonitorLine::parse(&line).map_err(|error| {
                        Error::with_source(ErrorKind::Protocol, "MONITOR", error)
                    })),
                Output::Closed { error, .. } => {
                    self.ended
                        .get_or_insert_with(|| Error::connection(&error).at(&self.node));
                }
                Output::Wait { .. } => return,
                other => tracing::debug!(?other, "unexpected output on a monitor connection"),
            }
        }
    }
}

impl<R: Runtime> Stream for Monitor<R> {
    type Item = Result<MonitorLine>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.lines.is_empty() && !this.finished {
            this.drive(cx);
        }
        if let Some(line) = this.lines.pop_front() {
            return Poll::Ready(Some(line));
        }
        if this.finished {
            return Poll::Ready(None);
        }
        match this.ended.take() {
            Some(error) => {
                this.finished = true;
                Poll::Ready(Some(Err(error)))
            }
            None => Poll::Pending,
        }
    }
}

impl<R: Runtime> Client<R> {
    /// A [`Monitor`] on a connection of its own to the client's server.
    ///
    /// # Errors
    ///
    /// As [`Monitor::connect_with`].
    pub async fn monitor(&self) -> Result<Monitor<R>> {
        Monitor::connect_with(self.config().clone()).await
    }
}

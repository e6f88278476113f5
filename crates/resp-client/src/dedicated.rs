//! A connection of one's own: [`Connection`].

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use resp_core::{Cmd, Frame, ServerError};
use tracing::Instrument;

use crate::client::Client;
use crate::commands::Commands;
use crate::config::ClientConfig;
use crate::connection::{Multiplexed, Response, ResponseFuture};
use crate::error::{Error, ErrorKind};
use crate::runtime::Runtime;
use crate::value::FromValue;

/// One connection to one server, used by one owner at a time.
///
/// Where a [`Client`] shares its connection between every task that holds
/// it, a `Connection` is yours alone: whatever state a command leaves on
/// the server's side of it stays yours. That makes it the place for
/// commands that would change the connection under other users of a
/// shared one: `SELECT`, `WATCH` ... `MULTI` ... `EXEC`, `CLIENT REPLY`,
/// `CLIENT TRACKING`, and commands that block the connection (`BLPOP` on a
/// shared client holds up every request queued behind it).
///
/// Requests take `&mut self`, so they go one after another; a future
/// dropped before its reply is in abandons the request safely (its reply
/// is read and thrown away, never handed to the next request).
///
/// A `Connection` does not reconnect: the server's state it carries (the
/// database, a `WATCH`, a transaction) would not survive a new socket. Once
/// it breaks, every request fails with an error whose
/// [`Error::is_closed`] or [`Error::is_io`] is true; open a new one.
///
/// `SUBSCRIBE` and `MONITOR` are refused: they turn the connection into a
/// stream of messages, which a request-reply connection does not serve.
///
/// Every command method of [`Commands`] is available on `&mut Connection`.
///
/// ```no_run
/// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) -> resp_client::Result<()> {
/// use resp_client::Commands;
///
/// let mut conn = client.dedicated().await?;
/// conn.select(2).await?;
/// conn.set("k", "in db 2").await?;
/// let value: Option<String> = conn.get("k").await?;
/// # Ok(()) }
/// ```
pub struct Connection<R: Runtime> {
    pub(crate) conn: Multiplexed<R>,
    config: ClientConfig,
}

impl<R: Runtime> fmt::Debug for Connection<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connection")
            .field("addr", &self.config.addr)
            .field("closed", &self.conn.is_closed())
            .finish_non_exhaustive()
    }
}

impl<R: Runtime> Connection<R> {
    /// Connects to the server at `url` (the forms [`Client::connect`]
    /// takes).
    ///
    /// # Errors
    ///
    /// As [`Client::connect`].
    pub async fn connect(url: &str) -> Result<Self, Error> {
        Self::connect_with(ClientConfig::from_url(url)?).await
    }

    /// Connects with `config`.
    ///
    /// # Errors
    ///
    /// As [`Client::connect_with`].
    pub async fn connect_with(config: ClientConfig) -> Result<Self, Error> {
        let conn = Multiplexed::open(&R::default(), &config).await?;
        Ok(Self { conn, config })
    }

    /// The configuration it was opened with.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// Whether the connection has broken or been closed; it does not come
    /// back.
    pub fn is_closed(&self) -> bool {
        self.conn.is_closed()
    }

    /// Sends `cmd` and converts the reply.
    ///
    /// # Errors
    ///
    /// The server's error reply, a connection or timeout error, or a reply
    /// that does not convert to `T`.
    pub async fn query<T: FromValue>(&mut self, cmd: &Cmd) -> Result<T, Error> {
        T::from_value(self.query_frame(cmd).await?)
    }

    /// Sends `cmd` and returns its reply as a frame.
    ///
    /// # Errors
    ///
    /// The server's error reply, or a connection or timeout error.
    pub async fn query_frame(&mut self, cmd: &Cmd) -> Result<Frame, Error> {
        refuse_streaming(cmd)?;
        let span = tracing::debug_span!(
            "redis",
            command = %crate::client::name_of(cmd),
            node = %self.config.addr
        );
        let conn = &self.conn;
        async { conn.send(cmd)?.await?.into_frame(conn.node()) }
            .instrument(span)
            .await
    }

    /// Sends `cmds` together (a pipeline) and returns one reply per
    /// command; error replies stay in place as `Err`.
    ///
    /// # Errors
    ///
    /// A connection or timeout error (then no reply is returned).
    pub async fn query_batch(
        &mut self,
        cmds: &[Cmd],
    ) -> Result<Vec<Result<Frame, ServerError>>, Error> {
        for cmd in cmds {
            refuse_streaming(cmd)?;
        }
        let span = tracing::debug_span!(
            "redis",
            command = "pipeline",
            commands = cmds.len(),
            node = %self.config.addr
        );
        let conn = &self.conn;
        async {
            match conn.send_batch(cmds)?.await? {
                Response::Batch(replies) => Ok(replies),
                _ => Err(
                    Error::new(ErrorKind::Protocol, "one reply where a batch was expected")
                        .at(conn.node()),
                ),
            }
        }
        .instrument(span)
        .await
    }

    /// Queues `cmd` without waiting for its reply, which will be read and
    /// dropped: it goes out ahead of the next request's bytes. For clean-up
    /// from `Drop`, where nothing can be awaited.
    pub(crate) fn queue_unanswered(&mut self, cmd: &Cmd) {
        if let Ok(response) = self.conn.send(cmd) {
            drop(response);
        }
    }

    /// `SELECT db`: the database the following commands on this connection
    /// use.
    ///
    /// # Errors
    ///
    /// The server's refusal (a database out of range), or a connection
    /// error.
    pub async fn select(&mut self, db: u32) -> Result<(), Error> {
        self.query(&Cmd::new("SELECT").arg(db)).await
    }
}

impl<'a, R: Runtime> Commands for &'a mut Connection<R> {
    type Output<T: FromValue + Send + 'static> = ConnectionQuery<'a, R, T>;

    fn run<T: FromValue + Send + 'static>(self, cmd: Cmd) -> ConnectionQuery<'a, R, T> {
        ConnectionQuery {
            span: tracing::debug_span!(
                "redis",
                command = %crate::client::name_of(&cmd),
                node = %self.config.addr
            ),
            conn: self,
            state: QueryState::Start(cmd),
            reply: PhantomData,
        }
    }
}

/// One command on a [`Connection`]: a future of its reply, converted to
/// `T`. It holds the connection (`&mut`) until it is done or dropped;
/// dropping it abandons the request safely.
#[must_use = "a query does nothing until it is awaited"]
pub struct ConnectionQuery<'a, R: Runtime, T> {
    conn: &'a mut Connection<R>,
    state: QueryState<R>,
    span: tracing::Span,
    reply: PhantomData<fn() -> T>,
}

enum QueryState<R: Runtime> {
    Start(Cmd),
    Sent(ResponseFuture<R>),
    Done,
}

impl<R: Runtime, T: FromValue> Future for ConnectionQuery<'_, R, T> {
    type Output = Result<T, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let _entered = this.span.enter();
        loop {
            match &mut this.state {
                QueryState::Start(cmd) => {
                    let sent = refuse_streaming(cmd).and_then(|()| this.conn.conn.send(cmd));
                    match sent {
                        Ok(response) => this.state = QueryState::Sent(response),
                        Err(error) => {
                            this.state = QueryState::Done;
                            return Poll::Ready(Err(error));
                        }
                    }
                }
                QueryState::Sent(response) => {
                    let Poll::Ready(result) = Pin::new(response).poll(cx) else {
                        return Poll::Pending;
                    };
                    this.state = QueryState::Done;
                    let node = this.conn.conn.node();
                    return Poll::Ready(
                        result
                            .and_then(|response| response.into_frame(node).and_then(T::from_value)),
                    );
                }
                QueryState::Done => {
                    return Poll::Ready(Err(Error::new(
                        ErrorKind::InvalidCommand,
                        "a query was polled after it completed",
                    )));
                }
            }
        }
    }
}

impl<R: Runtime, T> fmt::Debug for ConnectionQuery<'_, R, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            QueryState::Start(_) => "start",
            QueryState::Sent(_) => "sent",
            QueryState::Done => "done",
        };
        f.debug_struct("ConnectionQuery")
            .field("state", &state)
            .finish_non_exhaustive()
    }
}

impl<R: Runtime> Client<R> {
    /// Opens a [`Connection`] of its own to the client's server, with the
    /// client's configuration: for `SELECT`, `WATCH`, blocking commands and
    /// anything else that must not change the shared connection.
    ///
    /// # Errors
    ///
    /// As [`Connection::connect_with`].
    pub async fn dedicated(&self) -> Result<Connection<R>, Error> {
        Connection::connect_with(self.config().clone()).await
    }
}

/// Refuses what would turn the connection into a stream of messages.
fn refuse_streaming(cmd: &Cmd) -> Result<(), Error> {
    match crate::client::streaming_command(cmd) {
        Some(name) => Err(Error::new(
            ErrorKind::InvalidCommand,
            format!(
                "{name} turns the connection into a stream of messages, \
                 which a request-reply connection does not serve"
            ),
        )
        .unsent()),
        None => Ok(()),
    }
}

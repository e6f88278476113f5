//! A connection of one's own: [`Connection`].

use std::fmt;

use resp_core::{Cmd, Frame, ServerError};
use tracing::Instrument;

use crate::client::Client;
use crate::config::ClientConfig;
use crate::connection::{Multiplexed, Response};
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
/// ```no_run
/// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) -> resp_client::Result<()> {
/// use resp_client::Cmd;
///
/// let mut conn = client.dedicated().await?;
/// conn.select(2).await?;
/// let _: () = conn.query(&Cmd::new("SET").arg("k").arg("in db 2")).await?;
/// # Ok(()) }
/// ```
pub struct Connection<R: Runtime> {
    conn: Multiplexed<R>,
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

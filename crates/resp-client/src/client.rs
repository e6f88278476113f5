//! The client: one multiplexed connection, reconnected when it breaks.

use std::fmt;
use std::future::poll_fn;
use std::hash::{BuildHasher, Hasher};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Poll, Waker};

use resp_core::{Cmd, Frame, ServerError};
use tracing::Instrument;

use crate::config::ClientConfig;
use crate::connection::{Multiplexed, Response, ResponseFuture};
use crate::error::{Error, ErrorKind};
use crate::pool::Pool;
use crate::runtime::Runtime;

/// How many times a request that never left the client is tried on a new
/// connection before its error is returned.
const UNSENT_RETRIES: u32 = 2;

/// A Redis client: cheap to clone, shared by any number of tasks, each
/// request multiplexed onto one connection and pipelined automatically.
///
/// When the connection breaks, requests in flight fail (with an error that
/// says whether retrying is safe: [`Error::is_retry_safe`]); requests that
/// had not been written yet are sent again on a new connection, so nothing
/// runs twice. Reconnection backs off exponentially, with jitter.
///
/// Blocking commands (`BLPOP`, `XREAD ... BLOCK`, `WAIT`, ...; see
/// [`Cmd::is_blocking`]) would hold up every request queued behind them on
/// the shared connection: they run on a connection leased from the
/// client's [`Pool`] instead ([`Client::pool`]), as do
/// [`Client::transaction`]s.
pub struct Client<R: Runtime> {
    inner: Arc<Inner<R>>,
}

impl<R: Runtime> Clone for Client<R> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
        }
    }
}

impl<R: Runtime> fmt::Debug for Client<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("addr", &self.inner.config.addr)
            .finish_non_exhaustive()
    }
}

struct Inner<R: Runtime> {
    runtime: R,
    config: ClientConfig,
    state: Mutex<State<R>>,
    pool: Pool<R>,
}

enum State<R: Runtime> {
    Ready(Multiplexed<R>),
    Connecting(Vec<Waker>),
    Broken {
        error: Error,
        attempts: u32,
        retry_at: std::time::Instant,
    },
}

impl<R: Runtime> Client<R> {
    /// Connects to the server at `url` (see [`ClientConfig::from_url`]) and
    /// checks the handshake.
    ///
    /// # Errors
    ///
    /// A bad URL, a server that cannot be reached in the connect timeout,
    /// refused credentials.
    pub async fn connect(url: &str) -> Result<Self, Error> {
        Self::connect_with(ClientConfig::from_url(url)?).await
    }

    /// Connects as `config` says, and checks the handshake.
    ///
    /// # Errors
    ///
    /// As [`Client::connect`].
    pub async fn connect_with(config: ClientConfig) -> Result<Self, Error> {
        let runtime = R::default();
        let pool = Pool::new(config.clone())?;
        let conn = Multiplexed::open(&runtime, &config).await?;
        Ok(Self {
            inner: Arc::new(Inner {
                runtime,
                config,
                state: Mutex::new(State::Ready(conn)),
                pool,
            }),
        })
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The client's pool of connections of their own, configured by
    /// [`ClientConfig::with_pool`]: blocking commands and transactions run
    /// on it, and [`Pool::get`] leases one for anything else that must not
    /// share the connection.
    pub fn pool(&self) -> &Pool<R> {
        &self.inner.pool
    }

    /// How many requests are in flight on the current connection (at most
    /// [`ClientConfig::with_max_in_flight`] plus the callers racing for the
    /// last place).
    pub fn in_flight(&self) -> usize {
        match &*self.inner.lock() {
            State::Ready(conn) => conn.in_flight(),
            _ => 0,
        }
    }

    /// Sends `cmd` and returns the server's reply as a frame; an error
    /// reply is an [`Error`] of kind [`ErrorKind::Server`].
    ///
    /// # Errors
    ///
    /// The server's error reply, or a connection or timeout error.
    pub async fn query_frame(&self, cmd: &Cmd) -> Result<Frame, Error> {
        self.frame(cmd, 0).instrument(self.span(cmd)).await
    }

    /// The tracing span of one command: its name and the node, never its
    /// arguments.
    pub(crate) fn span(&self, cmd: &Cmd) -> tracing::Span {
        tracing::debug_span!(
            "redis",
            command = %name_of(cmd),
            node = %self.inner.config.addr
        )
    }

    /// [`Client::query_frame`] after `tries` attempts that were never sent.
    pub(crate) async fn frame(&self, cmd: &Cmd, tries: u32) -> Result<Frame, Error> {
        refuse_on_shared(cmd)?;
        if cmd.is_blocking() {
            let mut conn = self.inner.pool.get().await?;
            // Dropped first, should this future be: see `Unblock`.
            let unblock = Unblock::new(self, conn.client_id());
            let reply = conn.query_frame(cmd).await;
            unblock.disarm();
            return reply;
        }
        let (response, conn) = self.request(|conn| conn.send(cmd), tries).await?;
        response.into_frame(conn.node())
    }

    /// Queues `cmd` on the current connection when there is one with room,
    /// without waiting: the fast path of [`crate::Query`]. `None` when the
    /// client must connect or wait first.
    #[allow(clippy::type_complexity)]
    pub(crate) fn try_send(
        &self,
        cmd: &Cmd,
    ) -> Option<Result<(Multiplexed<R>, ResponseFuture<R>), Error>> {
        if let Err(error) = refuse_on_shared(cmd) {
            return Some(Err(error));
        }
        if cmd.is_blocking() {
            // For the pool, on the slow path.
            return None;
        }
        let conn = match &*self.inner.lock() {
            State::Ready(conn) if !conn.is_closed() => conn.clone(),
            _ => return None,
        };
        if !conn.has_room() {
            return None;
        }
        Some(conn.send(cmd).map(|response| (conn, response)))
    }

    /// Sends `cmds` together (a pipeline) and returns one reply per
    /// command; error replies stay in place as `Err`.
    ///
    /// # Errors
    ///
    /// A connection or timeout error (then no reply is returned).
    pub async fn query_batch(
        &self,
        cmds: &[Cmd],
    ) -> Result<Vec<Result<Frame, ServerError>>, Error> {
        refuse_batch_on_shared(cmds)?;
        let span = tracing::debug_span!(
            "redis",
            command = "pipeline",
            commands = cmds.len(),
            node = %self.inner.config.addr
        );
        async {
            if cmds.iter().any(Cmd::is_blocking) {
                let mut conn = self.inner.pool.get().await?;
                let unblock = Unblock::new(self, conn.client_id());
                let replies = conn.query_batch(cmds).await;
                unblock.disarm();
                return replies;
            }
            match self.request(|conn| conn.send_batch(cmds), 0).await? {
                (Response::Batch(replies), _) => Ok(replies),
                _ => unreachable!("a batch has batch replies"),
            }
        }
        .instrument(span)
        .await
    }

    /// Runs a request, on a new connection when the current one is broken,
    /// and again (at most [`UNSENT_RETRIES`] times, `tries` included) when
    /// it was never sent.
    async fn request(
        &self,
        send: impl Fn(&Multiplexed<R>) -> Result<ResponseFuture<R>, Error>,
        mut tries: u32,
    ) -> Result<(Response, Multiplexed<R>), Error> {
        loop {
            let conn = self.connection().await?;
            conn.ready().await;
            let result = match send(&conn) {
                Ok(response) => response.await,
                Err(error) => Err(error),
            };
            match result {
                Ok(response) => return Ok((response, conn)),
                Err(error) if may_resend(&error, tries) => {
                    tries += 1;
                    tracing::debug!(%error, "resending a request that was never written");
                }
                Err(error) => return Err(error),
            }
        }
    }

    /// The current connection, connecting first if there is none.
    async fn connection(&self) -> Result<Multiplexed<R>, Error> {
        let inner = &*self.inner;
        loop {
            // Decide under the lock, act after it: no guard lives across an
            // await.
            let wait = {
                let state = inner.lock();
                match &*state {
                    State::Ready(conn) if !conn.is_closed() => return Ok(conn.clone()),
                    State::Broken {
                        error, retry_at, ..
                    } if *retry_at > std::time::Instant::now() => {
                        return Err(error.clone().unsent());
                    }
                    State::Connecting(_) => true,
                    _ => false,
                }
            };
            if wait {
                // Someone else is connecting: wait for them.
                let mut registered = false;
                poll_fn(|cx| {
                    if registered {
                        return Poll::Ready(());
                    }
                    let mut state = inner.lock();
                    match &mut *state {
                        State::Connecting(waiters) => {
                            waiters.push(cx.waker().clone());
                            registered = true;
                            Poll::Pending
                        }
                        _ => Poll::Ready(()),
                    }
                })
                .await;
                continue;
            }
            let attempts = {
                let mut state = inner.lock();
                let attempts = match &*state {
                    State::Connecting(_) => None,
                    State::Ready(conn) if !conn.is_closed() => None,
                    State::Broken { attempts, .. } => Some(*attempts),
                    State::Ready(_) => Some(0),
                };
                if attempts.is_some() {
                    *state = State::Connecting(Vec::new());
                }
                attempts
            };
            // Changed while unlocked: look again.
            let Some(attempts) = attempts else { continue };
            let mut guard = ConnectingGuard {
                inner,
                attempts,
                done: false,
            };
            let result = Multiplexed::connect(&inner.runtime, &inner.config).await;
            guard.done = true;
            let (result, waiters) = {
                let mut state = inner.lock();
                let waiters = match std::mem::replace(&mut *state, State::Connecting(Vec::new())) {
                    State::Connecting(waiters) => waiters,
                    _ => Vec::new(),
                };
                let result = match result {
                    Ok(conn) => {
                        tracing::debug!(node = conn.node(), "connected");
                        *state = State::Ready(conn.clone());
                        Ok(conn)
                    }
                    Err(error) => {
                        let delay = inner.config.reconnect.delay(attempts, jitter());
                        tracing::debug!(%error, ?delay, "connect failed");
                        *state = State::Broken {
                            error: error.clone(),
                            attempts: attempts.saturating_add(1),
                            retry_at: std::time::Instant::now() + delay,
                        };
                        Err(error.unsent())
                    }
                };
                (result, waiters)
            };
            for waker in waiters {
                waker.wake();
            }
            return result;
        }
    }
}

impl<R: Runtime> Inner<R> {
    fn lock(&self) -> MutexGuard<'_, State<R>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Unblocks a pooled connection whose blocking command was dropped before
/// its reply: `CLIENT UNBLOCK id` is queued on the shared connection, ahead
/// of the client's next command, so that an item pushed by that command
/// (an `LPUSH` after a dropped `BLPOP`) is not taken by the abandoned one.
/// The lease, dropped with a reply owed, closes the pooled connection
/// itself, which also unblocks it once the server sees the close.
struct Unblock<'a, R: Runtime> {
    client: &'a Client<R>,
    id: i64,
    armed: bool,
}

impl<'a, R: Runtime> Unblock<'a, R> {
    fn new(client: &'a Client<R>, id: i64) -> Self {
        Self {
            client,
            id,
            armed: true,
        }
    }

    fn disarm(mut self) {
        self.armed = false;
    }
}

impl<R: Runtime> Drop for Unblock<'_, R> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let conn = match &*self.client.inner.lock() {
            State::Ready(conn) if !conn.is_closed() => conn.clone(),
            _ => return,
        };
        // Its reply is read and dropped.
        if let Ok(response) = conn.send(&Cmd::new("CLIENT").arg("UNBLOCK").arg(self.id)) {
            drop(response);
        }
    }
}

/// Puts the client back to "broken, retry now" when the task connecting is
/// dropped half-way, and wakes those waiting so one of them takes over.
struct ConnectingGuard<'a, R: Runtime> {
    inner: &'a Inner<R>,
    attempts: u32,
    done: bool,
}

impl<R: Runtime> Drop for ConnectingGuard<'_, R> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        let mut state = self.inner.lock();
        let waiters = match std::mem::replace(
            &mut *state,
            State::Broken {
                error: Error::new(ErrorKind::Closed, "connecting was cancelled"),
                attempts: self.attempts,
                retry_at: std::time::Instant::now(),
            },
        ) {
            State::Connecting(waiters) => waiters,
            other => {
                *state = other;
                Vec::new()
            }
        };
        drop(state);
        for waker in waiters {
            waker.wake();
        }
    }
}

/// A random number for backoff jitter, from the standard library's hasher
/// seeds.
pub(crate) fn jitter() -> u32 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos().into()),
    );
    (hasher.finish() >> 32) as u32
}

/// Whether a request that failed with `error` after `tries` earlier
/// attempts goes out again.
pub(crate) fn may_resend(error: &Error, tries: u32) -> bool {
    error.is_unsent_transport() && tries < UNSENT_RETRIES
}

/// Refuses what would change the shared connection under its other users:
/// a subscriber's or monitor's messages would have nobody to go to, replies
/// switched off would leave every caller without one, and a transaction or
/// a WATCH opened by hand would take in other callers' commands.
fn refuse_on_shared(cmd: &Cmd) -> Result<(), Error> {
    refuse_mode_change(cmd)?;
    match transaction_command(cmd) {
        Some(name) => Err(transaction_refusal(name)),
        None => Ok(()),
    }
}

/// As [`refuse_on_shared`], for the commands of one batch: a whole
/// transaction (`MULTI` ... `EXEC` or `DISCARD`) inside one batch is
/// written in one piece, so nothing else can come between, and it is
/// allowed; `WATCH` and an unbalanced `MULTI` are not.
fn refuse_batch_on_shared(cmds: &[Cmd]) -> Result<(), Error> {
    let mut open = false;
    for cmd in cmds {
        refuse_mode_change(cmd)?;
        match transaction_command(cmd) {
            Some("MULTI") if !open => open = true,
            Some("EXEC" | "DISCARD") if open => open = false,
            Some(name) => return Err(transaction_refusal(name)),
            None => {}
        }
    }
    if open {
        return Err(transaction_refusal("MULTI without EXEC"));
    }
    Ok(())
}

/// Refuses what would change the shared connection's mode for everyone:
/// subscribing, monitoring, switching replies off.
fn refuse_mode_change(cmd: &Cmd) -> Result<(), Error> {
    let name = match streaming_command(cmd) {
        Some(name) => name,
        None if is_client_reply(cmd) => "CLIENT REPLY",
        None => return Ok(()),
    };
    Err(Error::new(
        ErrorKind::InvalidCommand,
        format!("{name} needs a connection of its own, not the client's shared one"),
    )
    .unsent())
}

fn transaction_refusal(name: &str) -> Error {
    // A transaction opened by hand would take in every other caller's
    // commands, and a WATCH would see their writes.
    Error::new(
        ErrorKind::InvalidCommand,
        format!(
            "{name} on the client's shared connection would mix in other callers' \
             commands: use Pipeline::atomic, Client::transaction or a Connection of its own"
        ),
    )
    .unsent()
}

fn is_client_reply(cmd: &Cmd) -> bool {
    let mut args = cmd.iter();
    args.next()
        .is_some_and(|name| name.eq_ignore_ascii_case(b"CLIENT"))
        && args
            .next()
            .is_some_and(|sub| sub.eq_ignore_ascii_case(b"REPLY"))
}

/// The name of `cmd` when it opens, ends or prepares a transaction.
fn transaction_command(cmd: &Cmd) -> Option<&'static str> {
    let name = cmd.iter().next()?;
    ["MULTI", "EXEC", "DISCARD", "WATCH", "UNWATCH"]
        .into_iter()
        .find(|refused| name.eq_ignore_ascii_case(refused.as_bytes()))
}

/// The name of `cmd` when it turns a connection into a stream of messages
/// (a subscriber, a monitor).
pub(crate) fn streaming_command(cmd: &Cmd) -> Option<&'static str> {
    let name = cmd.iter().next()?;
    ["SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "MONITOR"]
        .into_iter()
        .find(|refused| name.eq_ignore_ascii_case(refused.as_bytes()))
}

/// The command's name, for tracing (never its arguments).
pub(crate) fn name_of(cmd: &Cmd) -> String {
    cmd.iter()
        .next()
        .map(|name| String::from_utf8_lossy(name).to_ascii_uppercase())
        .unwrap_or_default()
}

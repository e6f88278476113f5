//! A pool of connections of one's own: [`Pool`], leased as
//! [`PooledConnection`]s.
//!
//! # How a lease travels
//!
//! Everything the pool knows sits behind one mutex, held only for
//! bookkeeping, never across an await: the idle connections (a stack, so
//! that the most recently used goes out first and the others age and are
//! reaped), the counts of connections in use and being opened, and the
//! queue of callers waiting for one.
//!
//! A checkout takes an idle connection when there is one, opens a new one
//! when the pool is below its `max_size`, and otherwise queues. A
//! connection coming back, or room made by one closing, is *handed* to the
//! first caller in the queue (a connection, or the right to open one), so
//! waiters are served in order and a newcomer never takes what a waiter was
//! promised. A waiter dropped with a hand-off it has not taken gives it
//! back, to the next in the queue. Every state in which a connection can
//! be (idle, handed over, being opened, health-checked, leased) is owned by
//! exactly one value whose `Drop` puts it back or counts it closed, so a
//! future dropped at any await can neither leak a connection nor leave a
//! waiter asleep.
//!
//! # What goes back
//!
//! A connection returns to the pool only when it owes no reply and carries
//! no state its next user would inherit: no `MULTI` open, no `WATCH`, no
//! subscription, not `MONITOR`, replies not switched off, and on the
//! configured database (resp-core follows each of these as commands are
//! sent). Anything else is closed, and a new connection is opened when one
//! is next needed. A connection is closed rather than cleaned (`UNWATCH`,
//! `DISCARD`, `SELECT`, `RESET`) because cleaning is a round trip that a
//! dropped future cannot await.
//!
//! # Reaping
//!
//! Idle connections past `max_idle_time`, and connections past
//! `max_lifetime`, are closed by a background task, started at the first
//! checkout when either is set or `min_idle` is not zero. It holds only a
//! weak reference to the pool between rounds, sleeps until the next
//! connection can expire (or until a closed connection leaves the pool
//! below `min_idle`), and ends when the pool is dropped. Checkouts skip
//! expired connections too, so a late reaper never hands out an old one.

use std::collections::VecDeque;
use std::fmt;
use std::future::{Future, poll_fn};
use std::ops::{Deref, DerefMut};
use std::pin::pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};
use std::task::{Poll, Waker};
use std::time::{Duration, Instant};

use resp_core::Cmd;

use crate::config::ClientConfig;
use crate::dedicated::Connection;
use crate::error::{Error, ErrorKind};
use crate::runtime::Runtime;

/// How long a connection must have sat idle before a checkout looks at its
/// socket for a close by the server.
const PROBE_AFTER: Duration = Duration::from_millis(100);

/// How a [`Pool`] sizes, waits, reaps and checks its connections.
///
/// Set it with the `with_*` methods and hand it to
/// [`ClientConfig::with_pool`]; or from a URL (see
/// [`ClientConfig::from_url`]): `max_connections`, `min_idle`,
/// `pool_timeout`, `max_idle_time`, `max_lifetime`.
///
/// Health checks follow the connections' own setting,
/// [`resp_core::Config::with_health_check_interval`] (URL option
/// `health_check_interval`): a connection idle that long is checked with
/// a `PING` at checkout, and replaced if the check fails.
///
/// ```
/// use std::time::Duration;
/// use resp_client::{ClientConfig, PoolConfig};
///
/// let pool = PoolConfig::new()
///     .with_max_size(8)
///     .with_acquire_timeout(Some(Duration::from_millis(500)));
/// let config = ClientConfig::from_url("redis://127.0.0.1")?.with_pool(pool);
/// assert_eq!(config.pool().max_size(), 8);
///
/// let config = ClientConfig::from_url("redis://h?max_connections=4&max_idle_time=60s")?;
/// assert_eq!(config.pool().max_size(), 4);
/// assert_eq!(config.pool().max_idle_time(), Some(Duration::from_secs(60)));
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoolConfig {
    max_size: usize,
    min_idle: usize,
    acquire_timeout: Option<Duration>,
    max_idle_time: Option<Duration>,
    max_lifetime: Option<Duration>,
}

impl Default for PoolConfig {
    fn default() -> Self {
        Self::new()
    }
}

impl PoolConfig {
    /// The defaults: at most 16 connections, none kept open when unused
    /// (`min_idle` 0), a 5 s acquire timeout, idle connections closed
    /// after 5 minutes, no lifetime limit.
    pub const fn new() -> Self {
        Self {
            max_size: 16,
            min_idle: 0,
            acquire_timeout: Some(Duration::from_secs(5)),
            max_idle_time: Some(Duration::from_secs(300)),
            max_lifetime: None,
        }
    }

    /// The most connections open at once, leased and idle together (at
    /// least 1; redis-py's `max_connections`).
    #[must_use]
    pub const fn with_max_size(mut self, max_size: usize) -> Self {
        self.max_size = max_size;
        self
    }

    /// How many idle connections the pool keeps open, opening them in the
    /// background (at most `max_size`); idle reaping stops there.
    #[must_use]
    pub const fn with_min_idle(mut self, min_idle: usize) -> Self {
        self.min_idle = min_idle;
        self
    }

    /// How long a checkout waits for a connection when all `max_size` are
    /// in use, before failing with [`ErrorKind::PoolExhausted`]; `None`
    /// waits as long as it takes, `Some(Duration::ZERO)` not at all.
    /// Opening a connection is bounded by the connect timeout instead.
    #[must_use]
    pub const fn with_acquire_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.acquire_timeout = timeout;
        self
    }

    /// How long a connection may sit idle before it is closed (aredis'
    /// `max_idle_time`); `None` keeps idle connections open.
    #[must_use]
    pub const fn with_max_idle_time(mut self, max_idle_time: Option<Duration>) -> Self {
        self.max_idle_time = max_idle_time;
        self
    }

    /// How long a connection may live, leased or not: past it, it is
    /// closed when next idle. `None` for no limit.
    #[must_use]
    pub const fn with_max_lifetime(mut self, max_lifetime: Option<Duration>) -> Self {
        self.max_lifetime = max_lifetime;
        self
    }

    /// The most connections open at once.
    pub const fn max_size(&self) -> usize {
        self.max_size
    }

    /// The idle connections kept open.
    pub const fn min_idle(&self) -> usize {
        self.min_idle
    }

    /// How long a checkout waits.
    pub const fn acquire_timeout(&self) -> Option<Duration> {
        self.acquire_timeout
    }

    /// How long a connection may sit idle.
    pub const fn max_idle_time(&self) -> Option<Duration> {
        self.max_idle_time
    }

    /// How long a connection may live.
    pub const fn max_lifetime(&self) -> Option<Duration> {
        self.max_lifetime
    }

    /// Refuses settings that cannot work.
    pub(crate) fn check(&self) -> Result<(), Error> {
        let refuse = |detail: &str| Err(Error::new(ErrorKind::Config, detail));
        if self.max_size == 0 {
            return refuse("a pool's max_size must be at least 1");
        }
        if self.min_idle > self.max_size {
            return refuse("a pool's min_idle cannot exceed its max_size");
        }
        if self.max_idle_time == Some(Duration::ZERO) {
            return refuse("a pool's max_idle_time must be positive (None keeps idle connections)");
        }
        if self.max_lifetime == Some(Duration::ZERO) {
            return refuse("a pool's max_lifetime must be positive (None for no limit)");
        }
        Ok(())
    }

    /// Whether the background reaper has anything to do.
    fn needs_reaper(&self) -> bool {
        self.max_idle_time.is_some() || self.max_lifetime.is_some() || self.min_idle > 0
    }
}

/// What a [`Pool`] holds at one moment: [`Pool::status`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PoolStats {
    /// Connections leased (or being health-checked for a lease).
    pub in_use: usize,
    /// Connections open and waiting in the pool.
    pub idle: usize,
    /// Connections being opened.
    pub opening: usize,
    /// Callers waiting for a connection.
    pub waiting: usize,
    /// Connections opened since the pool was made.
    pub created: u64,
    /// Connections closed since the pool was made (reaped, found broken,
    /// or returned with state left on them).
    pub closed: u64,
}

/// A pool of [`Connection`]s, each leased to one user at a time: for what
/// must not share a connection (blocking commands, `WATCH` transactions,
/// `SELECT`, `CLIENT REPLY`), without opening a connection for each.
///
/// Cheap to clone (clones share the pool). [`Pool::get`] leases a
/// connection as a [`PooledConnection`], which derefs to [`Connection`]
/// (every [`Commands`](crate::Commands) method, pipelines, transactions)
/// and goes back to the pool when dropped, if it is clean (see
/// [`PooledConnection`]; `docs/pool.md` is the guide).
///
/// Every [`Client`](crate::Client) has one ([`Client::pool`](crate::Client::pool)),
/// on which it runs blocking commands and transactions; a pool can also
/// stand alone.
///
/// ```no_run
/// # async fn demo<R: resp_client::Runtime>() -> resp_client::Result<()> {
/// use resp_client::{Commands, Pool};
///
/// let pool = Pool::<R>::from_url("redis://127.0.0.1/?max_connections=8")?;
/// let mut conn = pool.get().await?;
/// conn.select(2).await?; // closed, not reused, when dropped
/// let job: Option<(String, String)> = conn.blpop("jobs", 1.0).await?;
/// drop(conn);
/// println!("{:?}", pool.status());
/// # Ok(()) }
/// ```
pub struct Pool<R: Runtime> {
    inner: Arc<Inner<R>>,
}

impl<R: Runtime> Clone for Pool<R> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
        }
    }
}

impl<R: Runtime> fmt::Debug for Pool<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pool")
            .field("addr", &self.inner.config.addr)
            .field("config", &self.inner.pool)
            .field("status", &self.status())
            .finish_non_exhaustive()
    }
}

struct Inner<R: Runtime> {
    runtime: R,
    config: ClientConfig,
    pool: PoolConfig,
    state: Mutex<State<R>>,
}

struct State<R: Runtime> {
    /// Most recently returned last.
    idle: VecDeque<Idle<R>>,
    in_use: usize,
    opening: usize,
    /// In arrival order; those holding a hand-off come first.
    waiters: VecDeque<Waiter<R>>,
    next_waiter: u64,
    created: u64,
    closed: u64,
    reaper: Reaper,
}

/// A connection and what the pool knows of it.
struct Pooled<R: Runtime> {
    conn: Connection<R>,
    /// The server's `CLIENT ID` for it.
    id: i64,
    created: Instant,
}

struct Idle<R: Runtime> {
    pooled: Pooled<R>,
    since: Instant,
}

struct Waiter<R: Runtime> {
    key: u64,
    waker: Option<Waker>,
    grant: Option<Grant<R>>,
}

/// What a waiter is handed.
// Boxing the connection would cost an allocation per hand-off; a grant
// lives only between a return and the waiter's next poll.
#[allow(clippy::large_enum_variant)]
enum Grant<R: Runtime> {
    /// A connection, counted in use.
    Conn(Idle<R>),
    /// The right to open one, counted as opening.
    Open,
}

enum Reaper {
    NotStarted,
    Running { waker: Option<Waker>, kicked: bool },
}

impl<R: Runtime> Pool<R> {
    /// A pool of connections configured by `config` (its
    /// [`ClientConfig::pool`] settings included). No connection is opened
    /// until one is needed.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Config`] for pool settings that cannot work (a
    /// `max_size` of 0, a `min_idle` above it, a zero `max_idle_time` or
    /// `max_lifetime`).
    pub fn new(config: ClientConfig) -> Result<Self, Error> {
        let pool = config.pool;
        pool.check()?;
        Ok(Self {
            inner: Arc::new(Inner {
                runtime: R::default(),
                config,
                pool,
                state: Mutex::new(State {
                    idle: VecDeque::with_capacity(pool.max_size),
                    in_use: 0,
                    opening: 0,
                    waiters: VecDeque::new(),
                    next_waiter: 0,
                    created: 0,
                    closed: 0,
                    reaper: Reaper::NotStarted,
                }),
            }),
        })
    }

    /// A pool for the server at `url` ([`ClientConfig::from_url`], with
    /// its pool options).
    ///
    /// # Errors
    ///
    /// A bad URL or pool settings that cannot work.
    pub fn from_url(url: &str) -> Result<Self, Error> {
        Self::new(ClientConfig::from_url(url)?)
    }

    /// The configuration of its connections.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// A snapshot of the pool's gauges and counters.
    pub fn status(&self) -> PoolStats {
        let state = self.inner.lock();
        PoolStats {
            in_use: state.in_use,
            idle: state.idle.len(),
            opening: state.opening,
            waiting: state.waiters.len(),
            created: state.created,
            closed: state.closed,
        }
    }

    /// Leases a connection: an idle one (checked first: a look at its
    /// socket after 100 ms idle, a `PING` after the health check
    /// interval), a new one when the
    /// pool has room, or the first one returned, waiting at most the
    /// acquire timeout.
    ///
    /// Dropping the future at any point is safe: a connection it was
    /// about to receive goes to the next caller, or back to the pool.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::PoolExhausted`] when no connection came within the
    /// acquire timeout; the errors of [`Connection::connect_with`] when a
    /// new connection cannot be opened.
    pub async fn get(&self) -> Result<PooledConnection<R>, Error> {
        let inner = &self.inner;
        loop {
            let step = {
                let mut state = inner.lock();
                if matches!(state.reaper, Reaper::NotStarted) && inner.pool.needs_reaper() {
                    state.reaper = Reaper::Running {
                        waker: None,
                        kicked: false,
                    };
                    inner.runtime.spawn(reap(Arc::downgrade(inner)));
                }
                if let Some(idle) = state.idle.pop_back() {
                    if inner.is_expired(&idle, Instant::now()) {
                        state.closed += 1;
                        Step::Discard(idle)
                    } else {
                        state.in_use += 1;
                        Step::Lease(idle)
                    }
                } else if state.total() < inner.pool.max_size {
                    state.opening += 1;
                    Step::Open
                } else {
                    let key = state.next_waiter;
                    state.next_waiter += 1;
                    state.waiters.push_back(Waiter {
                        key,
                        waker: None,
                        grant: None,
                    });
                    Step::Wait(key)
                }
            };
            // A connection handed over on its return has not been idle.
            let (grant, handed) = match step {
                Step::Discard(idle) => {
                    drop(idle);
                    inner.kick_reaper();
                    continue;
                }
                Step::Lease(idle) => (Grant::Conn(idle), false),
                Step::Open => (Grant::Open, false),
                Step::Wait(key) => (self.wait(key).await?, true),
            };
            match grant {
                Grant::Open => return self.open().await,
                Grant::Conn(idle) => {
                    if let Some(conn) = self.check(idle, handed).await {
                        return Ok(conn);
                    }
                }
            }
        }
    }

    /// Waits in the queue for a hand-off, at most the acquire timeout.
    async fn wait(&self, key: u64) -> Result<Grant<R>, Error> {
        let inner = &*self.inner;
        let mut waiting = Waiting {
            inner,
            key,
            grant: None,
            left: false,
        };
        let handed = poll_fn(|cx| {
            let mut state = inner.lock();
            let Some(index) = state.waiter(key) else {
                return Poll::Ready(());
            };
            let waiter = &mut state.waiters[index];
            if waiter.grant.is_some() {
                waiting.grant = state.waiters.remove(index).and_then(|waiter| waiter.grant);
                waiting.left = true;
                return Poll::Ready(());
            }
            match &mut waiter.waker {
                Some(old) if old.will_wake(cx.waker()) => {}
                slot => *slot = Some(cx.waker().clone()),
            }
            Poll::Pending
        });
        let timed_out = crate::runtime::timeout(&inner.runtime, inner.pool.acquire_timeout, handed)
            .await
            .is_err();
        if let Some(grant) = waiting.take() {
            return Ok(grant);
        }
        debug_assert!(timed_out, "a waiter is woken only with a hand-off");
        let timeout = inner.pool.acquire_timeout.unwrap_or_default();
        Err(Error::new(
            ErrorKind::PoolExhausted,
            format!(
                "no connection free in the pool within {timeout:?} (all {} in use)",
                inner.pool.max_size
            ),
        )
        .at(&inner.config.addr.to_string())
        .unsent())
    }

    /// Opens a connection for a caller that holds the right to (counted
    /// as opening).
    async fn open(&self) -> Result<PooledConnection<R>, Error> {
        let mut opening = Opening {
            inner: &self.inner,
            done: false,
        };
        let pooled = open(&self.inner).await;
        opening.done = true;
        let mut state = self.inner.lock();
        state.opening -= 1;
        match pooled {
            Ok(pooled) => {
                state.created += 1;
                state.in_use += 1;
                drop(state);
                Ok(PooledConnection {
                    pooled: Some(pooled),
                    pool: self.inner.clone(),
                    discard: false,
                })
            }
            Err(error) => {
                // Room for someone else to try.
                let waker = state.offer_room(self.inner.pool.max_size);
                drop(state);
                wake(waker);
                Err(error)
            }
        }
    }

    /// Hands out an idle connection if it is still good: open (a look at
    /// the socket, after [`PROBE_AFTER`] idle), and answering `PING` when
    /// it sat idle past the health check interval. `None` when it was closed instead; the caller tries
    /// again.
    async fn check(&self, idle: Idle<R>, handed: bool) -> Option<PooledConnection<R>> {
        let idle_for = if handed {
            Duration::ZERO
        } else {
            idle.since.elapsed()
        };
        let due = self
            .inner
            .config
            .core
            .health_check_interval()
            .is_some_and(|interval| idle_for >= interval);
        // From here the connection is counted in use and this lease owns
        // it: dropped, it goes back (or is closed) like any other.
        let mut lease = PooledConnection {
            pooled: Some(idle.pooled),
            pool: self.inner.clone(),
            discard: false,
        };
        // A connection back for less than PROBE_AFTER is taken on trust:
        // the look costs a little on every checkout of a busy pool.
        let alive = idle_for < PROBE_AFTER || lease.conn().conn.probe();
        if alive && !due {
            return Some(lease);
        }
        if alive {
            // A check is bounded like opening a connection: a server gone
            // silent costs the connect timeout, not the response timeout.
            let inner = &*self.inner;
            let cmd = Cmd::new("PING");
            let ping = lease.query_frame(&cmd);
            match crate::runtime::timeout(&inner.runtime, inner.config.connect_timeout, ping).await
            {
                Ok(Ok(_)) => return Some(lease),
                Ok(Err(error)) => {
                    tracing::debug!(%error, "pooled connection failed its health check");
                }
                Err(_) => tracing::debug!("pooled connection did not answer its health check"),
            }
        }
        lease.discard = true;
        None
    }
}

/// What a checkout does after looking at the pool.
enum Step<R: Runtime> {
    Discard(Idle<R>),
    Lease(Idle<R>),
    Open,
    Wait(u64),
}

impl<R: Runtime> Inner<R> {
    fn lock(&self) -> MutexGuard<'_, State<R>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn is_expired(&self, idle: &Idle<R>, now: Instant) -> bool {
        self.pool
            .max_idle_time
            .is_some_and(|max| now.saturating_duration_since(idle.since) >= max)
            || self.is_too_old(&idle.pooled, now)
    }

    fn is_too_old(&self, pooled: &Pooled<R>, now: Instant) -> bool {
        self.pool
            .max_lifetime
            .is_some_and(|max| now.saturating_duration_since(pooled.created) >= max)
    }

    /// A connection left the pool: the reaper may have to open one for
    /// `min_idle`.
    fn kick_reaper(&self) {
        if self.pool.min_idle == 0 {
            return;
        }
        let waker = match &mut self.lock().reaper {
            Reaper::Running { waker, kicked } => {
                *kicked = true;
                waker.take()
            }
            Reaper::NotStarted => None,
        };
        wake(waker);
    }
}

impl<R: Runtime> Drop for Inner<R> {
    fn drop(&mut self) {
        // The reaper's next upgrade fails and it ends.
        let state = self.state.get_mut().unwrap_or_else(PoisonError::into_inner);
        if let Reaper::Running { waker, .. } = &mut state.reaper {
            wake(waker.take());
        }
    }
}

impl<R: Runtime> State<R> {
    /// Connections open or being opened.
    fn total(&self) -> usize {
        self.in_use + self.idle.len() + self.opening
    }

    /// The index of waiter `key`, if it still waits.
    fn waiter(&self, key: u64) -> Option<usize> {
        let index = self.waiters.partition_point(|waiter| waiter.key < key);
        (self.waiters.get(index)?.key == key).then_some(index)
    }

    /// The first waiter with nothing handed to it yet.
    fn first_unserved(&mut self) -> Option<&mut Waiter<R>> {
        self.waiters
            .iter_mut()
            .find(|waiter| waiter.grant.is_none())
    }

    /// A connection is free: to the first waiter, else idle. Returns the
    /// waker to call once the lock is released.
    fn offer(&mut self, idle: Idle<R>) -> Option<Waker> {
        match self.first_unserved() {
            Some(waiter) => {
                waiter.grant = Some(Grant::Conn(idle));
                let waker = waiter.waker.take();
                self.in_use += 1;
                waker
            }
            None => {
                self.idle.push_back(idle);
                None
            }
        }
    }

    /// A connection closed, or an opening failed: if the pool has room,
    /// the first waiter may open one.
    fn offer_room(&mut self, max_size: usize) -> Option<Waker> {
        if self.total() >= max_size {
            return None;
        }
        let waiter = self.first_unserved()?;
        waiter.grant = Some(Grant::Open);
        let waker = waiter.waker.take();
        self.opening += 1;
        waker
    }

    /// Takes back what was handed to a waiter that will not use it.
    fn give_back(&mut self, grant: Grant<R>, max_size: usize) -> Option<Waker> {
        match grant {
            Grant::Conn(idle) => {
                self.in_use -= 1;
                self.offer(idle)
            }
            Grant::Open => {
                self.opening -= 1;
                self.offer_room(max_size)
            }
        }
    }
}

fn wake(waker: Option<Waker>) {
    if let Some(waker) = waker {
        waker.wake();
    }
}

/// Opens a connection and learns its `CLIENT ID`.
async fn open<R: Runtime>(inner: &Inner<R>) -> Result<Pooled<R>, Error> {
    let created = Instant::now();
    let mut conn = Connection::connect_with(inner.config.clone()).await?;
    let id = conn.query(&Cmd::new("CLIENT").arg("ID")).await?;
    Ok(Pooled { conn, id, created })
}

/// A caller in the queue. Dropped, it leaves the queue, and gives back
/// whatever it was handed and did not take.
struct Waiting<'a, R: Runtime> {
    inner: &'a Inner<R>,
    key: u64,
    grant: Option<Grant<R>>,
    /// Whether it is out of the queue already.
    left: bool,
}

impl<R: Runtime> Waiting<'_, R> {
    /// What was handed over, taking it out of the queue: from then on the
    /// caller owns it.
    fn take(&mut self) -> Option<Grant<R>> {
        if let Some(grant) = self.grant.take() {
            return Some(grant);
        }
        if self.left {
            return None;
        }
        let mut state = self.inner.lock();
        let index = state.waiter(self.key)?;
        let grant = state.waiters[index].grant.take();
        if grant.is_some() {
            state.waiters.remove(index);
            self.left = true;
        }
        grant
    }
}

impl<R: Runtime> Drop for Waiting<'_, R> {
    fn drop(&mut self) {
        if self.left && self.grant.is_none() {
            return;
        }
        let max_size = self.inner.pool.max_size;
        let mut state = self.inner.lock();
        let mut waker = None;
        if let Some(index) = state.waiter(self.key)
            && let Some(waiter) = state.waiters.remove(index)
            && let Some(grant) = waiter.grant
        {
            waker = state.give_back(grant, max_size);
        }
        if let Some(grant) = self.grant.take() {
            waker = state.give_back(grant, max_size).or(waker);
        }
        drop(state);
        wake(waker);
    }
}

/// A connection being opened; dropped before it is done, it frees its
/// place for a waiter.
struct Opening<'a, R: Runtime> {
    inner: &'a Inner<R>,
    done: bool,
}

impl<R: Runtime> Drop for Opening<'_, R> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        let mut state = self.inner.lock();
        state.opening -= 1;
        let waker = state.offer_room(self.inner.pool.max_size);
        drop(state);
        wake(waker);
    }
}

/// A [`Connection`] leased from a [`Pool`]; derefs to it, and goes back to
/// the pool when dropped.
///
/// It goes back only if it is clean: it owes no reply (no request of its
/// was dropped before its reply came), and has no `MULTI` open, no
/// `WATCH`, no subscription, no `MONITOR`, replies on, and the configured
/// database. Otherwise it is closed, and the pool opens another when it
/// needs one. Other state a command can leave on a connection (`CLIENT
/// SETNAME`, `CLIENT TRACKING`, `AUTH` as another user, `HELLO` with
/// another protocol) is not followed: after such a command, call
/// [`PooledConnection::discard`].
pub struct PooledConnection<R: Runtime> {
    /// `None` only once dropped or discarded.
    pooled: Option<Pooled<R>>,
    pool: Arc<Inner<R>>,
    discard: bool,
}

impl<R: Runtime> PooledConnection<R> {
    /// The server's `CLIENT ID` of this connection (for `CLIENT UNBLOCK`,
    /// `CLIENT KILL ID`, or to find it in `CLIENT LIST`).
    pub fn client_id(&self) -> i64 {
        self.pooled().id
    }

    /// Closes the connection instead of returning it to the pool: for a
    /// connection carrying state the pool does not look for.
    pub fn discard(mut self) {
        self.discard = true;
    }

    fn pooled(&self) -> &Pooled<R> {
        match &self.pooled {
            Some(pooled) => pooled,
            None => unreachable!("a lease holds its connection until dropped"),
        }
    }

    fn conn(&self) -> &Connection<R> {
        &self.pooled().conn
    }
}

impl<R: Runtime> Deref for PooledConnection<R> {
    type Target = Connection<R>;

    fn deref(&self) -> &Connection<R> {
        self.conn()
    }
}

impl<R: Runtime> DerefMut for PooledConnection<R> {
    fn deref_mut(&mut self) -> &mut Connection<R> {
        match &mut self.pooled {
            Some(pooled) => &mut pooled.conn,
            None => unreachable!("a lease holds its connection until dropped"),
        }
    }
}

impl<R: Runtime> fmt::Debug for PooledConnection<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PooledConnection")
            .field("client_id", &self.pooled.as_ref().map(|pooled| pooled.id))
            .field("conn", &self.pooled.as_ref().map(|pooled| &pooled.conn))
            .finish()
    }
}

impl<R: Runtime> Drop for PooledConnection<R> {
    fn drop(&mut self) {
        let Some(pooled) = self.pooled.take() else {
            return;
        };
        let inner = &*self.pool;
        let now = Instant::now();
        let reusable = !self.discard
            && !inner.is_too_old(&pooled, now)
            && pooled.conn.conn.is_reusable(inner.config.core.database());
        let mut state = inner.lock();
        state.in_use -= 1;
        if reusable {
            let waker = state.offer(Idle { pooled, since: now });
            drop(state);
            wake(waker);
        } else {
            state.closed += 1;
            let waker = state.offer_room(inner.pool.max_size);
            drop(state);
            // Closes the socket; a request it still owed is abandoned.
            drop(pooled);
            wake(waker);
            inner.kick_reaper();
        }
    }
}

/// The background task: closes expired idle connections and keeps
/// `min_idle` open, until the pool is dropped.
async fn reap<R: Runtime>(pool: Weak<Inner<R>>) {
    let mut failures = 0u32;
    loop {
        let Some(inner) = pool.upgrade() else { return };
        let (expired, sleep) = inner.reap_round();
        drop(expired);
        let runtime = inner.runtime.clone();
        let mut failed = false;
        while inner.reserve_for_min_idle() {
            // Keeps the pool alive while connecting, which the connect
            // timeout bounds.
            let mut opening = Opening {
                inner: &inner,
                done: false,
            };
            let pooled = open(&inner).await;
            opening.done = true;
            let mut state = inner.lock();
            state.opening -= 1;
            let waker = match pooled {
                Ok(pooled) => {
                    state.created += 1;
                    state.offer(Idle {
                        pooled,
                        since: Instant::now(),
                    })
                }
                Err(error) => {
                    tracing::debug!(%error, "opening an idle connection failed");
                    failed = true;
                    state.offer_room(inner.pool.max_size)
                }
            };
            drop(state);
            wake(waker);
            if failed {
                break;
            }
        }
        let sleep = if failed {
            failures = failures.saturating_add(1);
            let backoff = inner
                .config
                .reconnect
                .delay(failures, crate::client::jitter());
            Some(sleep.map_or(backoff, |sleep| sleep.min(backoff)))
        } else {
            failures = 0;
            sleep
        };
        drop(inner);
        // Sleep, holding only the weak reference, until the next expiry,
        // a kick, or the pool's end.
        let mut timer = pin!(async {
            match sleep {
                Some(duration) => runtime.sleep(duration.max(Duration::from_millis(1))).await,
                None => std::future::pending().await,
            }
        });
        poll_fn(|cx| {
            let Some(inner) = pool.upgrade() else {
                return Poll::Ready(());
            };
            let mut state = inner.lock();
            if let Reaper::Running { waker, kicked } = &mut state.reaper {
                if std::mem::take(kicked) {
                    return Poll::Ready(());
                }
                match waker {
                    Some(old) if old.will_wake(cx.waker()) => {}
                    slot => *slot = Some(cx.waker().clone()),
                }
            }
            drop(state);
            timer.as_mut().poll(cx)
        })
        .await;
    }
}

impl<R: Runtime> Inner<R> {
    /// One round of reaping: takes out the expired idle connections (to
    /// close outside the lock), and says how long to sleep.
    fn reap_round(&self) -> (Vec<Idle<R>>, Option<Duration>) {
        let now = Instant::now();
        let mut state = self.lock();
        let mut expired = Vec::new();
        let mut kept = VecDeque::with_capacity(state.idle.len());
        // Oldest first: idle-time reaping stops at min_idle.
        let mut idle_left = state.idle.len();
        while let Some(idle) = state.idle.pop_front() {
            let idle_expired = idle_left > self.pool.min_idle
                && self
                    .pool
                    .max_idle_time
                    .is_some_and(|max| now.saturating_duration_since(idle.since) >= max);
            if idle_expired || self.is_too_old(&idle.pooled, now) {
                idle_left -= 1;
                expired.push(idle);
            } else {
                kept.push_back(idle);
            }
        }
        state.idle = kept;
        state.closed += expired.len() as u64;
        // The next moment something can expire: an idle connection's, or
        // one returned from now on.
        let mut next = self
            .pool
            .max_idle_time
            .into_iter()
            .chain(self.pool.max_lifetime)
            .min();
        let over_min = state.idle.len() > self.pool.min_idle;
        for idle in &state.idle {
            if over_min && let Some(max) = self.pool.max_idle_time {
                let at = (idle.since + max).saturating_duration_since(now);
                next = Some(next.map_or(at, |next| next.min(at)));
            }
            if let Some(max) = self.pool.max_lifetime {
                let at = (idle.pooled.created + max).saturating_duration_since(now);
                next = Some(next.map_or(at, |next| next.min(at)));
            }
        }
        (expired, next)
    }

    /// Counts one connection as opening when the pool is below `min_idle`
    /// idle connections (and below `max_size`), for the reaper to open.
    fn reserve_for_min_idle(&self) -> bool {
        let mut state = self.lock();
        // The reaper opens one at a time, so none of `opening` is its own:
        // they are checkouts', which leave the pool leased.
        let below = state.idle.len() < self.pool.min_idle;
        // Waiters come first: what the reaper opens would go to them, and
        // they open their own.
        if below && state.waiters.is_empty() && state.total() < self.pool.max_size {
            state.opening += 1;
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_that_cannot_work_are_refused() {
        assert!(PoolConfig::new().check().is_ok());
        assert!(
            PoolConfig::new()
                .with_max_size(1)
                .with_min_idle(1)
                .with_acquire_timeout(Some(Duration::ZERO))
                .check()
                .is_ok()
        );
        for (config, needle) in [
            (PoolConfig::new().with_max_size(0), "max_size"),
            (
                PoolConfig::new().with_max_size(2).with_min_idle(3),
                "min_idle",
            ),
            (
                PoolConfig::new().with_max_idle_time(Some(Duration::ZERO)),
                "max_idle_time",
            ),
            (
                PoolConfig::new().with_max_lifetime(Some(Duration::ZERO)),
                "max_lifetime",
            ),
        ] {
            let error = config.check().unwrap_err();
            assert_eq!(error.kind(), ErrorKind::Config);
            assert!(error.to_string().contains(needle), "{error}");
        }
    }

    #[test]
    fn the_reaper_runs_only_when_asked_for() {
        assert!(PoolConfig::new().needs_reaper());
        let none = PoolConfig::new().with_max_idle_time(None);
        assert!(!none.needs_reaper());
        assert!(none.with_min_idle(1).needs_reaper());
        assert!(
            none.with_max_lifetime(Some(Duration::from_secs(1)))
                .needs_reaper()
        );
    }
}

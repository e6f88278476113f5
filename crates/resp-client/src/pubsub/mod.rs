//! Publish/subscribe: [`PubSub`], on a connection of its own that comes
//! back with every subscription after a reconnect, and says so.
//!
//! # How it runs
//!
//! A `PubSub` owns one connection, driven by a task of its own (spawned on
//! the runtime): the task reads the socket, hands each message to a bounded
//! buffer, and sends the (un)subscribe commands that handles queue. The
//! reader ([`Messages`], or the `PubSub` itself) takes events from the
//! buffer in batches. Subscribing, unsubscribing and reading go on at the
//! same time from different tasks: [`PubSub::split`] gives a cloneable
//! [`Subscriber`] and the [`Messages`] stream.
//!
//! # Nothing lost without a word
//!
//! - The set of subscriptions wanted is kept on the client's side. When the
//!   connection breaks, the task reports [`Event::Disconnected`] at once,
//!   reconnects (with the client's backoff), subscribes to exactly that set
//!   again, and reports [`Event::Resubscribed`] (when it went down, when it
//!   was back) before any message from the new connection: the application
//!   knows that messages published in between were missed.
//! - A reader that falls behind gets backpressure by default
//!   ([`Overflow::Wait`]): the task stops reading the socket, so the server
//!   holds the messages (up to its `client-output-buffer-limit`; past it the
//!   server closes the connection, which shows as a disconnection and a
//!   resubscription). With [`Overflow::Drop`], messages past the buffer's
//!   capacity are dropped and counted, and [`Event::Lagged`] says how many,
//!   where they would have been.

mod driver;
mod keyspace;

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use futures_core::Stream;
use resp_core::pubsub::Push;
use resp_core::{Cmd, Frame, ServerError};

use crate::args::ToArgs;
use crate::client::Client;
use crate::config::ClientConfig;
use crate::error::{Error, ErrorKind, Result};
use crate::runtime::Runtime;
use crate::value::FromValue;

pub use keyspace::{KeyspaceEvent, KeyspaceSource};
pub use resp_core::pubsub::SubscriptionKind;

/// What a subscriber receives.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Event {
    /// A message published to a channel, a pattern's channel or a shard
    /// channel.
    Message(Message),
    /// A subscription confirmed, with the connection's count of
    /// subscriptions after it (not sent with
    /// [`PubSubOptions::ignore_subscribe_messages`]).
    Subscribed {
        /// Channel, pattern or shard channel.
        kind: SubscriptionKind,
        /// The channel or pattern.
        channel: Bytes,
        /// Subscriptions now (channels and patterns together; shard
        /// channels on their own).
        count: i64,
    },
    /// A subscription ended, with the count left; `channel` is `None` when
    /// an unsubscribe from everything found nothing to leave. Also sent when
    /// the server ends a subscription on its own.
    Unsubscribed {
        /// Channel, pattern or shard channel.
        kind: SubscriptionKind,
        /// The channel or pattern left.
        channel: Option<Bytes>,
        /// Subscriptions left.
        count: i64,
    },
    /// The connection broke: messages published from now until
    /// [`Event::Resubscribed`] are not received.
    Disconnected {
        /// When the break was noticed.
        at: SystemTime,
        /// What broke it.
        error: Error,
    },
    /// Connected again, with every subscription restored; messages after
    /// this one come from the new connection. Messages published between
    /// `disconnected_at` and `resubscribed_at` may have been missed.
    Resubscribed {
        /// When the old connection was found broken.
        disconnected_at: SystemTime,
        /// When the server had confirmed every subscription again.
        resubscribed_at: SystemTime,
        /// How many subscriptions were restored.
        restored: usize,
        /// Subscriptions the server refused this time (an ACL change, say),
        /// with its error; they are no longer wanted.
        refused: Vec<(SubscriptionKind, Bytes, ServerError)>,
    },
    /// `dropped` messages did not fit in the buffer and were dropped here,
    /// before the next event ([`Overflow::Drop`] only).
    Lagged {
        /// How many.
        dropped: u64,
    },
    /// Any other push the server sent (RESP3), such as a client-side
    /// caching invalidation.
    Other(Push),
}

/// A published message.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Message {
    /// How it was subscribed to: a channel, a pattern, a shard channel.
    pub kind: SubscriptionKind,
    /// The channel it was published to.
    pub channel: Bytes,
    /// The pattern that matched, for [`SubscriptionKind::Pattern`].
    pub pattern: Option<Bytes>,
    /// What was published.
    pub payload: Bytes,
}

impl Message {
    /// The payload as text.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Conversion`] when it is not UTF-8.
    pub fn payload_str(&self) -> Result<&str> {
        std::str::from_utf8(&self.payload)
            .map_err(|_| Error::new(ErrorKind::Conversion, "the message's payload is not UTF-8"))
    }

    /// The payload converted as a reply would be (`String`, numbers,
    /// `Vec<u8>`...).
    ///
    /// # Errors
    ///
    /// When it does not convert.
    pub fn payload_as<T: FromValue>(&self) -> Result<T> {
        T::from_value(Frame::BulkString(self.payload.clone()))
    }

    /// The channel as text (`None` when it is not UTF-8).
    pub fn channel_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.channel).ok()
    }

    /// The key or event a keyspace notification is about, when this message
    /// is one (its channel is `__keyspace@DB__:key` or
    /// `__keyevent@DB__:event`).
    pub fn keyspace_event(&self) -> Option<KeyspaceEvent> {
        KeyspaceEvent::from_message(self)
    }
}

/// What happens when the reader falls behind and the buffer is full.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Overflow {
    /// Stop reading the connection until the reader catches up (the
    /// default): nothing is dropped by the client; the server holds the
    /// messages, up to its `client-output-buffer-limit pubsub`.
    #[default]
    Wait,
    /// Keep reading; drop the messages that do not fit, and report how many
    /// with [`Event::Lagged`]. Events other than messages are never dropped.
    Drop,
}

/// How a [`PubSub`] buffers and reports.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub struct PubSubOptions {
    capacity: usize,
    overflow: Overflow,
    ignore_subscribe_messages: bool,
}

impl Default for PubSubOptions {
    fn default() -> Self {
        Self {
            capacity: Self::DEFAULT_CAPACITY,
            overflow: Overflow::Wait,
            ignore_subscribe_messages: false,
        }
    }
}

impl PubSubOptions {
    /// The default capacity of the buffer, in events.
    pub const DEFAULT_CAPACITY: usize = 4096;

    /// The defaults: a buffer of [`Self::DEFAULT_CAPACITY`] events,
    /// [`Overflow::Wait`], confirmations delivered.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many events wait for the reader before [`Overflow`] applies (at
    /// least 1). The task reads the socket in chunks of up to 64 KiB, so the
    /// buffer may go past it by one chunk's messages.
    pub fn capacity(mut self, capacity: usize) -> Self {
        self.capacity = capacity.max(1);
        self
    }

    /// What happens when the buffer is full.
    pub fn overflow(mut self, overflow: Overflow) -> Self {
        self.overflow = overflow;
        self
    }

    /// Leaves out [`Event::Subscribed`] and [`Event::Unsubscribed`] for the
    /// (un)subscribes this client asks for (redis-py's
    /// `ignore_subscribe_messages`).
    pub fn ignore_subscribe_messages(mut self, ignore: bool) -> Self {
        self.ignore_subscribe_messages = ignore;
        self
    }
}

/// A handler run for each message of one subscription.
type Handler = Arc<dyn Fn(Message) + Send + Sync>;

/// What every handle of one `PubSub` shares with its task.
struct Shared {
    state: Mutex<State>,
    /// Handlers by subscription; `has_handlers` spares the lookup when there
    /// are none.
    handlers: Mutex<HashMap<(SubscriptionKind, Bytes), Handler>>,
    has_handlers: AtomicBool,
    options: PubSubOptions,
    node: String,
}

struct State {
    /// Events for the reader.
    events: std::collections::VecDeque<Event>,
    /// Messages dropped since the last one delivered ([`Overflow::Drop`]).
    dropped: u64,
    reader: Option<Waker>,
    /// Whether a [`Messages`] still exists to read events.
    reader_alive: bool,
    /// Live [`Subscriber`]s.
    handles: usize,
    /// Requests queued for the task.
    requests: std::collections::VecDeque<(u64, Op)>,
    slots: HashMap<u64, Slot>,
    next_slot: u64,
    driver: Option<Waker>,
    /// The task waits for the reader to make room.
    paused: bool,
    /// The subscriptions wanted: restored after a reconnect.
    wanted: resp_core::pubsub::Subscriptions,
    /// `close` was called, or nobody is left to use the `PubSub`.
    closing: bool,
    /// The task has finished: no more events.
    ended: bool,
}

/// A request for the task.
#[derive(Debug)]
enum Op {
    Subscribe(SubscriptionKind, Vec<Bytes>),
    Unsubscribe(SubscriptionKind, Vec<Bytes>),
    Ping,
    Query(Cmd),
}

impl Op {
    fn command(&self) -> Cmd {
        match self {
            Self::Subscribe(kind, channels) => Cmd::new(kind.subscribe_command()).args(channels),
            Self::Unsubscribe(kind, channels) => {
                Cmd::new(kind.unsubscribe_command()).args(channels)
            }
            Self::Ping => Cmd::new("PING"),
            Self::Query(cmd) => cmd.clone(),
        }
    }

    /// Whether the wanted set already says what this does, so that a
    /// restore after a reconnect stands for it.
    fn is_subscription(&self) -> bool {
        matches!(self, Self::Subscribe(..) | Self::Unsubscribe(..))
    }
}

enum Slot {
    Waiting(Option<Waker>),
    Done(Result<Frame>),
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn handlers(&self) -> MutexGuard<'_, HashMap<(SubscriptionKind, Bytes), Handler>> {
        self.handlers.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The handler for `message`, if one is set.
    fn handler_for(&self, message: &Message) -> Option<Handler> {
        if !self.has_handlers.load(Ordering::Acquire) {
            return None;
        }
        let key = match (&message.kind, &message.pattern) {
            (SubscriptionKind::Pattern, Some(pattern)) => (message.kind, pattern.clone()),
            _ => (message.kind, message.channel.clone()),
        };
        self.handlers().get(&key).cloned()
    }

    fn set_handler(&self, kind: SubscriptionKind, channel: Bytes, handler: Handler) {
        self.handlers().insert((kind, channel), handler);
        self.has_handlers.store(true, Ordering::Release);
    }

    fn remove_handlers(&self, kind: SubscriptionKind, channels: &[Bytes]) {
        let mut handlers = self.handlers();
        if channels.is_empty() {
            handlers.retain(|(k, _), _| *k != kind);
        } else {
            for channel in channels {
                handlers.remove(&(kind, channel.clone()));
            }
        }
        self.has_handlers
            .store(!handlers.is_empty(), Ordering::Release);
    }

    /// Queues `op` for the task; the returned future is its reply.
    fn request(self: &Arc<Self>, op: Op) -> Result<ReplyFuture> {
        let mut state = self.lock();
        if state.closing || state.ended {
            return Err(closed_error());
        }
        match &op {
            Op::Subscribe(kind, channels) => {
                for channel in channels {
                    state.wanted.add(*kind, channel.clone());
                }
            }
            Op::Unsubscribe(kind, channels) if channels.is_empty() => state.wanted.clear(*kind),
            Op::Unsubscribe(kind, channels) => {
                for channel in channels {
                    state.wanted.remove(*kind, channel);
                }
            }
            Op::Ping | Op::Query(_) => {}
        }
        let id = state.next_slot;
        state.next_slot += 1;
        state.slots.insert(id, Slot::Waiting(None));
        state.requests.push_back((id, op));
        if let Some(waker) = state.driver.take() {
            waker.wake();
        }
        drop(state);
        Ok(ReplyFuture {
            shared: self.clone(),
            id,
        })
    }

    fn close(&self) {
        let mut state = self.lock();
        state.closing = true;
        if let Some(waker) = state.driver.take() {
            waker.wake();
        }
    }
}

fn closed_error() -> Error {
    Error::new(ErrorKind::Closed, "the pubsub connection is closed")
}

impl State {
    /// Completes request `id` (nothing when its future is gone).
    fn complete(&mut self, id: u64, result: Result<Frame>) {
        if let Some(slot) = self.slots.get_mut(&id)
            && let Slot::Waiting(waker) = slot
        {
            let waker = waker.take();
            *slot = Slot::Done(result);
            if let Some(waker) = waker {
                waker.wake();
            }
        }
    }

    /// Whether the task may read more from the socket.
    fn has_room(&self, options: &PubSubOptions) -> bool {
        !self.reader_alive
            || options.overflow == Overflow::Drop
            || self.events.len() < options.capacity
    }
}

/// The reply to one request queued for the task.
struct ReplyFuture {
    shared: Arc<Shared>,
    id: u64,
}

impl Future for ReplyFuture {
    type Output = Result<Frame>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<Frame>> {
        let mut state = self.shared.lock();
        match state.slots.get_mut(&self.id) {
            Some(Slot::Done(_)) => match state.slots.remove(&self.id) {
                Some(Slot::Done(result)) => Poll::Ready(result),
                _ => unreachable!("checked above"),
            },
            Some(Slot::Waiting(waker)) => {
                match waker {
                    Some(old) if old.will_wake(cx.waker()) => {}
                    _ => *waker = Some(cx.waker().clone()),
                }
                Poll::Pending
            }
            None => Poll::Ready(Err(closed_error())),
        }
    }
}

impl Drop for ReplyFuture {
    fn drop(&mut self) {
        self.shared.lock().slots.remove(&self.id);
    }
}

/// A subscriber: messages from the channels, patterns and shard channels it
/// subscribes to, on a connection of its own, restored after reconnects.
///
/// It is both the handle that subscribes and the [`Stream`] of
/// [`Event`]s; [`PubSub::split`] separates the two, so that one task reads
/// while others (un)subscribe.
///
/// ```no_run
/// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) -> resp_client::Result<()> {
/// use resp_client::pubsub::Event;
///
/// let mut pubsub = client.pubsub().await?;
/// pubsub.subscribe(["news", "sport"]).await?;
/// pubsub.psubscribe("user:*").await?;
/// while let Some(event) = pubsub.next_event().await {
///     if let Event::Message(message) = event {
///         println!("{:?}: {:?}", message.channel, message.payload);
///     }
/// }
/// # Ok(()) }
/// ```
///
/// Dropping it (and every [`Subscriber`] and [`Messages`] split from it)
/// closes the connection.
pub struct PubSub<R: Runtime> {
    subscriber: Subscriber<R>,
    messages: Messages<R>,
}

impl<R: Runtime> fmt::Debug for PubSub<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PubSub")
            .field("node", &self.subscriber.shared.node)
            .finish_non_exhaustive()
    }
}

impl<R: Runtime> PubSub<R> {
    /// Connects to the server at `url` (the forms [`Client::connect`]
    /// takes) with the default [`PubSubOptions`].
    ///
    /// # Errors
    ///
    /// As [`Client::connect`].
    pub async fn connect(url: &str) -> Result<Self> {
        Self::connect_with(ClientConfig::from_url(url)?, PubSubOptions::default()).await
    }

    /// Connects with `config` and `options`. The connection speaks the
    /// protocol `config` asks for: with RESP3 (the default, where the
    /// server has it) messages come as pushes and [`Subscriber::query`]
    /// runs any command alongside; with RESP2 the connection is in
    /// subscribed mode, where the server takes only (un)subscribes and
    /// `PING`.
    ///
    /// # Errors
    ///
    /// As [`Client::connect_with`].
    pub async fn connect_with(config: ClientConfig, options: PubSubOptions) -> Result<Self> {
        let runtime = R::default();
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                events: std::collections::VecDeque::new(),
                dropped: 0,
                reader: None,
                reader_alive: true,
                handles: 1,
                requests: std::collections::VecDeque::new(),
                slots: HashMap::new(),
                next_slot: 0,
                driver: None,
                paused: false,
                wanted: resp_core::pubsub::Subscriptions::new(),
                closing: false,
                ended: false,
            }),
            handlers: Mutex::new(HashMap::new()),
            has_handlers: AtomicBool::new(false),
            options,
            node: config.addr().to_string(),
        });
        let session = driver::Session::open(&runtime, &config, &shared).await?;
        runtime.spawn(driver::run(
            shared.clone(),
            runtime.clone(),
            config,
            session,
        ));
        Ok(Self {
            subscriber: Subscriber {
                shared: shared.clone(),
                runtime: std::marker::PhantomData,
            },
            messages: Messages {
                shared,
                batch: std::collections::VecDeque::new(),
                runtime: std::marker::PhantomData,
            },
        })
    }

    /// Separates the handle that subscribes (cloneable) from the stream of
    /// events.
    pub fn split(self) -> (Subscriber<R>, Messages<R>) {
        (self.subscriber, self.messages)
    }

    /// Puts back together what [`PubSub::split`] separated.
    ///
    /// # Errors
    ///
    /// When the two come from different `PubSub`s: they are given back.
    #[allow(clippy::result_large_err)]
    pub fn unsplit(
        subscriber: Subscriber<R>,
        messages: Messages<R>,
    ) -> std::result::Result<Self, (Subscriber<R>, Messages<R>)> {
        if Arc::ptr_eq(&subscriber.shared, &messages.shared) {
            Ok(Self {
                subscriber,
                messages,
            })
        } else {
            Err((subscriber, messages))
        }
    }

    /// A handle that subscribes and unsubscribes for this `PubSub` (cheap
    /// to clone, usable from any task).
    pub fn subscriber(&self) -> Subscriber<R> {
        self.subscriber.clone()
    }

    /// The next event; `None` once the `PubSub` is closed. Messages that
    /// have a handler go to it and are not returned.
    pub async fn next_event(&mut self) -> Option<Event> {
        self.messages.next_event().await
    }

    /// redis-py's `get_message(timeout=...)`: the next event, or `None` when
    /// none comes within `timeout`, or when the next message went to its
    /// handler.
    pub async fn get_message(&mut self, timeout: Duration) -> Option<Event> {
        self.messages.get_message(timeout).await
    }

    /// [`Messages::buffered`].
    pub fn buffered(&self) -> usize {
        self.messages.buffered()
    }

    /// Runs the handlers in a task of their own (redis-py's
    /// `run_in_thread`): every message goes to the handler of its channel
    /// or pattern; other events are dropped (logged at debug level). Stop
    /// it with [`PubSubRunner::stop`], which gives the `PubSub` back.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidCommand`] when a subscription has no handler
    /// (its messages would have nowhere to go), naming it.
    pub fn run(self) -> Result<PubSubRunner<R>> {
        {
            let state = self.subscriber.shared.lock();
            let handlers = self.subscriber.shared.handlers();
            for kind in [
                SubscriptionKind::Channel,
                SubscriptionKind::Pattern,
                SubscriptionKind::Shard,
            ] {
                if let Some(channel) = state
                    .wanted
                    .iter(kind)
                    .find(|channel| !handlers.contains_key(&(kind, (*channel).clone())))
                {
                    return Err(Error::new(
                        ErrorKind::InvalidCommand,
                        format!(
                            "{kind:?} {:?} has no handler: run() needs one for every subscription",
                            String::from_utf8_lossy(channel)
                        ),
                    ));
                }
            }
        }
        Ok(PubSubRunner::start(self))
    }
}

/// Every method of [`Subscriber`] (`subscribe`, `psubscribe_with`,
/// `check_health`, `query`...) is available on the `PubSub` itself.
impl<R: Runtime> std::ops::Deref for PubSub<R> {
    type Target = Subscriber<R>;

    fn deref(&self) -> &Subscriber<R> {
        &self.subscriber
    }
}

impl<R: Runtime> Stream for PubSub<R> {
    type Item = Event;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Event>> {
        Pin::new(&mut self.messages).poll_next(cx)
    }
}

/// The handle of a [`PubSub`] that subscribes and unsubscribes: cheap to
/// clone, usable from any task while another reads the [`Messages`].
///
/// A subscription takes effect, and is restored after reconnects, from the
/// moment the call is made: dropping the returned future does not undo it.
pub struct Subscriber<R: Runtime> {
    shared: Arc<Shared>,
    runtime: std::marker::PhantomData<fn() -> R>,
}

impl<R: Runtime> Clone for Subscriber<R> {
    fn clone(&self) -> Self {
        self.shared.lock().handles += 1;
        Self {
            shared: self.shared.clone(),
            runtime: std::marker::PhantomData,
        }
    }
}

impl<R: Runtime> Drop for Subscriber<R> {
    fn drop(&mut self) {
        let mut state = self.shared.lock();
        state.handles -= 1;
        if state.handles == 0 && !state.reader_alive {
            state.closing = true;
            if let Some(waker) = state.driver.take() {
                waker.wake();
            }
        }
    }
}

impl<R: Runtime> fmt::Debug for Subscriber<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Subscriber")
            .field("node", &self.shared.node)
            .finish_non_exhaustive()
    }
}

/// The arguments as channel names.
fn channel_list(channels: impl ToArgs) -> Vec<Bytes> {
    let mut cmd = Cmd::new("_");
    channels.write_args(&mut cmd);
    cmd.iter().skip(1).map(Bytes::copy_from_slice).collect()
}

impl<R: Runtime> Subscriber<R> {
    async fn subscribe_kind(&self, kind: SubscriptionKind, channels: Vec<Bytes>) -> Result<()> {
        if channels.is_empty() {
            return Err(Error::new(
                ErrorKind::InvalidCommand,
                format!("{} needs at least one channel", kind.subscribe_command()),
            ));
        }
        self.shared
            .request(Op::Subscribe(kind, channels))?
            .await
            .map(drop)
    }

    async fn unsubscribe_kind(&self, kind: SubscriptionKind, channels: Vec<Bytes>) -> Result<()> {
        self.shared.remove_handlers(kind, &channels);
        self.shared
            .request(Op::Unsubscribe(kind, channels))?
            .await
            .map(drop)
    }

    /// `SUBSCRIBE`: messages published to these channels. Returns once the
    /// server has confirmed them; the confirmations come as
    /// [`Event::Subscribed`], in order among the messages.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidCommand`] for an empty list; the server's refusal
    /// (an ACL rule), which also drops the channels from those wanted; a
    /// closed `PubSub`. A connection that breaks meanwhile is not an error:
    /// the channels are restored with the others.
    pub async fn subscribe(&self, channels: impl ToArgs) -> Result<()> {
        self.subscribe_kind(SubscriptionKind::Channel, channel_list(channels))
            .await
    }

    /// `PSUBSCRIBE`: messages published to channels matching these
    /// glob-style patterns.
    ///
    /// # Errors
    ///
    /// As [`Subscriber::subscribe`].
    pub async fn psubscribe(&self, patterns: impl ToArgs) -> Result<()> {
        self.subscribe_kind(SubscriptionKind::Pattern, channel_list(patterns))
            .await
    }

    /// `SSUBSCRIBE` (Redis 7): messages published with `SPUBLISH` to these
    /// shard channels. In a cluster they must hash to one slot.
    ///
    /// # Errors
    ///
    /// As [`Subscriber::subscribe`]; a server before Redis 7 refuses the
    /// command.
    pub async fn ssubscribe(&self, channels: impl ToArgs) -> Result<()> {
        self.subscribe_kind(SubscriptionKind::Shard, channel_list(channels))
            .await
    }

    /// `UNSUBSCRIBE`: leaves these channels, or with an empty list (`()`),
    /// every channel. Their handlers go too.
    ///
    /// # Errors
    ///
    /// A closed `PubSub`.
    pub async fn unsubscribe(&self, channels: impl ToArgs) -> Result<()> {
        self.unsubscribe_kind(SubscriptionKind::Channel, channel_list(channels))
            .await
    }

    /// `PUNSUBSCRIBE`: leaves these patterns, or every pattern.
    ///
    /// # Errors
    ///
    /// A closed `PubSub`.
    pub async fn punsubscribe(&self, patterns: impl ToArgs) -> Result<()> {
        self.unsubscribe_kind(SubscriptionKind::Pattern, channel_list(patterns))
            .await
    }

    /// `SUNSUBSCRIBE`: leaves these shard channels, or every one.
    ///
    /// # Errors
    ///
    /// A closed `PubSub`.
    pub async fn sunsubscribe(&self, channels: impl ToArgs) -> Result<()> {
        self.unsubscribe_kind(SubscriptionKind::Shard, channel_list(channels))
            .await
    }

    /// Subscribes to `channel` with a handler: its messages go to `handler`
    /// (called by whoever reads the events, or by [`PubSub::run`]'s task)
    /// instead of the stream.
    ///
    /// # Errors
    ///
    /// As [`Subscriber::subscribe`].
    pub async fn subscribe_with(
        &self,
        channel: impl Into<Bytes>,
        handler: impl Fn(Message) + Send + Sync + 'static,
    ) -> Result<()> {
        self.subscribe_handled(SubscriptionKind::Channel, channel.into(), Arc::new(handler))
            .await
    }

    /// Subscribes to `pattern` with a handler, as
    /// [`Subscriber::subscribe_with`].
    ///
    /// # Errors
    ///
    /// As [`Subscriber::subscribe`].
    pub async fn psubscribe_with(
        &self,
        pattern: impl Into<Bytes>,
        handler: impl Fn(Message) + Send + Sync + 'static,
    ) -> Result<()> {
        self.subscribe_handled(SubscriptionKind::Pattern, pattern.into(), Arc::new(handler))
            .await
    }

    /// Subscribes to shard channel `channel` with a handler, as
    /// [`Subscriber::subscribe_with`].
    ///
    /// # Errors
    ///
    /// As [`Subscriber::ssubscribe`].
    pub async fn ssubscribe_with(
        &self,
        channel: impl Into<Bytes>,
        handler: impl Fn(Message) + Send + Sync + 'static,
    ) -> Result<()> {
        self.subscribe_handled(SubscriptionKind::Shard, channel.into(), Arc::new(handler))
            .await
    }

    async fn subscribe_handled(
        &self,
        kind: SubscriptionKind,
        channel: Bytes,
        handler: Handler,
    ) -> Result<()> {
        self.shared.set_handler(kind, channel.clone(), handler);
        let result = self.subscribe_kind(kind, vec![channel.clone()]).await;
        if result.is_err() && !self.shared.lock().wanted.contains(kind, &channel) {
            self.shared.remove_handlers(kind, &[channel]);
        }
        result
    }

    /// Subscribes to keyspace notifications for keys matching
    /// `key_pattern` in database `db` (`PSUBSCRIBE __keyspace@DB__:pattern`);
    /// read them with [`Message::keyspace_event`]. The server sends them
    /// only when `notify-keyspace-events` says so (for instance
    /// `CONFIG SET notify-keyspace-events KA`): that is the application's
    /// choice, not made here.
    ///
    /// # Errors
    ///
    /// As [`Subscriber::subscribe`].
    pub async fn subscribe_keyspace(&self, db: u32, key_pattern: &str) -> Result<()> {
        self.psubscribe(format!("__keyspace@{db}__:{key_pattern}"))
            .await
    }

    /// Subscribes to keyevent notifications of events matching
    /// `event_pattern` (such as `expired`, `del`, or `*`) in database `db`
    /// (`PSUBSCRIBE __keyevent@DB__:pattern`); see
    /// [`Subscriber::subscribe_keyspace`].
    ///
    /// # Errors
    ///
    /// As [`Subscriber::subscribe`].
    pub async fn subscribe_keyevent(&self, db: u32, event_pattern: &str) -> Result<()> {
        self.psubscribe(format!("__keyevent@{db}__:{event_pattern}"))
            .await
    }

    /// `PING` on the connection, subscribed or not: checks that the server
    /// answers. (The client's health-check interval,
    /// [`resp_core::Config::with_health_check_interval`], does the same on
    /// a quiet connection by itself.)
    ///
    /// # Errors
    ///
    /// A connection or timeout error, or the server's error.
    pub async fn check_health(&self) -> Result<()> {
        self.shared.request(Op::Ping)?.await.map(drop)
    }

    /// Runs `cmd` on the pubsub connection and converts the reply. With
    /// RESP3 any command runs alongside the subscriptions; with RESP2 the
    /// server refuses all but `PING` once subscribed (its error is
    /// returned).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidCommand`] for commands that would change the
    /// connection behind the `PubSub`'s back (use the methods for
    /// subscribing; `SELECT`, `RESET`, `QUIT`, `MONITOR`, `CLIENT REPLY`
    /// would not survive a reconnect or would end the stream); the server's
    /// error; a connection error.
    pub async fn query<T: FromValue>(&self, cmd: &Cmd) -> Result<T> {
        T::from_value(self.query_frame(cmd).await?)
    }

    /// As [`Subscriber::query`], the reply as a frame.
    ///
    /// # Errors
    ///
    /// As [`Subscriber::query`].
    pub async fn query_frame(&self, cmd: &Cmd) -> Result<Frame> {
        let name = crate::client::name_of(cmd);
        const REFUSED: [&str; 11] = [
            "SUBSCRIBE",
            "PSUBSCRIBE",
            "SSUBSCRIBE",
            "UNSUBSCRIBE",
            "PUNSUBSCRIBE",
            "SUNSUBSCRIBE",
            "SELECT",
            "RESET",
            "QUIT",
            "MONITOR",
            "HELLO",
        ];
        let client_reply = name == "CLIENT"
            && cmd
                .iter()
                .nth(1)
                .is_some_and(|sub| sub.eq_ignore_ascii_case(b"REPLY"));
        if REFUSED.contains(&name.as_str()) || client_reply {
            return Err(Error::new(
                ErrorKind::InvalidCommand,
                format!(
                    "{name} cannot be sent through query on a PubSub: it would change the \
                     connection behind its back (subscribe with the PubSub's methods)"
                ),
            ));
        }
        self.shared.request(Op::Query(cmd.clone()))?.await
    }

    /// The subscriptions wanted now (what a reconnect restores).
    pub fn subscriptions(&self) -> resp_core::pubsub::Subscriptions {
        self.shared.lock().wanted.clone()
    }

    /// Closes the connection: the stream ends, requests waiting fail.
    pub fn close(&self) {
        self.shared.close();
    }
}

/// The events of a [`PubSub`], as a [`Stream`]; it ends when the `PubSub`
/// is closed.
pub struct Messages<R: Runtime> {
    shared: Arc<Shared>,
    /// Events taken from the shared buffer, handed out one by one.
    batch: std::collections::VecDeque<Event>,
    runtime: std::marker::PhantomData<fn() -> R>,
}

impl<R: Runtime> fmt::Debug for Messages<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Messages")
            .field("node", &self.shared.node)
            .finish_non_exhaustive()
    }
}

impl<R: Runtime> Drop for Messages<R> {
    fn drop(&mut self) {
        let mut state = self.shared.lock();
        state.reader_alive = false;
        state.events.clear();
        if state.handles == 0 {
            state.closing = true;
        }
        if let Some(waker) = state.driver.take() {
            waker.wake();
        }
    }
}

/// What one poll of the buffer gave.
enum Polled {
    Event(Event),
    /// A message went to its handler.
    Handled,
}

impl<R: Runtime> Messages<R> {
    fn poll_event(&mut self, cx: &mut Context<'_>) -> Poll<Option<Polled>> {
        if self.batch.is_empty() {
            let mut state = self.shared.lock();
            std::mem::swap(&mut self.batch, &mut state.events);
            if state.dropped > 0 {
                // Dropped after the last event delivered: say so now
                // rather than at the next one, which may be long coming.
                let dropped = std::mem::take(&mut state.dropped);
                self.batch.push_back(Event::Lagged { dropped });
            }
            if state.paused {
                state.paused = false;
                if let Some(waker) = state.driver.take() {
                    waker.wake();
                }
            }
            if self.batch.is_empty() {
                if state.ended {
                    return Poll::Ready(None);
                }
                match &state.reader {
                    Some(old) if old.will_wake(cx.waker()) => {}
                    _ => state.reader = Some(cx.waker().clone()),
                }
                return Poll::Pending;
            }
        }
        let Some(event) = self.batch.pop_front() else {
            return Poll::Pending;
        };
        if let Event::Message(message) = &event
            && let Some(handler) = self.shared.handler_for(message)
        {
            let Event::Message(message) = event else {
                unreachable!("matched above")
            };
            handler(message);
            return Poll::Ready(Some(Polled::Handled));
        }
        Poll::Ready(Some(Polled::Event(event)))
    }

    /// How many events wait to be read, in the client.
    pub fn buffered(&self) -> usize {
        self.batch.len() + self.shared.lock().events.len()
    }

    /// The next event; `None` once the `PubSub` is closed. Messages that
    /// have a handler go to it and are not returned.
    pub async fn next_event(&mut self) -> Option<Event> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// redis-py's `get_message(timeout=...)`: the next event, or `None` when
    /// none comes within `timeout`, or when the next message went to its
    /// handler.
    pub async fn get_message(&mut self, timeout: Duration) -> Option<Event> {
        let polled = crate::runtime::timeout(
            &R::default(),
            Some(timeout),
            std::future::poll_fn(|cx| self.poll_event(cx)),
        )
        .await;
        match polled {
            Ok(Some(Polled::Event(event))) => Some(event),
            _ => None,
        }
    }
}

impl<R: Runtime> Stream for Messages<R> {
    type Item = Event;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Event>> {
        let this = self.get_mut();
        loop {
            match this.poll_event(cx) {
                Poll::Ready(Some(Polled::Handled)) => {}
                Poll::Ready(Some(Polled::Event(event))) => return Poll::Ready(Some(event)),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// [`PubSub::run`]'s task, calling the handlers; [`PubSubRunner::stop`]
/// ends it. Dropping the runner without stopping it stops the task and
/// closes the `PubSub`.
pub struct PubSubRunner<R: Runtime> {
    control: Arc<Mutex<RunnerControl<R>>>,
}

struct RunnerControl<R: Runtime> {
    stop: bool,
    /// The task's waker, to tell it to stop.
    task: Option<Waker>,
    /// The `PubSub`, back from the task once it has stopped.
    returned: Option<PubSub<R>>,
    /// Who waits in `stop`.
    stopper: Option<Waker>,
    finished: bool,
}

impl<R: Runtime> fmt::Debug for PubSubRunner<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PubSubRunner").finish_non_exhaustive()
    }
}

fn lock_control<R: Runtime>(control: &Mutex<RunnerControl<R>>) -> MutexGuard<'_, RunnerControl<R>> {
    control.lock().unwrap_or_else(PoisonError::into_inner)
}

impl<R: Runtime> PubSubRunner<R> {
    fn start(pubsub: PubSub<R>) -> Self {
        let control = Arc::new(Mutex::new(RunnerControl {
            stop: false,
            task: None,
            returned: None,
            stopper: None,
            finished: false,
        }));
        let task_control = control.clone();
        R::default().spawn(async move {
            let mut pubsub = pubsub;
            std::future::poll_fn(|cx| {
                loop {
                    {
                        let mut control = lock_control(&task_control);
                        if control.stop {
                            return Poll::Ready(());
                        }
                        control.task = Some(cx.waker().clone());
                    }
                    match pubsub.messages.poll_event(cx) {
                        Poll::Ready(Some(Polled::Handled)) => {}
                        Poll::Ready(Some(Polled::Event(event))) => {
                            tracing::debug!(?event, "an event with no handler");
                        }
                        Poll::Ready(None) => return Poll::Ready(()),
                        Poll::Pending => return Poll::Pending,
                    }
                }
            })
            .await;
            let mut control = lock_control(&task_control);
            control.finished = true;
            control.returned = Some(pubsub);
            if let Some(waker) = control.stopper.take() {
                waker.wake();
            }
        });
        Self { control }
    }

    /// Stops the task (after the handler running, if any) and gives the
    /// `PubSub` back, its subscriptions intact.
    pub async fn stop(self) -> PubSub<R> {
        {
            let mut control = lock_control(&self.control);
            control.stop = true;
            if let Some(waker) = control.task.take() {
                waker.wake();
            }
        }
        std::future::poll_fn(|cx| {
            let mut control = lock_control(&self.control);
            match control.returned.take() {
                Some(pubsub) => Poll::Ready(pubsub),
                None => {
                    control.stopper = Some(cx.waker().clone());
                    Poll::Pending
                }
            }
        })
        .await
    }

    /// Whether the task is still running.
    pub fn is_running(&self) -> bool {
        !lock_control(&self.control).finished
    }
}

impl<R: Runtime> Drop for PubSubRunner<R> {
    fn drop(&mut self) {
        let mut control = lock_control(&self.control);
        control.stop = true;
        if let Some(waker) = control.task.take() {
            waker.wake();
        }
        // A `PubSub` already given back to nobody is closed by its drop.
        control.returned = None;
    }
}

impl<R: Runtime> Client<R> {
    /// A [`PubSub`] on a connection of its own to the client's server, with
    /// the client's configuration and the default [`PubSubOptions`].
    ///
    /// # Errors
    ///
    /// As [`PubSub::connect_with`].
    pub async fn pubsub(&self) -> Result<PubSub<R>> {
        PubSub::connect_with(self.config().clone(), PubSubOptions::default()).await
    }

    /// As [`Client::pubsub`], with `options`.
    ///
    /// # Errors
    ///
    /// As [`PubSub::connect_with`].
    pub async fn pubsub_with(&self, options: PubSubOptions) -> Result<PubSub<R>> {
        PubSub::connect_with(self.config().clone(), options).await
    }
}

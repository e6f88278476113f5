//! The task behind a [`PubSub`](super::PubSub): one connection at a time,
//! read into the shared buffer, and replaced (with every subscription) when
//! it breaks.

use std::collections::{HashMap, VecDeque};
use std::future::{Future, poll_fn};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::SystemTime;

use bytes::Bytes;
use resp_core::pubsub::Push;
use resp_core::{Connection, Frame, Instant, Output, RequestId, ServerError};

use super::{Event, Message, Op, Overflow, Shared, SubscriptionKind, closed_error};
use crate::client::jitter;
use crate::config::ClientConfig;
use crate::error::{Error, ErrorKind};
use crate::runtime::{Runtime, timeout};
use crate::stream::{Stream, Wire};

/// The most reads one poll makes before letting other tasks run.
const READS_PER_POLL: usize = 16;

/// Why [`Session::poll`] returned.
pub(super) enum Outcome {
    /// The handshake and the restore are done (asked for with `until_up`).
    Up,
    /// The connection is finished.
    Ended(Error),
    /// The `PubSub` is closing.
    Closing,
}

/// A request on the wire.
enum Sent {
    /// The `PING` that opens a session.
    Opening,
    /// Restoring subscriptions on a new connection.
    Restore(SubscriptionKind, Vec<Bytes>),
    /// A request from a handle.
    User { slot: u64, op: Op },
}

/// One connection and its protocol state.
pub(super) struct Session<R: Runtime> {
    conn: Connection,
    wire: Wire<R>,
    origin: std::time::Instant,
    node: String,
    inflight: HashMap<RequestId, Sent>,
    /// Opening requests (the `PING`, the restore) still unanswered.
    opening: usize,
    up: bool,
    reported_up: bool,
    /// Events go to `held` until [`Session::release`].
    released: bool,
    held: Vec<Event>,
    restored: usize,
    refused: Vec<(SubscriptionKind, Bytes, ServerError)>,
    /// Slots of (un)subscribe requests the restore stands for: completed
    /// when it is done.
    carried: Vec<u64>,
    next_deadline: Option<Instant>,
    sleep: Option<(Instant, Pin<Box<R::Sleep>>)>,
    io_error: Option<Error>,
    ended: Option<Error>,
}

impl<R: Runtime> Session<R> {
    /// A session on `stream`: the handshake, a `PING`, and the subscriptions
    /// wanted, queued. (Un)subscribe requests queued before now are covered
    /// by the restore; they join `carried`.
    fn new(stream: Stream<R>, config: &ClientConfig, shared: &Shared, carried: Vec<u64>) -> Self {
        let mut session = Self {
            conn: Connection::new(config.core.clone(), Instant::ZERO),
            wire: Wire::new(stream),
            origin: std::time::Instant::now(),
            node: config.addr().to_string(),
            inflight: HashMap::new(),
            opening: 0,
            up: false,
            reported_up: false,
            released: false,
            held: Vec::new(),
            restored: 0,
            refused: Vec::new(),
            carried,
            next_deadline: None,
            sleep: None,
            io_error: None,
            ended: None,
        };
        let now = session.now();
        let restore = {
            let mut state = shared.lock();
            let mut rest = VecDeque::new();
            for (slot, op) in state.requests.drain(..) {
                if op.is_subscription() {
                    session.carried.push(slot);
                } else {
                    rest.push_back((slot, op));
                }
            }
            state.requests = rest;
            state.wanted.restore_groups()
        };
        let mut opening = vec![(Sent::Opening, resp_core::Cmd::new("PING"))];
        for (kind, channels) in restore {
            let cmd = resp_core::Cmd::new(kind.subscribe_command()).args(&channels);
            opening.push((Sent::Restore(kind, channels), cmd));
        }
        for (sent, cmd) in opening {
            match session.conn.send(now, &cmd) {
                Ok(id) => {
                    session.inflight.insert(id, sent);
                    session.opening += 1;
                }
                Err(error) => {
                    session.ended = Some(Error::with_source(
                        ErrorKind::Protocol,
                        "opening a pubsub connection",
                        error,
                    ));
                }
            }
        }
        session
    }

    /// Connects and waits (within the connect timeout) until the server has
    /// answered the handshake and confirmed every subscription wanted.
    pub(super) async fn open(
        runtime: &R,
        config: &ClientConfig,
        shared: &Shared,
    ) -> Result<Self, Error> {
        Self::open_carrying(runtime, config, shared, Vec::new())
            .await
            .map_err(|(error, _)| error)
    }

    async fn open_carrying(
        runtime: &R,
        config: &ClientConfig,
        shared: &Shared,
        carried: Vec<u64>,
    ) -> Result<Self, (Error, Vec<u64>)> {
        let stream = match Stream::connect(runtime, config).await {
            Ok(stream) => stream,
            Err(error) => return Err((error, carried)),
        };
        let mut session = Self::new(stream, config, shared, carried);
        let outcome = timeout(
            runtime,
            config.connect_timeout,
            poll_fn(|cx| session.poll(cx, shared, true)),
        )
        .await;
        let error = match outcome {
            Ok(Outcome::Up) => return Ok(session),
            Ok(Outcome::Ended(error)) => error,
            Ok(Outcome::Closing) => closed_error(),
            Err(_) => Error::new(ErrorKind::Timeout, "connect timeout").at(&session.node),
        };
        let carried = session.finish(shared, &error);
        Err((error, carried))
    }

    fn now(&self) -> Instant {
        Instant::from_elapsed(self.origin.elapsed())
    }

    /// Hands the events held so far to the reader, after `first`: from now
    /// on they go straight to it. The requests the restore stood for are
    /// done.
    fn release(&mut self, shared: &Shared, first: Option<Event>) {
        self.released = true;
        let mut state = shared.lock();
        for slot in self.carried.drain(..) {
            state.complete(slot, Ok(Frame::Null));
        }
        let held = std::mem::take(&mut self.held);
        deliver(shared, &mut state, first.into_iter().chain(held));
    }

    /// Ends the session: requests waiting on it fail with `error`, but the
    /// (un)subscribes, which the next restore stands for, are returned.
    fn finish(&mut self, shared: &Shared, error: &Error) -> Vec<u64> {
        let mut carried = std::mem::take(&mut self.carried);
        let mut state = shared.lock();
        for (_, sent) in self.inflight.drain() {
            if let Sent::User { slot, op } = sent {
                if op.is_subscription() {
                    carried.push(slot);
                } else {
                    state.complete(slot, Err(error.clone()));
                }
            }
        }
        carried
    }

    /// Drives the connection: sends what the handles queued, writes, reads
    /// into the buffer (while it has room), runs the core's timers.
    fn poll(&mut self, cx: &mut Context<'_>, shared: &Shared, until_up: bool) -> Poll<Outcome> {
        let mut reads = 0;
        loop {
            let (requests, room) = {
                let mut state = shared.lock();
                if state.closing {
                    return Poll::Ready(Outcome::Closing);
                }
                match &state.driver {
                    Some(old) if old.will_wake(cx.waker()) => {}
                    _ => state.driver = Some(cx.waker().clone()),
                }
                let room = state.has_room(&shared.options);
                state.paused = !room;
                (std::mem::take(&mut state.requests), room)
            };
            if !requests.is_empty() {
                let now = self.now();
                let mut refused = Vec::new();
                for (slot, op) in requests {
                    match self.conn.send(now, &op.command()) {
                        Ok(id) => {
                            self.inflight.insert(id, Sent::User { slot, op });
                        }
                        Err(error) => refused.push((slot, error)),
                    }
                }
                if !refused.is_empty() {
                    let mut state = shared.lock();
                    for (slot, error) in refused {
                        let error =
                            Error::with_source(ErrorKind::InvalidCommand, "command refused", error);
                        state.complete(slot, Err(error));
                    }
                }
            }
            self.absorb(shared);
            if let Some(error) = self.ended.take() {
                return Poll::Ready(Outcome::Ended(error));
            }
            if until_up && self.up && !self.reported_up {
                self.reported_up = true;
                return Poll::Ready(Outcome::Up);
            }
            if !self.write(cx) {
                continue;
            }
            if !room {
                // The reader wakes the task when it takes events.
                return Poll::Pending;
            }
            match self.read(cx) {
                Read::Data => {
                    // Into the buffer now, so that the room is measured
                    // before the next read.
                    self.absorb(shared);
                    reads += 1;
                    if reads >= READS_PER_POLL {
                        cx.waker().wake_by_ref();
                        return Poll::Pending;
                    }
                    continue;
                }
                Read::Stop => continue,
                Read::Pending => {}
            }
            // Everything that has arrived is read: a deadline that has
            // passed is the server's silence, not the reader's slowness.
            let Some(deadline) = self.next_deadline else {
                self.sleep = None;
                return Poll::Pending;
            };
            let now = self.now();
            if now >= deadline {
                self.conn.handle_timeout(now);
                self.sleep = None;
                self.absorb(shared);
                if self.next_deadline == Some(deadline) {
                    // Not due after all (the clocks differ by a hair).
                    self.next_deadline = Some(now + std::time::Duration::from_millis(1));
                }
                continue;
            }
            let sleep = match &mut self.sleep {
                Some((at, sleep)) if *at == deadline => sleep,
                slot => {
                    let sleep = R::default().sleep(deadline.saturating_duration_since(now));
                    &mut slot.insert((deadline, Box::pin(sleep))).1
                }
            };
            match sleep.as_mut().poll(cx) {
                Poll::Ready(()) => self.sleep = None,
                Poll::Pending => return Poll::Pending,
            }
        }
    }

    /// Drains the core's outputs: bytes to write, replies to the handles,
    /// messages to the reader.
    fn absorb(&mut self, shared: &Shared) {
        let mut events = Vec::new();
        let mut completions: Vec<(u64, Result<Frame, Error>)> = Vec::new();
        let mut unwanted: Vec<(SubscriptionKind, Bytes)> = Vec::new();
        let ignore_confirmations = shared.options.ignore_subscribe_messages;
        loop {
            match self.conn.poll_output() {
                Output::Transmit(bytes) => self.wire.queue(bytes),
                Output::Reply { id, reply } => {
                    match self.inflight.remove(&id) {
                        Some(Sent::Opening) => {
                            self.opening -= 1;
                            if let Err(error) = reply {
                                self.ended = Some(Error::server(error).at(&self.node));
                            }
                        }
                        Some(Sent::Restore(kind, channels)) => {
                            self.opening -= 1;
                            match reply {
                                Ok(_) => self.restored += channels.len(),
                                Err(error) => {
                                    for channel in channels {
                                        unwanted.push((kind, channel.clone()));
                                        self.refused.push((kind, channel, error.clone()));
                                    }
                                }
                            }
                        }
                        Some(Sent::User { slot, op }) => {
                            let result = match (op, reply) {
                                (op, Ok(Frame::Array(confirmations))) if op.is_subscription() => {
                                    if !ignore_confirmations {
                                        events.extend(
                                            confirmations.into_iter().filter_map(confirmation),
                                        );
                                    }
                                    Ok(Frame::Null)
                                }
                                (Op::Subscribe(kind, channels), Err(error)) => {
                                    unwanted.extend(channels.into_iter().map(|c| (kind, c)));
                                    Err(Error::server(error).at(&self.node))
                                }
                                (_, Ok(frame)) => Ok(frame),
                                (_, Err(error)) => Err(Error::server(error).at(&self.node)),
                            };
                            completions.push((slot, result));
                        }
                        None => {}
                    }
                    if self.opening == 0 && !self.up && self.ended.is_none() {
                        self.up = true;
                    }
                }
                Output::Push(push) => {
                    if let Push::Unsubscribed {
                        kind,
                        channel: Some(channel),
                        ..
                    } = &push
                    {
                        // The server ended it on its own.
                        unwanted.push((*kind, channel.clone()));
                    }
                    events.push(event_of(push));
                }
                Output::Closed { error, .. } => {
                    let error = self
                        .io_error
                        .take()
                        .unwrap_or_else(|| Error::connection(&error))
                        .at(&self.node);
                    self.ended.get_or_insert(error);
                }
                Output::Wait { until } => {
                    self.next_deadline = until;
                    break;
                }
                other => tracing::debug!(?other, "unexpected output on a pubsub connection"),
            }
        }
        if events.is_empty() && completions.is_empty() && unwanted.is_empty() {
            return;
        }
        let mut state = shared.lock();
        for (kind, channel) in unwanted {
            state.wanted.remove(kind, &channel);
        }
        for (slot, result) in completions {
            state.complete(slot, result);
        }
        if self.released {
            deliver(shared, &mut state, events);
        } else {
            self.held.extend(events);
        }
    }

    /// Ends the connection with an I/O error.
    fn fail(&mut self, error: Error) {
        self.io_error = Some(error);
        self.conn.handle_eof();
    }

    /// Writes what is queued; `false` when the connection failed.
    fn write(&mut self, cx: &mut Context<'_>) -> bool {
        match self.wire.poll_write_queued(cx) {
            Ok(()) => true,
            Err(error) => {
                self.fail(Error::io("writing", error));
                false
            }
        }
    }

    /// One read from the socket, fed to the core.
    fn read(&mut self, cx: &mut Context<'_>) -> Read {
        match self.wire.poll_read_some(cx) {
            Poll::Ready(Ok([])) => {
                self.conn.handle_eof();
                Read::Stop
            }
            Poll::Ready(Ok(data)) => {
                let now = Instant::from_elapsed(self.origin.elapsed());
                self.conn.handle_input(now, data);
                Read::Data
            }
            Poll::Ready(Err(error)) => {
                self.fail(Error::io("reading", error));
                Read::Stop
            }
            Poll::Pending => Read::Pending,
        }
    }
}

/// What one read did.
enum Read {
    Data,
    Pending,
    Stop,
}

/// A confirmation frame (from a reply to an (un)subscribe) as an event.
fn confirmation(frame: Frame) -> Option<Event> {
    match Push::classify(frame) {
        push @ (Push::Subscribed { .. } | Push::Unsubscribed { .. }) => Some(event_of(push)),
        _ => None,
    }
}

fn event_of(push: Push) -> Event {
    match push {
        Push::Message { channel, payload } => Event::Message(Message {
            kind: SubscriptionKind::Channel,
            channel,
            pattern: None,
            payload,
        }),
        Push::PatternMessage {
            pattern,
            channel,
            payload,
        } => Event::Message(Message {
            kind: SubscriptionKind::Pattern,
            channel,
            pattern: Some(pattern),
            payload,
        }),
        Push::ShardMessage { channel, payload } => Event::Message(Message {
            kind: SubscriptionKind::Shard,
            channel,
            pattern: None,
            payload,
        }),
        Push::Subscribed {
            kind,
            channel,
            count,
        } => Event::Subscribed {
            kind,
            channel,
            count,
        },
        Push::Unsubscribed {
            kind,
            channel,
            count,
        } => Event::Unsubscribed {
            kind,
            channel,
            count,
        },
        other => Event::Other(other),
    }
}

/// Puts `events` in the reader's buffer, dropping (and counting) messages
/// that do not fit under [`Overflow::Drop`], and wakes the reader.
fn deliver(shared: &Shared, state: &mut super::State, events: impl IntoIterator<Item = Event>) {
    if !state.reader_alive {
        return;
    }
    let before = state.events.len();
    for event in events {
        if matches!(event, Event::Message(_))
            && shared.options.overflow == Overflow::Drop
            && state.events.len() >= shared.options.capacity
        {
            state.dropped += 1;
            continue;
        }
        if state.dropped > 0 {
            let dropped = std::mem::take(&mut state.dropped);
            state.events.push_back(Event::Lagged { dropped });
        }
        state.events.push_back(event);
    }
    if state.events.len() > before
        && let Some(waker) = state.reader.take()
    {
        waker.wake();
    }
}

/// The task: runs `session`, and when its connection breaks, reports it,
/// connects again with the client's backoff, restores the subscriptions and
/// reports that, until the `PubSub` closes.
pub(super) async fn run<R: Runtime>(
    shared: Arc<Shared>,
    runtime: R,
    config: ClientConfig,
    mut session: Session<R>,
) {
    session.release(&shared, None);
    loop {
        let error = match poll_fn(|cx| session.poll(cx, &shared, false)).await {
            Outcome::Ended(error) => error,
            Outcome::Up | Outcome::Closing => break,
        };
        tracing::debug!(%error, "pubsub connection broken");
        let mut carried = session.finish(&shared, &error);
        let disconnected_at = SystemTime::now();
        deliver(
            &shared,
            &mut shared.lock(),
            [Event::Disconnected {
                at: disconnected_at,
                error,
            }],
        );
        let mut attempt = 0;
        session = loop {
            if attempt > 0 {
                let delay = config.reconnect.delay(attempt - 1, jitter());
                if !pause(&runtime, &shared, delay).await {
                    end(&shared, carried);
                    return;
                }
            }
            match Session::open_carrying(&runtime, &config, &shared, carried).await {
                Ok(mut session) => {
                    let resubscribed = Event::Resubscribed {
                        disconnected_at,
                        resubscribed_at: SystemTime::now(),
                        restored: session.restored,
                        refused: std::mem::take(&mut session.refused),
                    };
                    tracing::debug!(?resubscribed, "pubsub connection restored");
                    session.release(&shared, Some(resubscribed));
                    break session;
                }
                Err((error, back)) => {
                    tracing::debug!(%error, attempt, "pubsub reconnect failed");
                    carried = back;
                    if shared.lock().closing {
                        end(&shared, carried);
                        return;
                    }
                    attempt += 1;
                }
            }
        };
    }
    let carried = session.finish(&shared, &closed_error());
    end(&shared, carried);
}

/// Sleeps `delay`; `false` when the `PubSub` closes meanwhile.
async fn pause<R: Runtime>(runtime: &R, shared: &Shared, delay: std::time::Duration) -> bool {
    let mut sleep = Box::pin(runtime.sleep(delay));
    poll_fn(|cx| {
        {
            let mut state = shared.lock();
            if state.closing {
                return Poll::Ready(false);
            }
            state.driver = Some(cx.waker().clone());
        }
        sleep.as_mut().poll(cx).map(|()| true)
    })
    .await
}

/// The task is done: whatever still waits fails, and the stream ends.
fn end(shared: &Shared, carried: Vec<u64>) {
    let mut state = shared.lock();
    state.ended = true;
    state.closing = true;
    let error = closed_error();
    for slot in carried {
        state.complete(slot, Err(error.clone()));
    }
    for (slot, _) in std::mem::take(&mut state.requests) {
        state.complete(slot, Err(error.clone()));
    }
    let waiting: Vec<u64> = state.slots.keys().copied().collect();
    for slot in waiting {
        state.complete(slot, Err(error.clone()));
    }
    if let Some(waker) = state.reader.take() {
        waker.wake();
    }
}

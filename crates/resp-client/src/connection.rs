//! A multiplexed connection: many callers, one socket, no driver task.
//!
//! # How a request travels
//!
//! Every caller shares one [`State`] behind a mutex: the socket, the
//! `resp-core` [`Connection`] and a slot per request. A caller queues its
//! command (`Connection::send`), then polls its [`ResponseFuture`], and
//! *that poll drives the socket*: it reads whatever has arrived, hands each
//! reply to its slot (waking the caller that waits on it), and writes
//! everything queued so far in one write. So a single task doing requests
//! one after another never hands work to another task: no wake-up crosses
//! a CPU, which on a small machine costs more than the request itself. Many
//! tasks sharing the connection pipeline automatically: whoever polls
//! first writes all their commands at once, and reads all the replies.
//!
//! Only the last task to poll the socket is registered with the runtime for
//! readiness, once for reading and once for writing (two registrations,
//! which may belong to two tasks); a task that finishes (or is dropped)
//! while holding either and while others still wait wakes one of them to
//! take over, so that the socket always has a reader, and queued bytes a
//! writer.
//!
//! # Cancellation
//!
//! Dropping a [`ResponseFuture`] abandons the request in the core (its
//! reply is still read and discarded, so no other caller can receive it).
//! A write is never half-done from the stream's point of view: the bytes
//! not yet written stay queued in the shared state, and the next poll by
//! anyone continues where the last one stopped.

use std::collections::VecDeque;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll, Waker};

use bytes::Bytes;
use futures_io::{AsyncRead, AsyncWrite};
use resp_core::cluster::Redirect;
use resp_core::{Cmd, Connection, Frame, Instant, Output, RequestId, SendError, ServerError};

use crate::config::ClientConfig;
use crate::error::{Error, ErrorKind};
use crate::runtime::Runtime;
use crate::stream::Stream;

/// The most reads one poll makes before yielding to other tasks.
const READS_PER_POLL: usize = 16;
/// The read buffer.
const READ_SIZE: usize = 64 * 1024;

/// What a request came back with.
#[derive(Debug)]
pub(crate) enum Response {
    /// A reply (an error reply is a reply).
    Reply(Result<Frame, ServerError>),
    /// The replies of a batch.
    Batch(Vec<Result<Frame, ServerError>>),
    /// Sent; the server does not answer it (`CLIENT REPLY OFF`).
    NoReply,
    /// `MOVED` or `ASK`.
    Redirected(Redirect),
}

impl Response {
    /// The reply of a single command: a server error, or a redirect this
    /// connection cannot follow, as an [`Error`] naming `node`.
    pub(crate) fn into_frame(self, node: &str) -> Result<Frame, Error> {
        match self {
            Self::Reply(reply) => reply.map_err(|error| Error::server(error).at(node)),
            Self::NoReply => Ok(Frame::Null),
            Self::Redirected(redirect) => Err(Error::server(ServerError::new(
                format!("{:?} {} {}", redirect.kind, redirect.slot, redirect.node).to_uppercase(),
            ))
            .at(node)),
            Self::Batch(_) => Err(Error::new(
                ErrorKind::Protocol,
                "a batch of replies where one was expected",
            )
            .at(node)),
        }
    }
}

/// A shared connection. Cheap to clone.
pub(crate) struct Multiplexed<R: Runtime> {
    shared: Arc<Shared<R>>,
}

impl<R: Runtime> Clone for Multiplexed<R> {
    fn clone(&self) -> Self {
        Self {
            shared: self.shared.clone(),
        }
    }
}

struct Shared<R: Runtime> {
    state: Mutex<State<R>>,
    origin: std::time::Instant,
    runtime: R,
    node: String,
}

struct State<R: Runtime> {
    conn: Connection,
    stream: Stream<R>,
    /// Bytes from `Output::Transmit` not yet written, and how much of the
    /// first has been.
    out: VecDeque<Bytes>,
    written: usize,
    needs_flush: bool,
    /// Whether the last `write` wrote anything.
    written_any: bool,
    read_buf: Box<[u8]>,
    slots: Slots,
    /// Set when the connection is finished.
    closed: Option<Error>,
    /// An I/O error that ended the connection, reported to the waiters in
    /// place of the core's "closed".
    io_error: Option<Error>,
    /// Requests allowed in flight before callers wait.
    max_in_flight: usize,
    /// Callers waiting for room.
    room_waiters: Vec<Waker>,
    /// The request whose task last got `Pending` from the socket, and so is
    /// the one the runtime will wake: when it finishes, another waiting
    /// task must take over.
    owner: Option<RequestId>,
    /// The request whose task got `Pending` from a write or flush, and so
    /// is the one the runtime wakes when the socket can take more: a
    /// registration of its own, which may be another task's than the
    /// reader's. When it finishes, another waiting task must take over, or
    /// the bytes still queued would have nobody to write them.
    writer: Option<RequestId>,
    /// A request that let the others queue their commands first and will
    /// write them all in one go when polled again.
    gatherer: Option<RequestId>,
    /// The connection's next deadline, from the core.
    next_deadline: Option<Instant>,
}

/// Reply slots, indexed by request id (ids are consecutive).
struct Slots {
    base: u64,
    items: VecDeque<(RequestId, Slot)>,
    /// Slots not yet taken or forgotten.
    live: usize,
    /// Slots still waiting for their reply.
    waiting: usize,
}

enum Slot {
    Waiting(Option<Waker>),
    Done(Result<Response, Error>),
    Gone,
}

impl Slots {
    fn get(&mut self, id: RequestId) -> Option<&mut Slot> {
        let index = id.get().checked_sub(self.base)?;
        let (_, slot) = self.items.get_mut(usize::try_from(index).ok()?)?;
        Some(slot)
    }

    fn push(&mut self, id: RequestId) {
        if self.items.is_empty() {
            self.base = id.get();
        }
        debug_assert_eq!(self.base + self.items.len() as u64, id.get());
        self.items.push_back((id, Slot::Waiting(None)));
        self.live += 1;
        self.waiting += 1;
    }

    fn complete(&mut self, id: RequestId, result: Result<Response, Error>) {
        if let Some(slot) = self.get(id)
            && let Slot::Waiting(waker) = slot
        {
            let waker = waker.take();
            *slot = Slot::Done(result);
            self.waiting -= 1;
            if let Some(waker) = waker {
                waker.wake();
            }
        }
    }

    /// Takes the result of `id`, if it is in.
    fn take(&mut self, id: RequestId) -> Option<Result<Response, Error>> {
        let slot = self.get(id)?;
        if !matches!(slot, Slot::Done(_)) {
            return None;
        }
        let Slot::Done(result) = std::mem::replace(slot, Slot::Gone) else {
            unreachable!("checked above")
        };
        self.live -= 1;
        self.trim();
        Some(result)
    }

    fn forget(&mut self, id: RequestId) {
        if let Some(slot) = self.get(id)
            && !matches!(slot, Slot::Gone)
        {
            let was_waiting = matches!(slot, Slot::Waiting(_));
            *slot = Slot::Gone;
            self.live -= 1;
            if was_waiting {
                self.waiting -= 1;
            }
        }
        self.trim();
    }

    fn trim(&mut self) {
        while matches!(self.items.front(), Some((_, Slot::Gone))) {
            self.items.pop_front();
            self.base += 1;
        }
    }

    /// Wakes one caller still waiting, so that it takes over the socket;
    /// returns its request.
    fn wake_one(&mut self) -> Option<RequestId> {
        for (id, slot) in &mut self.items {
            if let Slot::Waiting(Some(waker)) = slot {
                waker.wake_by_ref();
                return Some(*id);
            }
        }
        None
    }

    fn any_waiting(&self) -> bool {
        self.waiting > 0
    }

    fn waiting_ids(&self) -> Vec<RequestId> {
        self.items
            .iter()
            .filter(|(_, slot)| matches!(slot, Slot::Waiting(_)))
            .map(|(id, _)| *id)
            .collect()
    }
}

impl<R: Runtime> Multiplexed<R> {
    /// Connects and queues the handshake (it completes with the first
    /// request).
    pub(crate) async fn connect(runtime: &R, config: &ClientConfig) -> Result<Self, Error> {
        let stream = Stream::connect(runtime, config).await?;
        let origin = std::time::Instant::now();
        let conn = Connection::new(config.core.clone(), Instant::ZERO);
        Ok(Self {
            shared: Arc::new(Shared {
                state: Mutex::new(State {
                    conn,
                    stream,
                    out: VecDeque::new(),
                    written: 0,
                    needs_flush: false,
                    written_any: false,
                    read_buf: vec![0; READ_SIZE].into_boxed_slice(),
                    slots: Slots {
                        base: 0,
                        items: VecDeque::new(),
                        live: 0,
                        waiting: 0,
                    },
                    closed: None,
                    io_error: None,
                    max_in_flight: config.max_in_flight.max(1),
                    room_waiters: Vec::new(),
                    owner: None,
                    writer: None,
                    gatherer: None,
                    next_deadline: None,
                }),
                origin,
                runtime: runtime.clone(),
                node: config.addr.to_string(),
            }),
        })
    }

    /// Connects and completes the handshake with a `PING`, so that refused
    /// credentials, a wrong database or a server that never answers show
    /// here (within the connect timeout) rather than at the first request.
    /// Whatever fails is safe to retry: no request of the caller's was sent.
    pub(crate) async fn open(runtime: &R, config: &ClientConfig) -> Result<Self, Error> {
        let conn = Self::connect(runtime, config)
            .await
            .map_err(Error::unsent)?;
        let ping = crate::runtime::timeout(
            runtime,
            config.connect_timeout,
            conn.send(&Cmd::new("PING"))?,
        )
        .await
        .map_err(|_| {
            Error::new(ErrorKind::Timeout, "connect timeout")
                .at(conn.node())
                .unsent()
        })?
        .map_err(Error::unsent)?;
        if let Response::Reply(Err(error)) = ping {
            return Err(Error::server(error).at(conn.node()));
        }
        Ok(conn)
    }

    /// The node's address.
    pub(crate) fn node(&self) -> &str {
        &self.shared.node
    }

    /// Requests in flight (sent or queued, not yet answered and taken).
    pub(crate) fn in_flight(&self) -> usize {
        self.shared.lock().slots.live
    }

    /// Whether the connection is finished.
    pub(crate) fn is_closed(&self) -> bool {
        self.shared.lock().closed.is_some()
    }

    /// Whether the connection can go to another owner as it is: open,
    /// owing no reply, and without the server-side state a command can
    /// leave behind (a transaction, a watch, subscriptions, `MONITOR`,
    /// replies switched off, a database other than `database`).
    pub(crate) fn is_reusable(&self, database: u32) -> bool {
        let state = self.shared.lock();
        let conn = &state.conn;
        state.closed.is_none()
            && state.slots.live == 0
            && state.out.is_empty()
            && conn.is_idle()
            && !conn.in_transaction()
            && !conn.is_multi_sent()
            && !conn.is_watching()
            && !conn.is_subscribed()
            && !conn.is_monitoring()
            && !conn.is_reply_off()
            && conn.database() == Some(database)
    }

    /// Looks, without waiting, whether an idle connection is still open:
    /// reads whatever has arrived (the end of stream of a connection the
    /// server closed, or a push), so that a dead connection is noticed
    /// before it is handed to anyone. `false` when it is closed.
    pub(crate) fn probe(&self) -> bool {
        let mut state = self.shared.lock();
        if state.closed.is_some() {
            return false;
        }
        if state.slots.live > 0 {
            // Someone is waiting on it, and reading for it.
            return true;
        }
        let mut cx = Context::from_waker(Waker::noop());
        let state = &mut *state;
        for _ in 0..READS_PER_POLL {
            match Pin::new(&mut state.stream).poll_read(&mut cx, &mut state.read_buf) {
                Poll::Ready(Ok(0)) => {
                    state.conn.handle_eof();
                    state.absorb(&self.shared.node);
                }
                Poll::Ready(Ok(n)) => {
                    state
                        .conn
                        .handle_input(self.shared.now(), &state.read_buf[..n]);
                    state.absorb(&self.shared.node);
                }
                Poll::Ready(Err(error)) if error.kind() == io::ErrorKind::Interrupted => continue,
                Poll::Ready(Err(error)) => {
                    state.fail(Error::io("reading", error), &self.shared.node)
                }
                Poll::Pending => break,
            }
            if state.closed.is_some() {
                break;
            }
        }
        state.closed.is_none()
    }

    /// Waits until fewer than the configured maximum of requests are in
    /// flight: backpressure, so that memory stays bounded however many
    /// callers pile up.
    pub(crate) async fn ready(&self) {
        std::future::poll_fn(|cx| {
            let mut state = self.shared.lock();
            if state.closed.is_some() || state.slots.live < state.max_in_flight {
                return Poll::Ready(());
            }
            state.room_waiters.push(cx.waker().clone());
            Poll::Pending
        })
        .await;
    }

    /// Whether a request may be queued now without exceeding the maximum
    /// in flight (or the connection is closed, which `send` reports).
    pub(crate) fn has_room(&self) -> bool {
        let state = self.shared.lock();
        state.closed.is_some() || state.slots.live < state.max_in_flight
    }

    /// Queues `cmd`; the future drives the socket until the reply is in.
    pub(crate) fn send(&self, cmd: &Cmd) -> Result<ResponseFuture<R>, Error> {
        self.start(|conn, now| conn.send(now, cmd))
    }

    /// Queues `cmds` as one batch.
    pub(crate) fn send_batch(&self, cmds: &[Cmd]) -> Result<ResponseFuture<R>, Error> {
        self.start(|conn, now| conn.send_batch(now, cmds))
    }

    fn start(
        &self,
        send: impl FnOnce(&mut Connection, Instant) -> Result<RequestId, SendError>,
    ) -> Result<ResponseFuture<R>, Error> {
        let now = self.shared.now();
        let mut state = self.shared.lock();
        if let Some(error) = &state.closed {
            return Err(error.clone().unsent());
        }
        let id = send(&mut state.conn, now).map_err(|error| match error {
            SendError::Closed => Error::new(ErrorKind::Closed, "the connection is closed").unsent(),
            other => Error::with_source(ErrorKind::InvalidCommand, "command refused", other),
        })?;
        state.slots.push(id);
        // The command's bytes stay in the core until a poll is about to
        // write them (`drive`): a connection found closed before then
        // reports the request unsent, and it goes on a new connection.
        drop(state);
        Ok(ResponseFuture {
            shared: self.shared.clone(),
            id,
            sleep: None,
            polled: false,
            finished: false,
        })
    }
}

impl<R: Runtime> Shared<R> {
    fn lock(&self) -> MutexGuard<'_, State<R>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn now(&self) -> Instant {
        Instant::from_elapsed(self.origin.elapsed())
    }
}

impl<R: Runtime> State<R> {
    /// Wakes callers waiting for room, when there is some.
    fn release_room(&mut self) {
        if !self.room_waiters.is_empty()
            && (self.closed.is_some() || self.slots.live < self.max_in_flight)
        {
            for waker in self.room_waiters.drain(..) {
                waker.wake();
            }
        }
    }

    /// Drains the core's outputs into the slots and the write queue.
    fn absorb(&mut self, node: &str) {
        loop {
            match self.conn.poll_output() {
                Output::Transmit(bytes) => self.out.push_back(bytes),
                Output::Reply { id, reply } => self.slots.complete(id, Ok(Response::Reply(reply))),
                Output::Batch { id, replies } => {
                    self.slots.complete(id, Ok(Response::Batch(replies)));
                }
                Output::NoReply { id } => self.slots.complete(id, Ok(Response::NoReply)),
                Output::Redirected { id, redirect } => {
                    self.slots.complete(id, Ok(Response::Redirected(redirect)));
                }
                Output::Push(push) => tracing::debug!(?push, "push on a shared connection"),
                Output::Monitor(line) => {
                    tracing::debug!(?line, "monitor line on a shared connection")
                }
                Output::Closed { error, unsent } => {
                    let error = self
                        .io_error
                        .take()
                        .unwrap_or_else(|| Error::connection(&error))
                        .at(node);
                    tracing::debug!(%error, "connection closed");
                    let mut index = 0;
                    let ids = self.slots.waiting_ids();
                    for id in ids {
                        while unsent.get(index).is_some_and(|u| u.get() < id.get()) {
                            index += 1;
                        }
                        let never_sent = unsent.get(index) == Some(&id);
                        let error = if never_sent {
                            error.clone().unsent()
                        } else {
                            error.clone()
                        };
                        self.slots.complete(id, Err(error));
                    }
                    self.out.clear();
                    self.closed = Some(error);
                    self.release_room();
                }
                Output::Wait { until } => {
                    self.next_deadline = until;
                    return;
                }
                _ => {}
            }
        }
    }

    /// Ends the connection with an I/O error.
    fn fail(&mut self, error: Error, node: &str) {
        self.io_error = Some(error);
        self.conn.handle_eof();
        self.absorb(node);
    }

    /// Writes what is queued and reads what has arrived, until neither can
    /// go on or `id`'s reply is in; registers `cx` with the socket when it
    /// has to wait on it.
    fn drive(
        &mut self,
        cx: &mut Context<'_>,
        id: RequestId,
        shared_now: impl Fn() -> Instant,
        node: &str,
    ) {
        if self.gatherer == Some(id) {
            self.gatherer = None;
        }
        // Alone on a connection that may have sat idle: read first, so that
        // a connection the server closed meanwhile is noticed before
        // anything is written to it, and what is queued can go elsewhere.
        if self.slots.live == 1 {
            match self.read(cx, id, &shared_now, node) {
                Read::Stop => return,
                Read::Data | Read::Pending => {}
            }
        }
        let mut reads = 0;
        loop {
            if self.closed.is_some() {
                return;
            }
            // Take what the core has queued only now, when it is written.
            self.absorb(node);
            if !self.write(cx, id, node) {
                return;
            }
            let mut progress = std::mem::take(&mut self.written_any);
            match self.read(cx, id, &shared_now, node) {
                Read::Stop => return,
                Read::Data => {
                    progress = true;
                    reads += 1;
                    if !matches!(self.slots.get(id), Some(Slot::Waiting(_))) {
                        // This caller's reply is in: what others queued is
                        // theirs to write.
                        return;
                    }
                }
                Read::Pending => {}
            }
            if !progress {
                return;
            }
            if reads >= READS_PER_POLL {
                // Let others run; come back at once.
                cx.waker().wake_by_ref();
                return;
            }
        }
    }

    /// One read from the socket, fed to the core.
    fn read(
        &mut self,
        cx: &mut Context<'_>,
        id: RequestId,
        shared_now: &impl Fn() -> Instant,
        node: &str,
    ) -> Read {
        match Pin::new(&mut self.stream).poll_read(cx, &mut self.read_buf) {
            Poll::Ready(Ok(0)) => {
                self.conn.handle_eof();
                self.absorb(node);
                Read::Stop
            }
            Poll::Ready(Ok(n)) => {
                let now = shared_now();
                self.conn.handle_input(now, &self.read_buf[..n]);
                self.absorb(node);
                if self.closed.is_some() {
                    return Read::Stop;
                }
                Read::Data
            }
            Poll::Ready(Err(error)) if error.kind() == io::ErrorKind::Interrupted => Read::Data,
            Poll::Ready(Err(error)) => {
                self.fail(Error::io("reading", error), node);
                Read::Stop
            }
            Poll::Pending => {
                self.owner = Some(id);
                Read::Pending
            }
        }
    }

    /// Writes everything queued; `false` when the connection failed.
    fn write(&mut self, cx: &mut Context<'_>, id: RequestId, node: &str) -> bool {
        while let Some(front) = self.out.front() {
            match Pin::new(&mut self.stream).poll_write(cx, &front[self.written..]) {
                Poll::Ready(Ok(0)) => {
                    let error = io::Error::from(io::ErrorKind::WriteZero);
                    self.fail(Error::io("writing", error), node);
                    return false;
                }
                Poll::Ready(Ok(n)) => {
                    self.written += n;
                    if self.written == front.len() {
                        self.out.pop_front();
                        self.written = 0;
                    }
                    self.needs_flush = true;
                    self.written_any = true;
                }
                Poll::Ready(Err(error)) if error.kind() == io::ErrorKind::Interrupted => {}
                Poll::Ready(Err(error)) => {
                    self.fail(Error::io("writing", error), node);
                    return false;
                }
                Poll::Pending => {
                    self.writer = Some(id);
                    break;
                }
            }
        }
        if self.out.is_empty() && self.needs_flush {
            match Pin::new(&mut self.stream).poll_flush(cx) {
                Poll::Ready(Ok(())) => self.needs_flush = false,
                Poll::Ready(Err(error)) => {
                    self.fail(Error::io("writing", error), node);
                    return false;
                }
                Poll::Pending => self.writer = Some(id),
            }
        }
        true
    }

    /// `id` is done with the socket (answered or dropped): if its task is
    /// the one the runtime would wake, or was to write for the others, or
    /// no task is registered with the socket at all, another waiting task
    /// takes over.
    fn leave(&mut self, id: RequestId) {
        // With no owner, no task is registered to read for those still
        // waiting: the one that just wrote their commands may have had its
        // own reply in the same read and left without ever getting
        // `Pending`, and those that let it write for them wait on their
        // slots only. One of them must take over.
        let mut hand_over = self.owner.is_none();
        if self.owner == Some(id) {
            self.owner = None;
            hand_over = true;
        }
        if self.gatherer == Some(id) {
            self.gatherer = None;
            hand_over = true;
        }
        if self.writer == Some(id) {
            self.writer = None;
            hand_over = true;
        }
        if hand_over && self.slots.any_waiting() {
            // The task woken is the owner until it polls: should it be
            // dropped first, it hands over in turn.
            self.owner = self.slots.wake_one();
        }
        self.release_room();
    }
}

/// What one read did.
enum Read {
    /// Bytes came in.
    Data,
    /// Nothing yet; the task is registered.
    Pending,
    /// The connection ended.
    Stop,
}

/// The reply to one request; dropping it abandons the request safely.
pub(crate) struct ResponseFuture<R: Runtime> {
    shared: Arc<Shared<R>>,
    id: RequestId,
    /// The owner's timer, for the connection's next deadline.
    sleep: Option<(Instant, Pin<Box<R::Sleep>>)>,
    polled: bool,
    finished: bool,
}

impl<R: Runtime> Future for ResponseFuture<R> {
    type Output = Result<Response, Error>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let shared = &*this.shared;
        let id = this.id;
        let mut state = shared.lock();
        if let Some(result) = state.slots.take(id) {
            this.finished = true;
            state.leave(id);
            return Poll::Ready(result);
        }
        let first = !this.polled;
        this.polled = true;
        let defer = first
            && state.slots.live > 1
            && match state.gatherer {
                // Someone is about to write everything queued, this
                // command included.
                Some(_) => true,
                // Others are in flight: let the tasks behind this one queue
                // their commands too, and write them all in one go.
                None => {
                    state.gatherer = Some(id);
                    cx.waker().wake_by_ref();
                    true
                }
            };
        if !defer {
            loop {
                state.drive(cx, id, || shared.now(), &shared.node);
                if let Some(result) = state.slots.take(id) {
                    this.finished = true;
                    state.leave(id);
                    return Poll::Ready(result);
                }
                // The task the runtime will wake keeps the connection's
                // timer.
                if state.owner != Some(id) {
                    this.sleep = None;
                    break;
                }
                let Some(deadline) = state.next_deadline else {
                    this.sleep = None;
                    break;
                };
                let now = shared.now();
                if now >= deadline {
                    // The core fails the connection: a reply still owed
                    // cannot be skipped.
                    state.conn.handle_timeout(now);
                    state.absorb(&shared.node);
                    this.sleep = None;
                    if state.next_deadline == Some(deadline) {
                        // Not due after all (the clocks differ by a hair).
                        state.next_deadline = Some(now + std::time::Duration::from_millis(1));
                    }
                    continue;
                }
                // A timer already set for no later than the deadline is
                // kept: when it fires early (the deadline moved on, as the
                // silence clock does with every read), the check above
                // sets a new one. So a timer is made once per deadline
                // that comes nearer, not once per read.
                let sleep = match &mut this.sleep {
                    Some((at, sleep)) if *at <= deadline => sleep,
                    slot => {
                        let sleep = shared
                            .runtime
                            .sleep(deadline.saturating_duration_since(now));
                        &mut slot.insert((deadline, Box::pin(sleep))).1
                    }
                };
                match sleep.as_mut().poll(cx) {
                    // The check above settles it, with a new timer if need be.
                    Poll::Ready(()) => this.sleep = None,
                    Poll::Pending => break,
                }
            }
        }
        if let Some(Slot::Waiting(waker)) = state.slots.get(id) {
            match waker {
                Some(old) if old.will_wake(cx.waker()) => {}
                _ => *waker = Some(cx.waker().clone()),
            }
        }
        Poll::Pending
    }
}

impl<R: Runtime> Drop for ResponseFuture<R> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let mut state = self.shared.lock();
        if state.slots.take(self.id).is_none() {
            state.conn.abandon(self.id);
            state.slots.forget(self.id);
        }
        state.absorb(&self.shared.node);
        state.leave(self.id);
    }
}

//! One connection to one server, as a state machine: commands and bytes in,
//! bytes to write and replies out.

mod classify;
mod config;

use alloc::collections::{BinaryHeap, VecDeque};
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Reverse;
use core::fmt;
use core::mem;

use bytes::{Bytes, BytesMut};

pub(crate) use self::classify::is_blocking;
use self::classify::{Classified, Kind, ReplyMode, Wait};
pub use self::config::{Config, Protocol};
use crate::cluster::Redirect;
use crate::cmd::Cmd;
use crate::decode::{DecodeError, Decoder};
use crate::frame::Frame;
use crate::pubsub::{Push, Subscriptions};
use crate::server_error::{ErrorKind, ServerError};
use crate::time::Instant;

/// One connection to a Redis server, without the socket.
///
/// `Connection` decides everything about a connection that needs no I/O:
/// what to say when it opens (`HELLO 3` with `AUTH` and `SETNAME`, or the
/// RESP2 equivalents when the server refuses it; `SELECT`; `CLIENT
/// SETINFO`), which reply belongs to which request, what is a push rather
/// than a reply, when a request has waited too long, and when the byte
/// stream can no longer be trusted. The caller owns the socket and the
/// clock and moves bytes and time in and out.
///
/// # The run loop
///
/// Feed the connection with the `handle_*` methods and [`Connection::send`],
/// and after **each** of those calls drain [`Connection::poll_output`] until
/// it returns [`Output::Wait`]:
///
/// - [`Output::Transmit`]: write these bytes to the socket, in order.
/// - [`Output::Reply`], [`Output::Batch`], [`Output::NoReply`],
///   [`Output::Redirected`]: request `id` is done; hand the result to
///   whoever waits for it.
/// - [`Output::Push`], [`Output::Monitor`]: out-of-band data.
/// - [`Output::Closed`]: the connection is finished and every request still
///   waiting has failed; drop the socket.
/// - [`Output::Wait`]: nothing more for now. Read from the socket and pass
///   what arrives to [`Connection::handle_input`] (or, at end of stream, call
///   [`Connection::handle_eof`]); if `until` passes first, call
///   [`Connection::handle_timeout`].
///
/// The connection never blocks, never reads a clock and never spawns; time
/// is passed in as an [`Instant`].
///
/// ```
/// use std::collections::VecDeque;
/// use std::time::Duration;
/// use resp_core::{Cmd, Config, Connection, Frame, Instant, Output, Protocol};
///
/// /// A fictional socket: whatever is written to it, the "server" answers
/// /// with the next scripted chunk.
/// struct Socket { script: VecDeque<&'static [u8]>, written: Vec<u8> }
/// impl Socket {
///     fn write_all(&mut self, bytes: &[u8]) { self.written.extend_from_slice(bytes); }
///     fn read(&mut self) -> Option<&'static [u8]> { self.script.pop_front() }
/// }
/// let mut socket = Socket {
///     script: VecDeque::from([
///         &b"%1\r\n$5\r\nproto\r\n:3\r\n"[..],          // HELLO 3
///         b"$5\r\nworld\r\n>3\r\n$7\r\nmessage\r\n",    // GET, then half a push
///         b"$4\r\nnews\r\n$2\r\nhi\r\n",
///     ]),
///     written: Vec::new(),
/// };
///
/// let config = Config::new()
///     .with_protocol(Protocol::Resp3)
///     .with_response_timeout(Some(Duration::from_secs(5)));
/// let origin = std::time::Instant::now();
/// let now = || Instant::from_elapsed(origin.elapsed());
/// let mut conn = Connection::new(config, now());
/// let get = conn.send(now(), &Cmd::new("GET").arg("hello"))?;
///
/// let mut replies = Vec::new();
/// let mut pushes = Vec::new();
/// loop {
///     match conn.poll_output() {
///         Output::Transmit(bytes) => socket.write_all(&bytes),
///         Output::Reply { id, reply } => replies.push((id, reply)),
///         Output::Push(push) => pushes.push(push),
///         Output::Closed { error, .. } => panic!("closed: {error}"),
///         Output::Wait { until } => {
///             // A real loop waits for the socket to be readable, or for
///             // `until`, whichever comes first.
///             match socket.read() {
///                 Some(data) => conn.handle_input(now(), data),
///                 None if conn.is_idle() => break,
///                 None => conn.handle_eof(),
///             }
///             let _ = until;
///         }
///         _ => {}
///     }
/// }
/// assert!(socket.written.starts_with(b"*2\r\n$5\r\nHELLO\r\n$1\r\n3\r\n"));
/// assert_eq!(replies, [(get, Ok(Frame::bulk("world")))]);
/// assert_eq!(pushes.len(), 1);
/// # Ok::<(), resp_core::SendError>(())
/// ```
///
/// # Replies are matched in order
///
/// Each request knows how many frames it is owed: one, normally; none in
/// `CLIENT REPLY OFF` mode and for the command after `CLIENT REPLY SKIP`;
/// one per channel for (un)subscribe; `QUEUED` inside `MULTI`, whose count
/// `EXEC`'s reply must match. RESP3 push frames, and in RESP2 subscribed
/// mode pubsub messages, are never taken for replies. After `MONITOR`, the
/// server's lines come out as [`Output::Monitor`]. A frame no request can
/// take closes the connection ([`ConnectionError::Unexpected`]): no request
/// ever receives another request's reply.
///
/// # Deadlines
///
/// With a response timeout, each request must be answered within it,
/// counted from [`Connection::send`]; blocking commands (`BLPOP`, `BLMOVE`,
/// `BZPOPMIN`, `BLMPOP`, `XREAD`/`XREADGROUP ... BLOCK`, `WAIT`, ...) get
/// their own timeout plus a margin, and none when told to block forever; a
/// request queued behind another is never due before it. A
/// request that misses its deadline still owes a reply, so the connection
/// cannot be trusted to stay in step: it closes with
/// [`ConnectionError::Timeout`].
///
/// With a silence timeout ([`Config::with_silence_timeout`]), the
/// connection also closes ([`ConnectionError::Silence`]) when the server
/// sends nothing for that long while it owes a reply to a command that is
/// not blocking: a frozen server or a dead path is found out in that time,
/// however long the response timeout.
pub struct Connection {
    config: Config,
    decoder: Decoder,
    /// Bytes read and not yet decoded.
    input: BytesMut,
    /// Bytes to transmit.
    out: BytesMut,
    /// Requests whose bytes are in `out` or were transmitted, in wire order.
    pending: VecDeque<Pending>,
    /// User requests sent while the connection was gated (handshake, health
    /// check): neither transmitted nor in `pending` yet.
    held: VecDeque<Pending>,
    held_out: BytesMut,
    held_deadline: Option<Instant>,
    /// Gate requests (handshake, health check) still unanswered.
    gate: usize,
    outputs: VecDeque<Output>,
    /// `(deadline, seq)` of pending requests; entries for requests already
    /// answered are dropped lazily (their `seq` is below the oldest pending).
    deadlines: BinaryHeap<Reverse<(Instant, u64)>>,
    next_id: u64,
    next_seq: u64,
    /// The first `seq` whose bytes are still in `out`.
    unsent_seq: u64,
    server: ServerState,
    sending: SendState,
    last_activity: Instant,
    /// When the silence clock last started: bytes came in, or a request
    /// was queued with none ahead of it.
    quiet_since: Instant,
    closed: bool,
}

/// Identifies a request sent on a [`Connection`]; unique per connection.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RequestId(u64);

impl RequestId {
    /// The id as a number (the first request is 0).
    pub const fn get(self) -> u64 {
        self.0
    }
}

impl fmt::Debug for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RequestId({})", self.0)
    }
}

impl fmt::Display for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// What a [`Connection`] has for its caller; see the run loop in its docs.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Output {
    /// Write these bytes to the socket, after those of earlier `Transmit`s.
    Transmit(Bytes),
    /// The reply to request `id`. A server error (`-ERR ...`) is a reply
    /// like any other: the connection is fine.
    ///
    /// For `SUBSCRIBE` and the like, the reply is an array of the
    /// confirmations, one per channel.
    Reply {
        /// The request.
        id: RequestId,
        /// What the server answered.
        reply: Result<Frame, ServerError>,
    },
    /// The replies to a batch sent with [`Connection::send_batch`], one per
    /// command in order (a command the server does not answer, under
    /// `CLIENT REPLY OFF` or `SKIP`, has [`Frame::Null`]).
    Batch {
        /// The batch.
        id: RequestId,
        /// One reply per command.
        replies: Vec<Result<Frame, ServerError>>,
    },
    /// Request `id` was sent, and the server will not answer it (`CLIENT
    /// REPLY OFF`, or the command after `CLIENT REPLY SKIP`).
    NoReply {
        /// The request.
        id: RequestId,
    },
    /// A push (RESP3), or a pubsub message in RESP2 subscribed mode.
    Push(Push),
    /// A line of `MONITOR` output.
    Monitor(Bytes),
    /// Request `id` was answered with `MOVED` or `ASK`: its slot is served
    /// elsewhere.
    Redirected {
        /// The request.
        id: RequestId,
        /// Where to send it.
        redirect: Redirect,
    },
    /// The connection is finished: every request not yet answered has
    /// failed with `error`. Those in `unsent` never left the connection
    /// (no byte of them was handed out in a [`Output::Transmit`]), so they
    /// are safe to send again on another connection.
    Closed {
        /// Why.
        error: ConnectionError,
        /// Failed requests that were never transmitted.
        unsent: Vec<RequestId>,
    },
    /// Nothing more until there is input, or until `until` (call
    /// [`Connection::handle_timeout`] then).
    Wait {
        /// The next deadline, if any.
        until: Option<Instant>,
    },
}

/// Why a [`Connection`] closed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ConnectionError {
    /// The server sent bytes that are not RESP.
    #[error("malformed reply: {0}")]
    Decode(DecodeError),
    /// The server sent a frame that no request can take.
    #[error("unexpected frame from the server: {0}")]
    Unexpected(&'static str),
    /// The server closed the connection.
    #[error("the server closed the connection")]
    Eof,
    /// A request was not answered in time.
    #[error("no reply within the response timeout")]
    Timeout,
    /// The server sent nothing for this long while it owed a reply to a
    /// command that is not blocking: see
    /// [`Config::with_silence_timeout`].
    #[error("the server sent nothing for {0:?} while a reply was owed")]
    Silence(core::time::Duration),
    /// The server refused the handshake (authentication, `SELECT`,
    /// `SETNAME`).
    #[error("the server refused the connection's handshake: {0}")]
    Handshake(ServerError),
    /// The health check's `PING` was not answered with `PONG`.
    #[error("health check failed: {0}")]
    HealthCheck(ServerError),
}

/// Why [`Connection::send`] refused a command; nothing was sent.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SendError {
    /// The connection has closed, or `QUIT` was sent.
    #[error("the connection is closed")]
    Closed,
    /// After `MONITOR`, only `RESET` and `QUIT` may be sent.
    #[error("only RESET and QUIT may follow MONITOR")]
    Monitoring,
    /// This command changes the connection's mode, which cannot be followed
    /// when it runs inside `MULTI`.
    #[error("{0} cannot be queued inside MULTI")]
    InTransaction(String),
    /// The command cannot be sent this way.
    #[error("{0}")]
    Unsupported(&'static str),
}

/// The server's side of the connection, as its replies have shown it.
#[derive(Clone, Debug)]
struct ServerState {
    protocol: Protocol,
    reply_mode: ReplyMode,
    in_multi: bool,
    queued: usize,
    monitoring: bool,
    subscriptions: Subscriptions,
}

impl ServerState {
    fn new() -> Self {
        Self {
            protocol: Protocol::Resp2,
            reply_mode: ReplyMode::On,
            in_multi: false,
            queued: 0,
            monitoring: false,
            subscriptions: Subscriptions::new(),
        }
    }

    /// RESP2 subscribed mode: pubsub arrays are pushes.
    fn subscribed(&self) -> bool {
        !self.subscriptions.is_empty()
    }
}

/// What the commands sent so far will have done once the server runs them.
#[derive(Clone, Copy, Debug, Default)]
struct SendState {
    multi: bool,
    monitor: bool,
    quit: bool,
    /// `CLIENT REPLY OFF` was sent, and neither `ON` nor `RESET` since.
    reply_off: bool,
    /// `CLIENT REPLY SKIP` was just sent.
    reply_skip: bool,
    /// `WATCH` was sent, and neither `EXEC`, `DISCARD`, `UNWATCH` nor
    /// `RESET` since.
    watching: bool,
    /// The argument of the last `SELECT` sent since the connection opened
    /// or was `RESET`: `None` for none, `Some(None)` for one that named no
    /// database.
    selected: Option<Option<u32>>,
}

impl SendState {
    fn check(&mut self, cmd: &Cmd, classified: &Classified) -> Result<(), SendError> {
        if self.quit {
            return Err(SendError::Closed);
        }
        if self.monitor && !matches!(classified.kind, Kind::Reset | Kind::Quit) {
            return Err(SendError::Monitoring);
        }
        if self.multi && classified.forbidden_in_transaction() {
            let name = cmd.iter().next().unwrap_or_default();
            return Err(SendError::InTransaction(
                String::from_utf8_lossy(name).to_uppercase(),
            ));
        }
        // A command whose reply changes the connection's mode cannot be
        // followed when the server does not send that reply.
        if (self.reply_off || self.reply_skip)
            && matches!(classified.kind, Kind::Multi | Kind::Monitor | Kind::Hello)
        {
            return Err(SendError::Unsupported(
                "MULTI, MONITOR and HELLO cannot be sent while CLIENT REPLY is OFF or SKIP",
            ));
        }
        self.reply_skip = false;
        match classified.kind {
            Kind::ClientReply(ReplyMode::On) => self.reply_off = false,
            Kind::ClientReply(ReplyMode::Off) => self.reply_off = true,
            Kind::ClientReply(ReplyMode::Skip) => self.reply_skip = true,
            Kind::Multi => self.multi = true,
            Kind::Exec | Kind::Discard => {
                self.multi = false;
                self.watching = false;
            }
            Kind::Watch => self.watching = true,
            Kind::Unwatch => self.watching = false,
            Kind::Select(db) => self.selected = Some(db),
            Kind::Monitor => self.monitor = true,
            Kind::Reset => *self = Self::default(),
            Kind::Quit => self.quit = true,
            _ => {}
        }
        Ok(())
    }
}

/// A request on the wire (or held), awaiting its replies.
#[derive(Debug)]
struct Pending {
    /// The user's id, or for internal requests the key of the request
    /// before it, so that keys never decrease along the queue.
    key: u64,
    seq: u64,
    owner: Owner,
    cmds: Cmds,
    /// The command now being answered.
    next: usize,
    /// Frames still owed by that command; `None` until it is its turn.
    owed: Option<usize>,
    /// Confirmations received for a (un)subscribe command.
    confirmations: Vec<Frame>,
    /// Replies of a batch's earlier commands.
    replies: Vec<Result<Frame, ServerError>>,
    deadline: Option<Instant>,
    /// Whether the request blocks for as long as it takes (`BLPOP k 0`),
    /// or waits behind one that does.
    forever: bool,
    /// Whether user requests are held until this one is answered.
    gating: bool,
    /// A held request's bytes in `held_out`.
    held_len: usize,
}

#[derive(Debug)]
enum Cmds {
    One(Classified),
    Batch(Vec<Classified>),
}

impl Cmds {
    fn get(&self, index: usize) -> Option<&Classified> {
        match self {
            Self::One(cmd) => (index == 0).then_some(cmd),
            Self::Batch(cmds) => cmds.get(index),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Owner {
    User { abandoned: bool },
    Internal(Internal),
}

/// Requests the connection sends on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Internal {
    Hello,
    Auth,
    SetName,
    /// `SELECT`; not `strict` when sent before a refused `HELLO` (it was
    /// refused too, for want of authentication, and is sent again).
    Select {
        strict: bool,
    },
    SetInfo,
    Ping,
}

impl Connection {
    /// A connection about to open: the handshake is queued, and commands
    /// sent before it completes are held back until it has.
    pub fn new(config: Config, now: Instant) -> Self {
        let mut conn = Self {
            decoder: Decoder::with_limits(config.limits),
            config,
            input: BytesMut::new(),
            out: BytesMut::new(),
            pending: VecDeque::new(),
            held: VecDeque::new(),
            held_out: BytesMut::new(),
            held_deadline: None,
            gate: 0,
            outputs: VecDeque::new(),
            deadlines: BinaryHeap::new(),
            next_id: 0,
            next_seq: 0,
            unsent_seq: 0,
            server: ServerState::new(),
            sending: SendState::default(),
            last_activity: now,
            quiet_since: now,
            closed: false,
        };
        conn.start_handshake(now);
        conn
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The protocol the server speaks on this connection, as far as its
    /// replies so far have shown (RESP2 until `HELLO 3` is answered).
    pub fn protocol(&self) -> Protocol {
        self.server.protocol
    }

    /// Whether the handshake (or a health check) is still holding commands
    /// back.
    pub fn is_gated(&self) -> bool {
        self.gate > 0
    }

    /// Whether no request is waiting for a reply: a connection that is not
    /// idle owes its users replies and must not be handed to another.
    pub fn is_idle(&self) -> bool {
        self.pending.is_empty() && self.held.is_empty()
    }

    /// How many requests (the connection's own included) await replies.
    pub fn in_flight(&self) -> usize {
        self.pending.len() + self.held.len()
    }

    /// Whether the server has confirmed subscriptions on this connection.
    pub fn is_subscribed(&self) -> bool {
        self.server.subscribed()
    }

    /// The channels, patterns and shard channels the server has confirmed.
    pub fn subscriptions(&self) -> &Subscriptions {
        &self.server.subscriptions
    }

    /// Whether the server is in `MONITOR` mode for this connection.
    pub fn is_monitoring(&self) -> bool {
        self.server.monitoring
    }

    /// Whether the server has a `MULTI` open on this connection.
    pub fn in_transaction(&self) -> bool {
        self.server.in_multi
    }

    /// Whether a `MULTI` was sent and not yet ended by `EXEC`, `DISCARD`
    /// or `RESET` (the server may not have answered it yet).
    pub fn is_multi_sent(&self) -> bool {
        self.sending.multi
    }

    /// Whether a `WATCH` was sent and not yet ended by `EXEC`, `DISCARD`,
    /// `UNWATCH` or `RESET`: the server may be watching keys for this
    /// connection.
    pub fn is_watching(&self) -> bool {
        self.sending.watching
    }

    /// Whether `CLIENT REPLY OFF` or `SKIP` was sent and its effect is not
    /// over (`CLIENT REPLY ON`, `RESET`, or for `SKIP` the next command).
    pub fn is_reply_off(&self) -> bool {
        self.sending.reply_off || self.sending.reply_skip
    }

    /// The database the commands sent so far leave selected: the
    /// configured one, or the argument of the last `SELECT` since the
    /// connection opened or was `RESET`; `None` when that `SELECT` named
    /// no database. As sent: a `SELECT` the server refuses (a number out
    /// of range) still counts, so a caller asking "is this connection on
    /// its configured database?" errs on the side of no.
    pub fn database(&self) -> Option<u32> {
        match self.sending.selected {
            None => Some(self.config.database),
            Some(db) => db,
        }
    }

    /// Whether the connection has closed.
    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// Queues `cmd`; its bytes come out of [`Connection::poll_output`].
    ///
    /// `now` starts the request's response deadline.
    ///
    /// # Errors
    ///
    /// [`SendError`] when the command cannot be sent in the connection's
    /// state; nothing is queued then.
    pub fn send(&mut self, now: Instant, cmd: &Cmd) -> Result<RequestId, SendError> {
        if self.closed {
            return Err(SendError::Closed);
        }
        let classified = Classified::of(cmd);
        self.sending.check(cmd, &classified)?;
        let deadline = self.deadline_for(now, classified.wait);
        let forever = classified.wait == Wait::Forever;
        let is_reset = classified.kind == Kind::Reset;
        let id = self.push_user(now, Cmds::One(classified), deadline, forever, |out| {
            cmd.encode(out);
        });
        // RESET forgets the handshake; say it again before anything sent
        // after it (once it is released, if it is held back).
        if is_reset && self.held.back().is_none_or(|held| held.key != id.0) {
            self.start_handshake(now);
        }
        Ok(id)
    }

    /// Queues `cmds` as one request, written together, whose replies come
    /// out together as one [`Output::Batch`].
    ///
    /// # Errors
    ///
    /// [`SendError`] when one of the commands cannot be sent; none is.
    pub fn send_batch(&mut self, now: Instant, cmds: &[Cmd]) -> Result<RequestId, SendError> {
        // An empty batch is checked against no command: QUIT is checked here.
        if self.closed || self.sending.quit {
            return Err(SendError::Closed);
        }
        let mut sending = self.sending;
        let mut classified = Vec::with_capacity(cmds.len());
        let mut latest: Option<Instant> = None;
        let mut forever = false;
        for cmd in cmds {
            let one = Classified::of(cmd);
            sending.check(cmd, &one)?;
            if one.kind == Kind::Reset {
                // The handshake replay would have to go inside the batch.
                return Err(SendError::Unsupported("RESET cannot be sent in a batch"));
            }
            forever |= one.wait == Wait::Forever;
            if let Some(deadline) = self.deadline_for(now, one.wait) {
                latest = Some(latest.map_or(deadline, |l| l.max(deadline)));
            }
            classified.push(one);
        }
        let deadline = if forever { None } else { latest };
        self.sending = sending;
        Ok(
            self.push_user(now, Cmds::Batch(classified), deadline, forever, |out| {
                for cmd in cmds {
                    cmd.encode(out);
                }
            }),
        )
    }

    /// Gives up on request `id`: its reply is still read, so that the
    /// stream stays in step, and then dropped. Returns whether `id` was
    /// still waiting.
    pub fn abandon(&mut self, id: RequestId) -> bool {
        for queue in [&mut self.pending, &mut self.held] {
            let index = queue.partition_point(|pending| pending.key < id.0);
            if let Some(pending) = queue.get_mut(index)
                && pending.key == id.0
                && let Owner::User { abandoned } = &mut pending.owner
            {
                let was = !*abandoned;
                *abandoned = true;
                return was;
            }
        }
        false
    }

    /// The deadline of request `id`, if it is still waiting and has one.
    ///
    /// A caller can sleep until it, then call
    /// [`Connection::handle_timeout`].
    pub fn deadline(&self, id: RequestId) -> Option<Instant> {
        for queue in [&self.pending, &self.held] {
            let index = queue.partition_point(|pending| pending.key < id.0);
            if let Some(pending) = queue.get(index)
                && pending.key == id.0
                && matches!(pending.owner, Owner::User { .. })
            {
                return pending.deadline;
            }
        }
        None
    }

    /// Bytes read from the socket.
    pub fn handle_input(&mut self, now: Instant, data: &[u8]) {
        if self.closed || data.is_empty() {
            return;
        }
        self.last_activity = now;
        self.quiet_since = now;
        self.input.extend_from_slice(data);
        while !self.closed {
            match self.decoder.decode(&mut self.input) {
                Ok(Some(frame)) => self.handle_frame(frame),
                Ok(None) => break,
                Err(error) => self.close(ConnectionError::Decode(error)),
            }
        }
    }

    /// The time is now `now`: fails the connection if a deadline passed,
    /// and pings a quiet subscribed connection when a health check is due.
    pub fn handle_timeout(&mut self, now: Instant) {
        if self.closed {
            return;
        }
        if self.next_deadline().is_some_and(|deadline| deadline <= now) {
            self.close(ConnectionError::Timeout);
            return;
        }
        if let Some(due) = self.silence_due()
            && due <= now
        {
            let timeout = self.config.silence_timeout.unwrap_or_default();
            self.close(ConnectionError::Silence(timeout));
            return;
        }
        if self.idle_ping_due().is_some_and(|due| due <= now) {
            self.push_internal(now, Internal::Ping, &Cmd::new("PING"), false);
        }
    }

    /// The server closed the connection (the socket read end of stream).
    pub fn handle_eof(&mut self) {
        self.close(ConnectionError::Eof);
    }

    /// What to do next; call until it returns [`Output::Wait`].
    #[must_use]
    pub fn poll_output(&mut self) -> Output {
        if let Some(output) = self.outputs.pop_front() {
            return output;
        }
        if !self.out.is_empty() {
            self.unsent_seq = self.next_seq;
            return Output::Transmit(self.out.split().freeze());
        }
        if self.closed {
            return Output::Wait { until: None };
        }
        let until = earliest(
            earliest(self.next_deadline(), self.idle_ping_due()),
            self.silence_due(),
        );
        Output::Wait { until }
    }

    // --- sending -------------------------------------------------------

    fn deadline_for(&self, now: Instant, wait: Wait) -> Option<Instant> {
        match wait {
            Wait::Default => self.config.response_timeout.map(|timeout| now + timeout),
            Wait::Blocking(wait) => Some(now + wait + self.config.blocking_margin),
            Wait::Forever => None,
        }
    }

    fn push_user(
        &mut self,
        now: Instant,
        cmds: Cmds,
        deadline: Option<Instant>,
        forever: bool,
        encode: impl FnOnce(&mut BytesMut),
    ) -> RequestId {
        let id = self.next_id;
        self.next_id += 1;
        // Replies come in order: a request cannot be answered before the
        // one queued ahead of it, so its deadline is never earlier than
        // that one's, and behind a command told to block forever it has
        // none.
        let ahead = if self.gate > 0 {
            self.held.back().or(self.pending.back())
        } else {
            self.pending.back()
        };
        let (deadline, forever) = behind(ahead, deadline, forever);
        let mut pending = Pending {
            key: id,
            seq: 0,
            owner: Owner::User { abandoned: false },
            cmds,
            next: 0,
            owed: None,
            confirmations: Vec::new(),
            replies: Vec::new(),
            deadline,
            forever,
            gating: false,
            held_len: 0,
        };
        if self.gate == 0 && self.health_check_due(now) {
            self.gate += 1;
            self.push_internal(now, Internal::Ping, &Cmd::new("PING"), true);
        }
        if self.gate > 0 {
            let start = self.held_out.len();
            encode(&mut self.held_out);
            pending.held_len = self.held_out.len() - start;
            if let Some(deadline) = deadline {
                self.held_deadline = Some(self.held_deadline.map_or(deadline, |d| d.min(deadline)));
            }
            self.held.push_back(pending);
        } else {
            if self.pending.is_empty() {
                self.quiet_since = now;
            }
            encode(&mut self.out);
            self.enqueue(pending);
        }
        self.last_activity = now;
        RequestId(id)
    }

    fn health_check_due(&self, now: Instant) -> bool {
        self.config.health_check_interval.is_some_and(|interval| {
            // Inside MULTI, a PING would be queued rather than answered.
            self.pending.is_empty()
                && !self.server.monitoring
                && !self.sending.monitor
                && !self.server.in_multi
                && now.saturating_duration_since(self.last_activity) >= interval
        })
    }

    /// When the server's silence fails the connection: only while the
    /// command being answered is not a blocking one.
    #[inline]
    fn silence_due(&self) -> Option<Instant> {
        let timeout = self.config.silence_timeout?;
        let head = self.pending.front()?;
        let cmd = head.cmds.get(head.next)?;
        (cmd.wait == Wait::Default).then(|| self.quiet_since + timeout)
    }

    /// When a subscribed connection with nothing else to do should ping.
    fn idle_ping_due(&self) -> Option<Instant> {
        let interval = self.config.health_check_interval?;
        (self.is_idle()
            && self.server.subscribed()
            && !self.server.monitoring
            && !self.server.in_multi
            && !self.sending.quit)
            .then(|| self.last_activity + interval)
    }

    /// Sends one of the connection's own requests, ahead of held ones.
    fn push_internal(&mut self, now: Instant, internal: Internal, cmd: &Cmd, gate: bool) {
        if self.pending.is_empty() {
            self.quiet_since = now;
        }
        cmd.encode(&mut self.out);
        let key = self.pending.back().map_or(0, |last| last.key);
        let own = self.deadline_for(now, Wait::Default);
        let (deadline, forever) = behind(self.pending.back(), own, false);
        let pending = Pending {
            key,
            seq: 0,
            owner: Owner::Internal(internal),
            cmds: Cmds::One(Classified::of(cmd)),
            next: 0,
            owed: None,
            confirmations: Vec::new(),
            replies: Vec::new(),
            deadline,
            forever,
            gating: gate,
            held_len: 0,
        };
        self.last_activity = now;
        self.enqueue(pending);
    }

    /// Puts a request on the wire queue.
    fn enqueue(&mut self, mut pending: Pending) {
        pending.seq = self.next_seq;
        self.next_seq += 1;
        if let Some(deadline) = pending.deadline {
            self.deadlines.push(Reverse((deadline, pending.seq)));
        }
        self.pending.push_back(pending);
        if self.pending.len() == 1 {
            self.advance();
        }
    }

    /// Queues the handshake; user commands wait behind it.
    fn start_handshake(&mut self, now: Instant) {
        let config = &self.config;
        let mut cmds: Vec<(Internal, Cmd)> = Vec::new();
        let auth = config.password.as_ref().map(|password| {
            let user = config.username.as_deref().unwrap_or("default");
            (user, password.as_str())
        });
        match config.protocol {
            Protocol::Resp3 => {
                let mut hello = Cmd::new("HELLO").arg(3);
                if let Some((user, password)) = auth {
                    hello = hello.arg("AUTH").arg(user).arg(password);
                }
                if let Some(name) = &config.client_name {
                    hello = hello.arg("SETNAME").arg(name.as_str());
                }
                cmds.push((Internal::Hello, hello));
            }
            Protocol::Resp2 => cmds.extend(self.resp2_auth_and_name()),
        }
        if config.database != 0 {
            let select = Cmd::new("SELECT").arg(config.database);
            cmds.push((Internal::Select { strict: true }, select));
        }
        if let Some(name) = &config.lib_name {
            let cmd = Cmd::new("CLIENT")
                .arg("SETINFO")
                .arg("LIB-NAME")
                .arg(name.as_str());
            cmds.push((Internal::SetInfo, cmd));
        }
        if let Some(version) = &config.lib_version {
            let cmd = Cmd::new("CLIENT")
                .arg("SETINFO")
                .arg("LIB-VER")
                .arg(version.as_str());
            cmds.push((Internal::SetInfo, cmd));
        }
        for (internal, cmd) in cmds {
            self.gate += 1;
            self.push_internal(now, internal, &cmd, true);
        }
    }

    /// `AUTH` and `CLIENT SETNAME`, for RESP2.
    fn resp2_auth_and_name(&self) -> Vec<(Internal, Cmd)> {
        let config = &self.config;
        let mut cmds = Vec::new();
        if let Some(password) = &config.password {
            let mut auth = Cmd::new("AUTH");
            if let Some(user) = &config.username {
                auth = auth.arg(user.as_str());
            }
            cmds.push((Internal::Auth, auth.arg(password.as_str())));
        }
        if let Some(name) = &config.client_name {
            let setname = Cmd::new("CLIENT").arg("SETNAME").arg(name.as_str());
            cmds.push((Internal::SetName, setname));
        }
        cmds
    }

    /// A gate request was answered: when it was the last, release what it
    /// held back.
    fn release_gate(&mut self) {
        self.gate -= 1;
        if self.gate > 0 || self.closed {
            return;
        }
        // In order; a RESET held back says the handshake again, and what
        // was sent after it waits for that.
        while self.gate == 0
            && let Some(pending) = self.held.pop_front()
        {
            let bytes = self.held_out.split_to(pending.held_len);
            self.out.extend_from_slice(&bytes);
            let reset = matches!(&pending.cmds, Cmds::One(cmd) if cmd.kind == Kind::Reset);
            self.enqueue(pending);
            if reset && !self.closed {
                self.start_handshake(self.last_activity);
            }
        }
        self.held_deadline = self.held.iter().filter_map(|held| held.deadline).min();
    }

    // --- receiving -----------------------------------------------------

    fn handle_frame(&mut self, frame: Frame) {
        // Published messages first, taken apart by move: on a subscriber
        // they are nearly every frame.
        let message_shaped = match &frame {
            Frame::Push(_) => true,
            Frame::Array(_) => self.server.protocol == Protocol::Resp2 && self.server.subscribed(),
            _ => false,
        };
        let frame = if message_shaped {
            match Push::take_message(frame) {
                Ok(message) => {
                    self.outputs.push_back(Output::Push(message));
                    return;
                }
                Err(frame) => frame,
            }
        } else {
            frame
        };
        let value = frame.value();
        if self.server.monitoring
            && let Frame::SimpleString(line) = value
            && line.first().is_some_and(u8::is_ascii_digit)
        {
            self.outputs.push_back(Output::Monitor(line.clone()));
            return;
        }
        let is_push = matches!(value, Frame::Push(_));
        if is_push || (self.server.protocol == Protocol::Resp2 && is_pubsub_array(value)) {
            let parsed = Push::parse(value);
            match parsed {
                Some(confirmation @ (Push::Subscribed { .. } | Push::Unsubscribed { .. })) => {
                    if self.head_takes(&confirmation) {
                        self.apply_confirmation(&confirmation);
                        self.confirm(frame);
                        return;
                    }
                    if is_push || self.server.subscribed() {
                        // The server may unsubscribe on its own (a shard
                        // channel's slot moved away).
                        self.apply_confirmation(&confirmation);
                        self.outputs.push_back(Output::Push(confirmation));
                        return;
                    }
                }
                Some(message) if is_push || self.server.subscribed() => {
                    self.outputs.push_back(Output::Push(message));
                    return;
                }
                _ if is_push => {
                    self.outputs.push_back(Output::Push(Push::Other(frame)));
                    return;
                }
                // An array shaped like a message, outside subscribed mode:
                // a reply.
                _ => {}
            }
        }
        self.reply(frame);
    }

    /// Whether the request being answered is waiting for `confirmation`.
    fn head_takes(&self, confirmation: &Push) -> bool {
        let Some(head) = self.pending.front() else {
            return false;
        };
        let Some(cmd) = head.cmds.get(head.next) else {
            return false;
        };
        if self.server.in_multi
            || head.owed.is_none_or(|owed| owed == 0)
            || head.seq >= self.unsent_seq
        {
            return false;
        }
        let received = head.confirmations.len();
        match (&cmd.kind, confirmation) {
            (
                Kind::Subscribe(kind, channels),
                Push::Subscribed {
                    kind: got, channel, ..
                },
            ) => kind == got && channels.get(received) == Some(channel),
            (
                Kind::Unsubscribe(kind, channels),
                Push::Unsubscribed {
                    kind: got, channel, ..
                },
            ) => {
                kind == got
                    && (channels.is_empty()
                        || channel
                            .as_ref()
                            .is_some_and(|c| channels.get(received) == Some(c)))
            }
            _ => false,
        }
    }

    fn apply_confirmation(&mut self, confirmation: &Push) {
        let subscriptions = &mut self.server.subscriptions;
        match confirmation {
            Push::Subscribed { kind, channel, .. } => {
                subscriptions.add(*kind, channel.clone());
            }
            Push::Unsubscribed {
                kind,
                channel: Some(channel),
                ..
            } => {
                subscriptions.remove(*kind, channel);
            }
            Push::Unsubscribed {
                kind,
                channel: None,
                ..
            } => subscriptions.clear(*kind),
            _ => {}
        }
    }

    /// One confirmation for the head request.
    fn confirm(&mut self, frame: Frame) {
        let Some(head) = self.pending.front_mut() else {
            return;
        };
        head.confirmations.push(frame);
        let owed = head.owed.as_mut().expect("the head request has begun");
        *owed -= 1;
        if *owed == 0 {
            let confirmations = mem::take(&mut head.confirmations);
            self.complete(Ok(Frame::Array(confirmations)));
        }
    }

    /// A frame that is a reply: it belongs to the head request.
    fn reply(&mut self, frame: Frame) {
        let Some(head) = self.pending.front() else {
            self.close(ConnectionError::Unexpected(
                "a reply when no request was waiting for one",
            ));
            return;
        };
        // The server cannot answer what it has not been sent: a frame that
        // comes before the head request's bytes were handed out (a stray
        // reply on a connection that sat idle, an error the server sends
        // on accept) is not its reply. Closing here also reports that
        // request, and every one behind it, as never sent.
        if head.seq >= self.unsent_seq {
            self.close(ConnectionError::Unexpected(
                "a reply before its request was sent",
            ));
            return;
        }
        let error = ServerError::from_frame(&frame);
        if let Some(cmd) = head.cmds.get(head.next)
            && !self.server.in_multi
            && matches!(cmd.kind, Kind::Subscribe(..) | Kind::Unsubscribe(..))
            && error.is_none()
        {
            self.close(ConnectionError::Unexpected(
                "a reply to a (un)subscribe that is not a confirmation",
            ));
            return;
        }
        self.complete(error.map_or(Ok(frame), Err));
    }

    /// The head request's current command is answered.
    fn complete(&mut self, result: Result<Frame, ServerError>) {
        let Some(head) = self.pending.front() else {
            return;
        };
        let kind = head.cmds.get(head.next).map(|cmd| cmd.kind.clone());
        if let Some(kind) = kind
            && let Err(error) = self.apply_effects(&kind, &result)
        {
            self.close(error);
            return;
        }
        let head = self.pending.front_mut().expect("checked above");
        head.owed = None;
        head.confirmations.clear();
        if let Cmds::Batch(cmds) = &head.cmds {
            head.replies.push(result);
            head.next += 1;
            if head.next < cmds.len() {
                self.advance();
                return;
            }
            let replies = mem::take(&mut head.replies);
            self.finish(Completion::Batch(replies));
        } else {
            self.finish(Completion::One(result));
        }
        self.advance();
    }

    /// What the server's state becomes after `kind` was answered `result`.
    fn apply_effects(
        &mut self,
        kind: &Kind,
        result: &Result<Frame, ServerError>,
    ) -> Result<(), ConnectionError> {
        let server = &mut self.server;
        let ok = matches!(result, Ok(frame) if matches!(frame.value(), Frame::SimpleString(s) if s.eq_ignore_ascii_case(b"OK")));
        if server.in_multi && !matches!(kind, Kind::Exec | Kind::Discard | Kind::Reset | Kind::Quit)
        {
            match result.as_ref().map(Frame::value) {
                Ok(Frame::SimpleString(text)) if &text[..] == b"QUEUED" => server.queued += 1,
                Err(_) => {}
                Ok(_) => {
                    return Err(ConnectionError::Unexpected(
                        "a reply inside MULTI other than QUEUED",
                    ));
                }
            }
            return Ok(());
        }
        match kind {
            Kind::Multi if ok => {
                server.in_multi = true;
                server.queued = 0;
            }
            Kind::Exec if server.in_multi => {
                server.in_multi = false;
                if let Ok(frame) = result {
                    match frame.value() {
                        Frame::Array(items) if items.len() != server.queued => {
                            return Err(ConnectionError::Unexpected(
                                "an EXEC reply whose length is not the number of commands queued",
                            ));
                        }
                        Frame::Array(_) | Frame::Null => {}
                        _ => {
                            return Err(ConnectionError::Unexpected(
                                "an EXEC reply that is not an array",
                            ));
                        }
                    }
                }
            }
            Kind::Discard if ok => server.in_multi = false,
            Kind::Monitor if ok => server.monitoring = true,
            Kind::Monitor => self.sending.monitor = false,
            Kind::Reset => {
                if matches!(result, Ok(frame) if matches!(frame.value(), Frame::SimpleString(s) if &s[..] == b"RESET"))
                {
                    *server = ServerState::new();
                }
            }
            Kind::Hello => {
                if let Ok(frame) = result
                    && let Some(protocol) = hello_protocol(frame)
                {
                    server.protocol = protocol;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The head request is done: tell its owner, and take it off.
    fn finish(&mut self, completion: Completion) {
        let Some(head) = self.pending.pop_front() else {
            return;
        };
        match head.owner {
            Owner::User { abandoned: true } => {}
            Owner::User { abandoned: false } => {
                let id = RequestId(head.key);
                self.outputs.push_back(match completion {
                    Completion::Batch(replies) => Output::Batch { id, replies },
                    Completion::NoReply => Output::NoReply { id },
                    Completion::One(Err(error)) if error.redirect().is_some() => {
                        let redirect = error.redirect().expect("checked");
                        Output::Redirected { id, redirect }
                    }
                    Completion::One(reply) => Output::Reply { id, reply },
                });
            }
            Owner::Internal(internal) => {
                self.internal_done(internal, completion);
                if head.gating && !self.closed {
                    self.release_gate();
                }
            }
        }
    }

    /// One of the connection's own requests was answered.
    fn internal_done(&mut self, internal: Internal, completion: Completion) {
        let result = match completion {
            Completion::One(result) => result,
            // Not answered at all (a health check's PING under CLIENT
            // REPLY OFF or SKIP); nothing to check.
            _ => return,
        };
        match (internal, result) {
            (Internal::Hello, Err(error)) => {
                if matches!(
                    error.kind(),
                    ErrorKind::WrongPass | ErrorKind::NoAuth | ErrorKind::NoPerm
                ) {
                    self.close(ConnectionError::Handshake(error));
                    return;
                }
                // No HELLO (Redis < 6), or no RESP3: RESP2 it is. The
                // SELECT sent behind HELLO may have been refused for want
                // of authentication; it is sent again after AUTH.
                for pending in &mut self.pending {
                    if let Owner::Internal(Internal::Select { strict }) = &mut pending.owner {
                        *strict = false;
                    }
                }
                let now = self.last_activity;
                let mut cmds = self.resp2_auth_and_name();
                if self.config.database != 0 {
                    let select = Cmd::new("SELECT").arg(self.config.database);
                    cmds.push((Internal::Select { strict: true }, select));
                }
                for (internal, cmd) in cmds {
                    self.gate += 1;
                    self.push_internal(now, internal, &cmd, true);
                }
            }
            (
                Internal::Auth | Internal::SetName | Internal::Select { strict: true },
                Err(error),
            ) => {
                self.close(ConnectionError::Handshake(error));
            }
            (Internal::Ping, Err(error)) => {
                self.close(ConnectionError::HealthCheck(error));
            }
            (Internal::Ping, Ok(frame)) if !is_pong(&frame) => {
                self.close(ConnectionError::Unexpected(
                    "a reply to PING that is not PONG",
                ));
            }
            // CLIENT SETINFO is refused by servers before 7.2: fine.
            _ => {}
        }
    }

    /// Starts the head request's next command: works out how many frames
    /// it is owed, and completes it at once when that is none.
    fn advance(&mut self) {
        while !self.closed {
            let Some(head) = self.pending.front() else {
                return;
            };
            if head.owed.is_some() {
                return;
            }
            let Some(cmd) = head.cmds.get(head.next) else {
                // An empty batch.
                self.finish(Completion::Batch(Vec::new()));
                continue;
            };
            let kind = cmd.kind.clone();
            let owed = self.owed(&kind);
            let head = self.pending.front_mut().expect("checked above");
            if owed > 0 {
                head.owed = Some(owed);
                return;
            }
            match &head.cmds {
                Cmds::One(_) => self.finish(Completion::NoReply),
                Cmds::Batch(cmds) => {
                    head.replies.push(Ok(Frame::Null));
                    head.next += 1;
                    if head.next == cmds.len() {
                        let replies = mem::take(&mut head.replies);
                        self.finish(Completion::Batch(replies));
                    }
                }
            }
        }
    }

    /// How many frames the server will send for a command of `kind`, in
    /// its current state; updates the reply mode as the server will.
    fn owed(&mut self, kind: &Kind) -> usize {
        let server = &mut self.server;
        let mode = server.reply_mode;
        // In RESP2 subscribed mode the server refuses CLIENT REPLY with an
        // error, and the mode stays as it was.
        let refused = server.protocol == Protocol::Resp2 && server.subscribed();
        match kind {
            Kind::ClientReply(_) if refused => {}
            Kind::ClientReply(ReplyMode::On) => {
                server.reply_mode = ReplyMode::On;
                return 1;
            }
            Kind::ClientReply(ReplyMode::Off) => {
                server.reply_mode = ReplyMode::Off;
                return 0;
            }
            Kind::ClientReply(ReplyMode::Skip) => {
                if mode != ReplyMode::Off {
                    server.reply_mode = ReplyMode::Skip;
                }
                return 0;
            }
            // RESET turns replies back on before answering, unless a SKIP
            // already silenced it; it resets the server all the same.
            Kind::Reset if mode == ReplyMode::Skip => {
                *server = ServerState::new();
                return 0;
            }
            Kind::Reset => return 1,
            _ => {}
        }
        // Pubsub confirmations are pushed even when replies are off or
        // skipped (as redis-server 7.0.15 does); a SKIP is used up anyway.
        let confirmations = match kind {
            _ if server.in_multi => None,
            Kind::Subscribe(_, channels) => Some(channels.len()),
            Kind::Unsubscribe(kind, channels) if channels.is_empty() => {
                Some(server.subscriptions.iter(*kind).count().max(1))
            }
            Kind::Unsubscribe(_, channels) => Some(channels.len()),
            _ => None,
        };
        match mode {
            ReplyMode::Off => return confirmations.unwrap_or(0),
            ReplyMode::Skip => {
                server.reply_mode = ReplyMode::On;
                return confirmations.unwrap_or(0);
            }
            ReplyMode::On => {}
        }
        if server.in_multi && !matches!(kind, Kind::Exec | Kind::Discard | Kind::Quit) {
            return 1;
        }
        confirmations.unwrap_or(1)
    }

    // --- closing -------------------------------------------------------

    fn next_deadline(&mut self) -> Option<Instant> {
        let oldest = self.pending.front().map_or(self.next_seq, |head| head.seq);
        while let Some(Reverse((_, seq))) = self.deadlines.peek() {
            if *seq >= oldest {
                break;
            }
            self.deadlines.pop();
        }
        let pending = self
            .deadlines
            .peek()
            .map(|Reverse((deadline, _))| *deadline);
        match (pending, self.held_deadline) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn close(&mut self, error: ConnectionError) {
        if self.closed {
            return;
        }
        self.closed = true;
        let unsent_seq = self.unsent_seq;
        let user = |pending: &Pending| {
            matches!(pending.owner, Owner::User { abandoned: false })
                .then_some(RequestId(pending.key))
        };
        let unsent = self
            .pending
            .iter()
            .filter(|pending| pending.seq >= unsent_seq)
            .chain(self.held.iter())
            .filter_map(user)
            .collect();
        self.pending.clear();
        self.held.clear();
        self.held_out.clear();
        self.out.clear();
        self.deadlines.clear();
        self.held_deadline = None;
        self.outputs.push_back(Output::Closed { error, unsent });
    }
}

impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connection")
            .field("config", &self.config)
            .field("protocol", &self.server.protocol)
            .field("in_flight", &self.in_flight())
            .field("gated", &self.is_gated())
            .field("closed", &self.closed)
            .finish_non_exhaustive()
    }
}

/// The deadline of a request queued behind `ahead`: replies come in
/// order, so it is never earlier than that one's, and behind a request
/// that blocks forever there is none.
fn behind(
    ahead: Option<&Pending>,
    deadline: Option<Instant>,
    forever: bool,
) -> (Option<Instant>, bool) {
    match ahead {
        Some(ahead) if ahead.forever => (None, true),
        Some(Pending {
            deadline: Some(ahead),
            ..
        }) => (deadline.map(|own| own.max(*ahead)), forever),
        _ => (deadline, forever),
    }
}

/// The earlier of two optional instants.
fn earliest(a: Option<Instant>, b: Option<Instant>) -> Option<Instant> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// How a request ended.
enum Completion {
    One(Result<Frame, ServerError>),
    Batch(Vec<Result<Frame, ServerError>>),
    NoReply,
}

/// Whether a RESP2 array has the shape of pubsub traffic.
fn is_pubsub_array(frame: &Frame) -> bool {
    let Frame::Array(items) = frame else {
        return false;
    };
    let Some(Frame::BulkString(kind)) = items.first() else {
        return false;
    };
    matches!(
        &kind[..],
        b"message"
            | b"pmessage"
            | b"smessage"
            | b"subscribe"
            | b"psubscribe"
            | b"ssubscribe"
            | b"unsubscribe"
            | b"punsubscribe"
            | b"sunsubscribe"
    )
}

/// `PONG`, or in RESP2 subscribed mode `["pong", ""]`.
fn is_pong(frame: &Frame) -> bool {
    match frame.value() {
        Frame::SimpleString(text) => text.eq_ignore_ascii_case(b"PONG"),
        Frame::Array(items) => {
            matches!(items.first(), Some(Frame::BulkString(text)) if text.eq_ignore_ascii_case(b"pong"))
        }
        _ => false,
    }
}

/// The protocol a `HELLO` reply announces.
fn hello_protocol(frame: &Frame) -> Option<Protocol> {
    let proto = match frame.value() {
        Frame::Map(entries) => entries
            .iter()
            .find(|(key, _)| matches!(key, Frame::BulkString(k) | Frame::SimpleString(k) if &k[..] == b"proto"))
            .map(|(_, value)| value),
        Frame::Array(items) => items
            .chunks(2)
            .find(|pair| matches!(&pair[0], Frame::BulkString(k) | Frame::SimpleString(k) if &k[..] == b"proto"))
            .and_then(|pair| pair.get(1)),
        _ => None,
    }?;
    match proto {
        Frame::Integer(3) => Some(Protocol::Resp3),
        Frame::Integer(2) => Some(Protocol::Resp2),
        _ => None,
    }
}

#[cfg(test)]
mod tests;

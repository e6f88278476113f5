//! A Redis server for one connection, as a second sans-IO state machine.
//!
//! [`FakeServer`] reads the client's commands with resp-core's own
//! [`Decoder`] and answers them as Redis 7.0 does, in RESP2 or RESP3, byte
//! for byte where it matters (error texts, the order of pushes and replies,
//! which replies `CLIENT REPLY` silences), as checked against redis-server
//! 7.0.15. It serves a small command set: the handshake (`HELLO`, `AUTH`,
//! `SELECT`, `CLIENT SETNAME`, `CLIENT SETINFO`), strings, lists and hashes
//! (`GET`, `SET`, `DEL`, `INCR`, `LPUSH`, `RPUSH`, `LRANGE`, `HSET`,
//! `HGETALL`), `BLPOP` on virtual time, transactions (`MULTI`, `EXEC`,
//! `DISCARD`, `WATCH`), `CLIENT REPLY`, pubsub, `CLIENT TRACKING`,
//! `MONITOR`, `RESET`, `QUIT`, and `DEBUG PROTOCOL <type>` for every RESP3
//! type (attributes and a push included).
//!
//! Like a [`Connection`](crate::Connection), it does no I/O and reads no
//! clock: bytes go in with [`FakeServer::handle_input`], come out of
//! [`FakeServer::poll_transmit`], and time is an argument. What another
//! client would do is a method call ([`FakeServer::publish`],
//! [`FakeServer::lpush`], [`FakeServer::set`], [`FakeServer::monitor_feed`]),
//! and faults are scheduled with [`FakeServer::fault`]. Everything is
//! deterministic: the same calls give the same bytes.
//!
//! Every command read is logged ([`FakeServer::log`]) with the frames sent
//! in reply to it, as the client decodes them.
//!
//! Where 7.0.15 breaks its own protocol, the fake does not follow it: a
//! message published to the client's own channel from inside `MULTI`, which
//! 7.0.15 writes into the middle of `EXEC`'s array, comes after that array
//! (as Redis 7.2 sends it), and the subscribe commands and `CLIENT REPLY`,
//! which no client can follow inside a transaction, are refused there.

use alloc::collections::{BTreeMap, BTreeSet, VecDeque};
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::time::Duration;

use bytes::{BufMut, Bytes, BytesMut};

use crate::cluster::key_slot;
use crate::decode::Decoder;
use crate::encode::{encode, put_header};
use crate::frame::{Frame, VerbatimFormat};
use crate::time::Instant;

/// How the server is set up: its version's quirks and its users.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerConfig {
    hello: bool,
    setinfo: bool,
    requirepass: Option<Bytes>,
    user: Option<(Bytes, Bytes)>,
    client_id: i64,
}

impl ServerConfig {
    /// Redis 7.0: `HELLO` known, `CLIENT SETINFO` not (7.2 added it), no
    /// password.
    pub fn new() -> Self {
        Self {
            hello: true,
            setinfo: false,
            requirepass: None,
            user: None,
            client_id: 7,
        }
    }

    /// Answers `HELLO` with "unknown command", and `AUTH` with Redis 5's
    /// errors, as a server before 6.0 does.
    #[must_use]
    pub fn without_hello(mut self) -> Self {
        self.hello = false;
        self
    }

    /// Whether `CLIENT SETINFO` is known (Redis 7.2 and later).
    #[must_use]
    pub fn with_setinfo(mut self, known: bool) -> Self {
        self.setinfo = known;
        self
    }

    /// The default user's password (`requirepass`): until it is given,
    /// commands are refused with `NOAUTH`.
    #[must_use]
    pub fn with_requirepass(mut self, password: &str) -> Self {
        self.requirepass = Some(Bytes::copy_from_slice(password.as_bytes()));
        self
    }

    /// An ACL user besides `default`.
    #[must_use]
    pub fn with_user(mut self, name: &str, password: &str) -> Self {
        self.user = Some((
            Bytes::copy_from_slice(name.as_bytes()),
            Bytes::copy_from_slice(password.as_bytes()),
        ));
        self
    }

    /// Whether `HELLO` is known.
    pub fn knows_hello(&self) -> bool {
        self.hello
    }

    /// Whether a client must authenticate before anything else.
    pub fn requires_password(&self) -> bool {
        self.requirepass.is_some()
    }
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self::new()
    }
}

/// Something the server does wrong, once, at a command chosen by a [`Target`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Writes these bytes (a push, say) just before the command's reply.
    Before(Bytes),
    /// Writes these bytes just after the command's reply.
    After(Bytes),
    /// Answers a command that names a key with `-MOVED <slot> <node>`
    /// instead of running it (`node` such as `127.0.0.1:6381`); a command
    /// without a key runs as usual.
    Moved(String),
    /// As [`Fault::Moved`], with `-ASK`.
    Ask(String),
    /// Answers with bytes that are not RESP.
    Garbage,
    /// Reads the command and everything after it, and never writes again.
    Stall,
    /// Closes the connection instead of answering.
    Close,
}

/// Which command a [`Fault`] hits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// The command read `n`th, counting from 0, the handshake's included.
    Index(usize),
    /// The `nth` command (counting from 0) with this name, in any case.
    Named {
        /// The command's name.
        name: Bytes,
        /// Which of the commands with that name.
        nth: usize,
    },
}

impl Target {
    /// The first command named `name`.
    pub fn command(name: &str) -> Self {
        Self::nth_command(name, 0)
    }

    /// The `nth` command (counting from 0) named `name`.
    pub fn nth_command(name: &str, nth: usize) -> Self {
        Self::Named {
            name: Bytes::copy_from_slice(name.to_ascii_lowercase().as_bytes()),
            nth,
        }
    }
}

/// One command the server read, and what it answered.
#[derive(Clone, Debug, PartialEq)]
pub struct Logged {
    /// The command's name and arguments.
    pub args: Vec<Bytes>,
    /// The frames written in reply, as the client decodes them: none when
    /// `CLIENT REPLY` silenced it, one per channel for the subscribe
    /// commands, one otherwise. Pushes the command caused (a message to
    /// itself, an invalidation) are not part of it.
    pub reply: Vec<Frame>,
    /// Whether the command is answered (a blocked `BLPOP` is not yet).
    pub done: bool,
    /// The fault that hit it, if any.
    pub fault: Option<Fault>,
}

/// A reply as the server builds it: a frame, or an array, possibly null,
/// whose encoding depends on the protocol.
#[derive(Clone, Debug)]
enum Val {
    Frame(Frame),
    /// `*-1` in RESP2, `_` in RESP3.
    NullArray,
    Array(Vec<Self>),
}

impl From<Frame> for Val {
    fn from(frame: Frame) -> Self {
        Self::Frame(frame)
    }
}

/// What running a command gave.
enum Outcome {
    Reply(Val),
    /// Nothing (more) to write: `CLIENT REPLY OFF`, or the command wrote its
    /// own frames (the subscribe commands).
    Done,
    /// `BLPOP` found nothing and waits.
    Block {
        keys: Vec<Bytes>,
        deadline: Option<Instant>,
    },
}

/// A `BLPOP` waiting for an element or its timeout.
#[derive(Debug)]
struct Blocked {
    log: usize,
    keys: Vec<Bytes>,
    deadline: Option<Instant>,
    after: Option<Bytes>,
}

#[derive(Clone, Debug)]
enum Value {
    Str(Bytes),
    List(VecDeque<Bytes>),
    Hash(Vec<(Bytes, Bytes)>),
}

/// What a command is, for the checks made before it runs.
#[derive(Clone, Copy)]
struct Spec {
    /// Lower case, `client|reply` for a subcommand.
    name: &'static str,
    /// Redis' arity: exact when positive, a minimum when negative.
    arity: i32,
    flags: u8,
}

/// Its first argument is a key.
const KEYED: u8 = 1;
/// Allowed in RESP2 subscribed mode.
const PUBSUB: u8 = 2;
/// Allowed before authentication.
const NO_AUTH: u8 = 4;
/// Runs at once inside `MULTI` instead of being queued.
const IMMEDIATE: u8 = 8;

const COMMANDS: &[Spec] = &[
    spec("get", 2, KEYED),
    spec("set", -3, KEYED),
    spec("del", -2, KEYED),
    spec("incr", 2, KEYED),
    spec("lpush", -3, KEYED),
    spec("rpush", -3, KEYED),
    spec("lrange", 4, KEYED),
    spec("hset", -4, KEYED),
    spec("hgetall", 2, KEYED),
    spec("blpop", -3, KEYED),
    spec("watch", -2, KEYED | IMMEDIATE),
    spec("unwatch", 1, 0),
    spec("ping", -1, PUBSUB),
    spec("echo", 2, 0),
    spec("select", 2, 0),
    spec("auth", -2, NO_AUTH),
    spec("hello", -1, NO_AUTH),
    spec("multi", 1, IMMEDIATE),
    spec("exec", 1, IMMEDIATE),
    spec("discard", 1, IMMEDIATE),
    spec("subscribe", -2, PUBSUB),
    spec("psubscribe", -2, PUBSUB),
    spec("ssubscribe", -2, PUBSUB),
    spec("unsubscribe", -1, PUBSUB),
    spec("punsubscribe", -1, PUBSUB),
    spec("sunsubscribe", -1, PUBSUB),
    spec("publish", 3, 0),
    spec("spublish", 3, 0),
    spec("monitor", 1, 0),
    spec("reset", 1, NO_AUTH | PUBSUB | IMMEDIATE),
    spec("debug", -2, 0),
    spec("client", -2, 0),
];

const CLIENT_SUBCOMMANDS: &[Spec] = &[
    spec("client|setname", 3, 0),
    spec("client|getname", 2, 0),
    spec("client|setinfo", 4, 0),
    spec("client|reply", 3, 0),
    spec("client|tracking", -3, 0),
    spec("client|id", 2, 0),
];

const fn spec(name: &'static str, arity: i32, flags: u8) -> Spec {
    Spec { name, arity, flags }
}

/// The databases `SELECT` can choose.
const DATABASES: usize = 16;

/// The `DEBUG PROTOCOL` types.
const PROTOCOL_TYPES: &str =
    "string|integer|double|bignum|null|array|set|map|attrib|push|verbatim|true|false";

/// One Redis server, serving one client; see the [module docs](self).
///
/// ```
/// use resp_core::check::fake_server::{FakeServer, ServerConfig};
/// use resp_core::{Cmd, Instant};
///
/// let mut server = FakeServer::new(ServerConfig::new());
/// server.handle_input(Instant::ZERO, &Cmd::new("HELLO").arg(3).to_bytes());
/// server.handle_input(Instant::ZERO, &Cmd::new("SET").arg("k").arg("v").to_bytes());
/// let bytes = server.poll_transmit().expect("two replies");
/// assert!(bytes.starts_with(b"%7\r\n$6\r\nserver\r\n$5\r\nredis\r\n"));
/// assert!(bytes.ends_with(b"+OK\r\n"));
/// assert_eq!(server.log().len(), 2);
/// ```
#[derive(Debug)]
pub struct FakeServer {
    config: ServerConfig,
    decoder: Decoder,
    input: BytesMut,
    out: BytesMut,
    /// Bytes written so far, handed out or not.
    written: usize,
    frame_ends: Vec<usize>,
    now: Instant,
    log: Vec<Logged>,
    /// The command being answered (its index in `log`).
    current: Option<usize>,
    faults: Vec<(Target, Fault)>,
    /// How many commands of each (lower-case) name were read.
    seen: BTreeMap<Bytes, usize>,
    dbs: Vec<BTreeMap<Bytes, Value>>,
    /// Bumped on every change of a key, for `WATCH`.
    versions: BTreeMap<(usize, Bytes), u64>,
    session: Session,
    blocked: Option<Blocked>,
    /// Pushes that go after the reply being written.
    deferred: Vec<Frame>,
    monitor_lines: u64,
    /// Reads and drops everything, writes nothing (a stall, or `QUIT` under
    /// `CLIENT REPLY OFF`, after which 7.0.15 neither answers nor closes).
    deaf: bool,
    stalled: bool,
    closed: bool,
}

/// What `RESET` puts back.
#[derive(Debug)]
struct Session {
    resp3: bool,
    authenticated: bool,
    name: Option<Bytes>,
    db: usize,
    reply_off: bool,
    /// The command being run is not answered.
    reply_skip: bool,
    /// The command after this one is not answered.
    reply_skip_next: bool,
    /// `MULTI`: the commands queued, and whether one was refused.
    multi: Option<(Vec<Vec<Bytes>>, bool)>,
    watched: Vec<(usize, Bytes, u64)>,
    channels: Vec<Bytes>,
    patterns: Vec<Bytes>,
    shards: Vec<Bytes>,
    tracking: bool,
    tracked: BTreeSet<Bytes>,
    monitoring: bool,
}

impl Session {
    fn new(config: &ServerConfig) -> Self {
        Self {
            resp3: false,
            authenticated: config.requirepass.is_none(),
            name: None,
            db: 0,
            reply_off: false,
            reply_skip: false,
            reply_skip_next: false,
            multi: None,
            watched: Vec::new(),
            channels: Vec::new(),
            patterns: Vec::new(),
            shards: Vec::new(),
            tracking: false,
            tracked: BTreeSet::new(),
            monitoring: false,
        }
    }

    fn subscribed(&self) -> bool {
        !(self.channels.is_empty() && self.patterns.is_empty() && self.shards.is_empty())
    }
}

impl FakeServer {
    /// A server whose client has just connected.
    pub fn new(config: ServerConfig) -> Self {
        Self {
            session: Session::new(&config),
            config,
            decoder: Decoder::new(),
            input: BytesMut::new(),
            out: BytesMut::new(),
            written: 0,
            frame_ends: Vec::new(),
            now: Instant::ZERO,
            log: Vec::new(),
            current: None,
            faults: Vec::new(),
            seen: BTreeMap::new(),
            dbs: vec![BTreeMap::new(); DATABASES],
            versions: BTreeMap::new(),
            blocked: None,
            deferred: Vec::new(),
            monitor_lines: 0,
            deaf: false,
            stalled: false,
            closed: false,
        }
    }

    /// Schedules `fault` for the command `target` picks.
    pub fn fault(&mut self, target: Target, fault: Fault) {
        self.faults.push((target, fault));
    }

    /// Bytes from the client.
    pub fn handle_input(&mut self, now: Instant, data: &[u8]) {
        self.now = self.now.max(now);
        if self.closed || self.deaf {
            return;
        }
        self.input.extend_from_slice(data);
        self.process_input();
    }

    /// The time is now `now`: a `BLPOP` whose timeout passed answers null.
    pub fn handle_timeout(&mut self, now: Instant) {
        self.now = self.now.max(now);
        let Some(blocked) = &self.blocked else {
            return;
        };
        if blocked
            .deadline
            .is_some_and(|deadline| deadline <= self.now)
        {
            self.unblock(Val::NullArray);
        }
    }

    /// When [`FakeServer::handle_timeout`] is next due, if ever.
    pub fn poll_timeout(&self) -> Option<Instant> {
        self.blocked.as_ref().and_then(|blocked| blocked.deadline)
    }

    /// Bytes for the client, if any.
    pub fn poll_transmit(&mut self) -> Option<Bytes> {
        (!self.out.is_empty()).then(|| self.out.split().freeze())
    }

    /// Whether the server closed the connection: once its last bytes are
    /// read, the client sees end of stream.
    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// Whether a `BLPOP` is waiting.
    pub fn is_blocked(&self) -> bool {
        self.blocked.is_some()
    }

    /// Whether the client is subscribed to anything.
    pub fn is_subscribed(&self) -> bool {
        self.session.subscribed()
    }

    /// Whether the connection speaks RESP3.
    pub fn is_resp3(&self) -> bool {
        self.session.resp3
    }

    /// Every command read so far, in order.
    pub fn log(&self) -> &[Logged] {
        &self.log
    }

    /// How many bytes the server has written, handed out or not.
    pub fn written(&self) -> usize {
        self.written
    }

    /// Where each frame written so far ends, as offsets into everything the
    /// server has written: the points between two frames.
    pub fn frame_ends(&self) -> &[usize] {
        &self.frame_ends
    }

    /// Closes the connection now; what was written is still read.
    pub fn close(&mut self) {
        self.closed = true;
    }

    /// Writes `bytes` now, between two replies.
    pub fn inject(&mut self, bytes: &[u8]) {
        self.write_raw(bytes);
    }

    /// A message, as the client's protocol carries it: a push in RESP3, an
    /// array in RESP2 (which only a subscribed client takes for a message).
    pub fn message(&self, channel: &str, payload: &str) -> Bytes {
        let items = vec![
            Frame::bulk("message"),
            Frame::bulk(Bytes::copy_from_slice(channel.as_bytes())),
            Frame::bulk(Bytes::copy_from_slice(payload.as_bytes())),
        ];
        let mut out = BytesMut::new();
        put(
            &mut out,
            self.session.resp3,
            &Val::Frame(self.push_frame(items)),
        );
        out.freeze()
    }

    /// Another client publishes `payload` on `channel`: the client gets a
    /// message for the channel and one for each pattern matching it, if it
    /// subscribed to them. Returns how many it got.
    pub fn publish(&mut self, channel: &str, payload: &str) -> usize {
        self.deliver(channel.as_bytes(), payload.as_bytes(), false)
    }

    /// Another client publishes `payload` on the shard channel `channel`.
    pub fn spublish(&mut self, channel: &str, payload: &str) -> usize {
        self.deliver(channel.as_bytes(), payload.as_bytes(), true)
    }

    /// Another client runs `LPUSH key values...`: a `BLPOP` waiting for
    /// `key` gets the element; a tracked key is invalidated.
    pub fn lpush(&mut self, key: &str, values: &[&str]) {
        let key = Bytes::copy_from_slice(key.as_bytes());
        let db = self.session.db;
        let list = match self.dbs[db]
            .entry(key.clone())
            .or_insert_with(|| Value::List(VecDeque::new()))
        {
            Value::List(list) => list,
            // A key of another type: that LPUSH fails.
            _ => return,
        };
        for value in values {
            list.push_front(Bytes::copy_from_slice(value.as_bytes()));
        }
        self.modified(&key);
        self.serve_blocked(&key);
    }

    /// Another client runs `SET key value`.
    pub fn set(&mut self, key: &str, value: impl Into<Bytes>) {
        let key = Bytes::copy_from_slice(key.as_bytes());
        self.dbs[self.session.db].insert(key.clone(), Value::Str(value.into()));
        self.modified(&key);
    }

    /// Another client (`127.0.0.1:2`, on database 0) runs `args`: a
    /// monitoring client gets the line `MONITOR` shows for it. (The
    /// client's own commands are not echoed: after `MONITOR` a
    /// [`Connection`](crate::Connection) sends only `RESET` and `QUIT`,
    /// which Redis does not echo either.)
    pub fn monitor_feed(&mut self, args: &[&str]) {
        let args: Vec<Bytes> = args
            .iter()
            .map(|arg| Bytes::copy_from_slice(arg.as_bytes()))
            .collect();
        self.feed_monitor(&args);
    }

    // --- reading --------------------------------------------------------

    fn process_input(&mut self) {
        while !self.closed && !self.deaf && self.blocked.is_none() {
            let frame = match self.decoder.decode(&mut self.input) {
                Ok(Some(frame)) => frame,
                Ok(None) => return,
                Err(_) => {
                    self.protocol_error();
                    return;
                }
            };
            let args = match frame {
                Frame::Array(items) => {
                    let mut args = Vec::with_capacity(items.len());
                    for item in items {
                        match item {
                            Frame::BulkString(arg) => args.push(arg),
                            _ => {
                                self.protocol_error();
                                return;
                            }
                        }
                    }
                    args
                }
                _ => {
                    self.protocol_error();
                    return;
                }
            };
            // Redis skips an empty array.
            if !args.is_empty() {
                self.process(args);
            }
        }
    }

    fn protocol_error(&mut self) {
        self.write(Val::Frame(error("ERR Protocol error: invalid request")));
        self.closed = true;
    }

    fn process(&mut self, args: Vec<Bytes>) {
        let index = self.log.len();
        self.log.push(Logged {
            args: args.clone(),
            reply: Vec::new(),
            done: false,
            fault: None,
        });
        self.current = Some(index);
        let fault = self.take_fault(index, &args[0]);
        self.log[index].fault.clone_from(&fault);
        let mut after = None;
        match fault {
            Some(Fault::Before(bytes)) => self.write_raw(&bytes),
            Some(Fault::After(bytes)) => after = Some(bytes),
            Some(Fault::Moved(node)) if self.has_key(&args) => {
                self.redirect("MOVED", &node, &args[1]);
                return;
            }
            Some(Fault::Ask(node)) if self.has_key(&args) => {
                self.redirect("ASK", &node, &args[1]);
                return;
            }
            Some(Fault::Garbage) => {
                self.write_raw(b"@garbage\r\n");
                self.finish(None);
                return;
            }
            Some(Fault::Stall) => {
                self.stalled = true;
                self.deaf = true;
                self.current = None;
                return;
            }
            Some(Fault::Close) => {
                self.closed = true;
                self.current = None;
                return;
            }
            Some(Fault::Moved(_) | Fault::Ask(_)) | None => {}
        }
        match self.dispatch(&args) {
            Outcome::Reply(val) => self.reply(val),
            Outcome::Done => {}
            Outcome::Block { keys, deadline } => {
                self.blocked = Some(Blocked {
                    log: index,
                    keys,
                    deadline,
                    after,
                });
                self.current = None;
                return;
            }
        }
        self.finish(after);
    }

    /// Answers a command for `key` with `-MOVED` or `-ASK`, as a cluster
    /// node does before queueing or running it.
    fn redirect(&mut self, code: &str, node: &str, key: &[u8]) {
        let slot = key_slot(key).get();
        self.flag_transaction();
        self.reply(Val::Frame(error(&format!("{code} {slot} {node}"))));
        self.finish(None);
    }

    /// The end of a command, as Redis' `resetClient`.
    fn finish(&mut self, after: Option<Bytes>) {
        if let Some(index) = self.current.take() {
            self.log[index].done = true;
        }
        for push in core::mem::take(&mut self.deferred) {
            self.write(Val::Frame(push));
        }
        if let Some(bytes) = after {
            self.write_raw(&bytes);
        }
        let session = &mut self.session;
        session.reply_skip = false;
        if session.reply_skip_next {
            session.reply_skip = true;
            session.reply_skip_next = false;
        }
    }

    fn take_fault(&mut self, index: usize, name: &[u8]) -> Option<Fault> {
        let name = Bytes::copy_from_slice(lower(name).as_bytes());
        let count = self.seen.entry(name.clone()).or_insert(0);
        let nth = *count;
        *count += 1;
        let position = self.faults.iter().position(|(target, _)| match target {
            Target::Index(at) => *at == index,
            Target::Named {
                name: wanted,
                nth: at,
            } => *wanted == name && *at == nth,
        })?;
        Some(self.faults.remove(position).1)
    }

    fn has_key(&self, args: &[Bytes]) -> bool {
        let name = lower(&args[0]);
        args.len() > 1
            && COMMANDS
                .iter()
                .any(|spec| spec.name == name && spec.flags & KEYED != 0)
    }

    // --- writing --------------------------------------------------------

    fn silenced(&self) -> bool {
        self.session.reply_off || self.session.reply_skip
    }

    /// The reply to the current command, unless `CLIENT REPLY` silences it.
    fn reply(&mut self, val: Val) {
        if self.silenced() {
            return;
        }
        let frame = self.write(val);
        if let (Some(index), Some(frame)) = (self.current, frame) {
            self.log[index].reply.push(frame);
        }
    }

    /// Pubsub traffic, written whatever `CLIENT REPLY` says (7.0.15 marks it
    /// as pushing); a confirmation is logged as the command's reply.
    fn push(&mut self, items: Vec<Frame>, confirmation: bool) {
        let frame = self.write(Val::Frame(self.push_frame(items)));
        if confirmation && let (Some(index), Some(frame)) = (self.current, frame) {
            self.log[index].reply.push(frame);
        }
    }

    fn push_frame(&self, items: Vec<Frame>) -> Frame {
        if self.session.resp3 {
            Frame::Push(items)
        } else {
            Frame::Array(items)
        }
    }

    /// Writes one frame; returns it as the client will decode it.
    fn write(&mut self, val: Val) -> Option<Frame> {
        if self.stalled || self.closed {
            return None;
        }
        let before = self.out.len();
        let frame = put(&mut self.out, self.session.resp3, &val);
        self.written += self.out.len() - before;
        self.frame_ends.push(self.written);
        Some(frame)
    }

    fn write_raw(&mut self, bytes: &[u8]) {
        if self.stalled || self.closed || bytes.is_empty() {
            return;
        }
        self.out.extend_from_slice(bytes);
        self.written += bytes.len();
        self.frame_ends.push(self.written);
    }

    // --- commands -------------------------------------------------------

    fn dispatch(&mut self, args: &[Bytes]) -> Outcome {
        let name = lower(&args[0]);
        if name == "quit" {
            // 7.0 answers QUIT before looking it up, even inside MULTI.
            if self.silenced() {
                // No reply to write, so 7.0.15 never closes; it stops reading.
                self.deaf = true;
            } else {
                self.reply(Val::Frame(ok()));
                self.closed = true;
            }
            return Outcome::Done;
        }
        let Some(spec) = self.lookup(args) else {
            return Outcome::Done;
        };
        if !arity_ok(spec.arity, args.len()) {
            return self.refuse(&format!(
                "ERR wrong number of arguments for '{}' command",
                spec.name
            ));
        }
        if !self.session.authenticated && spec.flags & NO_AUTH == 0 {
            return self.refuse("NOAUTH Authentication required.");
        }
        if self.session.monitoring && spec.flags & KEYED != 0 {
            return self.refuse("ERR Replica can't interact with the keyspace");
        }
        if !self.session.resp3 && self.session.subscribed() && spec.flags & PUBSUB == 0 {
            return self.refuse(&format!(
                "ERR Can't execute '{}': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context",
                spec.name
            ));
        }
        if let Some((queued, _)) = &mut self.session.multi
            && spec.flags & IMMEDIATE == 0
        {
            queued.push(args.to_vec());
            return Outcome::Reply(Val::Frame(Frame::simple("QUEUED")));
        }
        self.run(spec, args, false)
    }

    /// The command's spec, or `None` after answering that it is unknown.
    fn lookup(&mut self, args: &[Bytes]) -> Option<Spec> {
        let name = lower(&args[0]);
        if name == "hello" && !self.config.hello {
            self.redis5_unknown(args);
            return None;
        }
        let Some(spec) = COMMANDS.iter().find(|spec| spec.name == name) else {
            let mut text = format!(
                "ERR unknown command '{}', with args beginning with: ",
                truncate(&String::from_utf8_lossy(&args[0]), 128)
            );
            let mut listed = String::new();
            for arg in &args[1..] {
                if listed.len() >= 128 {
                    break;
                }
                let room = 128 - listed.len();
                listed.push_str(&format!(
                    "'{}' ",
                    truncate(&String::from_utf8_lossy(arg), room)
                ));
            }
            text.push_str(&listed);
            let _ = self.refuse(&text);
            return None;
        };
        if spec.name != "client" || args.len() < 2 {
            return Some(*spec);
        }
        let sub = lower(&args[1]);
        let full = format!("client|{sub}");
        match CLIENT_SUBCOMMANDS.iter().find(|spec| spec.name == full) {
            Some(spec) if spec.name != "client|setinfo" || self.config.setinfo => Some(*spec),
            _ if !self.config.hello => {
                let text = format!(
                    "ERR Unknown subcommand or wrong number of arguments for '{}'. Try CLIENT HELP",
                    String::from_utf8_lossy(&args[1])
                );
                let _ = self.refuse(&text);
                None
            }
            _ => {
                let text = format!(
                    "ERR unknown subcommand '{}'. Try CLIENT HELP.",
                    truncate(&String::from_utf8_lossy(&args[1]), 128)
                );
                let _ = self.refuse(&text);
                None
            }
        }
    }

    /// Redis 5's answer to a command it does not know.
    fn redis5_unknown(&mut self, args: &[Bytes]) {
        let mut text = format!(
            "ERR unknown command `{}`, with args beginning with: ",
            String::from_utf8_lossy(&args[0])
        );
        for arg in &args[1..] {
            text.push_str(&format!("`{}`, ", String::from_utf8_lossy(arg)));
        }
        let _ = self.refuse(&text);
    }

    /// Refuses the command with an error, which inside `MULTI` also dooms
    /// the transaction.
    fn refuse(&mut self, text: &str) -> Outcome {
        let exec = self
            .current
            .is_some_and(|index| self.log[index].args[0].eq_ignore_ascii_case(b"exec"));
        if exec {
            // An EXEC refused discards the transaction, MULTI or not.
            self.session.multi = None;
            self.session.watched.clear();
            let reason = text.strip_prefix("ERR ").unwrap_or(text);
            let text = format!("EXECABORT Transaction discarded because of: {reason}");
            self.reply(Val::Frame(error(&text)));
            return Outcome::Done;
        }
        self.flag_transaction();
        self.reply(Val::Frame(error(text)));
        Outcome::Done
    }

    fn flag_transaction(&mut self) {
        if let Some((_, dirty)) = &mut self.session.multi {
            *dirty = true;
        }
    }

    fn run(&mut self, spec: Spec, args: &[Bytes], in_exec: bool) -> Outcome {
        let reply = |frame: Frame| Outcome::Reply(Val::Frame(frame));
        match spec.name {
            "get" => reply(self.get(&args[1])),
            "set" => reply(self.set_command(args)),
            "del" => {
                let mut removed = 0;
                for key in &args[1..] {
                    if self.db().remove(key).is_some() {
                        removed += 1;
                        self.modified(key);
                    }
                }
                reply(Frame::Integer(removed))
            }
            "incr" => reply(self.incr(&args[1])),
            "lpush" | "rpush" => reply(self.push_list(args, spec.name == "lpush")),
            "lrange" => reply(self.lrange(args)),
            "hset" => reply(self.hset(args)),
            "hgetall" => reply(self.hgetall(&args[1])),
            "blpop" => self.blpop(args, in_exec),
            "watch" => {
                if self.session.multi.is_some() {
                    return reply(error("ERR WATCH inside MULTI is not allowed"));
                }
                for key in &args[1..] {
                    let version = self.version(key);
                    let db = self.session.db;
                    self.session.watched.push((db, key.clone(), version));
                }
                reply(ok())
            }
            "unwatch" => {
                self.session.watched.clear();
                reply(ok())
            }
            "ping" => reply(self.ping(args)),
            "echo" => reply(Frame::BulkString(args[1].clone())),
            "select" => reply(match parse_i64(&args[1]) {
                None => error("ERR value is not an integer or out of range"),
                Some(db) if !(0..DATABASES as i64).contains(&db) => {
                    error("ERR DB index is out of range")
                }
                Some(db) => {
                    self.session.db = db as usize;
                    ok()
                }
            }),
            "auth" => reply(self.auth(args)),
            "hello" => self.hello(args),
            "multi" => {
                if self.session.multi.is_some() {
                    return reply(error("ERR MULTI calls can not be nested"));
                }
                self.session.multi = Some((Vec::new(), false));
                reply(ok())
            }
            "exec" => self.exec(),
            "discard" => {
                if self.session.multi.take().is_none() {
                    return reply(error("ERR DISCARD without MULTI"));
                }
                self.session.watched.clear();
                reply(ok())
            }
            "subscribe" | "psubscribe" | "ssubscribe" | "unsubscribe" | "punsubscribe"
            | "sunsubscribe"
                if in_exec =>
            {
                reply(error("ERR the fake server refuses pubsub inside MULTI"))
            }
            "subscribe" | "psubscribe" | "ssubscribe" => {
                self.subscribe(spec.name, &args[1..]);
                Outcome::Done
            }
            "unsubscribe" | "punsubscribe" | "sunsubscribe" => {
                self.unsubscribe(spec.name, &args[1..]);
                Outcome::Done
            }
            "publish" | "spublish" => {
                let shard = spec.name == "spublish";
                let count = self.deliver_from_self(&args[1], &args[2], shard, in_exec);
                reply(Frame::Integer(count as i64))
            }
            "monitor" => {
                if in_exec {
                    return reply(error("ERR MONITOR isn't allowed for DENY BLOCKING client"));
                }
                self.session.monitoring = true;
                reply(ok())
            }
            "reset" => {
                // RESET clears CLIENT REPLY OFF and a pending SKIP, but a
                // SKIP already in force silences RESET's own reply.
                let skip = self.session.reply_skip;
                self.session = Session::new(&self.config);
                self.session.reply_skip = skip;
                reply(Frame::simple("RESET"))
            }
            "debug" => self.debug(args),
            "client|setname" => reply(self.setname(&args[2])),
            "client|getname" => reply(
                self.session
                    .name
                    .clone()
                    .map_or(Frame::Null, Frame::BulkString),
            ),
            "client|setinfo" => {
                let attr = lower(&args[2]);
                if attr == "lib-name" || attr == "lib-ver" {
                    reply(ok())
                } else {
                    reply(error(&format!(
                        "ERR Unrecognized option '{}'",
                        String::from_utf8_lossy(&args[2])
                    )))
                }
            }
            "client|reply" if in_exec => reply(error(
                "ERR the fake server refuses CLIENT REPLY inside MULTI",
            )),
            "client|reply" => {
                let session = &mut self.session;
                match lower(&args[2]).as_str() {
                    "on" => {
                        session.reply_off = false;
                        session.reply_skip = false;
                        reply(ok())
                    }
                    "off" => {
                        session.reply_off = true;
                        Outcome::Done
                    }
                    "skip" => {
                        if !session.reply_off {
                            session.reply_skip_next = true;
                        }
                        Outcome::Done
                    }
                    _ => reply(error("ERR syntax error")),
                }
            }
            "client|tracking" => {
                let mode = lower(&args[2]);
                if args.len() > 3 {
                    return reply(error("ERR syntax error"));
                }
                match mode.as_str() {
                    "on" => self.session.tracking = true,
                    "off" => {
                        self.session.tracking = false;
                        self.session.tracked.clear();
                    }
                    _ => return reply(error("ERR syntax error")),
                }
                reply(ok())
            }
            "client|id" => reply(Frame::Integer(self.config.client_id)),
            _ => reply(error("ERR syntax error")),
        }
    }

    fn db(&mut self) -> &mut BTreeMap<Bytes, Value> {
        &mut self.dbs[self.session.db]
    }

    fn version(&self, key: &Bytes) -> u64 {
        self.versions
            .get(&(self.session.db, key.clone()))
            .copied()
            .unwrap_or(0)
    }

    /// A key changed: watchers see it, and a tracked key is invalidated.
    fn modified(&mut self, key: &Bytes) {
        *self
            .versions
            .entry((self.session.db, key.clone()))
            .or_insert(0) += 1;
        if self.session.tracked.remove(key) && self.session.resp3 {
            let push = Frame::Push(vec![
                Frame::bulk("invalidate"),
                Frame::Array(vec![Frame::BulkString(key.clone())]),
            ]);
            if self.current.is_some() {
                // The client's own write: after its reply.
                self.deferred.push(push);
            } else {
                self.write(Val::Frame(push));
            }
        }
    }

    fn track(&mut self, key: &Bytes) {
        if self.session.tracking {
            self.session.tracked.insert(key.clone());
        }
    }

    fn get(&mut self, key: &Bytes) -> Frame {
        self.track(key);
        match self.db().get(key) {
            None => Frame::Null,
            Some(Value::Str(value)) => Frame::BulkString(value.clone()),
            Some(_) => wrong_type(),
        }
    }

    fn set_command(&mut self, args: &[Bytes]) -> Frame {
        if args.len() > 3 {
            return error("ERR syntax error");
        }
        self.db()
            .insert(args[1].clone(), Value::Str(args[2].clone()));
        self.modified(&args[1]);
        ok()
    }

    fn incr(&mut self, key: &Bytes) -> Frame {
        let current = match self.db().get(key) {
            None => 0,
            Some(Value::Str(text)) => match parse_i64(text) {
                Some(value) => value,
                None => return error("ERR value is not an integer or out of range"),
            },
            Some(_) => return wrong_type(),
        };
        let Some(next) = current.checked_add(1) else {
            return error("ERR increment or decrement would overflow");
        };
        let text = Bytes::from(format!("{next}").into_bytes());
        self.db().insert(key.clone(), Value::Str(text));
        self.modified(key);
        Frame::Integer(next)
    }

    fn push_list(&mut self, args: &[Bytes], left: bool) -> Frame {
        let key = &args[1];
        let list = match self
            .db()
            .entry(key.clone())
            .or_insert_with(|| Value::List(VecDeque::new()))
        {
            Value::List(list) => list,
            _ => return wrong_type(),
        };
        for value in &args[2..] {
            if left {
                list.push_front(value.clone());
            } else {
                list.push_back(value.clone());
            }
        }
        let len = list.len() as i64;
        self.modified(key);
        Frame::Integer(len)
    }

    fn lrange(&mut self, args: &[Bytes]) -> Frame {
        let (Some(start), Some(stop)) = (parse_i64(&args[2]), parse_i64(&args[3])) else {
            return error("ERR value is not an integer or out of range");
        };
        self.track(&args[1]);
        let list = match self.db().get(&args[1]) {
            None => return Frame::Array(Vec::new()),
            Some(Value::List(list)) => list,
            Some(_) => return wrong_type(),
        };
        let len = list.len() as i64;
        let start = if start < 0 {
            (len + start).max(0)
        } else {
            start
        };
        let stop = if stop < 0 {
            len + stop
        } else {
            stop.min(len - 1)
        };
        if start > stop || start >= len {
            return Frame::Array(Vec::new());
        }
        Frame::Array(
            list.iter()
                .skip(start as usize)
                .take((stop - start + 1) as usize)
                .cloned()
                .map(Frame::BulkString)
                .collect(),
        )
    }

    fn hset(&mut self, args: &[Bytes]) -> Frame {
        if !args.len().is_multiple_of(2) {
            return error("ERR wrong number of arguments for 'hset' command");
        }
        let key = &args[1];
        let hash = match self
            .db()
            .entry(key.clone())
            .or_insert_with(|| Value::Hash(Vec::new()))
        {
            Value::Hash(hash) => hash,
            _ => return wrong_type(),
        };
        let mut added = 0;
        for pair in args[2..].chunks(2) {
            match hash.iter_mut().find(|(field, _)| *field == pair[0]) {
                Some((_, value)) => *value = pair[1].clone(),
                None => {
                    hash.push((pair[0].clone(), pair[1].clone()));
                    added += 1;
                }
            }
        }
        self.modified(key);
        Frame::Integer(added)
    }

    fn hgetall(&mut self, key: &Bytes) -> Frame {
        self.track(key);
        match self.db().get(key) {
            None => Frame::Map(Vec::new()),
            Some(Value::Hash(hash)) => Frame::Map(
                hash.iter()
                    .map(|(field, value)| {
                        (
                            Frame::BulkString(field.clone()),
                            Frame::BulkString(value.clone()),
                        )
                    })
                    .collect(),
            ),
            Some(_) => wrong_type(),
        }
    }

    fn blpop(&mut self, args: &[Bytes], in_exec: bool) -> Outcome {
        let timeout = match parse_timeout(&args[args.len() - 1]) {
            Ok(timeout) => timeout,
            Err(text) => return Outcome::Reply(Val::Frame(error(text))),
        };
        let keys = &args[1..args.len() - 1];
        for key in keys {
            match self.db().get_mut(key) {
                None => {}
                Some(Value::List(list)) => {
                    let Some(value) = list.pop_front() else {
                        continue;
                    };
                    if list.is_empty() {
                        self.db().remove(key);
                    }
                    self.modified(key);
                    return Outcome::Reply(Val::Frame(Frame::Array(vec![
                        Frame::BulkString(key.clone()),
                        Frame::BulkString(value),
                    ])));
                }
                Some(_) => return Outcome::Reply(Val::Frame(wrong_type())),
            }
        }
        if in_exec {
            return Outcome::Reply(Val::NullArray);
        }
        Outcome::Block {
            keys: keys.to_vec(),
            deadline: timeout.map(|timeout| self.now + timeout),
        }
    }

    /// A new element for `key`: a `BLPOP` waiting for it takes it.
    fn serve_blocked(&mut self, key: &Bytes) {
        let Some(blocked) = &self.blocked else {
            return;
        };
        if !blocked.keys.contains(key) {
            return;
        }
        let db = self.session.db;
        let Some(Value::List(list)) = self.dbs[db].get_mut(key) else {
            return;
        };
        let Some(value) = list.pop_front() else {
            return;
        };
        if list.is_empty() {
            self.dbs[db].remove(key);
        }
        let key = key.clone();
        self.modified(&key);
        self.unblock(Val::Frame(Frame::Array(vec![
            Frame::BulkString(key),
            Frame::BulkString(value),
        ])));
    }

    /// Answers the waiting `BLPOP`, then reads on.
    fn unblock(&mut self, val: Val) {
        let Some(blocked) = self.blocked.take() else {
            return;
        };
        self.current = Some(blocked.log);
        self.reply(val);
        self.finish(blocked.after);
        self.process_input();
    }

    fn ping(&mut self, args: &[Bytes]) -> Frame {
        if args.len() > 2 {
            return error("ERR wrong number of arguments for 'ping' command");
        }
        let message = args.get(1).cloned();
        if !self.session.resp3 && self.session.subscribed() {
            return Frame::Array(vec![
                Frame::bulk("pong"),
                Frame::BulkString(message.unwrap_or_default()),
            ]);
        }
        message.map_or_else(|| Frame::simple("PONG"), Frame::BulkString)
    }

    fn authenticate(&self, user: &[u8], password: &[u8]) -> bool {
        if user == b"default" {
            return self
                .config
                .requirepass
                .as_ref()
                .is_none_or(|pass| pass == password);
        }
        self.config
            .user
            .as_ref()
            .is_some_and(|(name, pass)| name == user && pass == password)
    }

    fn auth(&mut self, args: &[Bytes]) -> Frame {
        if !self.config.hello {
            // Redis 5: one argument, the password.
            if args.len() != 2 {
                return error("ERR wrong number of arguments for 'auth' command");
            }
            return match &self.config.requirepass {
                None => error("ERR Client sent AUTH, but no password is set"),
                Some(pass) if *pass == args[1] => {
                    self.session.authenticated = true;
                    ok()
                }
                Some(_) => error("ERR invalid password"),
            };
        }
        if args.len() > 3 {
            return error("ERR syntax error");
        }
        let (user, password) = if args.len() == 2 {
            if self.config.requirepass.is_none() {
                return error(
                    "ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?",
                );
            }
            (&b"default"[..], &args[1])
        } else {
            (&args[1][..], &args[2])
        };
        if self.authenticate(user, password) {
            self.session.authenticated = true;
            ok()
        } else {
            error("WRONGPASS invalid username-password pair or user is disabled.")
        }
    }

    fn hello(&mut self, args: &[Bytes]) -> Outcome {
        let fail = |text: &str| Outcome::Reply(Val::Frame(error(text)));
        let mut version = None;
        if let Some(arg) = args.get(1) {
            match parse_i64(arg) {
                None => return fail("ERR Protocol version is not an integer or out of range"),
                Some(2) => version = Some(false),
                Some(3) => version = Some(true),
                Some(_) => return fail("NOPROTO unsupported protocol version"),
            }
        }
        let mut auth = None;
        let mut name = None;
        let mut at = 2;
        while at < args.len() {
            let more = args.len() - 1 - at;
            let option = lower(&args[at]);
            if option == "auth" && more >= 2 {
                auth = Some((args[at + 1].clone(), args[at + 2].clone()));
                at += 3;
            } else if option == "setname" && more >= 1 {
                name = Some(args[at + 1].clone());
                at += 2;
            } else {
                return fail(&format!(
                    "ERR Syntax error in HELLO option '{}'",
                    String::from_utf8_lossy(&args[at])
                ));
            }
        }
        if let Some((user, password)) = auth {
            if !self.authenticate(&user, &password) {
                return fail("WRONGPASS invalid username-password pair or user is disabled.");
            }
            self.session.authenticated = true;
        }
        if !self.session.authenticated {
            return fail(
                "NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO AUTH <user> <pass> option can be used to authenticate the client and select the RESP protocol version at the same time",
            );
        }
        if let Some(name) = name
            && let Err(frame) = self.set_name(name)
        {
            return Outcome::Reply(Val::Frame(frame));
        }
        if let Some(resp3) = version {
            self.session.resp3 = resp3;
        }
        let proto = if self.session.resp3 { 3 } else { 2 };
        Outcome::Reply(Val::Frame(Frame::Map(vec![
            (Frame::bulk("server"), Frame::bulk("redis")),
            (Frame::bulk("version"), Frame::bulk("7.0.15")),
            (Frame::bulk("proto"), Frame::Integer(proto)),
            (Frame::bulk("id"), Frame::Integer(self.config.client_id)),
            (Frame::bulk("mode"), Frame::bulk("standalone")),
            (Frame::bulk("role"), Frame::bulk("master")),
            (Frame::bulk("modules"), Frame::Array(Vec::new())),
        ])))
    }

    fn set_name(&mut self, name: Bytes) -> Result<(), Frame> {
        if name.iter().any(|byte| !(b'!'..=b'~').contains(byte)) {
            return Err(error(
                "ERR Client names cannot contain spaces, newlines or special characters.",
            ));
        }
        self.session.name = (!name.is_empty()).then_some(name);
        Ok(())
    }

    fn setname(&mut self, name: &Bytes) -> Frame {
        match self.set_name(name.clone()) {
            Ok(()) => ok(),
            Err(frame) => frame,
        }
    }

    fn exec(&mut self) -> Outcome {
        let Some((queued, dirty)) = self.session.multi.take() else {
            return Outcome::Reply(Val::Frame(error("ERR EXEC without MULTI")));
        };
        let watched = core::mem::take(&mut self.session.watched);
        if dirty {
            return Outcome::Reply(Val::Frame(error(
                "EXECABORT Transaction discarded because of previous errors.",
            )));
        }
        let changed = watched.iter().any(|(db, key, version)| {
            self.versions.get(&(*db, key.clone())).copied().unwrap_or(0) != *version
        });
        if changed {
            return Outcome::Reply(Val::NullArray);
        }
        let mut replies = Vec::with_capacity(queued.len());
        for args in queued {
            let spec = self.lookup_quiet(&args);
            let val = match self.run(spec, &args, true) {
                Outcome::Reply(val) => val,
                Outcome::Done | Outcome::Block { .. } => Val::Frame(Frame::Null),
            };
            replies.push(val);
        }
        Outcome::Reply(Val::Array(replies))
    }

    /// The spec of a command already checked when it was queued.
    fn lookup_quiet(&self, args: &[Bytes]) -> Spec {
        let name = lower(&args[0]);
        let full = if name == "client" && args.len() > 1 {
            format!("client|{}", lower(&args[1]))
        } else {
            name
        };
        COMMANDS
            .iter()
            .chain(CLIENT_SUBCOMMANDS)
            .find(|spec| spec.name == full)
            .copied()
            .unwrap_or(spec("unknown", -1, 0))
    }

    fn subscriptions(&mut self, kind: &str) -> &mut Vec<Bytes> {
        match kind {
            "subscribe" | "unsubscribe" => &mut self.session.channels,
            "psubscribe" | "punsubscribe" => &mut self.session.patterns,
            _ => &mut self.session.shards,
        }
    }

    /// What a (un)subscribe confirmation counts: channels and patterns
    /// together, shard channels apart.
    fn subscription_count(&self, kind: &str) -> i64 {
        let session = &self.session;
        if matches!(kind, "ssubscribe" | "sunsubscribe") {
            session.shards.len() as i64
        } else {
            (session.channels.len() + session.patterns.len()) as i64
        }
    }

    fn subscribe(&mut self, kind: &'static str, channels: &[Bytes]) {
        for channel in channels {
            let set = self.subscriptions(kind);
            if !set.contains(channel) {
                set.push(channel.clone());
            }
            let count = self.subscription_count(kind);
            self.push(
                vec![
                    Frame::bulk(kind),
                    Frame::BulkString(channel.clone()),
                    Frame::Integer(count),
                ],
                true,
            );
        }
    }

    fn unsubscribe(&mut self, kind: &'static str, channels: &[Bytes]) {
        let channels = if channels.is_empty() {
            let all = self.subscriptions(kind).clone();
            if all.is_empty() {
                let count = self.subscription_count(kind);
                self.push(
                    vec![Frame::bulk(kind), Frame::Null, Frame::Integer(count)],
                    true,
                );
                return;
            }
            all
        } else {
            channels.to_vec()
        };
        for channel in channels {
            self.subscriptions(kind).retain(|c| *c != channel);
            let count = self.subscription_count(kind);
            self.push(
                vec![
                    Frame::bulk(kind),
                    Frame::BulkString(channel),
                    Frame::Integer(count),
                ],
                true,
            );
        }
    }

    /// `PUBLISH` from the client itself: 7.0.15 writes the message before
    /// the reply; inside `EXEC` it goes after the transaction's reply.
    fn deliver_from_self(
        &mut self,
        channel: &[u8],
        payload: &[u8],
        shard: bool,
        in_exec: bool,
    ) -> usize {
        if in_exec {
            let messages = self.messages(channel, payload, shard);
            let count = messages.len();
            self.deferred.extend(messages);
            return count;
        }
        self.deliver(channel, payload, shard)
    }

    fn deliver(&mut self, channel: &[u8], payload: &[u8], shard: bool) -> usize {
        let messages = self.messages(channel, payload, shard);
        let count = messages.len();
        for message in messages {
            self.write(Val::Frame(message));
        }
        count
    }

    fn messages(&self, channel: &[u8], payload: &[u8], shard: bool) -> Vec<Frame> {
        let session = &self.session;
        let channel = Bytes::copy_from_slice(channel);
        let payload = Bytes::copy_from_slice(payload);
        let mut messages = Vec::new();
        if shard {
            if session.shards.contains(&channel) {
                messages.push(self.push_frame(vec![
                    Frame::bulk("smessage"),
                    Frame::BulkString(channel),
                    Frame::BulkString(payload),
                ]));
            }
            return messages;
        }
        if session.channels.contains(&channel) {
            messages.push(self.push_frame(vec![
                Frame::bulk("message"),
                Frame::BulkString(channel.clone()),
                Frame::BulkString(payload.clone()),
            ]));
        }
        for pattern in &session.patterns {
            if glob(pattern, &channel) {
                messages.push(self.push_frame(vec![
                    Frame::bulk("pmessage"),
                    Frame::BulkString(pattern.clone()),
                    Frame::BulkString(channel.clone()),
                    Frame::BulkString(payload.clone()),
                ]));
            }
        }
        messages
    }

    fn debug(&mut self, args: &[Bytes]) -> Outcome {
        let reply = |frame: Frame| Outcome::Reply(Val::Frame(frame));
        if lower(&args[1]) != "protocol" || args.len() != 3 {
            return reply(error(&format!(
                "ERR unknown subcommand '{}'. Try DEBUG HELP.",
                String::from_utf8_lossy(&args[1])
            )));
        }
        let ints = || (0..3).map(Frame::Integer).collect::<Vec<_>>();
        match lower(&args[2]).as_str() {
            "string" => reply(Frame::bulk("Hello World")),
            "integer" => reply(Frame::Integer(12345)),
            // What Redis sends; not meant as pi.
            #[allow(clippy::approx_constant)]
            "double" => reply(Frame::Double(3.141)),
            "bignum" => reply(Frame::BigNumber(Bytes::from_static(
                b"1234567999999999999999999999999999999",
            ))),
            "null" => reply(Frame::Null),
            "array" => reply(Frame::Array(ints())),
            "set" => reply(Frame::Set(ints())),
            "map" => reply(Frame::Map(
                (0..3)
                    .map(|i| (Frame::Integer(i), Frame::Boolean(i == 1)))
                    .collect(),
            )),
            "attrib" => reply(Frame::Attributed {
                attributes: vec![(
                    Frame::bulk("key-popularity"),
                    Frame::Array(vec![Frame::bulk("key:123"), Frame::Integer(90)]),
                )],
                frame: alloc::boxed::Box::new(Frame::bulk(
                    "Some real reply following the attribute",
                )),
            }),
            "push" if !self.session.resp3 => {
                reply(error("ERR RESP2 is not supported by this command"))
            }
            "push" => {
                self.write(Val::Frame(Frame::Push(vec![
                    Frame::bulk("server-cpu-usage"),
                    Frame::Integer(42),
                ])));
                reply(Frame::bulk("Some real reply following the push reply"))
            }
            "verbatim" => reply(Frame::VerbatimString {
                format: VerbatimFormat::TEXT,
                text: Bytes::from_static(b"This is a verbatim\nstring"),
            }),
            "true" => reply(Frame::Boolean(true)),
            "false" => reply(Frame::Boolean(false)),
            _ => reply(error(&format!(
                "ERR Wrong protocol type name. Please use one of the following: {PROTOCOL_TYPES}"
            ))),
        }
    }

    /// A `MONITOR` line for a command another client ran on database 0.
    fn feed_monitor(&mut self, args: &[Bytes]) {
        // 7.0.15 silences MONITOR's lines too under CLIENT REPLY OFF.
        if !self.session.monitoring || self.silenced() {
            return;
        }
        self.monitor_lines += 1;
        let micros = 1_700_000_000_000_000u128
            + self.now.elapsed().as_micros()
            + u128::from(self.monitor_lines);
        let mut line = format!(
            "{}.{:06} [0 127.0.0.1:2]",
            micros / 1_000_000,
            micros % 1_000_000
        );
        for arg in args {
            line.push(' ');
            quote(arg, &mut line);
        }
        self.write(Val::Frame(Frame::SimpleString(Bytes::from(
            line.into_bytes(),
        ))));
    }
}

/// Writes `val` in the given protocol; returns the frame the client decodes.
fn put(out: &mut BytesMut, resp3: bool, val: &Val) -> Frame {
    match val {
        Val::NullArray => {
            out.put_slice(if resp3 { b"_\r\n" } else { b"*-1\r\n" });
            Frame::Null
        }
        Val::Array(items) => {
            put_header(out, b'*', items.len());
            Frame::Array(items.iter().map(|item| put(out, resp3, item)).collect())
        }
        Val::Frame(frame) if resp3 => {
            encode(frame, out).expect("the fake server writes only valid frames");
            frame.clone()
        }
        Val::Frame(frame) => put_resp2(out, frame),
    }
}

/// Writes `frame` as RESP2 carries it: nulls as `$-1`, maps flattened,
/// sets and pushes as arrays, the other RESP3 scalars as integers and
/// strings, attributes dropped.
fn put_resp2(out: &mut BytesMut, frame: &Frame) -> Frame {
    let simple = |out: &mut BytesMut, frame: Frame| {
        encode(&frame, out).expect("the fake server writes only valid frames");
        frame
    };
    match frame {
        Frame::Null => {
            out.put_slice(b"$-1\r\n");
            Frame::Null
        }
        Frame::Array(items) | Frame::Set(items) | Frame::Push(items) => {
            put_header(out, b'*', items.len());
            Frame::Array(items.iter().map(|item| put_resp2(out, item)).collect())
        }
        Frame::Map(pairs) => {
            put_header(out, b'*', pairs.len() * 2);
            let mut items = Vec::with_capacity(pairs.len() * 2);
            for (key, value) in pairs {
                items.push(put_resp2(out, key));
                items.push(put_resp2(out, value));
            }
            Frame::Array(items)
        }
        Frame::Boolean(value) => simple(out, Frame::Integer(i64::from(*value))),
        Frame::Double(value) => simple(out, Frame::bulk(format!("{value}").into_bytes())),
        Frame::BigNumber(digits) => simple(out, Frame::BulkString(digits.clone())),
        Frame::VerbatimString { text, .. } => simple(out, Frame::BulkString(text.clone())),
        Frame::BulkError(text) => simple(out, Frame::SimpleError(text.clone())),
        Frame::Attributed { frame, .. } => put_resp2(out, frame),
        other => simple(out, other.clone()),
    }
}

fn ok() -> Frame {
    Frame::simple("OK")
}

/// An error reply; Redis turns line breaks in an error into spaces.
fn error(text: &str) -> Frame {
    let text: String = text
        .chars()
        .map(|c| if c == '\r' || c == '\n' { ' ' } else { c })
        .collect();
    Frame::SimpleError(Bytes::from(text.into_bytes()))
}

fn wrong_type() -> Frame {
    error("WRONGTYPE Operation against a key holding the wrong kind of value")
}

fn lower(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_ascii_lowercase()
}

fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn arity_ok(arity: i32, argc: usize) -> bool {
    let argc = argc as i32;
    if arity >= 0 {
        argc == arity
    } else {
        argc >= -arity
    }
}

fn parse_i64(bytes: &[u8]) -> Option<i64> {
    let text = core::str::from_utf8(bytes).ok()?;
    // Redis refuses a leading `+` and leading zeros.
    if text.starts_with('+') || (text.len() > 1 && text.starts_with('0')) || text.starts_with("-0")
    {
        return None;
    }
    text.parse().ok()
}

/// A `BLPOP` timeout in seconds; `None` waits forever.
fn parse_timeout(bytes: &[u8]) -> Result<Option<Duration>, &'static str> {
    let text =
        core::str::from_utf8(bytes).map_err(|_| "ERR timeout is not a float or out of range")?;
    let seconds: f64 = text
        .parse()
        .map_err(|_| "ERR timeout is not a float or out of range")?;
    if !seconds.is_finite() {
        return Err("ERR timeout is not a float or out of range");
    }
    if seconds < 0.0 {
        return Err("ERR timeout is negative");
    }
    if seconds == 0.0 {
        return Ok(None);
    }
    Duration::try_from_secs_f64(seconds)
        .map(Some)
        .map_err(|_| "ERR timeout is out of range")
}

/// Glob-style matching as `PSUBSCRIBE` does it: `*`, `?`, `[...]` with `^`
/// and ranges, and `\` escapes.
fn glob(pattern: &[u8], text: &[u8]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some((b'*', rest)) => (0..=text.len()).any(|skip| glob(rest, &text[skip..])),
        Some((b'?', rest)) => !text.is_empty() && glob(rest, &text[1..]),
        Some((b'[', rest)) => {
            let Some((&c, text_rest)) = text.split_first() else {
                return false;
            };
            let (negate, mut class) = match rest.split_first() {
                Some((b'^', class)) => (true, class),
                _ => (false, rest),
            };
            let mut matched = false;
            loop {
                match class {
                    [] => break,
                    [b']', tail @ ..] => {
                        class = tail;
                        break;
                    }
                    [b'\\', escaped, tail @ ..] => {
                        matched |= *escaped == c;
                        class = tail;
                    }
                    [low, b'-', high, tail @ ..] if *high != b']' => {
                        let (low, high) = if low <= high {
                            (*low, *high)
                        } else {
                            (*high, *low)
                        };
                        matched |= (low..=high).contains(&c);
                        class = tail;
                    }
                    [single, tail @ ..] => {
                        matched |= *single == c;
                        class = tail;
                    }
                }
            }
            matched != negate && glob(class, text_rest)
        }
        Some((b'\\', rest)) if !rest.is_empty() => {
            text.first() == Some(&rest[0]) && glob(&rest[1..], &text[1..])
        }
        Some((&p, rest)) => text.first() == Some(&p) && glob(rest, &text[1..]),
    }
}

/// Quotes an argument as `MONITOR` does (`sdscatrepr`).
fn quote(arg: &[u8], line: &mut String) {
    line.push('"');
    for &byte in arg {
        match byte {
            b'\\' => line.push_str("\\\\"),
            b'"' => line.push_str("\\\""),
            b'\n' => line.push_str("\\n"),
            b'\r' => line.push_str("\\r"),
            b'\t' => line.push_str("\\t"),
            0x07 => line.push_str("\\a"),
            0x08 => line.push_str("\\b"),
            0x20..=0x7e => line.push(char::from(byte)),
            _ => line.push_str(&format!("\\x{byte:02x}")),
        }
    }
    line.push('"');
}

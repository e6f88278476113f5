//! A [`Connection`] and a [`FakeServer`] wired together on virtual time.
//!
//! [`Pair`] moves the bytes each side writes to the other, drains the
//! connection after every call as its run loop requires, and keeps what
//! came out of it ([`Event`]s). The bytes going to the client can be cut at
//! chosen offsets ([`Chunking`]), have extra frames spliced in between the
//! server's, and requests can be abandoned when the client has read a given
//! number of bytes; time moves only when [`Pair::run`] or
//! [`Pair::advance`] says so, to the next deadline of either side.

use alloc::collections::VecDeque;
use alloc::vec;
use alloc::vec::Vec;
use core::time::Duration;

use bytes::{Bytes, BytesMut};

use super::fake_server::{FakeServer, Fault, Logged, ServerConfig};
use crate::cmd::Cmd;
use crate::connection::{Config, Connection, Output, RequestId, SendError};
use crate::frame::Frame;
use crate::server_error::ServerError;
use crate::time::Instant;

/// Where a byte stream is cut into the pieces handed to the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chunking {
    /// Everything available in one piece.
    Whole,
    /// At every multiple of this many bytes (0 is taken as 1).
    Every(usize),
    /// At these offsets from the start of the stream.
    At(Vec<usize>),
}

impl Chunking {
    /// The first cut after `offset`.
    fn next_cut(&self, offset: usize) -> Option<usize> {
        match self {
            Self::Whole => None,
            Self::Every(step) => {
                let step = (*step).max(1);
                Some((offset / step + 1) * step)
            }
            Self::At(cuts) => cuts.iter().copied().filter(|&cut| cut > offset).min(),
        }
    }
}

/// Something the connection put out (never a `Transmit` or a `Wait`), and
/// how many bytes it had read from the server by then.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Bytes delivered to the client when the output came out.
    pub at: usize,
    /// The output.
    pub output: Output,
}

/// A request sent through the pair.
#[derive(Clone, Debug)]
pub struct Request {
    /// Its id.
    pub id: RequestId,
    /// Its commands: one, or a batch's.
    pub cmds: Vec<Cmd>,
    /// Whether it was sent with [`Connection::send_batch`].
    pub batch: bool,
    /// Bytes delivered to the client when it was sent.
    pub sent_at: usize,
    /// Whether [`Connection::abandon`] was called on it and returned `true`.
    pub abandoned: bool,
}

/// One step of a scripted exchange, for [`Pair::play`].
#[derive(Clone, Debug)]
pub enum Step {
    /// [`Pair::send`]; the connection must accept it.
    Send(Cmd),
    /// [`Pair::send_batch`]; the connection must accept it.
    Batch(Vec<Cmd>),
    /// Abandons the `n`th request sent (counting from 0).
    Abandon(usize),
    /// [`Pair::drive`]: moves bytes until neither side has more to say.
    Drive,
    /// [`Pair::advance`].
    Advance(Duration),
    /// Does something to the server, as another client would (drives first,
    /// so that the server has read what was sent).
    Server(fn(&mut FakeServer)),
}

/// A [`Connection`] and a [`FakeServer`] talking on virtual time.
///
/// ```
/// use resp_core::check::fake_server::ServerConfig;
/// use resp_core::check::pair::Pair;
/// use resp_core::{Cmd, Config, Frame, Output};
///
/// let mut pair = Pair::new(Config::new(), ServerConfig::new());
/// let id = pair.send(&Cmd::new("ECHO").arg("hi")).unwrap();
/// pair.run();
/// assert_eq!(pair.events()[0].output, Output::Reply { id, reply: Ok(Frame::bulk("hi")) });
/// ```
#[derive(Debug)]
pub struct Pair {
    /// The client.
    pub client: Connection,
    /// The server.
    pub server: FakeServer,
    now: Instant,
    to_client: Chunking,
    to_server: Chunking,
    /// Bytes to insert into the server's stream, at offsets of that stream.
    splices: VecDeque<(usize, Bytes)>,
    /// `(offset, request)`: abandon the request when the client has read
    /// `offset` bytes.
    abandons: Vec<(usize, usize)>,
    /// Bytes on their way to the client.
    wire: BytesMut,
    /// Server bytes taken so far.
    taken: usize,
    /// Bytes handed to the client so far (splices included).
    delivered: usize,
    /// Bytes handed to the server so far.
    sent: usize,
    eof: bool,
    until: Option<Instant>,
    events: Vec<Event>,
    requests: Vec<Request>,
}

impl Pair {
    /// A connection made with `config` at time zero, to a new server.
    pub fn new(config: Config, server: ServerConfig) -> Self {
        Self::with_server(config, FakeServer::new(server))
    }

    /// A connection made with `config` at time zero, to `server`.
    pub fn with_server(config: Config, server: FakeServer) -> Self {
        Self {
            client: Connection::new(config, Instant::ZERO),
            server,
            now: Instant::ZERO,
            to_client: Chunking::Whole,
            to_server: Chunking::Whole,
            splices: VecDeque::new(),
            abandons: Vec::new(),
            wire: BytesMut::new(),
            taken: 0,
            delivered: 0,
            sent: 0,
            eof: false,
            until: None,
            events: Vec::new(),
            requests: Vec::new(),
        }
    }

    /// How the bytes for the client are cut, from now on.
    pub fn set_to_client(&mut self, chunking: Chunking) {
        self.to_client = chunking;
    }

    /// How the bytes for the server are cut, from now on.
    pub fn set_to_server(&mut self, chunking: Chunking) {
        self.to_server = chunking;
    }

    /// Inserts `bytes` into what the client reads, after the server's first
    /// `offset` bytes (best between two frames: see
    /// [`FakeServer::frame_ends`]). Splices go in offset order, those at
    /// one offset in the order given.
    pub fn splice(&mut self, offset: usize, bytes: Bytes) {
        let at = self.splices.partition_point(|(other, _)| *other <= offset);
        self.splices.insert(at, (offset, bytes));
    }

    /// Abandons the `index`th request sent once the client has read
    /// `offset` bytes (if it has been sent by then).
    pub fn abandon_at(&mut self, offset: usize, index: usize) {
        self.abandons.push((offset, index));
    }

    /// The virtual time.
    pub fn now(&self) -> Instant {
        self.now
    }

    /// Bytes the client has read.
    pub fn delivered(&self) -> usize {
        self.delivered
    }

    /// What came out of the connection so far.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The requests sent so far.
    pub fn requests(&self) -> &[Request] {
        &self.requests
    }

    /// Sends `cmd` now.
    ///
    /// # Errors
    ///
    /// What [`Connection::send`] refuses.
    pub fn send(&mut self, cmd: &Cmd) -> Result<RequestId, SendError> {
        let id = self.client.send(self.now, cmd)?;
        self.requests.push(Request {
            id,
            cmds: vec![cmd.clone()],
            batch: false,
            sent_at: self.delivered,
            abandoned: false,
        });
        self.poll_client();
        Ok(id)
    }

    /// Sends `cmds` as one batch now.
    ///
    /// # Errors
    ///
    /// What [`Connection::send_batch`] refuses.
    pub fn send_batch(&mut self, cmds: &[Cmd]) -> Result<RequestId, SendError> {
        let id = self.client.send_batch(self.now, cmds)?;
        self.requests.push(Request {
            id,
            cmds: cmds.to_vec(),
            batch: true,
            sent_at: self.delivered,
            abandoned: false,
        });
        self.poll_client();
        Ok(id)
    }

    /// Abandons the `index`th request sent; returns what
    /// [`Connection::abandon`] did (`false` for a request never sent).
    pub fn abandon(&mut self, index: usize) -> bool {
        let Some(request) = self.requests.get_mut(index) else {
            return false;
        };
        let abandoned = self.client.abandon(request.id);
        request.abandoned |= abandoned;
        self.poll_client();
        abandoned
    }

    /// Hands `bytes` to the client after what is on its way to it, as if
    /// the server had written them.
    pub fn inject(&mut self, bytes: &[u8]) {
        self.take_server();
        self.wire.extend_from_slice(bytes);
        self.deliver();
    }

    /// The server closes the connection: the client reads end of stream
    /// once it has read what was written before.
    pub fn close_server(&mut self) {
        self.server.close();
        self.drive();
    }

    /// Runs a script, then [`Pair::run`].
    ///
    /// # Panics
    ///
    /// When the connection refuses a command the script sends.
    pub fn play(&mut self, steps: &[Step]) {
        for step in steps {
            match step {
                Step::Send(cmd) => {
                    self.send(cmd)
                        .expect("the script sends what the connection accepts");
                }
                Step::Batch(cmds) => {
                    self.send_batch(cmds)
                        .expect("the script sends what the connection accepts");
                }
                Step::Abandon(index) => {
                    self.abandon(*index);
                }
                Step::Drive => self.drive(),
                Step::Advance(by) => self.advance(*by),
                Step::Server(action) => {
                    self.drive();
                    action(&mut self.server);
                    self.drive();
                }
            }
        }
        self.run();
    }

    /// Moves bytes both ways until neither side has anything more to say;
    /// time stands still.
    pub fn drive(&mut self) {
        loop {
            let mut progress = self.poll_client();
            progress |= self.take_server();
            progress |= self.deliver();
            if !progress && self.server.is_closed() && !self.eof && self.wire.is_empty() {
                self.eof = true;
                self.client.handle_eof();
                progress = self.poll_client();
            }
            if !progress {
                return;
            }
        }
    }

    /// Drives, and moves time to each deadline of either side in turn
    /// until none is left within the next hour of virtual time.
    pub fn run(&mut self) {
        self.run_for(Duration::from_secs(3600));
    }

    /// Drives, and moves time to each deadline of either side in turn
    /// until none is left within `horizon`.
    pub fn run_for(&mut self, horizon: Duration) {
        let limit = self.now + horizon;
        self.run_until(limit);
    }

    /// Moves time forward by `by`, through every deadline on the way.
    pub fn advance(&mut self, by: Duration) {
        let target = self.now + by;
        self.run_until(target);
        self.now = target;
        self.tick();
    }

    fn run_until(&mut self, limit: Instant) {
        self.drive();
        // A connection that keeps asking for the same instant would spin.
        for _ in 0..10_000 {
            let next = match (self.until, self.server.poll_timeout()) {
                (Some(a), Some(b)) => a.min(b),
                (a, b) => match a.or(b) {
                    Some(next) => next,
                    None => return,
                },
            };
            if next > limit {
                return;
            }
            self.now = self.now.max(next);
            self.tick();
        }
    }

    fn tick(&mut self) {
        self.client.handle_timeout(self.now);
        self.poll_client();
        self.server.handle_timeout(self.now);
        self.drive();
    }

    /// Drains the connection: bytes to the server, the rest to `events`.
    fn poll_client(&mut self) -> bool {
        let mut progress = false;
        loop {
            match self.client.poll_output() {
                Output::Wait { until } => {
                    self.until = until;
                    return progress;
                }
                Output::Transmit(bytes) => {
                    progress = true;
                    self.forward(&bytes);
                }
                output => {
                    progress = true;
                    self.events.push(Event {
                        at: self.delivered,
                        output,
                    });
                }
            }
        }
    }

    fn forward(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            let len = self
                .to_server
                .next_cut(self.sent)
                .map_or(bytes.len(), |cut| (cut - self.sent).min(bytes.len()));
            self.server.handle_input(self.now, &bytes[..len]);
            self.sent += len;
            bytes = &bytes[len..];
        }
    }

    /// Takes what the server wrote onto the wire, with the splices due.
    fn take_server(&mut self) -> bool {
        let Some(bytes) = self.server.poll_transmit() else {
            return false;
        };
        let start = self.taken;
        let end = start + bytes.len();
        let mut from = 0;
        while let Some((at, _)) = self.splices.front()
            && *at <= end
        {
            let (at, extra) = self.splices.pop_front().expect("checked");
            let at = at.max(start) - start;
            self.wire.extend_from_slice(&bytes[from..at]);
            self.wire.extend_from_slice(&extra);
            from = at;
        }
        self.wire.extend_from_slice(&bytes[from..]);
        self.taken = end;
        true
    }

    /// Hands the wire's bytes to the client, cut as asked, abandoning
    /// requests on the way.
    fn deliver(&mut self) -> bool {
        let mut progress = false;
        while !self.wire.is_empty() {
            self.fire_abandons();
            let next_abandon = self
                .abandons
                .iter()
                .map(|(offset, _)| *offset)
                .filter(|&offset| offset > self.delivered)
                .min();
            let cut = match (self.to_client.next_cut(self.delivered), next_abandon) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let len = cut.map_or(self.wire.len(), |cut| {
                (cut - self.delivered).min(self.wire.len())
            });
            let chunk = self.wire.split_to(len);
            self.client.handle_input(self.now, &chunk);
            self.delivered += len;
            self.poll_client();
            progress = true;
        }
        self.fire_abandons();
        progress
    }

    fn fire_abandons(&mut self) {
        let delivered = self.delivered;
        let due: Vec<usize> = self
            .abandons
            .iter()
            .filter(|(offset, index)| *offset <= delivered && *index < self.requests.len())
            .map(|(_, index)| *index)
            .collect();
        if due.is_empty() {
            return;
        }
        self.abandons
            .retain(|(offset, index)| !(*offset <= delivered && *index < self.requests.len()));
        for index in due {
            self.abandon(index);
        }
    }

    /// What each request's completion should be, read from the server's
    /// log: `None` where the log cannot say (a fault, no answer yet, or a
    /// command that cannot be found in the log).
    ///
    /// Requests are matched to logged commands in order, skipping the
    /// commands the connection sent on its own; a request must therefore
    /// not repeat one of its handshake commands.
    pub fn expected(&self) -> Vec<Option<Output>> {
        let log = self.server.log();
        let mut cursor = 0;
        let mut expected = Vec::with_capacity(self.requests.len());
        for request in &self.requests {
            let mut entries = Vec::with_capacity(request.cmds.len());
            for cmd in &request.cmds {
                let Some(found) = log[cursor..].iter().position(|entry| same_args(entry, cmd))
                else {
                    // Not read by the server (yet): neither is what follows.
                    expected.resize(self.requests.len(), None);
                    return expected;
                };
                entries.push(&log[cursor + found]);
                cursor += found + 1;
            }
            // An empty batch completes once everything sent before it is
            // answered, the connection's own requests included, which the
            // server may never have read: only sure once nothing waits.
            let waits = entries.is_empty() && !self.client.is_idle();
            expected.push(if waits {
                None
            } else {
                expected_output(request, &entries)
            });
        }
        expected
    }
}

fn same_args(entry: &Logged, cmd: &Cmd) -> bool {
    entry.args.len() == cmd.len() && entry.args.iter().zip(cmd.iter()).all(|(a, b)| a[..] == *b)
}

fn is_subscribe_kind(args: &[Bytes]) -> bool {
    let name = args[0].to_ascii_lowercase();
    match &name[..] {
        b"subscribe" | b"psubscribe" | b"ssubscribe" => args.len() > 1,
        b"unsubscribe" | b"punsubscribe" | b"sunsubscribe" => true,
        _ => false,
    }
}

/// One command's reply, as the connection reports it.
fn reply_of(entry: &Logged) -> Option<Option<Result<Frame, ServerError>>> {
    if !entry.done
        || matches!(
            entry.fault,
            Some(Fault::Garbage | Fault::Stall | Fault::Close)
        )
    {
        return None;
    }
    let result =
        |frame: &Frame| ServerError::from_frame(frame).map_or_else(|| Ok(frame.clone()), Err);
    match &entry.reply[..] {
        [] => Some(None),
        [only] if only.is_error() => Some(Some(result(only))),
        frames if is_subscribe_kind(&entry.args) => Some(Some(Ok(Frame::Array(frames.to_vec())))),
        [only] => Some(Some(result(only))),
        _ => None,
    }
}

fn expected_output(request: &Request, entries: &[&Logged]) -> Option<Output> {
    let id = request.id;
    if request.batch {
        let mut replies = Vec::with_capacity(entries.len());
        for entry in entries {
            replies.push(reply_of(entry)?.unwrap_or(Ok(Frame::Null)));
        }
        return Some(Output::Batch { id, replies });
    }
    Some(match reply_of(entries[0])? {
        None => Output::NoReply { id },
        Some(Err(error)) if error.redirect().is_some() => Output::Redirected {
            id,
            redirect: error.redirect().expect("checked"),
        },
        Some(reply) => Output::Reply { id, reply },
    })
}

//! A TCP proxy that misbehaves on request: delays, stalls, cuts, refusals
//! and injected bytes between a client and a real server. See
//! [`FaultProxy`].

use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How often blocked threads look at the proxy's state.
const TICK: Duration = Duration::from_millis(2);
/// The read buffer of one direction.
const CHUNK: usize = 64 * 1024;

/// Which way bytes travel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// From the client to the server.
    ToServer,
    /// From the server to the client.
    ToClient,
    /// Both ways.
    Both,
}

impl Direction {
    fn indices(self) -> &'static [usize] {
        match self {
            Self::ToServer => &[0],
            Self::ToClient => &[1],
            Self::Both => &[0, 1],
        }
    }
}

/// Which connections a fault applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conns {
    /// Every connection open now, and every one accepted later.
    All,
    /// The connection accepted `k`-th, counting from 0: now if it is open,
    /// or when it is accepted.
    Index(usize),
}

/// How a connection is cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cut {
    /// An orderly close: both peers read end of stream.
    Fin,
    /// An abortive close (`SO_LINGER` 0): both peers get a reset.
    Rst,
}

/// What the proxy does with new connections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accept {
    /// Accept and forward them (the default).
    Forward,
    /// Stop listening: connecting fails with "connection refused".
    Refuse,
    /// Accept them and never forward a byte or answer: a hung server.
    Hang,
}

/// How long each chunk of bytes is held before it is forwarded: a time
/// drawn uniformly between `min` and `max`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Delay {
    min: Duration,
    max: Duration,
}

impl Delay {
    /// No delay.
    pub const NONE: Self = Self {
        min: Duration::ZERO,
        max: Duration::ZERO,
    };

    /// Always `delay`.
    pub fn fixed(delay: Duration) -> Self {
        Self {
            min: delay,
            max: delay,
        }
    }

    /// Between `min` and `max` (swapped if given the wrong way round).
    pub fn jitter(min: Duration, max: Duration) -> Self {
        Self {
            min: min.min(max),
            max: min.max(max),
        }
    }

    fn draw(self, rng: &mut u64) -> Duration {
        let span = self.max.saturating_sub(self.min).as_nanos() as u64;
        if span == 0 {
            return self.min;
        }
        *rng ^= *rng << 13;
        *rng ^= *rng >> 7;
        *rng ^= *rng << 17;
        self.min + Duration::from_nanos(*rng % (span + 1))
    }
}

/// One connection as [`FaultProxy::connections`] lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ConnInfo {
    /// Its index, in the order connections were accepted.
    pub index: usize,
    /// Whether it is still open.
    pub open: bool,
    /// Bytes forwarded from the client to the server.
    pub to_server: u64,
    /// Bytes forwarded (or injected) from the server to the client.
    pub to_client: u64,
}

/// The faults of one direction of one connection.
#[derive(Clone, Copy, Debug, Default)]
struct Rules {
    delay: Delay,
    stalled: bool,
    /// Bytes still to forward before the cut, and how to cut.
    cut: Option<(u64, Cut)>,
}

type Change = Arc<dyn Fn(&mut Rules) + Send + Sync>;

struct ConnState {
    rules: [Rules; 2],
    forwarded: [u64; 2],
    open: bool,
    /// Control handles on the two sockets, for cutting; taken on close.
    client: Option<TcpStream>,
    server: Option<TcpStream>,
    /// The queue toward the client, for injected bytes.
    to_client: Sender<Message>,
}

struct State {
    accept: Accept,
    /// What a connection accepted later starts with.
    defaults: [Rules; 2],
    /// Changes for connections not accepted yet, by index.
    scheduled: Vec<(usize, usize, Change)>,
    conns: Vec<ConnState>,
    threads: Vec<JoinHandle<()>>,
    /// Accepted and never answered ([`Accept::Hang`]).
    hung: Vec<TcpStream>,
}

struct Shared {
    state: Mutex<State>,
    shutdown: AtomicBool,
    upstream: SocketAddr,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn done(&self, index: usize) -> bool {
        self.shutdown.load(Ordering::Relaxed) || !self.lock().conns[index].open
    }
}

/// What a reader hands its writer.
enum Message {
    /// Bytes, to forward at `release`.
    Chunk(Instant, Vec<u8>),
    /// The source closed: half-close the destination.
    Eof,
    /// The source failed (a reset): reset the connection.
    Abort,
}

/// A misbehaving TCP proxy in front of a server.
///
/// It listens on a free port on `127.0.0.1` and forwards each
/// connection it accepts to the upstream address. It is plain std code on
/// threads (one accepting, and for each connection a reader and a writer
/// per direction), driven from the test's own code, so it works the same
/// under every async runtime's tests and needs none.
///
/// Faults are set per connection and per [`Direction`], on [`Conns::All`]
/// (every connection open now and every one accepted later) or on
/// [`Conns::Index`] (the k-th connection accepted, counting from 0, open
/// now or still to come):
///
/// - [`FaultProxy::delay`]: hold each chunk for a fixed or random time
///   ([`Delay`]); order is kept, so this is latency, not reordering.
/// - [`FaultProxy::stall`] and [`FaultProxy::resume`]: stop forwarding (and
///   reading) while keeping both sockets open, as a frozen peer or a dead
///   path does, and start again.
/// - [`FaultProxy::cut_after`]: forward exactly `n` more bytes, then close
///   both sides with a FIN or a RST ([`Cut`]); [`FaultProxy::cut`] now.
/// - [`FaultProxy::inject`]: raw bytes toward the client, in order with
///   what the server sends.
/// - [`FaultProxy::set_accept`]: refuse new connections (nothing listens:
///   `ECONNREFUSED`) or accept them and never answer ([`Accept::Hang`]).
///
/// Dropping the proxy closes every connection and joins every thread.
///
/// ```no_run
/// use resp_tests::{Conns, Cut, Delay, Direction, FaultProxy, RedisServer};
/// use std::time::Duration;
///
/// let server = RedisServer::start();
/// let proxy = FaultProxy::start(server.addr());
/// proxy.delay(Conns::All, Direction::Both, Delay::jitter(Duration::ZERO, Duration::from_millis(3)));
/// // ... connect a client to proxy.url() ...
/// proxy.cut_after(Conns::Index(0), Direction::ToClient, 10, Cut::Rst);
/// ```
pub struct FaultProxy {
    shared: Arc<Shared>,
    addr: SocketAddr,
    acceptor: Option<JoinHandle<()>>,
}

impl FaultProxy {
    /// Starts forwarding from a free port on `127.0.0.1` to `upstream`.
    ///
    /// # Panics
    ///
    /// If it cannot listen.
    pub fn start(upstream: SocketAddr) -> Self {
        let listener =
            TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("the proxy binds a free port");
        let addr = listener.local_addr().expect("the proxy's address");
        listener
            .set_nonblocking(true)
            .expect("a nonblocking listener");
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                accept: Accept::Forward,
                defaults: [Rules::default(); 2],
                scheduled: Vec::new(),
                conns: Vec::new(),
                threads: Vec::new(),
                hung: Vec::new(),
            }),
            shutdown: AtomicBool::new(false),
            upstream,
        });
        let acceptor = {
            let shared = shared.clone();
            thread::Builder::new()
                .name("fault-proxy-accept".into())
                .spawn(move || accept_loop(&shared, Some(listener), addr))
                .expect("spawn the proxy's acceptor")
        };
        Self {
            shared,
            addr,
            acceptor: Some(acceptor),
        }
    }

    /// Where clients connect.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `redis://` and [`addr`](Self::addr).
    pub fn url(&self) -> String {
        format!("redis://{}", self.addr)
    }

    /// Where it forwards to.
    pub fn upstream(&self) -> SocketAddr {
        self.shared.upstream
    }

    /// How many connections it has accepted and forwarded.
    pub fn accepted(&self) -> usize {
        self.shared.lock().conns.len()
    }

    /// How many connections it accepted under [`Accept::Hang`].
    pub fn hung(&self) -> usize {
        self.shared.lock().hung.len()
    }

    /// Every connection accepted and forwarded, open or not, in order.
    pub fn connections(&self) -> Vec<ConnInfo> {
        let state = self.shared.lock();
        state
            .conns
            .iter()
            .enumerate()
            .map(|(index, conn)| ConnInfo {
                index,
                open: conn.open,
                to_server: conn.forwarded[0],
                to_client: conn.forwarded[1],
            })
            .collect()
    }

    /// Waits until at least `n` connections were accepted; `false` if
    /// `timeout` passes first.
    pub fn wait_for_connections(&self, n: usize, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while self.accepted() < n {
            if Instant::now() >= deadline {
                return false;
            }
            thread::sleep(TICK);
        }
        true
    }

    /// What new connections meet.
    pub fn set_accept(&self, accept: Accept) {
        self.shared.lock().accept = accept;
        // Give the acceptor a moment to act on it, so that a connect made
        // right after this call meets the new mode.
        thread::sleep(TICK * 5);
    }

    /// Holds each chunk going `direction` for `delay`.
    pub fn delay(&self, conns: Conns, direction: Direction, delay: Delay) {
        self.change(conns, direction, Arc::new(move |rules| rules.delay = delay));
    }

    /// Stops forwarding `direction`, keeping the sockets open.
    pub fn stall(&self, conns: Conns, direction: Direction) {
        self.change(conns, direction, Arc::new(|rules| rules.stalled = true));
    }

    /// Forwards `direction` again after [`stall`](Self::stall).
    pub fn resume(&self, conns: Conns, direction: Direction) {
        self.change(conns, direction, Arc::new(|rules| rules.stalled = false));
    }

    /// Forwards `bytes` more bytes going `direction` (counted from now, or
    /// from its accept for a connection still to come), then cuts the
    /// connection as `how` says. The cut comes when the chunk that reaches
    /// the budget is forwarded, in place of the bytes beyond it; with
    /// `bytes` 0, in place of the next byte.
    pub fn cut_after(&self, conns: Conns, direction: Direction, bytes: u64, how: Cut) {
        self.change(
            conns,
            direction,
            Arc::new(move |rules| rules.cut = Some((bytes, how))),
        );
    }

    /// Back to plain forwarding: no delay, no stall, no cut pending.
    pub fn clear(&self, conns: Conns) {
        self.change(
            conns,
            Direction::Both,
            Arc::new(|rules| *rules = Rules::default()),
        );
    }

    /// Cuts the open connections among `conns` now.
    pub fn cut(&self, conns: Conns, how: Cut) {
        let mut state = self.shared.lock();
        let indices: Vec<usize> = match conns {
            Conns::All => (0..state.conns.len()).collect(),
            Conns::Index(index) => vec![index],
        };
        for index in indices {
            if let Some(conn) = state.conns.get_mut(index) {
                close(conn, how);
            }
        }
    }

    /// Sends `bytes` to the client of connection `index`, after what the
    /// server sent so far; `false` if that connection is not open.
    pub fn inject(&self, index: usize, bytes: &[u8]) -> bool {
        let state = self.shared.lock();
        match state.conns.get(index) {
            Some(conn) if conn.open => conn
                .to_client
                .send(Message::Chunk(Instant::now(), bytes.to_vec()))
                .is_ok(),
            _ => false,
        }
    }

    fn change(&self, conns: Conns, direction: Direction, change: Change) {
        let mut state = self.shared.lock();
        for &dir in direction.indices() {
            match conns {
                Conns::All => {
                    change(&mut state.defaults[dir]);
                    for conn in &mut state.conns {
                        change(&mut conn.rules[dir]);
                    }
                }
                Conns::Index(index) => match state.conns.get_mut(index) {
                    Some(conn) => change(&mut conn.rules[dir]),
                    None => state.scheduled.push((index, dir, change.clone())),
                },
            }
        }
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.shared.shutdown.store(true, Ordering::Relaxed);
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
        let threads = {
            let mut state = self.shared.lock();
            for conn in &mut state.conns {
                close(conn, Cut::Fin);
            }
            for stream in state.hung.drain(..) {
                let _ = stream.shutdown(Shutdown::Both);
            }
            std::mem::take(&mut state.threads)
        };
        for thread in threads {
            let _ = thread.join();
        }
    }
}

impl std::fmt::Debug for FaultProxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FaultProxy")
            .field("addr", &self.addr)
            .field("upstream", &self.shared.upstream)
            .field("accepted", &self.accepted())
            .finish_non_exhaustive()
    }
}

/// Closes a connection: FIN or RST to both peers. The threads see it is no
/// longer open and let go of their handles; with RST the last handle's
/// close sends the reset.
fn close(conn: &mut ConnState, how: Cut) {
    if !conn.open {
        return;
    }
    conn.open = false;
    for stream in [conn.client.take(), conn.server.take()]
        .into_iter()
        .flatten()
    {
        match how {
            Cut::Fin => {
                let _ = stream.shutdown(Shutdown::Both);
            }
            Cut::Rst => {
                let _ = socket2::SockRef::from(&stream).set_linger(Some(Duration::ZERO));
                // Wakes a reader blocked on it without sending anything.
                let _ = stream.shutdown(Shutdown::Read);
            }
        }
    }
}

fn accept_loop(shared: &Arc<Shared>, mut listener: Option<TcpListener>, addr: SocketAddr) {
    let mut index_rng = 0x2545_F491_4F6C_DD1Du64;
    while !shared.shutdown.load(Ordering::Relaxed) {
        let accept = shared.lock().accept;
        match (accept, &listener) {
            (Accept::Refuse, Some(_)) => listener = None,
            (Accept::Forward | Accept::Hang, None) => match TcpListener::bind(addr) {
                Ok(bound) => {
                    let _ = bound.set_nonblocking(true);
                    listener = Some(bound);
                }
                Err(_) => {
                    thread::sleep(TICK);
                    continue;
                }
            },
            _ => {}
        }
        let Some(bound) = &listener else {
            thread::sleep(TICK);
            continue;
        };
        match bound.accept() {
            Ok((client, _)) => {
                let _ = client.set_nonblocking(false);
                let _ = client.set_nodelay(true);
                if accept == Accept::Hang {
                    shared.lock().hung.push(client);
                    continue;
                }
                index_rng = index_rng
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                forward(shared, client, index_rng | 1);
            }
            Err(error) if error.kind() == io::ErrorKind::WouldBlock => thread::sleep(TICK),
            Err(_) => thread::sleep(TICK),
        }
    }
}

/// Connects upstream and starts the four threads of one connection; a
/// client whose upstream cannot be reached is reset.
fn forward(shared: &Arc<Shared>, client: TcpStream, seed: u64) {
    let Ok(server) = TcpStream::connect_timeout(&shared.upstream, Duration::from_secs(2)) else {
        let _ = socket2::SockRef::from(&client).set_linger(Some(Duration::ZERO));
        return;
    };
    let _ = server.set_nodelay(true);
    let clones = || -> io::Result<[TcpStream; 6]> {
        Ok([
            client.try_clone()?,
            client.try_clone()?,
            client.try_clone()?,
            server.try_clone()?,
            server.try_clone()?,
            server.try_clone()?,
        ])
    };
    let Ok(
        [
            client_read,
            client_write,
            client_ctl,
            server_read,
            server_write,
            server_ctl,
        ],
    ) = clones()
    else {
        return;
    };
    for stream in [&client_read, &server_read] {
        let _ = stream.set_read_timeout(Some(TICK * 5));
    }
    let (up_tx, up_rx) = mpsc::channel();
    let (down_tx, down_rx) = mpsc::channel();
    let mut state = shared.lock();
    let index = state.conns.len();
    let mut rules = state.defaults;
    state.scheduled.retain(|(at, dir, change)| {
        if *at == index {
            change(&mut rules[*dir]);
            false
        } else {
            true
        }
    });
    state.conns.push(ConnState {
        rules,
        forwarded: [0, 0],
        open: true,
        client: Some(client_ctl),
        server: Some(server_ctl),
        to_client: down_tx.clone(),
    });
    let spawn = |name: &str, body: Box<dyn FnOnce() + Send>| {
        thread::Builder::new()
            .name(format!("fault-proxy-{index}-{name}"))
            .spawn(body)
            .expect("spawn a proxy thread")
    };
    let threads = [
        {
            let shared = shared.clone();
            spawn(
                "read-up",
                Box::new(move || read_loop(&shared, index, 0, client_read, &up_tx, seed)),
            )
        },
        {
            let shared = shared.clone();
            spawn(
                "write-up",
                Box::new(move || write_loop(&shared, index, 0, server_write, &up_rx)),
            )
        },
        {
            let shared = shared.clone();
            spawn(
                "read-down",
                Box::new(move || {
                    read_loop(
                        &shared,
                        index,
                        1,
                        server_read,
                        &down_tx,
                        seed.rotate_left(17),
                    )
                }),
            )
        },
        {
            let shared = shared.clone();
            spawn(
                "write-down",
                Box::new(move || write_loop(&shared, index, 1, client_write, &down_rx)),
            )
        },
    ];
    state.threads.extend(threads);
    drop(state);
}

/// Reads one direction's source and queues what it reads, each chunk with
/// the time it may be forwarded.
fn read_loop(
    shared: &Shared,
    index: usize,
    dir: usize,
    mut source: TcpStream,
    queue: &Sender<Message>,
    mut rng: u64,
) {
    let mut buf = vec![0; CHUNK];
    let mut last_release = Instant::now();
    loop {
        let stalled = {
            let state = shared.lock();
            let conn = &state.conns[index];
            if shared.shutdown.load(Ordering::Relaxed) || !conn.open {
                return;
            }
            conn.rules[dir].stalled
        };
        if stalled {
            thread::sleep(TICK);
            continue;
        }
        match source.read(&mut buf) {
            Ok(0) => {
                let _ = queue.send(Message::Eof);
                return;
            }
            Ok(n) => {
                // The delay as it is now that the bytes are in.
                let delay = shared.lock().conns[index].rules[dir].delay;
                // In order: never before the chunk ahead of it.
                let release = (Instant::now() + delay.draw(&mut rng)).max(last_release);
                last_release = release;
                if queue
                    .send(Message::Chunk(release, buf[..n].to_vec()))
                    .is_err()
                {
                    return;
                }
            }
            Err(error)
                if matches!(
                    error.kind(),
                    io::ErrorKind::WouldBlock
                        | io::ErrorKind::TimedOut
                        | io::ErrorKind::Interrupted
                ) => {}
            Err(_) => {
                let _ = queue.send(Message::Abort);
                return;
            }
        }
    }
}

/// Forwards one direction's chunks when their time comes, unless stalled,
/// and cuts the connection when its byte budget runs out.
fn write_loop(
    shared: &Shared,
    index: usize,
    dir: usize,
    mut sink: TcpStream,
    queue: &Receiver<Message>,
) {
    loop {
        if shared.done(index) {
            return;
        }
        let (release, mut data) = match queue.recv_timeout(TICK * 5) {
            Ok(Message::Chunk(release, data)) => (release, data),
            Ok(Message::Eof) => {
                let _ = sink.shutdown(Shutdown::Write);
                return;
            }
            Ok(Message::Abort) => {
                let mut state = shared.lock();
                close(&mut state.conns[index], Cut::Rst);
                return;
            }
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => return,
        };
        while Instant::now() < release {
            if shared.done(index) {
                return;
            }
            thread::sleep(release.saturating_duration_since(Instant::now()).min(TICK));
        }
        while !data.is_empty() {
            // Stalled: hold the bytes, keep the sockets.
            let (allowed, cut) = {
                let mut state = shared.lock();
                if shared.shutdown.load(Ordering::Relaxed) || !state.conns[index].open {
                    return;
                }
                let rules = &mut state.conns[index].rules[dir];
                if rules.stalled {
                    (0, None)
                } else {
                    match rules.cut {
                        Some((budget, how)) if budget <= data.len() as u64 => {
                            (budget as usize, Some(how))
                        }
                        Some((budget, how)) => {
                            rules.cut = Some((budget - data.len() as u64, how));
                            (data.len(), None)
                        }
                        None => (data.len(), None),
                    }
                }
            };
            if allowed == 0 && cut.is_none() {
                thread::sleep(TICK);
                continue;
            }
            if allowed > 0 && sink.write_all(&data[..allowed]).is_err() {
                let mut state = shared.lock();
                close(&mut state.conns[index], Cut::Rst);
                return;
            }
            shared.lock().conns[index].forwarded[dir] += allowed as u64;
            if let Some(how) = cut {
                let _ = sink.flush();
                let mut state = shared.lock();
                close(&mut state.conns[index], how);
                return;
            }
            data.drain(..allowed);
        }
    }
}

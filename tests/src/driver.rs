//! A blocking run loop for resp-core's `Connection` over a real socket: the
//! simplest possible driver, so that suites can check the state machine
//! against a real server.

use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use bytes::Bytes;
use resp_core::pubsub::Push;
use resp_core::{
    Cmd, Config, Connection, ConnectionError, Frame, Instant, Output, RequestId, SendError,
    ServerError,
};

/// How long any wait for the server may take before the test fails.
const PATIENCE: Duration = Duration::from_secs(20);

/// A `Connection` driven over a blocking `TcpStream`.
pub struct Driven {
    conn: Connection,
    stream: TcpStream,
    origin: std::time::Instant,
    done: HashMap<RequestId, Output>,
    /// Pushes received, in order.
    pub pushes: Vec<Push>,
    /// `MONITOR` lines received, in order.
    pub monitor: Vec<Bytes>,
    /// Why the connection closed, and what it had never sent.
    pub closed: Option<(ConnectionError, Vec<RequestId>)>,
}

impl Driven {
    /// Connects to `addr` and queues the handshake `config` asks for.
    ///
    /// # Panics
    ///
    /// When the server cannot be reached.
    pub fn connect(addr: SocketAddr, config: Config) -> Self {
        let stream = TcpStream::connect(addr)
            .unwrap_or_else(|error| panic!("connecting to {addr}: {error}"));
        stream.set_nodelay(true).expect("TCP_NODELAY");
        let origin = std::time::Instant::now();
        Self {
            conn: Connection::new(config, Instant::ZERO),
            stream,
            origin,
            done: HashMap::new(),
            pushes: Vec::new(),
            monitor: Vec::new(),
            closed: None,
        }
    }

    /// The state machine.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Now, on the connection's clock.
    pub fn now(&self) -> Instant {
        Instant::from_elapsed(self.origin.elapsed())
    }

    /// Queues `cmd`.
    ///
    /// # Errors
    ///
    /// What `Connection::send` refuses.
    pub fn send(&mut self, cmd: &Cmd) -> Result<RequestId, SendError> {
        let now = self.now();
        self.conn.send(now, cmd)
    }

    /// Queues `cmds` as one batch.
    ///
    /// # Errors
    ///
    /// What `Connection::send_batch` refuses.
    pub fn send_batch(&mut self, cmds: &[Cmd]) -> Result<RequestId, SendError> {
        let now = self.now();
        self.conn.send_batch(now, cmds)
    }

    /// Gives up on `id`.
    pub fn abandon(&mut self, id: RequestId) -> bool {
        self.conn.abandon(id)
    }

    /// Runs the loop until `id` is done, and returns how.
    ///
    /// # Panics
    ///
    /// When the connection closes first, or nothing comes for 20 seconds.
    pub fn wait(&mut self, id: RequestId) -> Output {
        let started = std::time::Instant::now();
        loop {
            if let Some(output) = self.done.remove(&id) {
                return output;
            }
            if let Some((error, _)) = &self.closed {
                panic!("connection closed while waiting for {id}: {error}");
            }
            assert!(
                started.elapsed() < PATIENCE,
                "no reply to {id} in {PATIENCE:?}"
            );
            self.step(Duration::from_millis(200));
        }
    }

    /// Sends `cmd` and waits for its reply.
    ///
    /// # Panics
    ///
    /// When `cmd` is refused, or its outcome is not a reply.
    pub fn request(&mut self, cmd: &Cmd) -> Result<Frame, ServerError> {
        let id = self
            .send(cmd)
            .unwrap_or_else(|error| panic!("{cmd:?} refused: {error}"));
        match self.wait(id) {
            Output::Reply { reply, .. } => reply,
            other => panic!("{cmd:?} ended with {other:?}"),
        }
    }

    /// Runs the loop until it closes, or `limit` passes.
    pub fn run_for(&mut self, limit: Duration) {
        let started = std::time::Instant::now();
        while self.closed.is_none() && started.elapsed() < limit {
            self.step(limit.saturating_sub(started.elapsed()));
        }
    }

    /// Drains the outputs, then waits up to `max` for input or a deadline.
    fn step(&mut self, max: Duration) {
        let until = self.drain();
        if self.closed.is_some() {
            return;
        }
        let now = self.now();
        let wait = until.map_or(max, |until| until.saturating_duration_since(now).min(max));
        if wait.is_zero() {
            self.conn.handle_timeout(now);
            return;
        }
        self.stream
            .set_read_timeout(Some(wait))
            .expect("set_read_timeout");
        let mut buf = [0u8; 64 * 1024];
        match self.stream.read(&mut buf) {
            Ok(0) => self.conn.handle_eof(),
            Ok(n) => {
                let now = self.now();
                self.conn.handle_input(now, &buf[..n]);
            }
            Err(error)
                if matches!(
                    error.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                let now = self.now();
                self.conn.handle_timeout(now);
            }
            Err(error) if error.kind() == io::ErrorKind::ConnectionReset => {
                self.conn.handle_eof();
            }
            Err(error) => panic!("reading: {error}"),
        }
        self.drain();
    }

    /// Drains `poll_output` until `Wait`; returns its deadline.
    fn drain(&mut self) -> Option<Instant> {
        loop {
            match self.conn.poll_output() {
                Output::Transmit(bytes) => {
                    if let Err(error) = self.stream.write_all(&bytes) {
                        // The peer is gone; the read side will say so.
                        let _ = error;
                    }
                }
                Output::Push(push) => self.pushes.push(push),
                Output::Monitor(line) => self.monitor.push(line),
                Output::Closed { error, unsent } => self.closed = Some((error, unsent)),
                Output::Wait { until } => return until,
                done @ (Output::Reply { id, .. }
                | Output::Batch { id, .. }
                | Output::NoReply { id }
                | Output::Redirected { id, .. }) => {
                    assert!(self.done.insert(id, done).is_none(), "{id} completed twice");
                }
                other => panic!("unknown output {other:?}"),
            }
        }
    }
}

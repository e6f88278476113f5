//! Real `redis-server` processes, one per test, on free loopback ports.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::fs::{self, File};
use std::io;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use resp_core::{Cmd, Frame};

use crate::connection::{Protocol, RawConnection};
use crate::temp_dir::TempDir;
use crate::tls::{TlsAuthClients, TlsCerts, TlsStream};
use crate::version::{RedisVersion, info_field};

/// The command that installs `redis-server` on Debian and Ubuntu, as quoted
/// by the panic message when it is missing.
pub const INSTALL_HINT: &str = "apt-get install -y redis-server redis-tools";

/// The environment variable that names the `redis-server` binary to run;
/// without it, the first `redis-server` on `PATH` runs.
pub const BINARY_ENV: &str = "REDIS_SERVER";

/// How many times a start is tried when another process takes the chosen
/// port between choosing and binding it.
const START_ATTEMPTS: usize = 5;
/// How long to wait before trying a given port again.
const FIXED_PORT_RETRY: Duration = Duration::from_millis(100);

/// The server's own log, inside its directory.
const LOG_FILE: &str = "redis.log";
/// The server's standard output and error, where it reports a bad command
/// line before its log is open.
const STDIO_FILE: &str = "stdio.log";
/// The Unix socket, inside the server's directory.
const SOCKET_FILE: &str = "redis.sock";

/// At most this much of the end of the logs goes into an error message.
const LOG_TAIL_BYTES: usize = 16 * 1024;

/// Why a server did not start.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartError {
    /// No `redis-server` on `PATH`, and [`BINARY_ENV`] unset; install it
    /// with [`INSTALL_HINT`].
    NotInstalled,
    /// The server's temporary directory could not be made.
    TempDir(io::Error),
    /// The TLS certificates could not be made.
    Certificates(crate::tls::CertError),
    /// The binary could not be run.
    Spawn {
        /// The binary.
        binary: PathBuf,
        /// Why it did not run.
        source: io::Error,
    },
    /// The server exited before it answered `PING`.
    Exited {
        /// How it exited.
        status: ExitStatus,
        /// The end of its logs.
        log: String,
    },
    /// The server did not answer `PING` within the startup timeout.
    Timeout {
        /// How long it was waited for.
        waited: Duration,
        /// The last thing that went wrong while trying to reach it.
        last_error: String,
        /// The end of its logs.
        log: String,
    },
    /// Every attempt lost its port to another process.
    PortsTaken {
        /// How many ports were tried.
        attempts: usize,
        /// The end of the last attempt's logs.
        log: String,
    },
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotInstalled => write!(
                f,
                "redis-server was not found on PATH; the integration tests start real Redis \
                 servers. Install it with: {INSTALL_HINT} (or set {BINARY_ENV} to the binary)"
            ),
            Self::TempDir(err) => {
                write!(f, "cannot create the server's temporary directory: {err}")
            }
            Self::Certificates(err) => write!(f, "cannot make TLS certificates: {err}"),
            Self::Spawn { binary, source } => {
                write!(f, "cannot run {}: {source}", binary.display())
            }
            Self::Exited { status, log } => {
                write!(
                    f,
                    "redis-server exited during startup ({status}); its log:\n{log}"
                )
            }
            Self::Timeout {
                waited,
                last_error,
                log,
            } => write!(
                f,
                "redis-server did not answer PING within {waited:?} (last error: {last_error}); \
                 its log:\n{log}"
            ),
            Self::PortsTaken { attempts, log } => write!(
                f,
                "redis-server lost its port to another process {attempts} times; the last log:\n{log}"
            ),
        }
    }
}

impl std::error::Error for StartError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::TempDir(err) | Self::Spawn { source: err, .. } => Some(err),
            Self::Certificates(err) => Some(err),
            _ => None,
        }
    }
}

/// Options for a [`RedisServer`], from [`RedisServer::builder`].
///
/// ```no_run
/// use resp_tests::RedisServer;
///
/// let server = RedisServer::builder()
///     .enable_debug_command()
///     .requirepass("s3cret")
///     .acl_user("app", "apppw", "~* &* +@all")
///     .unix_socket()
///     .config("maxmemory", "64mb")
///     .start();
/// ```
#[derive(Clone, Debug)]
#[must_use = "a builder does nothing until `start` is called"]
pub struct RedisServerBuilder {
    binary: Option<PathBuf>,
    args: Vec<OsString>,
    password: Option<String>,
    unix_socket: bool,
    tls: Option<TlsAuthClients>,
    ipv6: bool,
    port: Option<u16>,
    startup_timeout: Duration,
    io_timeout: Duration,
}

impl Default for RedisServerBuilder {
    fn default() -> Self {
        Self {
            binary: None,
            args: Vec::new(),
            password: None,
            unix_socket: false,
            tls: None,
            ipv6: false,
            port: None,
            startup_timeout: Duration::from_secs(10),
            io_timeout: Duration::from_secs(10),
        }
    }
}

impl RedisServerBuilder {
    /// Runs this binary instead of the one [`BINARY_ENV`] names, or the
    /// `redis-server` found on `PATH`.
    pub fn binary(mut self, path: impl Into<PathBuf>) -> Self {
        self.binary = Some(path.into());
        self
    }

    /// Appends one raw command-line argument, such as `--maxclients`.
    ///
    /// Extra arguments follow the harness's own, so they can override
    /// `--save` or `--appendonly`; overriding `--port`, `--bind`, `--dir`,
    /// `--logfile` or `--daemonize` breaks the harness.
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    /// Appends raw command-line arguments; see [`arg`](Self::arg).
    pub fn args<I>(mut self, args: I) -> Self
    where
        I: IntoIterator,
        I::Item: AsRef<OsStr>,
    {
        self.args
            .extend(args.into_iter().map(|arg| arg.as_ref().to_owned()));
        self
    }

    /// Sets a configuration directive: `--<name> <value>`.
    pub fn config(self, name: &str, value: impl AsRef<OsStr>) -> Self {
        self.arg(format!("--{name}")).arg(value)
    }

    /// Allows the `DEBUG` command (`--enable-debug-command yes`), which
    /// Redis 7 refuses by default.
    pub fn enable_debug_command(self) -> Self {
        self.config("enable-debug-command", "yes")
    }

    /// Makes the server require `password` (`--requirepass`).
    /// [`RedisServer::connect`] then authenticates.
    pub fn requirepass(mut self, password: impl Into<String>) -> Self {
        self.password = Some(password.into());
        self
    }

    /// Adds an ACL user: `name`, enabled, with `password` and the ACL
    /// `rules` (space-separated, as `ACL SETUSER` takes them:
    /// `"~* &* +@all"` allows everything).
    ///
    /// The password goes to the server as it is, so it may hold any
    /// character but a space.
    pub fn acl_user(self, name: &str, password: &str, rules: &str) -> Self {
        let password = format!(">{password}");
        self.arg("--user")
            .args([name, "on", password.as_str()])
            .args(rules.split_whitespace())
    }

    /// Makes the server listen on a Unix socket in its directory too, see
    /// [`RedisServer::unix_socket_path`].
    pub fn unix_socket(mut self) -> Self {
        self.unix_socket = true;
        self
    }

    /// Makes the server speak TLS only (`--port 0`, `--tls-port`), with
    /// certificates made for it (see [`TlsCerts`] and
    /// [`RedisServer::tls_certs`]), asking clients for certificates as
    /// `auth_clients` says.
    pub fn tls(mut self, auth_clients: TlsAuthClients) -> Self {
        self.tls = Some(auth_clients);
        self
    }

    /// Makes the server listen on `::1` as well as `127.0.0.1`
    /// (`--bind 127.0.0.1 ::1`), when this machine has an IPv6 loopback
    /// address; see [`RedisServer::ipv6_addr`].
    pub fn ipv6(mut self) -> Self {
        self.ipv6 = true;
        self
    }

    /// Listens on `port` rather than a free port chosen by the harness.
    /// While another process holds it, the start is tried again a few
    /// times, then fails with [`StartError::PortsTaken`].
    pub fn port(mut self, port: u16) -> Self {
        self.port = Some(port);
        self
    }

    /// How long to wait for the server to answer `PING`; 10 s by default.
    pub fn startup_timeout(mut self, timeout: Duration) -> Self {
        self.startup_timeout = timeout;
        self
    }

    /// The read and write timeout of the streams that
    /// [`RedisServer::tcp_stream`] and its kin open; 10 s by default.
    pub fn io_timeout(mut self, timeout: Duration) -> Self {
        self.io_timeout = timeout;
        self
    }

    /// Starts the server and waits until it answers `PING`.
    ///
    /// # Panics
    ///
    /// If it does not start; the message says why, with the server's log,
    /// or how to install `redis-server` when it is missing.
    pub fn start(&self) -> RedisServer {
        match self.try_start() {
            Ok(server) => server,
            Err(err) => panic!("{err}"),
        }
    }

    /// Starts the server and waits until it answers `PING`.
    ///
    /// # Errors
    ///
    /// [`StartError`] says why it did not start.
    pub fn try_start(&self) -> Result<RedisServer, StartError> {
        let binary = self.find_binary()?;
        let mut last_log = String::new();
        for attempt in 0..START_ATTEMPTS {
            if attempt > 0 && self.port.is_some() {
                thread::sleep(FIXED_PORT_RETRY);
            }
            match self.start_once(&binary)? {
                Attempt::Started(server) => return Ok(*server),
                Attempt::PortTaken { log } => last_log = log,
            }
        }
        Err(StartError::PortsTaken {
            attempts: START_ATTEMPTS,
            log: last_log,
        })
    }

    /// The binary to run: the builder's, [`BINARY_ENV`]'s, or the first on
    /// `PATH`.
    fn find_binary(&self) -> Result<PathBuf, StartError> {
        if let Some(binary) = &self.binary {
            return Ok(binary.clone());
        }
        match std::env::var_os(BINARY_ENV) {
            Some(binary) if !binary.is_empty() => Ok(PathBuf::from(binary)),
            _ => find_on_path("redis-server").ok_or(StartError::NotInstalled),
        }
    }

    fn start_once(&self, binary: &Path) -> Result<Attempt, StartError> {
        let dir = TempDir::new("resp-tests-redis").map_err(StartError::TempDir)?;
        let port = match self.port {
            Some(port) => port,
            None => free_port().map_err(StartError::TempDir)?,
        };
        let tls = match self.tls {
            Some(_) => Some(TlsCerts::generate(dir.path()).map_err(StartError::Certificates)?),
            None => None,
        };
        let unix_socket = self.unix_socket.then(|| dir.join(SOCKET_FILE));
        let ipv6 = self.ipv6 && ipv6_loopback_available();
        let child = self.spawn(binary, port, ipv6, &dir, tls.as_ref())?;

        // From here on, dropping `server` kills the process and removes the
        // directory, whatever goes wrong.
        let mut server = RedisServer {
            child,
            port,
            unix_socket,
            password: self.password.clone(),
            version: RedisVersion::new(0, 0, 0),
            tls,
            ipv6,
            binary: binary.to_path_buf(),
            options: self.clone(),
            running: true,
            dir,
        };
        match server.wait_ready(self.startup_timeout)? {
            Some(version) => {
                server.version = version;
                Ok(Attempt::Started(Box::new(server)))
            }
            None => Ok(Attempt::PortTaken {
                log: server.log_tail(),
            }),
        }
    }

    /// Runs the server process in `dir`, listening on `port`.
    fn spawn(
        &self,
        binary: &Path,
        port: u16,
        ipv6: bool,
        dir: &TempDir,
        tls: Option<&TlsCerts>,
    ) -> Result<Child, StartError> {
        let stdio = File::options()
            .create(true)
            .append(true)
            .open(dir.join(STDIO_FILE))
            .map_err(StartError::TempDir)?;
        let stderr = stdio.try_clone().map_err(StartError::TempDir)?;

        let mut command = Command::new(binary);
        match (tls, self.tls) {
            (Some(certs), Some(auth_clients)) => {
                command
                    .args(["--port", "0"])
                    .arg("--tls-port")
                    .arg(port.to_string())
                    .arg("--tls-cert-file")
                    .arg(certs.server_cert_path())
                    .arg("--tls-key-file")
                    .arg(certs.server_key_path())
                    .arg("--tls-ca-cert-file")
                    .arg(certs.ca_path())
                    .args(["--tls-auth-clients", auth_clients.as_str()]);
            }
            _ => {
                command.arg("--port").arg(port.to_string());
            }
        }
        command.args(["--bind", "127.0.0.1"]);
        if ipv6 {
            command.arg("::1");
        }
        command
            .args(["--save", ""])
            .args(["--appendonly", "no"])
            .args(["--daemonize", "no"])
            .arg("--dir")
            .arg(dir.path())
            .arg("--logfile")
            .arg(dir.join(LOG_FILE));
        if let Some(password) = &self.password {
            command.arg("--requirepass").arg(password);
        }
        if self.unix_socket {
            command
                .arg("--unixsocket")
                .arg(dir.join(SOCKET_FILE))
                .args(["--unixsocketperm", "700"]);
        }
        command
            .args(&self.args)
            .stdin(Stdio::null())
            .stdout(stdio)
            .stderr(stderr);
        command.spawn().map_err(|source| StartError::Spawn {
            binary: binary.to_path_buf(),
            source,
        })
    }
}

/// The outcome of one try at starting a server.
enum Attempt {
    Started(Box<RedisServer>),
    /// Another process had the port; try another.
    PortTaken {
        log: String,
    },
}

/// A `redis-server` process started for a test, listening on `127.0.0.1` at
/// a port of its own, with persistence off, in a fresh temporary directory
/// that holds its log.
///
/// Dropping it kills the process and removes the directory. If the thread is
/// panicking then, the end of the server's log is printed to stderr first.
/// [`stop`](Self::stop) kills it earlier, and [`restart`](Self::restart)
/// starts a new process with the same options on the same port, in the same
/// directory (so with the same certificates).
///
/// ```no_run
/// use resp_core::{Cmd, Frame};
/// use resp_tests::RedisServer;
///
/// let server = RedisServer::start();
/// let mut conn = server.connect();
/// assert_eq!(conn.request(&Cmd::new("PING")).unwrap(), Frame::simple("PONG"));
/// println!("Redis {} on {}", server.version(), server.addr());
/// ```
pub struct RedisServer {
    child: Child,
    port: u16,
    unix_socket: Option<PathBuf>,
    password: Option<String>,
    version: RedisVersion,
    tls: Option<TlsCerts>,
    ipv6: bool,
    binary: PathBuf,
    /// What it was started with, to start it again.
    options: RedisServerBuilder,
    /// Whether the process has not been stopped.
    running: bool,
    /// Dropped after the process is killed in `drop`.
    dir: TempDir,
}

impl RedisServer {
    /// Starts a server with the default options.
    ///
    /// # Panics
    ///
    /// As [`RedisServerBuilder::start`].
    pub fn start() -> Self {
        Self::builder().start()
    }

    /// Options for a server.
    pub fn builder() -> RedisServerBuilder {
        RedisServerBuilder::default()
    }

    /// Where the server listens: `127.0.0.1:<port>` (its TLS port, for a
    /// TLS server).
    pub fn addr(&self) -> SocketAddr {
        SocketAddr::from((Ipv4Addr::LOCALHOST, self.port))
    }

    /// `[::1]:<port>`, when the server was built with
    /// [`ipv6`](RedisServerBuilder::ipv6) and this machine has an IPv6
    /// loopback address; `None` otherwise.
    pub fn ipv6_addr(&self) -> Option<SocketAddr> {
        self.ipv6
            .then(|| SocketAddr::from((Ipv6Addr::LOCALHOST, self.port)))
    }

    /// The TCP port the server listens on (its TLS port, for a TLS
    /// server).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A URL for the server without credentials: `redis://127.0.0.1:<port>`,
    /// or `rediss://...` for a TLS server.
    pub fn url(&self) -> String {
        let scheme = if self.tls.is_some() {
            "rediss"
        } else {
            "redis"
        };
        format!("{scheme}://{}", self.addr())
    }

    /// The certificates of a TLS server (see
    /// [`tls`](RedisServerBuilder::tls)).
    pub fn tls_certs(&self) -> Option<&TlsCerts> {
        self.tls.as_ref()
    }

    /// The binary that runs the server.
    pub fn binary(&self) -> &Path {
        &self.binary
    }

    /// The version the server reports in `INFO server`.
    pub fn version(&self) -> RedisVersion {
        self.version
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The password the server requires, if it was started with one.
    pub fn password(&self) -> Option<&str> {
        self.password.as_deref()
    }

    /// The server's Unix socket, if it was started with one.
    pub fn unix_socket_path(&self) -> Option<&Path> {
        self.unix_socket.as_deref()
    }

    /// The server's working directory, removed on drop.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The server's log file.
    pub fn log_path(&self) -> PathBuf {
        self.dir.join(LOG_FILE)
    }

    /// The server's log so far, and anything it wrote to stdout or stderr.
    pub fn log(&self) -> String {
        let mut log = fs::read_to_string(self.dir.join(LOG_FILE)).unwrap_or_default();
        let stdio = fs::read_to_string(self.dir.join(STDIO_FILE)).unwrap_or_default();
        if !stdio.trim().is_empty() {
            log.push_str("--- stdout/stderr ---\n");
            log.push_str(&stdio);
        }
        log
    }

    /// A new TCP connection to the server, with the builder's
    /// [`io_timeout`](RedisServerBuilder::io_timeout) and `TCP_NODELAY`.
    ///
    /// # Panics
    ///
    /// If it cannot connect.
    pub fn tcp_stream(&self) -> TcpStream {
        let io_timeout = self.options.io_timeout;
        let connect = || -> io::Result<TcpStream> {
            let stream = TcpStream::connect_timeout(&self.addr(), io_timeout)?;
            stream.set_read_timeout(Some(io_timeout))?;
            stream.set_write_timeout(Some(io_timeout))?;
            stream.set_nodelay(true)?;
            Ok(stream)
        };
        connect().unwrap_or_else(|err| panic!("cannot connect to {}: {err}", self.addr()))
    }

    /// A new TLS stream to a TLS server, trusting its CA and presenting
    /// the client certificate (see [`TlsCerts::wrap`]).
    ///
    /// # Panics
    ///
    /// If the server has no TLS, or it cannot connect.
    pub fn tls_stream(&self) -> TlsStream {
        let certs = self
            .tls
            .as_ref()
            .expect("the server was started without TLS; use the builder's tls()");
        certs.wrap(self.tcp_stream())
    }

    /// A new [`RawConnection`] over TLS speaking `protocol`, authenticated
    /// if the server requires a password.
    ///
    /// # Panics
    ///
    /// As [`tls_stream`](Self::tls_stream) and
    /// [`connect_with`](Self::connect_with).
    pub fn connect_tls(&self, protocol: Protocol) -> RawConnection<TlsStream> {
        let mut conn = RawConnection::new(self.tls_stream());
        self.handshake(&mut conn, protocol);
        conn
    }

    /// Kills the server process, as dropping it would, but keeps its
    /// directory. Connections to it break; nothing listens on its port
    /// until [`restart`](Self::restart).
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.running = false;
    }

    /// Stops the server (if it runs) and starts a new process with the same
    /// options, on the same port, in the same directory, and waits until it
    /// answers `PING`. The new process starts empty: no data survives.
    ///
    /// # Panics
    ///
    /// If the new process does not start (its port taken by another
    /// process for a second included).
    pub fn restart(&mut self) {
        self.stop();
        let mut last_log = String::new();
        for attempt in 0..START_ATTEMPTS {
            if attempt > 0 {
                thread::sleep(FIXED_PORT_RETRY);
            }
            let spawned = self.options.spawn(
                &self.binary,
                self.port,
                self.ipv6,
                &self.dir,
                self.tls.as_ref(),
            );
            self.child = spawned.unwrap_or_else(|err| panic!("{err}"));
            self.running = true;
            match self.wait_ready(self.options.startup_timeout) {
                Ok(Some(version)) => {
                    self.version = version;
                    return;
                }
                Ok(None) => {
                    last_log = self.log_tail();
                    self.stop();
                }
                Err(err) => panic!("{err}"),
            }
        }
        panic!(
            "{}",
            StartError::PortsTaken {
                attempts: START_ATTEMPTS,
                log: last_log,
            }
        );
    }

    /// Whether the process runs: started and not [`stop`](Self::stop)ped.
    pub fn is_running(&self) -> bool {
        self.running
    }

    /// Kills the process with `SIGKILL` (what [`stop`](Self::stop) does):
    /// no reply is finished, no connection is closed politely; the kernel
    /// closes the sockets.
    pub fn kill(&mut self) {
        self.stop();
    }

    /// Freezes the process with `SIGSTOP`: its sockets stay open and the
    /// kernel still accepts connections and data for it, but it answers
    /// nothing until [`thaw`](Self::thaw). What a server stuck in a long
    /// stall (or a VM paused) looks like to a client.
    ///
    /// # Panics
    ///
    /// If the signal cannot be sent (`kill` is run to send it).
    pub fn freeze(&mut self) {
        self.signal("STOP");
    }

    /// Lets a [`freeze`](Self::freeze)d process run again (`SIGCONT`).
    ///
    /// # Panics
    ///
    /// As [`freeze`](Self::freeze).
    pub fn thaw(&mut self) {
        self.signal("CONT");
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.child.id().to_string())
            .status()
            .unwrap_or_else(|err| panic!("cannot run kill -{name}: {err}"));
        assert!(
            status.success(),
            "kill -{name} {} failed: {status}",
            self.child.id()
        );
    }

    /// Runs one command on a connection of the harness's own and returns
    /// the reply (an error reply as `Frame::SimpleError`).
    ///
    /// # Panics
    ///
    /// If the server cannot be reached or the connection fails.
    pub fn command(&self, cmd: &Cmd) -> Frame {
        let mut conn = self.connect();
        conn.request(cmd)
            .unwrap_or_else(|err| panic!("{cmd:?} on {}: {err}", self.addr()))
    }

    /// `CONFIG SET name value`.
    ///
    /// # Panics
    ///
    /// If the server refuses it.
    pub fn config_set(&self, name: &str, value: &str) {
        let reply = self.command(&Cmd::new("CONFIG").arg("SET").arg(name).arg(value));
        assert!(
            matches!(&reply, Frame::SimpleString(ok) if ok == "OK"),
            "CONFIG SET {name} {value} gave {reply:?}"
        );
    }

    /// `CLIENT KILL` with filters (`["ID", "7"]`, `["SKIPME", "no",
    /// "TYPE", "normal"]`...); the number of connections killed.
    ///
    /// # Panics
    ///
    /// If the server refuses the filters.
    pub fn client_kill(&self, filters: &[&str]) -> i64 {
        let reply = self.command(&Cmd::new("CLIENT").arg("KILL").args(filters));
        match reply {
            Frame::Integer(killed) => killed,
            other => panic!("CLIENT KILL {filters:?} gave {other:?}"),
        }
    }

    /// `CLIENT PAUSE` for `duration`, all commands (`ALL`) or only writes
    /// (`WRITE`).
    ///
    /// # Panics
    ///
    /// If the server refuses it.
    pub fn client_pause(&self, duration: Duration, writes_only: bool) {
        let mode = if writes_only { "WRITE" } else { "ALL" };
        let ms = duration.as_millis().to_string();
        let reply = self.command(&Cmd::new("CLIENT").arg("PAUSE").arg(ms).arg(mode));
        assert!(
            matches!(&reply, Frame::SimpleString(ok) if ok == "OK"),
            "CLIENT PAUSE gave {reply:?}"
        );
    }

    /// `DEBUG SLEEP` for `duration` on a thread of its own (the server
    /// answers no one meanwhile); join the handle to wait for its reply.
    /// The server needs
    /// [`enable_debug_command`](RedisServerBuilder::enable_debug_command).
    ///
    /// # Panics
    ///
    /// The thread panics if the server refuses it.
    pub fn debug_sleep(&self, duration: Duration) -> thread::JoinHandle<()> {
        let mut conn = self.connect();
        let seconds = format!("{:.3}", duration.as_secs_f64());
        thread::spawn(move || {
            let reply = conn.request(&Cmd::new("DEBUG").arg("SLEEP").arg(&seconds));
            assert!(
                matches!(&reply, Ok(Frame::SimpleString(ok)) if ok == "OK"),
                "DEBUG SLEEP {seconds} gave {reply:?}"
            );
        })
    }

    /// A new [`RawConnection`] over TCP, speaking RESP2, authenticated if the
    /// server requires a password.
    ///
    /// # Panics
    ///
    /// If it cannot connect or authenticate.
    pub fn connect(&self) -> RawConnection {
        self.connect_with(Protocol::Resp2)
    }

    /// A new [`RawConnection`] over TCP speaking `protocol` (after `HELLO 3`
    /// for RESP3), authenticated if the server requires a password.
    ///
    /// # Panics
    ///
    /// If it cannot connect, authenticate or switch protocols.
    pub fn connect_with(&self, protocol: Protocol) -> RawConnection {
        let mut conn = RawConnection::new(self.tcp_stream());
        self.handshake(&mut conn, protocol);
        conn
    }

    /// A new Unix socket connection to the server, with the builder's
    /// [`io_timeout`](RedisServerBuilder::io_timeout).
    ///
    /// # Panics
    ///
    /// If the server has no Unix socket, or it cannot connect.
    #[cfg(unix)]
    pub fn unix_stream(&self) -> std::os::unix::net::UnixStream {
        let path = self.unix_socket_path().expect(
            "the server was started without a Unix socket; use the builder's unix_socket()",
        );
        let io_timeout = self.options.io_timeout;
        let connect = || -> io::Result<std::os::unix::net::UnixStream> {
            let stream = std::os::unix::net::UnixStream::connect(path)?;
            stream.set_read_timeout(Some(io_timeout))?;
            stream.set_write_timeout(Some(io_timeout))?;
            Ok(stream)
        };
        connect().unwrap_or_else(|err| panic!("cannot connect to {}: {err}", path.display()))
    }

    /// A new [`RawConnection`] over the Unix socket, speaking `protocol`,
    /// authenticated if the server requires a password.
    ///
    /// # Panics
    ///
    /// As [`unix_stream`](Self::unix_stream) and
    /// [`connect_with`](Self::connect_with).
    #[cfg(unix)]
    pub fn connect_unix(
        &self,
        protocol: Protocol,
    ) -> RawConnection<std::os::unix::net::UnixStream> {
        let mut conn = RawConnection::new(self.unix_stream());
        self.handshake(&mut conn, protocol);
        conn
    }

    fn handshake<S: io::Read + io::Write>(&self, conn: &mut RawConnection<S>, protocol: Protocol) {
        let (cmd, reply) = match protocol {
            Protocol::Resp3 => ("HELLO 3", conn.hello(protocol, self.password())),
            Protocol::Resp2 => match self.password() {
                Some(password) => ("AUTH", conn.request(&Cmd::new("AUTH").arg(password))),
                None => return,
            },
        };
        match reply {
            Ok(Frame::Map(_)) if protocol == Protocol::Resp3 => {}
            Ok(Frame::SimpleString(ok)) if protocol == Protocol::Resp2 && ok == "OK" => {}
            other => panic!(
                "{cmd} on a new connection to {} gave {other:?}",
                self.addr()
            ),
        }
    }

    /// Polls until the server answers `PING` as the process this value
    /// started. `Ok(None)` when it turns out another process has the port.
    fn wait_ready(&mut self, timeout: Duration) -> Result<Option<RedisVersion>, StartError> {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().ok().flatten() {
                let log = self.log_tail();
                if lost_port(&log) {
                    return Ok(None);
                }
                return Err(StartError::Exited { status, log });
            }
            let last_error = match self.probe() {
                Ok(Probe::Ready(version)) => return Ok(Some(version)),
                // Another server answered on our port: ours cannot have
                // bound it, and is exiting or is killed on drop.
                Ok(Probe::Impostor) => return Ok(None),
                Ok(Probe::NotYet(why)) | Err(why) => why,
            };
            if start.elapsed() >= timeout {
                return Err(StartError::Timeout {
                    waited: timeout,
                    last_error,
                    log: self.log_tail(),
                });
            }
            thread::sleep(Duration::from_millis(5));
        }
    }

    /// Tries once to reach the server: connect (over TLS for a TLS
    /// server), authenticate, `PING`, and read `INFO server` to learn who
    /// answered and its version.
    fn probe(&self) -> Result<Probe, String> {
        let stream = TcpStream::connect_timeout(&self.addr(), Duration::from_millis(250))
            .map_err(|err| format!("connect: {err}"))?;
        let timeout = Some(Duration::from_secs(2));
        stream
            .set_read_timeout(timeout)
            .and_then(|()| stream.set_write_timeout(timeout))
            .map_err(|err| format!("set timeouts: {err}"))?;
        match &self.tls {
            Some(certs) => self.probe_over(RawConnection::new(certs.wrap(stream))),
            None => self.probe_over(RawConnection::new(stream)),
        }
    }

    fn probe_over<S: io::Read + io::Write>(
        &self,
        mut conn: RawConnection<S>,
    ) -> Result<Probe, String> {
        let mut ask = |cmd: Cmd| conn.request(&cmd).map_err(|err| format!("{cmd:?}: {err}"));
        if let Some(password) = self.password() {
            match ask(Cmd::new("AUTH").arg(password))? {
                Frame::SimpleString(ok) if ok == "OK" => {}
                other => return Ok(Probe::NotYet(format!("AUTH gave {other:?}"))),
            }
        }
        match ask(Cmd::new("PING"))? {
            Frame::SimpleString(pong) if pong == "PONG" => {}
            // `-LOADING ...` and the like: not ready yet.
            other => return Ok(Probe::NotYet(format!("PING gave {other:?}"))),
        }
        let info = match ask(Cmd::new("INFO").arg("server"))? {
            Frame::BulkString(info) => String::from_utf8_lossy(&info).into_owned(),
            other => return Err(format!("INFO server gave {other:?}")),
        };
        let pid = info_field(&info, "process_id").and_then(|pid| pid.parse::<u32>().ok());
        if pid != Some(self.child.id()) {
            return Ok(Probe::Impostor);
        }
        RedisVersion::from_info(&info)
            .map(Probe::Ready)
            .ok_or_else(|| format!("no redis_version in INFO server:\n{info}"))
    }

    /// The end of the server's log, at most [`LOG_TAIL_BYTES`].
    fn log_tail(&self) -> String {
        let log = self.log();
        let mut start = log.len().saturating_sub(LOG_TAIL_BYTES);
        while !log.is_char_boundary(start) {
            start += 1;
        }
        log[start..].to_owned()
    }
}

/// What one probe of a starting server found.
enum Probe {
    Ready(RedisVersion),
    /// Not answering `PING` yet.
    NotYet(String),
    /// A server of another process answered.
    Impostor,
}

impl fmt::Debug for RedisServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisServer")
            .field("pid", &self.child.id())
            .field("addr", &self.addr())
            .field("version", &self.version)
            .field("unix_socket", &self.unix_socket)
            .field("dir", &self.dir.path())
            .finish_non_exhaustive()
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.stop();
        if thread::panicking() {
            eprintln!(
                "--- log of redis-server {} (pid {}) ---\n{}--- end of log ---",
                self.addr(),
                self.child.id(),
                self.log_tail()
            );
        }
        // `self.dir` is dropped next, removing the directory.
    }
}

/// Whether a server's log says it could not bind its port.
fn lost_port(log: &str) -> bool {
    log.contains("Address already in use") || log.contains("Failed listening on port")
}

/// A TCP port on 127.0.0.1 that was free a moment ago: bound, read, released.
/// Another process may take it before the server binds it; the caller
/// retries then.
fn free_port() -> io::Result<u16> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
    Ok(listener.local_addr()?.port())
}

/// Whether this machine can listen on `::1`.
fn ipv6_loopback_available() -> bool {
    TcpListener::bind((Ipv6Addr::LOCALHOST, 0)).is_ok()
}

/// The first executable file named `name` in a directory of `PATH`.
fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_binary_names_the_install_command() {
        let message = StartError::NotInstalled.to_string();
        assert!(message.contains("apt-get install -y redis-server redis-tools"));
        assert!(message.contains("REDIS_SERVER"));
        assert!(find_on_path("resp-tests-no-such-binary").is_none());
    }

    #[test]
    fn recognises_a_server_that_lost_its_port() {
        let log = "# Warning: Could not create server TCP listening socket 127.0.0.1:6379: \
                   bind: Address already in use\n# Failed listening on port 6379 (TCP), aborting.\n";
        assert!(lost_port(log));
        assert!(!lost_port("* Ready to accept connections\n"));
    }
}

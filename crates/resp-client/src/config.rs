//! Where to connect and how: from a URL or a builder.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use resp_core::{Config as CoreConfig, Protocol};

use crate::error::{Error, ErrorKind};
use crate::pool::PoolConfig;
use crate::runtime::TcpOptions;
use crate::tls::TlsConfig;

/// Where the server is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Addr {
    /// A host name or IP address, and a port.
    Tcp {
        /// Host name, IPv4 address, or IPv6 address without brackets.
        host: String,
        /// The port.
        port: u16,
    },
    /// A Unix-domain socket.
    Unix(PathBuf),
}

impl fmt::Display for Addr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Tcp { host, port } if host.contains(':') => write!(f, "[{host}]:{port}"),
            Self::Tcp { host, port } => write!(f, "{host}:{port}"),
            Self::Unix(path) => write!(f, "{}", path.display()),
        }
    }
}

/// How a client connects: address, TLS, handshake, timeouts, reconnection.
///
/// Build it from a URL with [`ClientConfig::from_url`], or with
/// [`ClientConfig::new`] and the `with_*` methods.
///
/// ```
/// use std::time::Duration;
/// use resp_client::ClientConfig;
///
/// let config = ClientConfig::from_url("redis://app:s%40cret@[::1]:6380/2?protocol=resp2&client_name=web")?;
/// assert_eq!(config.addr().to_string(), "[::1]:6380");
/// assert_eq!(config.core().database(), 2);
/// assert_eq!(config.core().username(), Some("app"));
/// assert!(!format!("{config:?}").contains("s@cret"));
///
/// let config = ClientConfig::from_url("unix:///run/redis.sock?db=1&response_timeout=250ms")?;
/// assert_eq!(config.core().response_timeout(), Some(Duration::from_millis(250)));
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct ClientConfig {
    pub(crate) addr: Addr,
    pub(crate) tls: Option<TlsConfig>,
    pub(crate) core: CoreConfig,
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) tcp: TcpOptions,
    pub(crate) reconnect: Backoff,
    pub(crate) max_in_flight: usize,
    pub(crate) pool: PoolConfig,
}

/// Exponential backoff between reconnection attempts, with jitter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Backoff {
    /// The first delay.
    pub base: Duration,
    /// The longest delay.
    pub max: Duration,
}

impl Default for Backoff {
    /// From 10 ms, doubling, to at most 250 ms (go-redis caps its backoff
    /// at 512 ms): a server that comes back is reconnected to within a
    /// quarter of a second or so, however long it was away, at the cost of
    /// at most eight refused connects a second while it is away.
    fn default() -> Self {
        Self {
            base: Duration::from_millis(10),
            max: Duration::from_millis(250),
        }
    }
}

impl Backoff {
    /// The delay before attempt `attempt` (0 = the first retry), with up to
    /// half of it taken off at random (`jitter` in 0..=u32::MAX).
    pub(crate) fn delay(&self, attempt: u32, jitter: u32) -> Duration {
        let exp = self
            .base
            .saturating_mul(1u32.checked_shl(attempt.min(20)).unwrap_or(u32::MAX))
            .min(self.max);
        let off = exp.mul_f64(f64::from(jitter) / f64::from(u32::MAX) / 2.0);
        exp.saturating_sub(off)
    }
}

impl ClientConfig {
    /// The default port.
    pub const DEFAULT_PORT: u16 = 6379;

    /// The default bound on requests in flight on one connection.
    pub const DEFAULT_MAX_IN_FLIGHT: usize = 4096;

    /// How long the server may stay silent while it owes a reply, by
    /// default (go-redis' default read timeout is the same 3 s).
    pub const DEFAULT_SILENCE_TIMEOUT: Duration = Duration::from_secs(3);

    /// How long a connection may sit idle before the next command is
    /// preceded by a health-check `PING`, by default.
    pub const DEFAULT_HEALTH_CHECK_INTERVAL: Duration = Duration::from_secs(30);

    /// A connection to `addr` with the defaults: RESP3 (falling back to
    /// RESP2), no TLS, a 5 s connect timeout, a 30 s response timeout
    /// (blocking commands get their own timeout plus 1 s), a 3 s silence
    /// timeout, a health-check `PING` before the first command after 30 s
    /// idle, and TCP keepalive as [`TcpOptions::default`].
    ///
    /// The silence timeout is dead-peer detection: when the server sends
    /// nothing at all for 3 s while it owes a reply to a command that is
    /// not blocking, the connection is dropped, every request on it fails
    /// with a timeout, and the next request connects again. A frozen
    /// server is found out in 3 s rather than at the 30 s response timeout.
    /// Commands the server takes longer than that to run (`DEBUG SLEEP`,
    /// slow scripts, requests held by a long `CLIENT PAUSE`) need a longer
    /// one, or none: [`resp_core::Config::with_silence_timeout`] through
    /// [`ClientConfig::with_core`], or `silence_timeout=` in the URL.
    /// Blocking commands (`BLPOP`, `XREAD ... BLOCK`, `WAIT`, ...) are
    /// exempt: they have their own deadline.
    pub fn new(addr: Addr) -> Self {
        Self {
            addr,
            tls: None,
            core: CoreConfig::new()
                .with_response_timeout(Some(Duration::from_secs(30)))
                .with_silence_timeout(Some(Self::DEFAULT_SILENCE_TIMEOUT))
                .with_health_check_interval(Some(Self::DEFAULT_HEALTH_CHECK_INTERVAL)),
            connect_timeout: Some(Duration::from_secs(5)),
            tcp: TcpOptions::default(),
            reconnect: Backoff::default(),
            max_in_flight: Self::DEFAULT_MAX_IN_FLIGHT,
            pool: PoolConfig::new(),
        }
    }

    /// Reads a URL:
    ///
    /// - `redis://[[user][:password]@]host[:port][/db][?options]`
    /// - `rediss://...` for TLS (verifying the server's certificate against
    ///   the Mozilla roots; see [`ClientConfig::with_tls`] for others)
    /// - `unix:///path/to.sock[?options]` or `redis+unix:///path...`
    ///
    /// IPv6 hosts go in brackets (`[::1]`); user and password are
    /// percent-decoded. Options: `db=N`, `protocol=resp2|resp3`,
    /// `client_name=NAME`, `connect_timeout=T`, `response_timeout=T`,
    /// `silence_timeout=T`, `health_check_interval=T` (`T` as `250ms`, `5s`
    /// or a number of seconds; `0` or `none` for no timeout, or no health
    /// checks; the pool also follows the health-check interval at
    /// checkout). The connection pool's options ([`PoolConfig`]):
    /// `max_connections=N`, `min_idle=N`, `pool_timeout=T` (the acquire
    /// timeout; `0` or `none` waits as long as it takes),
    /// `max_idle_time=T` and `max_lifetime=T` (`0` or `none`: no limit).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Config`] for an unknown scheme or option, or a value
    /// that does not parse.
    pub fn from_url(url: &str) -> Result<Self, Error> {
        parse_url(url)
    }

    /// The server's address.
    pub fn addr(&self) -> &Addr {
        &self.addr
    }

    /// The handshake and timeouts of each connection.
    pub fn core(&self) -> &CoreConfig {
        &self.core
    }

    /// The TLS settings, when TLS is on.
    pub fn tls(&self) -> Option<&TlsConfig> {
        self.tls.as_ref()
    }

    /// The connect timeout.
    pub fn connect_timeout(&self) -> Option<Duration> {
        self.connect_timeout
    }

    /// Connects over TLS with `tls`.
    #[must_use]
    pub fn with_tls(mut self, tls: TlsConfig) -> Self {
        self.tls = Some(tls);
        self
    }

    /// Changes the per-connection settings (protocol, credentials,
    /// database, name, response timeout, health checks).
    #[must_use]
    pub fn with_core(mut self, f: impl FnOnce(CoreConfig) -> CoreConfig) -> Self {
        self.core = f(self.core);
        self
    }

    /// How long connecting (TCP, TLS and handshake) may take.
    #[must_use]
    pub fn with_connect_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// TCP options.
    #[must_use]
    pub fn with_tcp(mut self, tcp: TcpOptions) -> Self {
        self.tcp = tcp;
        self
    }

    /// How many requests may be in flight on one connection before more
    /// callers wait for room (backpressure; at least 1).
    #[must_use]
    pub fn with_max_in_flight(mut self, max: usize) -> Self {
        self.max_in_flight = max;
        self
    }

    /// The settings of the client's connection [`Pool`](crate::Pool), and
    /// of a pool made with this configuration.
    #[must_use]
    pub fn with_pool(mut self, pool: PoolConfig) -> Self {
        self.pool = pool;
        self
    }

    /// The connection pool's settings.
    pub fn pool(&self) -> &PoolConfig {
        &self.pool
    }

    /// The backoff between reconnection attempts.
    #[must_use]
    pub fn with_reconnect_backoff(mut self, backoff: Backoff) -> Self {
        self.reconnect = backoff;
        self
    }
}

fn config_error(detail: impl Into<String>) -> Error {
    Error::new(ErrorKind::Config, detail)
}

fn parse_url(url: &str) -> Result<ClientConfig, Error> {
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| config_error(format!("not a URL: {}", redact(url))))?;
    let scheme = scheme.to_ascii_lowercase();
    let (rest, query) = match rest.split_once('?') {
        Some((rest, query)) => (rest, Some(query)),
        None => (rest, None),
    };
    let mut config = match scheme.as_str() {
        "redis" | "rediss" => {
            let (authority, path) = match rest.find('/') {
                Some(slash) => (&rest[..slash], &rest[slash + 1..]),
                None => (rest, ""),
            };
            let (userinfo, hostport) = match authority.rfind('@') {
                Some(at) => (Some(&authority[..at]), &authority[at + 1..]),
                None => (None, authority),
            };
            let (host, port) = parse_host_port(hostport)?;
            let mut config = ClientConfig::new(Addr::Tcp { host, port });
            if let Some(userinfo) = userinfo {
                config = apply_userinfo(config, userinfo)?;
            }
            if !path.is_empty() {
                let db = path
                    .parse()
                    .map_err(|_| config_error(format!("invalid database {path:?} in URL")))?;
                config.core = config.core.with_database(db);
            }
            if scheme == "rediss" {
                config.tls = Some(TlsConfig::new());
            }
            config
        }
        "unix" | "redis+unix" => {
            let (userinfo, path) = match rest.find('/') {
                Some(0) => (None, rest),
                Some(slash) if rest[..slash].contains('@') => {
                    (Some(&rest[..slash - 1]), &rest[slash..])
                }
                _ => {
                    return Err(config_error(
                        "a unix URL needs an absolute path: unix:///path/to.sock",
                    ));
                }
            };
            let path = percent_decode(path)?;
            let mut config = ClientConfig::new(Addr::Unix(PathBuf::from(path)));
            if let Some(userinfo) = userinfo {
                config = apply_userinfo(config, userinfo)?;
            }
            config
        }
        other => {
            return Err(config_error(format!(
                "unknown URL scheme {other:?}: use redis://, rediss://, unix:// or redis+unix://"
            )));
        }
    };
    for pair in query
        .unwrap_or("")
        .split('&')
        .filter(|pair| !pair.is_empty())
    {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value)?;
        config = match name {
            "db" => {
                let db = value
                    .parse()
                    .map_err(|_| config_error(format!("invalid db={value:?}")))?;
                config.with_core(|core| core.with_database(db))
            }
            "protocol" => {
                let protocol = match value.to_ascii_lowercase().as_str() {
                    "resp2" | "2" => Protocol::Resp2,
                    "resp3" | "3" => Protocol::Resp3,
                    _ => {
                        return Err(config_error(format!(
                            "invalid protocol={value:?}: use resp2 or resp3"
                        )));
                    }
                };
                config.with_core(|core| core.with_protocol(protocol))
            }
            "client_name" => config.with_core(|core| core.with_client_name(&value)),
            "connect_timeout" => {
                let timeout = parse_duration(&value)?;
                config.with_connect_timeout(timeout)
            }
            "response_timeout" => {
                let timeout = parse_duration(&value)?;
                config.with_core(|core| core.with_response_timeout(timeout))
            }
            "max_connections" => {
                let max = parse_count(name, &value)?;
                config.map_pool(|pool| pool.with_max_size(max))
            }
            "min_idle" => {
                let min = parse_count(name, &value)?;
                config.map_pool(|pool| pool.with_min_idle(min))
            }
            "pool_timeout" => {
                let timeout = parse_duration(&value)?;
                config.map_pool(|pool| pool.with_acquire_timeout(timeout))
            }
            "max_idle_time" => {
                let max = parse_duration(&value)?;
                config.map_pool(|pool| pool.with_max_idle_time(max))
            }
            "max_lifetime" => {
                let max = parse_duration(&value)?;
                config.map_pool(|pool| pool.with_max_lifetime(max))
            }
            "silence_timeout" => {
                let timeout = parse_duration(&value)?;
                config.with_core(|core| core.with_silence_timeout(timeout))
            }
            "health_check_interval" => {
                let interval = parse_duration(&value)?;
                config.with_core(|core| core.with_health_check_interval(interval))
            }
            other => {
                return Err(config_error(format!(
                    "unknown URL option {other:?}: known are db, protocol, client_name, \
                     connect_timeout, response_timeout, silence_timeout, \
                     health_check_interval, max_connections, min_idle, pool_timeout, \
                     max_idle_time, max_lifetime"
                )));
            }
        };
    }
    config.pool.check()?;
    Ok(config)
}

impl ClientConfig {
    fn map_pool(mut self, f: impl FnOnce(PoolConfig) -> PoolConfig) -> Self {
        self.pool = f(self.pool);
        self
    }
}

fn parse_count(name: &str, value: &str) -> Result<usize, Error> {
    value
        .parse()
        .map_err(|_| config_error(format!("invalid {name}={value:?}: use a whole number")))
}

fn parse_host_port(hostport: &str) -> Result<(String, u16), Error> {
    let (host, port) = if let Some(bracketed) = hostport.strip_prefix('[') {
        let (host, rest) = bracketed
            .split_once(']')
            .ok_or_else(|| config_error(format!("unclosed '[' in host {hostport:?}")))?;
        let port = match rest {
            "" => None,
            _ => Some(
                rest.strip_prefix(':')
                    .ok_or_else(|| config_error(format!("invalid host {hostport:?}")))?,
            ),
        };
        (host, port)
    } else {
        match hostport.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (hostport, None),
        }
    };
    if host.is_empty() {
        return Err(config_error("the URL has no host"));
    }
    let port = match port {
        None | Some("") => ClientConfig::DEFAULT_PORT,
        Some(port) => port
            .parse()
            .map_err(|_| config_error(format!("invalid port {port:?}")))?,
    };
    Ok((host.to_owned(), port))
}

fn apply_userinfo(config: ClientConfig, userinfo: &str) -> Result<ClientConfig, Error> {
    let (user, password) = match userinfo.split_once(':') {
        Some((user, password)) => (percent_decode(user)?, Some(percent_decode(password)?)),
        None => (percent_decode(userinfo)?, None),
    };
    let user = (!user.is_empty()).then_some(user);
    Ok(match password {
        Some(password) => config.with_core(|core| core.with_auth(user.as_deref(), &password)),
        None if user.is_some() => {
            return Err(config_error("a user name in the URL without a password"));
        }
        None => config,
    })
}

fn percent_decode(text: &str) -> Result<String, Error> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|hex| std::str::from_utf8(hex).ok())
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
                .ok_or_else(|| config_error("invalid percent-encoding in URL"))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| config_error("percent-encoded URL part is not UTF-8"))
}

fn parse_duration(text: &str) -> Result<Option<Duration>, Error> {
    let invalid = || {
        config_error(format!(
            "invalid duration {text:?}: use 250ms, 5s or seconds"
        ))
    };
    if text.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    let (number, unit) = if let Some(ms) = text.strip_suffix("ms") {
        (ms, 0.001)
    } else if let Some(s) = text.strip_suffix('s') {
        (s, 1.0)
    } else {
        (text, 1.0)
    };
    let value: f64 = number.trim().parse().map_err(|_| invalid())?;
    if !value.is_finite() || value < 0.0 {
        return Err(invalid());
    }
    let duration = Duration::try_from_secs_f64(value * unit).map_err(|_| invalid())?;
    Ok((!duration.is_zero()).then_some(duration))
}

/// `url` with anything that may be credentials replaced, for error
/// messages.
fn redact(url: &str) -> String {
    match (url.find(':'), url.rfind('@')) {
        (Some(colon), Some(at)) if at > colon => {
            format!("{}:<credentials>{}", &url[..colon], &url[at..])
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tcp(url: &str) -> (String, u16, ClientConfig) {
        let config = ClientConfig::from_url(url).unwrap_or_else(|e| panic!("{url}: {e}"));
        match config.addr.clone() {
            Addr::Tcp { host, port } => (host, port, config),
            other => panic!("{url}: {other:?}"),
        }
    }

    #[test]
    fn tcp_urls() {
        let (host, port, config) = tcp("redis://localhost");
        assert_eq!((host.as_str(), port), ("localhost", 6379));
        assert!(config.tls.is_none());
        assert_eq!(config.core.database(), 0);
        assert_eq!(config.core.protocol(), Protocol::Resp3);

        let (host, port, config) = tcp("redis://127.0.0.1:7000/5");
        assert_eq!(
            (host.as_str(), port, config.core.database()),
            ("127.0.0.1", 7000, 5)
        );

        let (host, port, _) = tcp("redis://[::1]:6380/");
        assert_eq!((host.as_str(), port), ("::1", 6380));
        let (host, port, _) = tcp("redis://[::1]");
        assert_eq!((host.as_str(), port), ("::1", 6379));

        let (_, _, config) = tcp("rediss://:pw@host");
        assert!(config.tls.is_some());
        assert_eq!(config.core.username(), None);
        assert!(config.core.has_password());

        let (_, _, config) = tcp("redis://us%65r:p%40ss%3Aword@host/1");
        assert_eq!(config.core.username(), Some("user"));
        assert!(!format!("{config:?}").contains("p@ss"));

        let (_, _, config) = tcp(
            "redis://h?protocol=resp2&client_name=my%20app&connect_timeout=250ms&response_timeout=none",
        );
        assert_eq!(config.core.protocol(), Protocol::Resp2);
        assert_eq!(config.core.client_name(), Some("my app"));
        assert_eq!(config.connect_timeout, Some(Duration::from_millis(250)));
        assert_eq!(config.core.response_timeout(), None);
        let (_, _, config) = tcp("redis://h?response_timeout=1.5");
        assert_eq!(
            config.core.response_timeout(),
            Some(Duration::from_millis(1500))
        );
    }

    #[test]
    fn pool_options() {
        let (_, _, config) = tcp(
            "redis://h?max_connections=8&min_idle=2&pool_timeout=250ms&max_idle_time=60\
             &max_lifetime=3600&health_check_interval=0",
        );
        let pool = config.pool();
        assert_eq!(pool.max_size(), 8);
        assert_eq!(pool.min_idle(), 2);
        assert_eq!(pool.acquire_timeout(), Some(Duration::from_millis(250)));
        assert_eq!(pool.max_idle_time(), Some(Duration::from_secs(60)));
        assert_eq!(pool.max_lifetime(), Some(Duration::from_secs(3600)));
        assert_eq!(config.core.health_check_interval(), None);
        let (_, _, config) =
            tcp("redis://h?pool_timeout=none&max_idle_time=0&health_check_interval=250ms");
        assert_eq!(config.pool().acquire_timeout(), None);
        assert_eq!(config.pool().max_idle_time(), None);
        assert_eq!(
            config.core.health_check_interval(),
            Some(Duration::from_millis(250))
        );
        let (_, _, config) = tcp("redis://h");
        assert_eq!(*config.pool(), PoolConfig::new());
    }

    #[test]
    fn dead_peer_detection_is_on_by_default_and_can_be_changed() {
        let (_, _, config) = tcp("redis://h");
        assert_eq!(config.core.silence_timeout(), Some(Duration::from_secs(3)));
        assert_eq!(
            config.core.health_check_interval(),
            Some(Duration::from_secs(30))
        );
        assert_eq!(config.tcp.keepalive, Some(Duration::from_secs(15)));
        let (_, _, config) = tcp("redis://h?silence_timeout=10s&health_check_interval=none");
        assert_eq!(config.core.silence_timeout(), Some(Duration::from_secs(10)));
        assert_eq!(config.core.health_check_interval(), None);
        let (_, _, config) = tcp("redis://h?silence_timeout=0");
        assert_eq!(config.core.silence_timeout(), None);
        assert!(ClientConfig::from_url("redis://h?silence_timeout=later").is_err());
    }

    #[test]
    fn unix_urls() {
        for url in ["unix:///tmp/r.sock?db=3", "redis+unix:///tmp/r.sock?db=3"] {
            let config = ClientConfig::from_url(url).unwrap();
            assert_eq!(config.addr, Addr::Unix("/tmp/r.sock".into()));
            assert_eq!(config.core.database(), 3);
        }
        let config = ClientConfig::from_url("unix://:pw@/tmp/r.sock").unwrap();
        assert!(config.core.has_password());
    }

    #[test]
    fn bad_urls_are_refused_clearly() {
        for (url, needle) in [
            ("http://host", "unknown URL scheme"),
            ("host:6379", "not a URL"),
            ("redis://host?color=blue", "unknown URL option \"color\""),
            ("redis://host:port", "invalid port"),
            ("redis://host:70000", "invalid port"),
            ("redis://host/x", "invalid database"),
            ("redis://[::1", "unclosed"),
            ("redis://", "no host"),
            ("redis://h?protocol=resp4", "invalid protocol"),
            ("redis://h?connect_timeout=soon", "invalid duration"),
            ("redis://user@h", "without a password"),
            ("redis://:p%zz@h", "percent-encoding"),
            ("redis://h?max_connections=0", "at least 1"),
            ("redis://h?max_connections=-2", "invalid max_connections"),
            ("redis://h?max_connections=2&min_idle=3", "min_idle"),
            ("redis://h?pool_timeout=later", "invalid duration"),
            ("unix://relative.sock", "absolute path"),
        ] {
            let error = ClientConfig::from_url(url).expect_err(url);
            assert_eq!(error.kind(), ErrorKind::Config, "{url}");
            assert!(error.to_string().contains(needle), "{url}: {error}");
        }
        let error = ClientConfig::from_url("redis:/u:secret@h").unwrap_err();
        assert!(!error.to_string().contains("secret"), "{error}");
    }

    #[test]
    fn backoff_grows_to_its_cap_with_jitter_below() {
        let backoff = Backoff::default();
        assert_eq!(backoff.delay(0, 0), Duration::from_millis(10));
        assert_eq!(backoff.delay(3, 0), Duration::from_millis(80));
        assert_eq!(backoff.delay(30, 0), Duration::from_millis(250));
        assert_eq!(backoff.delay(3, u32::MAX), Duration::from_millis(40));
    }
}

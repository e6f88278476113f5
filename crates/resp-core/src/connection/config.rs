//! What a connection says to the server when it opens, and how long it waits.

use alloc::string::String;
use core::fmt;
use core::time::Duration;

use crate::decode::Limits;

/// The RESP version a connection speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// RESP2, which every Redis speaks.
    Resp2,
    /// RESP3 (Redis 6 and later), asked for with `HELLO 3`. A server that
    /// refuses it is spoken to in RESP2.
    #[default]
    Resp3,
}

/// How a [`Connection`](crate::Connection) opens and how long it waits for
/// replies.
///
/// ```
/// use std::time::Duration;
/// use resp_core::{Config, Protocol};
///
/// let config = Config::new()
///     .with_protocol(Protocol::Resp3)
///     .with_auth(Some("app"), "s3cret")
///     .with_database(2)
///     .with_client_name("billing")
///     .with_response_timeout(Some(Duration::from_secs(5)));
/// // Secrets stay out of logs.
/// assert!(!format!("{config:?}").contains("s3cret"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Config {
    pub(crate) protocol: Protocol,
    pub(crate) username: Option<String>,
    pub(crate) password: Option<String>,
    pub(crate) database: u32,
    pub(crate) client_name: Option<String>,
    pub(crate) lib_name: Option<String>,
    pub(crate) lib_version: Option<String>,
    pub(crate) response_timeout: Option<Duration>,
    pub(crate) blocking_margin: Duration,
    pub(crate) health_check_interval: Option<Duration>,
    pub(crate) silence_timeout: Option<Duration>,
    pub(crate) limits: Limits,
}

impl Config {
    /// RESP3 (falling back to RESP2), no credentials, database 0, no name,
    /// no response timeout, a blocking margin of one second, no health
    /// check, no silence timeout, default [`Limits`].
    pub fn new() -> Self {
        Self {
            protocol: Protocol::Resp3,
            username: None,
            password: None,
            database: 0,
            client_name: None,
            lib_name: None,
            lib_version: None,
            response_timeout: None,
            blocking_margin: Duration::from_secs(1),
            health_check_interval: None,
            silence_timeout: None,
            limits: Limits::default(),
        }
    }

    /// The protocol to ask for. With [`Protocol::Resp3`] the handshake is
    /// `HELLO 3`, and a server that does not know `HELLO` or refuses
    /// version 3 is spoken to in RESP2; with [`Protocol::Resp2`] no `HELLO`
    /// is sent.
    #[must_use]
    pub fn with_protocol(mut self, protocol: Protocol) -> Self {
        self.protocol = protocol;
        self
    }

    /// Credentials: `AUTH username password` (an ACL user), or with no
    /// username `AUTH password` (the `default` user, `requirepass`).
    #[must_use]
    pub fn with_auth(mut self, username: Option<&str>, password: &str) -> Self {
        self.username = username.map(String::from);
        self.password = Some(String::from(password));
        self
    }

    /// The database to `SELECT` (0, the server's default, sends nothing).
    #[must_use]
    pub fn with_database(mut self, database: u32) -> Self {
        self.database = database;
        self
    }

    /// The name `CLIENT LIST` shows for the connection (`SETNAME`).
    #[must_use]
    pub fn with_client_name(mut self, name: &str) -> Self {
        self.client_name = Some(String::from(name));
        self
    }

    /// The library name and version that `CLIENT SETINFO` reports (Redis
    /// 7.2 and later; an older server's refusal is ignored).
    #[must_use]
    pub fn with_lib_info(mut self, name: &str, version: &str) -> Self {
        self.lib_name = Some(String::from(name));
        self.lib_version = Some(String::from(version));
        self
    }

    /// How long a request may wait for its reply, counted from
    /// [`Connection::send`](crate::Connection::send); `None` waits forever.
    /// Blocking commands get their own timeout plus
    /// [`Config::with_blocking_margin`] instead.
    #[must_use]
    pub fn with_response_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.response_timeout = timeout;
        self
    }

    /// What a blocking command (`BLPOP`, `XREAD ... BLOCK`, `WAIT`, ...) may
    /// take beyond the timeout it gives the server.
    #[must_use]
    pub fn with_blocking_margin(mut self, margin: Duration) -> Self {
        self.blocking_margin = margin;
        self
    }

    /// After this long without traffic, a `PING` goes before the next
    /// command, which is held back until the `PONG` arrives; a subscribed
    /// connection with nothing to send pings on its own. `None` (the
    /// default) never pings.
    #[must_use]
    pub fn with_health_check_interval(mut self, interval: Option<Duration>) -> Self {
        self.health_check_interval = interval;
        self
    }

    /// How long the server may send nothing at all while it owes a reply
    /// to a command that is not blocking; past that the connection closes
    /// with [`ConnectionError::Silence`](crate::ConnectionError::Silence).
    /// `None` (the default) never gives up on silence alone.
    ///
    /// This is dead-peer detection: a server that is frozen, or a network
    /// path that went dark, sends nothing, whereas a busy server answering
    /// a long pipeline sends something all along, however long the whole
    /// takes. The clock runs from the later of the last bytes received and
    /// the moment the oldest unanswered request was queued, and only while
    /// that request's current command is not a blocking one (`BLPOP`,
    /// `XREAD ... BLOCK`, `WAIT`, ...): those keep their own deadline. A
    /// command the server takes longer than this to run (`DEBUG SLEEP`, a
    /// slow script, a `CLIENT PAUSE` the request waits behind) fails it.
    #[must_use]
    pub fn with_silence_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.silence_timeout = timeout;
        self
    }

    /// Limits on what the server may send.
    #[must_use]
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The protocol asked for.
    pub fn protocol(&self) -> Protocol {
        self.protocol
    }

    /// The username, if any.
    pub fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }

    /// Whether a password is set (the password itself is not readable back).
    pub fn has_password(&self) -> bool {
        self.password.is_some()
    }

    /// The database selected on connect.
    pub fn database(&self) -> u32 {
        self.database
    }

    /// The client name, if any.
    pub fn client_name(&self) -> Option<&str> {
        self.client_name.as_deref()
    }

    /// The response timeout.
    pub fn response_timeout(&self) -> Option<Duration> {
        self.response_timeout
    }

    /// The margin given to blocking commands.
    pub fn blocking_margin(&self) -> Duration {
        self.blocking_margin
    }

    /// The health-check interval.
    pub fn health_check_interval(&self) -> Option<Duration> {
        self.health_check_interval
    }

    /// The silence timeout.
    pub fn silence_timeout(&self) -> Option<Duration> {
        self.silence_timeout
    }

    /// The decoder's limits.
    pub fn limits(&self) -> Limits {
        self.limits
    }
}

impl Default for Config {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("protocol", &self.protocol)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("database", &self.database)
            .field("client_name", &self.client_name)
            .field("lib_name", &self.lib_name)
            .field("lib_version", &self.lib_version)
            .field("response_timeout", &self.response_timeout)
            .field("blocking_margin", &self.blocking_margin)
            .field("health_check_interval", &self.health_check_interval)
            .field("silence_timeout", &self.silence_timeout)
            .field("limits", &self.limits)
            .finish()
    }
}

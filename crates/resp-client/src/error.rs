//! One error type for everything the client does.

use std::fmt;
use std::io;
use std::sync::Arc;

use resp_core::{ConnectionError, ServerError};

/// What went wrong, and whether trying again is safe.
///
/// ```
/// # async fn demo<R: resp_client::Runtime + Default>() {
/// use resp_client::{Client, ErrorKind};
///
/// let client = Client::<R>::connect("redis://127.0.0.1:1/").await;
/// let error = client.err().expect("nothing listens on port 1");
/// assert_eq!(error.kind(), ErrorKind::Io);
/// assert!(error.is_io() && error.is_retry_safe());
/// # }
/// ```
#[derive(Clone)]
pub struct Error {
    inner: Arc<Inner>,
}

struct Inner {
    kind: ErrorKind,
    server: Option<ServerError>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
    detail: String,
    node: Option<String>,
    /// Whether the request is known not to have reached the server.
    unsent: bool,
}

/// The kinds of [`Error`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The server answered with an error (`-ERR ...`); see
    /// [`Error::server_error`].
    Server,
    /// Connecting, reading or writing failed.
    Io,
    /// No reply (or no connection) within the configured timeout.
    Timeout,
    /// The connection closed before the reply came.
    Closed,
    /// The server sent something that breaks the protocol; the connection
    /// was dropped.
    Protocol,
    /// The server refused the handshake: authentication, `SELECT`,
    /// `SETNAME`.
    Auth,
    /// TLS could not be set up (bad certificate, name mismatch).
    Tls,
    /// A URL or option that cannot be used.
    Config,
    /// A reply that does not convert to the type asked for.
    Conversion,
    /// A command that cannot be sent in the connection's state (`MONITOR`
    /// on a shared connection, `SUBSCRIBE` inside `MULTI`).
    InvalidCommand,
    /// `EXEC` answered nil: a key watched with `WATCH` changed before the
    /// transaction ran, so none of it did. Retrying is the caller's call
    /// (the transaction helper does it).
    WatchConflict,
    /// Every connection of a [`Pool`](crate::Pool) stayed in use for the
    /// whole of its acquire timeout. Nothing was sent: retrying is safe,
    /// though a pool that is often exhausted wants a larger `max_size` or
    /// shorter leases.
    PoolExhausted,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, detail: impl Into<String>) -> Self {
        Self {
            inner: Arc::new(Inner {
                kind,
                server: None,
                source: None,
                detail: detail.into(),
                node: None,
                unsent: false,
            }),
        }
    }

    pub(crate) fn with_source(
        kind: ErrorKind,
        detail: impl Into<String>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        let mut error = Self::new(kind, detail);
        Arc::get_mut(&mut error.inner).expect("fresh").source = Some(Box::new(source));
        error
    }

    pub(crate) fn io(detail: impl Into<String>, source: io::Error) -> Self {
        // rustls hands its errors over inside an `io::Error`: the server's
        // alert refusing a client certificate arrives on the first read.
        let is_tls = |e: &(dyn std::error::Error + Send + Sync + 'static)| {
            e.is::<futures_rustls::rustls::Error>()
        };
        let kind = if source.kind() == io::ErrorKind::TimedOut {
            ErrorKind::Timeout
        } else if source.get_ref().is_some_and(is_tls) {
            ErrorKind::Tls
        } else {
            ErrorKind::Io
        };
        Self::with_source(kind, detail, source)
    }

    pub(crate) fn server(error: ServerError) -> Self {
        Self::server_with(String::new(), error)
    }

    /// The server's error, with what it was the answer to.
    pub(crate) fn server_with(detail: impl Into<String>, error: ServerError) -> Self {
        let mut new = Self::new(ErrorKind::Server, detail);
        Arc::get_mut(&mut new.inner).expect("fresh").server = Some(error);
        new
    }

    pub(crate) fn connection(error: &ConnectionError) -> Self {
        match error {
            ConnectionError::Handshake(server) => {
                let mut new = Self::new(ErrorKind::Auth, "handshake refused");
                Arc::get_mut(&mut new.inner).expect("fresh").server = Some(server.clone());
                new
            }
            ConnectionError::Timeout => {
                Self::new(ErrorKind::Timeout, "no reply within the response timeout")
            }
            ConnectionError::Silence(timeout) => Self::new(
                ErrorKind::Timeout,
                format!("the server sent nothing for {timeout:?} while a reply was owed"),
            ),
            ConnectionError::Eof => {
                Self::new(ErrorKind::Closed, "the server closed the connection")
            }
            ConnectionError::HealthCheck(server) => {
                let mut new = Self::new(ErrorKind::Closed, "health check failed");
                Arc::get_mut(&mut new.inner).expect("fresh").server = Some(server.clone());
                new
            }
            other => Self::with_source(ErrorKind::Protocol, "protocol error", other.clone()),
        }
    }

    pub(crate) fn conversion(expected: &str, got: &resp_core::Frame) -> Self {
        Self::new(
            ErrorKind::Conversion,
            format!("expected {expected}, got {}", describe(got)),
        )
    }

    /// The same error, about the node at `node`.
    #[must_use]
    pub(crate) fn at(self, node: &str) -> Self {
        self.map(|inner| inner.node = Some(node.to_owned()))
    }

    /// The same error, for a request that never reached the server.
    #[must_use]
    pub(crate) fn unsent(self) -> Self {
        self.map(|inner| inner.unsent = true)
    }

    fn map(self, f: impl FnOnce(&mut Inner)) -> Self {
        let mut inner = match Arc::try_unwrap(self.inner) {
            Ok(inner) => inner,
            Err(shared) => Inner {
                kind: shared.kind,
                server: shared.server.clone(),
                source: shared
                    .source
                    .as_ref()
                    .map(|source| Box::new(Shared(source.to_string())) as _),
                detail: shared.detail.clone(),
                node: shared.node.clone(),
                unsent: shared.unsent,
            },
        };
        f(&mut inner);
        Self {
            inner: Arc::new(inner),
        }
    }

    /// Whether the request never left the client and failed for want of a
    /// working connection (closed, failed, or broken by bytes the server
    /// sent that no request could take): it can go on a new connection as
    /// it is.
    ///
    /// Not after a timeout: a server that did not answer in time (frozen,
    /// or behind a dead path) would most likely keep the request waiting
    /// as long again, so the caller hears of it at once, with an error
    /// that says retrying is safe.
    pub(crate) fn is_unsent_transport(&self) -> bool {
        self.inner.unsent
            && matches!(
                self.inner.kind,
                ErrorKind::Closed | ErrorKind::Io | ErrorKind::Protocol
            )
    }

    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The server's error reply, when there is one ([`ErrorKind::Server`],
    /// and [`ErrorKind::Auth`] for a refused handshake).
    pub fn server_error(&self) -> Option<&ServerError> {
        self.inner.server.as_ref()
    }

    /// The server's error code (`WRONGTYPE`, `NOSCRIPT`...), if any.
    pub fn code(&self) -> Option<&str> {
        let server = self.inner.server.as_ref()?;
        std::str::from_utf8(server.code()).ok()
    }

    /// The node the error is about, `host:port` or a socket path.
    pub fn node(&self) -> Option<&str> {
        self.inner.node.as_deref()
    }

    /// Whether a timeout expired.
    pub fn is_timeout(&self) -> bool {
        self.inner.kind == ErrorKind::Timeout
    }

    /// Whether an I/O operation failed.
    pub fn is_io(&self) -> bool {
        self.inner.kind == ErrorKind::Io
    }

    /// Whether the connection closed under the request.
    pub fn is_closed(&self) -> bool {
        self.inner.kind == ErrorKind::Closed
    }

    /// Whether a [`Pool`](crate::Pool) had no connection to give within
    /// its acquire timeout ([`ErrorKind::PoolExhausted`]).
    pub fn is_pool_exhausted(&self) -> bool {
        self.inner.kind == ErrorKind::PoolExhausted
    }

    /// Whether trying again is safe and may succeed: the request surely did
    /// not run, because it never left the client or the failure came before
    /// any request was sent (connecting, a [`Pool`](crate::Pool) with no
    /// connection to give), or because the server refused it
    /// without running it (`LOADING`, `TRYAGAIN`, `CLUSTERDOWN`,
    /// `MASTERDOWN`, `BUSY`). Refused credentials, bad configuration, TLS
    /// failures and refused commands are not worth retrying as they are.
    pub fn is_retry_safe(&self) -> bool {
        use resp_core::ErrorKind as Code;
        match self.inner.kind {
            ErrorKind::Io | ErrorKind::Timeout | ErrorKind::Closed | ErrorKind::Protocol
                if self.inner.unsent =>
            {
                true
            }
            ErrorKind::PoolExhausted => true,
            ErrorKind::Server => self.inner.server.as_ref().is_some_and(|server| {
                matches!(
                    server.kind(),
                    Code::Loading
                        | Code::TryAgain
                        | Code::ClusterDown
                        | Code::MasterDown
                        | Code::Busy
                )
            }),
            _ => false,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        match (&inner.server, inner.detail.is_empty()) {
            (Some(server), true) => write!(f, "{server}")?,
            (Some(server), false) => write!(f, "{}: {server}", inner.detail)?,
            (None, _) => f.write_str(&inner.detail)?,
        }
        if let Some(source) = &inner.source {
            write!(f, ": {source}")?;
        }
        if let Some(node) = &inner.node {
            write!(f, " (node {node})")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.inner.kind)
            .field("message", &self.to_string())
            .field("unsent", &self.inner.unsent)
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner.source.as_ref().map(|source| &**source as _)
    }
}

impl From<ServerError> for Error {
    fn from(error: ServerError) -> Self {
        Self::server(error)
    }
}

/// The text of a source shared between clones.
#[derive(Debug)]
struct Shared(String);

impl fmt::Display for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Shared {}

/// A frame's type, for conversion errors (never its content: it may be a
/// secret).
pub(crate) fn describe(frame: &resp_core::Frame) -> &'static str {
    use resp_core::Frame;
    match frame.value() {
        Frame::SimpleString(_) => "a simple string",
        Frame::SimpleError(_) | Frame::BulkError(_) => "an error",
        Frame::Integer(_) => "an integer",
        Frame::BulkString(_) => "a bulk string",
        Frame::Array(_) => "an array",
        Frame::Null => "null",
        Frame::Boolean(_) => "a boolean",
        Frame::Double(_) => "a double",
        Frame::BigNumber(_) => "a big number",
        Frame::VerbatimString { .. } => "a verbatim string",
        Frame::Map(_) => "a map",
        Frame::Set(_) => "a set",
        Frame::Push(_) => "a push",
        _ => "an unknown frame",
    }
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

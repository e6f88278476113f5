//! Test harness for resp: starts real `redis-server` processes on free
//! loopback ports and stops them when dropped.
//!
//! Everything here is blocking std code with no async runtime, so every
//! crate of the workspace (the sans-IO core, the async client, each runtime
//! adapter) can use it from its tests:
//!
//! - [`RedisServer`] starts a `redis-server` (the binary [`BINARY_ENV`]
//!   names, else the one on `PATH`; see [`INSTALL_HINT`] when it is
//!   missing) in a fresh temporary directory, on a free port, with
//!   persistence off, and waits until it answers `PING`.
//!   [`RedisServer::builder`] adds configuration: `DEBUG`, a password, ACL
//!   users, a Unix socket, `::1`, TLS with certificates made for it
//!   ([`TlsCerts`]), a given port, any directive. Dropping it kills the
//!   process and removes the directory; [`RedisServer::restart`] replaces
//!   the process with a new one on the same port.
//! - [`RawConnection`] writes [`resp_core::Cmd`]s and decodes replies with
//!   [`resp_core::Decoder`], reading a chosen number of bytes per `read`
//!   call so the decoder sees real traffic cut anywhere.
//! - [`Driven`] runs resp-core's sans-IO [`resp_core::Connection`] over a
//!   blocking socket: the simplest possible run loop, to check the state
//!   machine against a real server.
//! - [`FaultProxy`] sits between a client and a server and delays,
//!   stalls, cuts (FIN or RST, after any number of bytes), refuses or
//!   hangs connections, and injects bytes, on threads of its own.
//! - [`RedisVersion`] and [`TempDir`] support the two; [`braced_keys`]
//!   makes reproducible keys for hash-slot tests.
//! - [`CommandInfo`] reads a `COMMAND INFO` reply, for the generator of
//!   resp-core's command table and the suite that checks it;
//!   [`CommandDocs`] reads `COMMAND DOCS`, for the generator of the client's
//!   typed commands and the suite that checks their coverage.
//!
//! ```no_run
//! use resp_core::{Cmd, Frame};
//! use resp_tests::{Protocol, RedisServer};
//!
//! let server = RedisServer::builder().enable_debug_command().start();
//! let mut conn = server.connect_with(Protocol::Resp3).with_read_size(7);
//! let reply = conn.request(&Cmd::new("DEBUG").arg("PROTOCOL").arg("true")).unwrap();
//! assert_eq!(reply, Frame::Boolean(true));
//! ```

mod command_docs;
mod command_info;
mod connection;
mod driver;
mod keys;
mod proxy;
mod server;
mod temp_dir;
mod tls;
mod version;

pub use crate::command_docs::{ArgDocs, CommandDocs};
pub use crate::command_info::{
    BeginSearchInfo, CommandInfo, CommandInfoError, FindKeysInfo, KeySpecInfo,
};
pub use crate::connection::{ConnectionError, DEFAULT_READ_SIZE, Protocol, RawConnection};
pub use crate::driver::Driven;
pub use crate::keys::braced_keys;
pub use crate::proxy::{Accept, ConnInfo, Conns, Cut, Delay, Direction, FaultProxy};
pub use crate::server::{BINARY_ENV, INSTALL_HINT, RedisServer, RedisServerBuilder, StartError};
pub use crate::temp_dir::TempDir;
pub use crate::tls::{CertError, SERVER_NAMES, TlsAuthClients, TlsCerts, TlsStream};
pub use crate::version::{ParseVersionError, RedisVersion};

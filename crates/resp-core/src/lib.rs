//! The RESP2/RESP3 protocol as a pure state machine: bytes in, frames out.
//!
//! `resp-core` is the part of the resp Redis client family that needs no I/O.
//! It turns bytes into [`Frame`]s with an incremental [`Decoder`], and frames
//! and commands ([`Cmd`]) into bytes with [`encode`] and [`Cmd::encode`].
//!
//! It does **no** I/O: it never opens a socket, reads a clock, spawns a task
//! or blocks, and nothing in it is async. You move the bytes; it decides what
//! they mean. That makes it usable inside any networking stack, on any
//! runtime or none, and with `default-features = false` it is `#![no_std]`
//! (it needs `alloc`).
//!
//! What it guarantees:
//!
//! - **Incremental and linear.** The decoder keeps its place between calls.
//!   Any split of the input, one byte at a time included, yields the same
//!   frames, and no byte is examined twice, so a large reply arriving in small
//!   pieces costs what it costs in one piece.
//! - **Zero-copy.** Bulk payloads are [`bytes::Bytes`] cut out of the read
//!   buffer.
//! - **Hostile-input proof.** Malformed input gives a typed [`DecodeError`],
//!   never a panic; no allocation larger than 64 KiB is made on the strength
//!   of a length the peer declared before its bytes arrive; [`Limits`] bound
//!   payload sizes, aggregate lengths and nesting.
//! - **Both protocols.** RESP2 and all of RESP3: maps, sets, pushes,
//!   attributes, doubles, big numbers, verbatim strings, bulk errors, and
//!   streamed strings and aggregates.
//!
//! # Example
//!
//! Encode a command, then decode a reply that arrives in two pieces, as it
//! would from a socket:
//!
//! ```
//! use bytes::BytesMut;
//! use resp_core::{Cmd, Decoder, Frame};
//!
//! // Bytes to write to the server.
//! let mut out = BytesMut::new();
//! Cmd::new("HGETALL").arg("user:1").encode(&mut out);
//! assert_eq!(&out[..], b"*2\r\n$7\r\nHGETALL\r\n$6\r\nuser:1\r\n");
//!
//! // Bytes read from the server: a RESP3 map, split mid-string.
//! let mut decoder = Decoder::new();
//! let mut input = BytesMut::new();
//! input.extend_from_slice(b"%2\r\n$4\r\nname\r\n$3\r\nAda\r\n$4\r\nr");
//! assert_eq!(decoder.decode(&mut input)?, None);
//! input.extend_from_slice(b"ole\r\n$8\r\nengineer\r\n");
//! let reply = decoder.decode(&mut input)?.expect("a whole frame");
//! assert_eq!(
//!     reply,
//!     Frame::Map(vec![
//!         (Frame::bulk("name"), Frame::bulk("Ada")),
//!         (Frame::bulk("role"), Frame::bulk("engineer")),
//!     ])
//! );
//! assert!(input.is_empty());
//! # Ok::<(), resp_core::DecodeError>(())
//! ```
//!
//! # Features
//!
//! - `std` (default): implements `std::error::Error` through std; without
//!   it the crate is `#![no_std]` and needs only `alloc`.
//! - `arbitrary`: implements `arbitrary::Arbitrary` for [`Frame`], for fuzzing.
#![cfg_attr(not(any(feature = "std", test)), no_std)]
#![forbid(unsafe_code)]

extern crate alloc;

pub mod cluster;
mod cmd;
mod connection;
mod decode;
mod encode;
mod frame;
pub mod monitor;
pub mod pubsub;
mod server_error;
mod time;

#[cfg(any(test, feature = "arbitrary"))]
mod arbitrary;
#[cfg(any(test, feature = "arbitrary"))]
pub mod check;

pub use crate::cmd::{Arg, ArgText, Cmd, CmdArgs, ToArg};
pub use crate::connection::{
    Config, Connection, ConnectionError, Output, Protocol, RequestId, SendError,
};
pub use crate::decode::{DecodeError, Decoder, Limits};
pub use crate::encode::{EncodeError, encode};
pub use crate::frame::{Frame, VerbatimFormat};
pub use crate::server_error::{ErrorKind, ServerError};
pub use crate::time::Instant;

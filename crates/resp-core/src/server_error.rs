//! Errors the server replies with: data, not a failure of the connection.

use core::fmt;

use bytes::Bytes;

use crate::cluster::Redirect;
use crate::frame::Frame;

/// An error reply from the server, such as `WRONGTYPE Operation against a key
/// holding the wrong kind of value`: the reply to one request, which leaves
/// the connection as good as before.
///
/// By Redis' convention the text starts with an upper-case code (`ERR`,
/// `WRONGTYPE`, `MOVED`...); [`ServerError::kind`] classifies the codes a
/// client acts on, and [`ServerError::code`] gives any code as text.
///
/// ```
/// use resp_core::{ErrorKind, Frame, ServerError};
///
/// let reply = Frame::SimpleError("NOSCRIPT No matching script.".into());
/// let err = ServerError::from_frame(&reply).expect("an error reply");
/// assert_eq!(err.kind(), ErrorKind::NoScript);
/// assert_eq!(err.code(), b"NOSCRIPT");
/// assert_eq!(err.message(), b"No matching script.");
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ServerError {
    text: Bytes,
}

/// What kind of [`ServerError`] a reply is, from its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// `MOVED`: the key's slot is served by another node.
    Moved,
    /// `ASK`: the key's slot is migrating; ask the other node, once.
    Ask,
    /// `TRYAGAIN`: a multi-key request hit a slot being migrated; retry later.
    TryAgain,
    /// `CLUSTERDOWN`: the cluster cannot serve the request now.
    ClusterDown,
    /// `LOADING`: the server is loading its data set.
    Loading,
    /// `READONLY`: a write sent to a replica.
    ReadOnly,
    /// `MASTERDOWN`: the replica lost its primary and serves no stale data.
    MasterDown,
    /// `NOSCRIPT`: no script with that SHA1 is loaded.
    NoScript,
    /// `NOAUTH`: authentication is required.
    NoAuth,
    /// `WRONGPASS`: wrong user name or password.
    WrongPass,
    /// `NOPERM`: the user may not run this command or touch this key.
    NoPerm,
    /// `BUSY`: a script or function is running too long.
    Busy,
    /// `EXECABORT`: a transaction was discarded because a command in it was
    /// refused.
    ExecAbort,
    /// `WRONGTYPE`: the key holds another type.
    WrongType,
    /// Any other code (`ERR` included): see [`ServerError::code`].
    Other,
}

impl ServerError {
    /// A server error with the text `text` (without the leading `-` or `!`).
    pub fn new(text: impl Into<Bytes>) -> Self {
        Self { text: text.into() }
    }

    /// The error that `frame` carries, if it is a simple or bulk error
    /// (attributes aside).
    pub fn from_frame(frame: &Frame) -> Option<Self> {
        match frame.value() {
            Frame::SimpleError(text) | Frame::BulkError(text) => Some(Self::new(text.clone())),
            _ => None,
        }
    }

    /// The whole text.
    pub fn text(&self) -> &[u8] {
        &self.text
    }

    /// The code: the first word, when it is upper-case letters (`ERR`,
    /// `WRONGTYPE`); empty when the text does not start with one.
    pub fn code(&self) -> &[u8] {
        let end = memchr::memchr(b' ', &self.text).unwrap_or(self.text.len());
        let word = &self.text[..end];
        if !word.is_empty() && word.iter().all(u8::is_ascii_uppercase) {
            word
        } else {
            &[]
        }
    }

    /// The text after the code and its space; the whole text when there is no
    /// code.
    pub fn message(&self) -> &[u8] {
        let code = self.code().len();
        if code == 0 {
            &self.text
        } else {
            self.text.get(code + 1..).unwrap_or_default()
        }
    }

    /// The kind of error, from the code.
    pub fn kind(&self) -> ErrorKind {
        match self.code() {
            b"MOVED" => ErrorKind::Moved,
            b"ASK" => ErrorKind::Ask,
            b"TRYAGAIN" => ErrorKind::TryAgain,
            b"CLUSTERDOWN" => ErrorKind::ClusterDown,
            b"LOADING" => ErrorKind::Loading,
            b"READONLY" => ErrorKind::ReadOnly,
            b"MASTERDOWN" => ErrorKind::MasterDown,
            b"NOSCRIPT" => ErrorKind::NoScript,
            b"NOAUTH" => ErrorKind::NoAuth,
            b"WRONGPASS" => ErrorKind::WrongPass,
            b"NOPERM" => ErrorKind::NoPerm,
            b"BUSY" => ErrorKind::Busy,
            b"EXECABORT" => ErrorKind::ExecAbort,
            b"WRONGTYPE" => ErrorKind::WrongType,
            _ => ErrorKind::Other,
        }
    }

    /// The redirect, for a `MOVED` or `ASK` error.
    pub fn redirect(&self) -> Option<Redirect> {
        Redirect::parse(&self.text)
    }
}

impl fmt::Display for ServerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for chunk in self.text.utf8_chunks() {
            f.write_str(chunk.valid())?;
            if !chunk.invalid().is_empty() {
                f.write_str("\u{FFFD}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Debug for ServerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ServerError").field(&self.text).finish()
    }
}

impl core::error::Error for ServerError {}

#[cfg(test)]
mod tests {
    use alloc::string::ToString;

    use super::*;
    use crate::cluster::RedirectKind;

    #[test]
    fn every_listed_code_is_classified() {
        let cases = [
            ("MOVED 3999 127.0.0.1:6381", ErrorKind::Moved),
            ("ASK 3999 127.0.0.1:6381", ErrorKind::Ask),
            (
                "TRYAGAIN Multiple keys request during rehashing of slot",
                ErrorKind::TryAgain,
            ),
            ("CLUSTERDOWN Hash slot not served", ErrorKind::ClusterDown),
            (
                "LOADING Redis is loading the dataset in memory",
                ErrorKind::Loading,
            ),
            (
                "READONLY You can't write against a read only replica.",
                ErrorKind::ReadOnly,
            ),
            (
                "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.",
                ErrorKind::MasterDown,
            ),
            (
                "NOSCRIPT No matching script. Please use EVAL.",
                ErrorKind::NoScript,
            ),
            ("NOAUTH Authentication required.", ErrorKind::NoAuth),
            (
                "WRONGPASS invalid username-password pair or user is disabled.",
                ErrorKind::WrongPass,
            ),
            (
                "NOPERM this user has no permissions to run the 'get' command",
                ErrorKind::NoPerm,
            ),
            ("BUSY Redis is busy running a script.", ErrorKind::Busy),
            (
                "EXECABORT Transaction discarded because of previous errors.",
                ErrorKind::ExecAbort,
            ),
            (
                "WRONGTYPE Operation against a key holding the wrong kind of value",
                ErrorKind::WrongType,
            ),
            ("ERR unknown command 'FOO'", ErrorKind::Other),
            (
                "BUSYGROUP Consumer Group name already exists",
                ErrorKind::Other,
            ),
            (
                "user_script:1: Script attempted to access nonexistent global variable",
                ErrorKind::Other,
            ),
            ("", ErrorKind::Other),
        ];
        for (text, kind) in cases {
            assert_eq!(ServerError::new(text).kind(), kind, "{text}");
        }
    }

    #[test]
    fn code_and_message_split_at_the_first_space() {
        let err = ServerError::new("WRONGTYPE Operation against a key");
        assert_eq!(
            (err.code(), err.message()),
            (&b"WRONGTYPE"[..], &b"Operation against a key"[..])
        );
        let bare = ServerError::new("NOAUTH");
        assert_eq!((bare.code(), bare.message()), (&b"NOAUTH"[..], &b""[..]));
        let lua = ServerError::new("user_script:1: oops");
        assert_eq!(
            (lua.code(), lua.message()),
            (&b""[..], &b"user_script:1: oops"[..])
        );
        let lower = ServerError::new("Err something");
        assert_eq!(lower.code(), b"");
        assert_eq!(lower.kind(), ErrorKind::Other);
    }

    #[test]
    fn redirects_come_from_moved_and_ask_only() {
        let moved = ServerError::new("MOVED 3999 127.0.0.1:6381")
            .redirect()
            .expect("a redirect");
        assert_eq!((moved.kind, moved.slot.get()), (RedirectKind::Moved, 3999));
        assert_eq!(
            ServerError::new("ERR MOVED 3999 127.0.0.1:6381").redirect(),
            None
        );
        assert_eq!(
            ServerError::new("CLUSTERDOWN Hash slot not served").redirect(),
            None
        );
    }

    #[test]
    fn frames_other_than_errors_are_not_server_errors() {
        assert_eq!(ServerError::from_frame(&Frame::simple("OK")), None);
        let bulk = Frame::BulkError(Bytes::from_static(b"SYNTAX invalid syntax"));
        assert_eq!(
            ServerError::from_frame(&bulk).map(|err| err.to_string()),
            Some("SYNTAX invalid syntax".into())
        );
        let attributed = Frame::Attributed {
            attributes: alloc::vec::Vec::new(),
            frame: alloc::boxed::Box::new(Frame::SimpleError(Bytes::from_static(b"LOADING wait"))),
        };
        assert_eq!(
            ServerError::from_frame(&attributed).map(|err| err.kind()),
            Some(ErrorKind::Loading)
        );
    }

    #[test]
    fn display_replaces_invalid_utf8() {
        assert_eq!(
            ServerError::new(&b"ERR bad \xff key"[..]).to_string(),
            "ERR bad \u{FFFD} key"
        );
    }
}

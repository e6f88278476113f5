//! Parsed replies of administrative and stream commands: `CLIENT LIST`,
//! `CONFIG GET`, `ROLE`, `SLOWLOG GET`, `XINFO`, `XREAD`, `XPENDING`,
//! `MEMORY STATS`, `LATENCY LATEST`, `GEOPOS`, `GEOSEARCH`...
//!
//! Each type implements [`FromValue`] for the reply of both protocols: where
//! RESP3 sends a map, a double or a set, RESP2 sends a flat array of field,
//! value, field, value..., a bulk string or an array, and both read alike.
//! Fields that a newer server adds are never an error: they are kept in a
//! catch-all (`fields`), and fields an older server lacks are `Option`s.
//! Whether a field is there is read from the reply, never assumed from the
//! server's version.

mod client_list;
mod config;
mod geo;
mod memory;
mod role;
mod slowlog;
mod stream;

pub use self::client_list::{ClientInfo, ClientList};
pub use self::config::{ConfigMap, MaxMemoryPolicy};
pub use self::geo::{GeoPosition, GeoSearchResult};
pub use self::memory::{DbOverhead, LatencyLatest, MemoryStats};
pub use self::role::{ReplicaInfo, ReplicationState, Role};
pub use self::slowlog::SlowlogEntry;
pub use self::stream::{
    AutoClaimReply, ParseStreamIdError, PendingEntry, PendingSummary, StreamConsumerDetail,
    StreamConsumerInfo, StreamEntry, StreamGroupDetail, StreamGroupInfo, StreamId, StreamInfo,
    StreamPendingDetail, StreamReadReply,
};

use std::collections::BTreeMap;

use bytes::Bytes;
use resp_core::{Frame, ServerError};

use crate::error::{Error, ErrorKind, Result, describe};
use crate::value::FromValue;

/// The frame without attributes, or the server error it carries.
fn plain(frame: Frame) -> Result<Frame> {
    match frame.into_value() {
        Frame::SimpleError(text) | Frame::BulkError(text) => {
            Err(Error::server(ServerError::new(text)))
        }
        frame => Ok(frame),
    }
}

/// A conversion error: `expected`, and what was received (its type, never
/// its content) with a reason.
fn mismatch(expected: &str, got: &Frame, why: &str) -> Error {
    Error::new(
        ErrorKind::Conversion,
        format!("expected {expected}, got {} {why}", describe(got)),
    )
}

/// `error`, said to be about `field` of `record`, when it is a conversion
/// error (a server error stays as it is).
fn in_field(error: Error, record: &str, field: &str) -> Error {
    if error.kind() == ErrorKind::Conversion {
        Error::new(
            ErrorKind::Conversion,
            format!("{record} field {field}: {error}"),
        )
    } else {
        error
    }
}

/// The elements of an array or set.
fn elements(frame: Frame, expected: &str) -> Result<Vec<Frame>> {
    match plain(frame)? {
        Frame::Array(items) | Frame::Set(items) => Ok(items),
        other => Err(Error::conversion(expected, &other)),
    }
}

/// Exactly `N` leading elements of an array (more are allowed when
/// `extra_ok`, for a record a newer server may extend).
fn leading<const N: usize>(
    frame: Frame,
    expected: &str,
    extra_ok: bool,
) -> Result<([Frame; N], Vec<Frame>)> {
    let items = elements(frame, expected)?;
    if items.len() < N || (!extra_ok && items.len() > N) {
        return Err(Error::new(
            ErrorKind::Conversion,
            format!("expected {expected}, got an array of {}", items.len()),
        ));
    }
    let mut items = items.into_iter();
    let head: Vec<Frame> = items.by_ref().take(N).collect();
    let head = <[Frame; N]>::try_from(head).map_err(|_| {
        Error::new(
            ErrorKind::Conversion,
            format!("expected {expected}, got a shorter array"),
        )
    })?;
    Ok((head, items.collect()))
}

/// A field name as text (names are ASCII; anything else is kept lossily).
fn name_of(frame: Frame) -> Result<String> {
    let frame = plain(frame)?;
    match &frame {
        Frame::BulkString(bytes) | Frame::SimpleString(bytes) => {
            Ok(String::from_utf8_lossy(bytes).into_owned())
        }
        Frame::VerbatimString { text, .. } => Ok(String::from_utf8_lossy(text).into_owned()),
        _ => Err(Error::conversion("a field name", &frame)),
    }
}

/// The text of a bulk, simple or verbatim string, which must be UTF-8.
fn text_of(frame: Frame, expected: &str) -> Result<String> {
    let frame = plain(frame)?;
    let bytes = match &frame {
        Frame::BulkString(bytes) | Frame::SimpleString(bytes) => bytes,
        Frame::VerbatimString { text, .. } => text,
        _ => return Err(Error::conversion(expected, &frame)),
    };
    utf8(bytes, expected, &frame).map(str::to_owned)
}

/// The fields of a record: a map (RESP3), or a flat array of name, value,
/// name, value... (RESP2). A later duplicate name wins.
struct Record {
    /// What the record is, for errors: `"an XINFO GROUPS record"`.
    what: &'static str,
    fields: BTreeMap<String, Frame>,
}

impl Record {
    fn new(frame: Frame, what: &'static str) -> Result<Self> {
        let entries = match plain(frame)? {
            Frame::Map(entries) => entries,
            Frame::Array(items) if items.len() % 2 == 0 => {
                let mut items = items.into_iter();
                let mut entries = Vec::with_capacity(items.len() / 2);
                while let (Some(key), Some(value)) = (items.next(), items.next()) {
                    entries.push((key, value));
                }
                entries
            }
            Frame::Array(items) => {
                return Err(Error::new(
                    ErrorKind::Conversion,
                    format!(
                        "expected {what} (a map or an array of name, value...), got an array of odd length {}",
                        items.len()
                    ),
                ));
            }
            other => {
                return Err(Error::conversion(
                    &format!("{what} (a map or an array of name, value...)"),
                    &other,
                ));
            }
        };
        let mut fields = BTreeMap::new();
        for (key, value) in entries {
            fields.insert(name_of(key)?, value);
        }
        Ok(Self { what, fields })
    }

    /// The field `name` converted, or `None` when the record has no such
    /// field.
    fn optional<T: FromValue>(&mut self, name: &str) -> Result<Option<T>> {
        match self.fields.remove(name) {
            Some(value) => T::from_value(value)
                .map(Some)
                .map_err(|error| in_field(error, self.what, name)),
            None => Ok(None),
        }
    }

    /// The field `name` converted; a missing field is an error.
    fn required<T: FromValue>(&mut self, name: &str) -> Result<T> {
        self.optional(name)?.ok_or_else(|| {
            Error::new(
                ErrorKind::Conversion,
                format!(
                    "expected {} with a field {name}, got one without",
                    self.what
                ),
            )
        })
    }

    /// The fields not taken yet.
    fn rest(self) -> BTreeMap<String, Frame> {
        self.fields
    }
}

/// The `name=value` pairs of a line of text (`CLIENT LIST`): values hold no
/// spaces.
fn text_pairs(line: &str) -> impl Iterator<Item = (&str, &str)> {
    line.split_ascii_whitespace()
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// `bytes` as UTF-8 text, or a conversion error naming `expected`.
fn utf8<'a>(bytes: &'a Bytes, expected: &str, frame: &Frame) -> Result<&'a str> {
    std::str::from_utf8(bytes).map_err(|_| mismatch(expected, frame, "that is not UTF-8"))
}

#[cfg(test)]
mod tests {
    use arbitrary::{Arbitrary, Unstructured};
    use proptest::prelude::*;

    use super::*;

    /// Converts `frame` to every reply type; any may fail, none may panic.
    fn convert_to_every_reply(frame: &Frame) {
        macro_rules! each {
            ($($ty:ty),* $(,)?) => {$(
                let _ = <$ty>::from_value(frame.clone());
            )*};
        }
        each!(
            ClientInfo,
            ClientList,
            ConfigMap,
            MaxMemoryPolicy,
            Role,
            ReplicationState,
            Vec<SlowlogEntry>,
            MemoryStats,
            DbOverhead,
            Vec<LatencyLatest>,
            Vec<Option<GeoPosition>>,
            Vec<GeoSearchResult>,
            StreamId,
            Vec<StreamEntry>,
            StreamReadReply,
            StreamInfo,
            StreamGroupDetail,
            StreamConsumerDetail,
            StreamPendingDetail,
            Vec<StreamGroupInfo>,
            Vec<StreamConsumerInfo>,
            PendingSummary,
            Vec<PendingEntry>,
            AutoClaimReply,
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        #[test]
        fn no_frame_makes_a_reply_conversion_panic(seed in proptest::collection::vec(any::<u8>(), 0..1024)) {
            let mut u = Unstructured::new(&seed);
            while let Ok(frame) = Frame::arbitrary(&mut u) {
                convert_to_every_reply(&frame);
                if u.is_empty() {
                    break;
                }
            }
        }

        #[test]
        fn no_text_makes_client_list_panic(text in "[a-z=\\- 0-9\n]{0,200}") {
            let _ = ClientList::parse(&text);
        }
    }

    #[test]
    fn records_from_maps_and_flat_arrays() {
        let map = Frame::Map(vec![(Frame::bulk("a"), Frame::Integer(1))]);
        let flat = Frame::Array(vec![Frame::bulk("a"), Frame::Integer(1)]);
        for frame in [map, flat] {
            let mut record = Record::new(frame, "a test record").unwrap();
            assert_eq!(record.required::<u64>("a").unwrap(), 1);
            assert!(record.optional::<u64>("b").unwrap().is_none());
            assert!(record.rest().is_empty());
        }
        let error = Record::new(Frame::Array(vec![Frame::bulk("a")]), "a test record")
            .err()
            .unwrap();
        assert_eq!(
            error.to_string(),
            "expected a test record (a map or an array of name, value...), got an array of odd length 1"
        );
        let mut record = Record::new(
            Frame::Array(vec![Frame::bulk("a"), Frame::bulk("x")]),
            "a test record",
        )
        .unwrap();
        assert_eq!(
            record.required::<u64>("a").unwrap_err().to_string(),
            "a test record field a: expected a u64, got a bulk string that is not a decimal integer"
        );
        assert_eq!(
            record.required::<u64>("b").unwrap_err().to_string(),
            "expected a test record with a field b, got one without"
        );
    }

    #[test]
    fn server_errors_stay_server_errors() {
        let error = Record::new(
            Frame::SimpleError("ERR no such key".into()),
            "a test record",
        )
        .err()
        .unwrap();
        assert_eq!(error.kind(), ErrorKind::Server);
    }
}

//! `SLOWLOG GET`: [`SlowlogEntry`].

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use resp_core::Frame;

use super::{in_field, leading};
use crate::error::Result;
use crate::value::FromValue;

/// One entry of `SLOWLOG GET [count]` (whose reply is a
/// `Vec<SlowlogEntry>`).
///
/// ```text
/// [id, unix-time, duration-µs, [arg, ...], client-addr, client-name]
/// ```
///
/// The same in RESP2 and RESP3; servers before 4.0 send the first four
/// elements only, and elements a newer server appends are kept in
/// [`extra`](Self::extra).
///
/// ```
/// use std::time::Duration;
/// use resp_client::{FromValue, Frame, SlowlogEntry};
///
/// let reply = Frame::Array(vec![Frame::Array(vec![
///     Frame::Integer(14), Frame::Integer(1309448221), Frame::Integer(15),
///     Frame::Array(vec![Frame::bulk("ping")]),
///     Frame::bulk("127.0.0.1:58217"), Frame::bulk("worker-123"),
/// ])]);
/// let entries = Vec::<SlowlogEntry>::from_value(reply)?;
/// assert_eq!(entries[0].duration, Duration::from_micros(15));
/// assert_eq!(entries[0].args, ["ping"]);
/// assert_eq!(entries[0].client_name.as_deref(), Some("worker-123"));
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SlowlogEntry {
    /// The entry's id, unique and increasing.
    pub id: u64,
    /// When the command ran, in seconds since the Unix epoch; see
    /// [`SlowlogEntry::time`].
    pub timestamp: i64,
    /// How long the command ran (microsecond precision).
    pub duration: Duration,
    /// The command and its arguments (the server cuts long ones short).
    pub args: Vec<Bytes>,
    /// The client's address (4.0+).
    pub client_addr: Option<String>,
    /// The client's name; `None` when unset or before 4.0.
    pub client_name: Option<String>,
    /// Elements after the ones above, from a newer server.
    pub extra: Vec<Frame>,
}

impl SlowlogEntry {
    /// [`timestamp`](Self::timestamp) as a `SystemTime`.
    pub fn time(&self) -> SystemTime {
        let seconds = Duration::from_secs(self.timestamp.unsigned_abs());
        if self.timestamp >= 0 {
            UNIX_EPOCH + seconds
        } else {
            UNIX_EPOCH - seconds
        }
    }
}

fn field<T: FromValue>(frame: Frame, name: &str) -> Result<T> {
    T::from_value(frame).map_err(|error| in_field(error, "SLOWLOG entry", name))
}

/// An array of at least four elements.
impl FromValue for SlowlogEntry {
    fn from_value(frame: Frame) -> Result<Self> {
        let ([id, timestamp, micros, args], rest) =
            leading::<4>(frame, "a SLOWLOG entry of at least 4 elements", true)?;
        let mut rest = rest.into_iter();
        let client_addr = rest
            .next()
            .map(|addr| field::<String>(addr, "client address"))
            .transpose()?;
        let client_name = rest
            .next()
            .map(|name| field::<String>(name, "client name"))
            .transpose()?
            .filter(|name| !name.is_empty());
        Ok(Self {
            id: field(id, "id")?,
            timestamp: field(timestamp, "timestamp")?,
            duration: Duration::from_micros(field(micros, "duration")?),
            args: field(args, "arguments")?,
            client_addr,
            client_name,
            extra: rest.collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bulk(text: &str) -> Frame {
        Frame::bulk(text.to_owned())
    }

    #[test]
    fn new_and_old_entries() {
        let new = Frame::Array(vec![
            Frame::Integer(3),
            Frame::Integer(1700000000),
            Frame::Integer(1234),
            Frame::Array(vec![bulk("SET"), bulk("k"), bulk("v")]),
            bulk("127.0.0.1:5000"),
            bulk(""),
            Frame::Integer(99),
        ]);
        let entry = SlowlogEntry::from_value(new).unwrap();
        assert_eq!(entry.id, 3);
        assert_eq!(entry.time(), UNIX_EPOCH + Duration::from_secs(1700000000));
        assert_eq!(entry.duration, Duration::from_micros(1234));
        assert_eq!(entry.args, ["SET", "k", "v"]);
        assert_eq!(entry.client_addr.as_deref(), Some("127.0.0.1:5000"));
        assert_eq!(entry.client_name, None);
        assert_eq!(entry.extra, [Frame::Integer(99)]);

        let old = Frame::Array(vec![
            Frame::Integer(1),
            Frame::Integer(1),
            Frame::Integer(2),
            Frame::Array(vec![bulk("GET")]),
        ]);
        let entry = SlowlogEntry::from_value(old).unwrap();
        assert_eq!((entry.client_addr, entry.client_name), (None, None));
    }

    #[test]
    fn bad_entries() {
        assert_eq!(
            SlowlogEntry::from_value(Frame::Array(vec![Frame::Integer(1)]))
                .unwrap_err()
                .to_string(),
            "expected a SLOWLOG entry of at least 4 elements, got an array of 1"
        );
        let negative = Frame::Array(vec![
            Frame::Integer(1),
            Frame::Integer(1),
            Frame::Integer(-2),
            Frame::Array(vec![]),
        ]);
        assert_eq!(
            SlowlogEntry::from_value(negative).unwrap_err().to_string(),
            "SLOWLOG entry field duration: expected a u64, got an integer out of range"
        );
    }
}

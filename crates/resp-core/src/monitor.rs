//! The lines `MONITOR` streams: when, which database, which client, and the
//! command with its arguments.
//!
//! A line is a simple string such as
//! `1700000000.123456 [0 127.0.0.1:51234] "SET" "key" "a \"quoted\" value"`;
//! the arguments are quoted the way the server quotes any binary string
//! (`\\`, `\"`, `\n`, `\r`, `\t`, `\a`, `\b` and `\xHH` for other bytes).
//! [`MonitorLine::parse`] takes one apart.

use alloc::vec::Vec;
use core::time::Duration;

use bytes::Bytes;

/// One command seen by `MONITOR`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct MonitorLine {
    /// When the server ran it, since the Unix epoch (microsecond precision).
    pub time: Duration,
    /// The database the client had selected.
    pub db: u32,
    /// The client: `host:port`, `unix:/path/to.sock`, or `lua` for a command
    /// a script ran.
    pub client: Bytes,
    /// The command's name and arguments, unquoted.
    pub args: Vec<Bytes>,
}

/// Why a `MONITOR` line did not parse.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("bad MONITOR line at byte {offset}: {reason}")]
#[non_exhaustive]
pub struct MonitorParseError {
    /// What was wrong.
    pub reason: &'static str,
    /// Where in the line, in bytes.
    pub offset: usize,
}

impl MonitorLine {
    /// Parses one line (without the `+` and the CRLF).
    ///
    /// ```
    /// use resp_core::monitor::MonitorLine;
    ///
    /// let line = MonitorLine::parse(br#"1700000000.000250 [3 127.0.0.1:6000] "SET" "k" "a\"b\x00""#).unwrap();
    /// assert_eq!(line.time.as_micros(), 1_700_000_000_000_250);
    /// assert_eq!(line.db, 3);
    /// assert_eq!(&line.client[..], b"127.0.0.1:6000");
    /// assert_eq!(line.args, [&b"SET"[..], b"k", b"a\"b\0"]);
    /// ```
    ///
    /// # Errors
    ///
    /// A line that is not shaped as above.
    pub fn parse(line: &[u8]) -> Result<Self, MonitorParseError> {
        let mut cursor = Cursor { line, at: 0 };
        let seconds = cursor.number(b'.', "a timestamp")?;
        let fraction_start = cursor.at;
        let fraction = cursor.number(b' ', "the timestamp's microseconds")?;
        let digits = cursor.at - fraction_start - 1;
        if digits == 0 || digits > 6 {
            return Err(cursor.error("the timestamp's microseconds"));
        }
        let micros = fraction * 10u64.pow(6 - digits as u32);
        cursor.expect(b'[', "'[' before the database")?;
        let db = cursor.number(b' ', "a database number")?;
        let db = u32::try_from(db).map_err(|_| cursor.error("a database number"))?;
        let client_start = cursor.at;
        let client_len = line[client_start..]
            .iter()
            .position(|&b| b == b']')
            .ok_or_else(|| cursor.error("']' after the client"))?;
        let client = Bytes::copy_from_slice(&line[client_start..client_start + client_len]);
        cursor.at = client_start + client_len + 1;
        let mut args = Vec::new();
        while cursor.at < line.len() {
            cursor.expect(b' ', "a space between arguments")?;
            args.push(cursor.quoted()?);
        }
        if args.is_empty() {
            return Err(cursor.error("a command"));
        }
        Ok(Self {
            time: Duration::from_secs(seconds) + Duration::from_micros(micros),
            db,
            client,
            args,
        })
    }

    /// The command's name, as sent (its case kept).
    pub fn command(&self) -> &[u8] {
        &self.args[0]
    }
}

struct Cursor<'a> {
    line: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn error(&self, reason: &'static str) -> MonitorParseError {
        MonitorParseError {
            reason,
            offset: self.at,
        }
    }

    fn expect(&mut self, byte: u8, what: &'static str) -> Result<(), MonitorParseError> {
        if self.line.get(self.at) != Some(&byte) {
            return Err(self.error(what));
        }
        self.at += 1;
        Ok(())
    }

    /// Decimal digits up to `end`, which is consumed.
    fn number(&mut self, end: u8, what: &'static str) -> Result<u64, MonitorParseError> {
        let start = self.at;
        let mut value: u64 = 0;
        while let Some(&b) = self.line.get(self.at) {
            if b == end {
                if self.at == start {
                    break;
                }
                self.at += 1;
                return Ok(value);
            }
            let digit = b.checked_sub(b'0').filter(|d| *d < 10);
            value = match digit.and_then(|d| value.checked_mul(10)?.checked_add(d.into())) {
                Some(value) => value,
                None => break,
            };
            self.at += 1;
        }
        Err(self.error(what))
    }

    /// One `"..."` argument, unquoted.
    fn quoted(&mut self) -> Result<Bytes, MonitorParseError> {
        self.expect(b'"', "an opening quote")?;
        let mut out = Vec::new();
        loop {
            let Some(&b) = self.line.get(self.at) else {
                return Err(self.error("a closing quote"));
            };
            self.at += 1;
            match b {
                b'"' => return Ok(Bytes::from(out)),
                b'\\' => {
                    let Some(&escaped) = self.line.get(self.at) else {
                        return Err(self.error("an escape"));
                    };
                    self.at += 1;
                    out.push(match escaped {
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'a' => 0x07,
                        b'b' => 0x08,
                        b'x' => {
                            let hex = self.line.get(self.at..self.at + 2);
                            let value = hex.and_then(|hex| {
                                let hi = hex_digit(hex[0])?;
                                let lo = hex_digit(hex[1])?;
                                Some(hi << 4 | lo)
                            });
                            match value {
                                Some(value) => {
                                    self.at += 2;
                                    value
                                }
                                None => return Err(self.error("two hex digits after \\x")),
                            }
                        }
                        other => other,
                    });
                }
                other => out.push(other),
            }
        }
    }
}

fn hex_digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lua_and_unix_clients() {
        let line = MonitorLine::parse(br#"1.5 [0 lua] "get" "k""#).unwrap();
        assert_eq!(line.time, Duration::from_millis(1500));
        assert_eq!(&line.client[..], b"lua");
        assert_eq!(line.command(), b"get");
        let line = MonitorLine::parse(br#"2.000001 [15 unix:/tmp/r s.sock] "PING""#).unwrap();
        assert_eq!(line.db, 15);
        assert_eq!(&line.client[..], b"unix:/tmp/r s.sock");
        assert_eq!(line.time, Duration::new(2, 1000));
    }

    #[test]
    fn escapes() {
        let line = MonitorLine::parse(br#"1.0 [0 c] "SET" "\\\"\n\r\t\a\b\xff\x7F" """#).unwrap();
        assert_eq!(&line.args[1][..], b"\\\"\n\r\t\x07\x08\xff\x7f");
        assert_eq!(&line.args[2][..], b"");
    }

    #[test]
    fn malformed_lines_are_errors() {
        for bad in [
            &b""[..],
            b"OK",
            b"1 [0 c] \"GET\"",
            b"1.1234567 [0 c] \"GET\"",
            b"1.1 [x c] \"GET\"",
            b"1.1 [0 c]",
            b"1.1 [0 c \"GET\"",
            b"1.1 [0 c] GET",
            b"1.1 [0 c] \"GET",
            b"1.1 [0 c] \"GET\\",
            b"1.1 [0 c] \"\\x4\"",
            b"1.1 [0 c] \"GET\"\"x\"",
            b"99999999999999999999.1 [0 c] \"GET\"",
            b"1.1 [99999999999 c] \"GET\"",
        ] {
            let error = MonitorLine::parse(bad).unwrap_err();
            assert!(error.offset <= bad.len(), "{error} for {bad:?}");
        }
    }
}

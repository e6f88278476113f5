//! Writing frames as RESP bytes.

use core::fmt::Write as _;

use bytes::{BufMut, BytesMut};

use crate::frame::Frame;

/// Why a frame cannot be written as RESP.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EncodeError {
    /// A simple string or simple error holds CR or LF, which would end it early.
    #[error("simple string or error holds CR or LF")]
    LineBreakInSimpleString,
    /// A big number is not an optional sign followed by decimal digits.
    #[error("big number is not a decimal integer")]
    InvalidBigNumber,
}

/// Appends `frame` to `dst` as RESP3 bytes (RESP2 for the types RESP2 has,
/// apart from [`Frame::Null`], which is written as RESP3's `_`).
///
/// # Errors
///
/// [`EncodeError`] when the frame holds something RESP cannot carry; `dst`
/// is then left as it was.
///
/// # Example
///
/// ```
/// use bytes::BytesMut;
/// use resp_core::{encode, Frame};
///
/// let mut buf = BytesMut::new();
/// encode(&Frame::Array(vec![Frame::bulk("hi"), Frame::Integer(-3)]), &mut buf)?;
/// assert_eq!(&buf[..], b"*2\r\n$2\r\nhi\r\n:-3\r\n");
/// # Ok::<(), resp_core::EncodeError>(())
/// ```
pub fn encode(frame: &Frame, dst: &mut BytesMut) -> Result<(), EncodeError> {
    let start = dst.len();
    let result = encode_into(frame, dst);
    if result.is_err() {
        dst.truncate(start);
    }
    result
}

fn encode_into(frame: &Frame, dst: &mut BytesMut) -> Result<(), EncodeError> {
    match frame {
        Frame::SimpleString(text) | Frame::SimpleError(text) => {
            if memchr::memchr2(b'\r', b'\n', text).is_some() {
                return Err(EncodeError::LineBreakInSimpleString);
            }
            dst.put_u8(frame.type_byte());
            dst.put_slice(text);
            dst.put_slice(b"\r\n");
        }
        Frame::Integer(value) => {
            dst.put_u8(b':');
            put_i64(dst, *value);
            dst.put_slice(b"\r\n");
        }
        Frame::BulkString(data) | Frame::BulkError(data) => {
            put_header(dst, frame.type_byte(), data.len());
            dst.put_slice(data);
            dst.put_slice(b"\r\n");
        }
        Frame::Null => dst.put_slice(b"_\r\n"),
        Frame::Boolean(value) => dst.put_slice(if *value { b"#t\r\n" } else { b"#f\r\n" }),
        Frame::Double(value) => {
            dst.put_u8(b',');
            dst.put_slice(format_f64(*value).as_bytes());
            dst.put_slice(b"\r\n");
        }
        Frame::BigNumber(digits) => {
            let unsigned = match digits.first() {
                Some(b'+' | b'-') => &digits[1..],
                _ => &digits[..],
            };
            if unsigned.is_empty() || !unsigned.iter().all(u8::is_ascii_digit) {
                return Err(EncodeError::InvalidBigNumber);
            }
            dst.put_u8(b'(');
            dst.put_slice(digits);
            dst.put_slice(b"\r\n");
        }
        Frame::VerbatimString { format, text } => {
            put_header(dst, b'=', text.len() + 4);
            dst.put_slice(format.as_bytes());
            dst.put_u8(b':');
            dst.put_slice(text);
            dst.put_slice(b"\r\n");
        }
        Frame::Array(items) | Frame::Set(items) | Frame::Push(items) => {
            put_header(dst, frame.type_byte(), items.len());
            for item in items {
                encode_into(item, dst)?;
            }
        }
        Frame::Map(pairs) => encode_pairs(b'%', pairs, dst)?,
        Frame::Attributed { attributes, frame } => {
            encode_pairs(b'|', attributes, dst)?;
            encode_into(frame, dst)?;
        }
    }
    Ok(())
}

fn encode_pairs(ty: u8, pairs: &[(Frame, Frame)], dst: &mut BytesMut) -> Result<(), EncodeError> {
    put_header(dst, ty, pairs.len());
    for (key, value) in pairs {
        encode_into(key, dst)?;
        encode_into(value, dst)?;
    }
    Ok(())
}

/// The longest header: a type byte, 20 digits and CRLF.
const MAX_HEADER: usize = 23;

/// Writes `<ty><len>\r\n` in one copy. Lengths below 100 (nearly every
/// argument and command) skip the general loop.
#[inline]
pub(crate) fn put_header(dst: &mut impl BufMut, ty: u8, len: usize) {
    if len < 10 {
        dst.put_slice(&[ty, b'0' + len as u8, b'\r', b'\n']);
    } else if len < 100 {
        let (tens, ones) = (len / 10, len % 10);
        dst.put_slice(&[ty, b'0' + tens as u8, b'0' + ones as u8, b'\r', b'\n']);
    } else {
        put_long_header(dst, ty, len);
    }
}

/// The length of the header [`put_header`] writes for `len`.
#[inline]
pub(crate) fn header_len(len: usize) -> usize {
    if len < 10 {
        4
    } else if len < 100 {
        5
    } else {
        3 + Decimal::unsigned(len as u64).as_bytes().len()
    }
}

#[inline(never)]
fn put_long_header(dst: &mut impl BufMut, ty: u8, len: usize) {
    let decimal = Decimal::unsigned(len as u64);
    let digits = decimal.as_bytes();
    let mut buf = [0; MAX_HEADER];
    buf[0] = ty;
    buf[1..=digits.len()].copy_from_slice(digits);
    buf[digits.len() + 1..digits.len() + 3].copy_from_slice(b"\r\n");
    dst.put_slice(&buf[..digits.len() + 3]);
}

fn put_i64(dst: &mut impl BufMut, value: i64) {
    dst.put_slice(Decimal::signed(value).as_bytes());
}

/// Formats a double the way RESP3 spells it: `inf`, `-inf`, `nan`, or the
/// shortest decimal that reads back as the same value.
pub(crate) fn format_f64(value: f64) -> StackText {
    let mut text = StackText::default();
    if value.is_nan() {
        text.push(b"nan");
    } else if value.is_infinite() {
        text.push(if value > 0.0 { b"inf" } else { b"-inf" });
    } else {
        // `{:?}` is the shortest round-tripping form, with an exponent for
        // very large and very small values: never more than 24 bytes.
        let _ = write!(text, "{value:?}");
    }
    text
}

/// A decimal integer formatted on the stack.
pub(crate) struct Decimal {
    buf: [u8; 20],
    start: usize,
}

impl Decimal {
    pub(crate) fn unsigned(mut value: u64) -> Self {
        let mut buf = [0; 20];
        let mut start = buf.len();
        loop {
            start -= 1;
            buf[start] = b'0' + (value % 10) as u8;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        Self { buf, start }
    }

    pub(crate) fn signed(value: i64) -> Self {
        let mut decimal = Self::unsigned(value.unsigned_abs());
        if value < 0 {
            decimal.start -= 1;
            decimal.buf[decimal.start] = b'-';
        }
        decimal
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.buf[self.start..]
    }
}

/// A short piece of text formatted on the stack.
#[derive(Default)]
pub(crate) struct StackText {
    buf: [u8; 32],
    len: usize,
}

impl StackText {
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    fn push(&mut self, bytes: &[u8]) {
        self.buf[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
    }
}

impl core::fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.len + s.len();
        if end > self.buf.len() {
            return Err(core::fmt::Error);
        }
        self.push(s.as_bytes());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use alloc::vec;

    use bytes::Bytes;

    use super::*;
    use crate::frame::VerbatimFormat;

    fn encoded(frame: &Frame) -> alloc::vec::Vec<u8> {
        let mut buf = BytesMut::new();
        encode(frame, &mut buf).expect("encodable");
        buf.to_vec()
    }

    #[test]
    fn every_type_is_spelled_as_the_spec_says() {
        let cases: &[(Frame, &[u8])] = &[
            (Frame::simple("OK"), b"+OK\r\n"),
            (
                Frame::SimpleError(Bytes::from_static(b"ERR x")),
                b"-ERR x\r\n",
            ),
            (Frame::Integer(i64::MIN), b":-9223372036854775808\r\n"),
            (Frame::Integer(0), b":0\r\n"),
            (Frame::bulk(""), b"$0\r\n\r\n"),
            (Frame::Null, b"_\r\n"),
            (Frame::Boolean(false), b"#f\r\n"),
            (Frame::Double(1.5), b",1.5\r\n"),
            (Frame::Double(f64::NEG_INFINITY), b",-inf\r\n"),
            (Frame::Double(f64::NAN), b",nan\r\n"),
            (Frame::Double(1e300), b",1e300\r\n"),
            (
                Frame::BigNumber(Bytes::from_static(b"-12345678901234567890")),
                b"(-12345678901234567890\r\n",
            ),
            (
                Frame::VerbatimString {
                    format: VerbatimFormat::TEXT,
                    text: Bytes::from_static(b"Some string"),
                },
                b"=15\r\ntxt:Some string\r\n",
            ),
            (
                Frame::BulkError(Bytes::from_static(b"SYNTAX x")),
                b"!8\r\nSYNTAX x\r\n",
            ),
            (
                Frame::Map(vec![(Frame::simple("a"), Frame::Integer(1))]),
                b"%1\r\n+a\r\n:1\r\n",
            ),
            (Frame::Set(vec![Frame::Boolean(true)]), b"~1\r\n#t\r\n"),
            (Frame::Push(vec![]), b">0\r\n"),
            (
                Frame::Attributed {
                    attributes: vec![(Frame::simple("ttl"), Frame::Integer(3))],
                    frame: alloc::boxed::Box::new(Frame::Integer(7)),
                },
                b"|1\r\n+ttl\r\n:3\r\n:7\r\n",
            ),
        ];
        for (frame, bytes) in cases {
            assert_eq!(encoded(frame), *bytes, "{frame:?}");
        }
    }

    #[test]
    fn refuses_what_resp_cannot_carry_and_leaves_the_buffer_alone() {
        let mut buf = BytesMut::from(&b"+kept\r\n"[..]);
        let bad = Frame::Array(vec![Frame::Integer(1), Frame::simple("a\r\nb")]);
        assert_eq!(
            encode(&bad, &mut buf),
            Err(EncodeError::LineBreakInSimpleString)
        );
        assert_eq!(&buf[..], b"+kept\r\n");
        for digits in [&b""[..], b"-", b"12a", b"1.5"] {
            let frame = Frame::BigNumber(Bytes::copy_from_slice(digits));
            assert_eq!(encode(&frame, &mut buf), Err(EncodeError::InvalidBigNumber));
        }
        assert_eq!(&buf[..], b"+kept\r\n");
    }

    #[test]
    fn headers_match_the_general_decimal_at_every_boundary() {
        let lengths = [
            0,
            1,
            9,
            10,
            11,
            42,
            99,
            100,
            101,
            999,
            1000,
            65_535,
            usize::MAX,
        ];
        for len in lengths {
            let mut expected = alloc::vec![b'$'];
            expected.extend_from_slice(Decimal::unsigned(len as u64).as_bytes());
            expected.extend_from_slice(b"\r\n");
            let mut got = alloc::vec::Vec::new();
            put_header(&mut got, b'$', len);
            assert_eq!(got, expected, "{len}");
            assert_eq!(header_len(len), expected.len(), "{len}");
        }
    }

    #[test]
    fn decimals_cover_the_extremes() {
        assert_eq!(
            Decimal::unsigned(u64::MAX).as_bytes(),
            b"18446744073709551615"
        );
        assert_eq!(
            Decimal::signed(i64::MIN).as_bytes(),
            b"-9223372036854775808"
        );
        assert_eq!(Decimal::signed(-7).as_bytes(), b"-7");
        for value in [f64::MAX, f64::MIN, f64::MIN_POSITIVE, 5e-324, -0.0, 0.1] {
            let text = format_f64(value);
            let text = core::str::from_utf8(text.as_bytes()).expect("ascii");
            assert_eq!(
                text.parse::<f64>().expect("parses").to_bits(),
                value.to_bits()
            );
        }
    }
}

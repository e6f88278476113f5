//! The RESP value type shared by both protocol versions.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::fmt;

use bytes::Bytes;

/// One RESP2 or RESP3 value.
///
/// Both protocol versions decode into this one type. Byte payloads are
/// [`Bytes`] cut out of the decoder's read buffer, so decoding copies nothing.
///
/// RESP2 has no separate null type: its null bulk string (`$-1`) and null
/// array (`*-1`) decode, like RESP3's `_`, to [`Frame::Null`]. RESP3 streamed
/// strings and aggregates decode to the same variants as their sized forms.
///
/// Equality is structural, except that two [`Frame::Double`]s that are both
/// NaN compare equal, so that every frame equals itself.
#[derive(Clone)]
pub enum Frame {
    /// `+<text>\r\n`: a short status reply such as `OK`; never holds CR or LF.
    SimpleString(Bytes),
    /// `-<text>\r\n`: a server error such as `ERR unknown command`; never holds CR or LF.
    SimpleError(Bytes),
    /// `:<integer>\r\n`: a signed 64-bit integer.
    Integer(i64),
    /// `$<length>\r\n<bytes>\r\n`: a binary-safe string.
    BulkString(Bytes),
    /// `*<count>\r\n<frame>...`: an ordered list of frames.
    Array(Vec<Self>),
    /// `_\r\n` (RESP3), `$-1\r\n` and `*-1\r\n` (RESP2): no value.
    Null,
    /// `#t\r\n` or `#f\r\n`.
    Boolean(bool),
    /// `,<floating-point number>\r\n`, including `inf`, `-inf` and `nan`.
    Double(f64),
    /// `(<integer>\r\n`: an integer of any size, kept as received: decimal
    /// digits with an optional leading `+` or `-`.
    BigNumber(Bytes),
    /// `=<length>\r\n<fmt>:<bytes>\r\n`: a string with a three-byte format
    /// such as `txt` or `mkd`.
    VerbatimString {
        /// The format, the three bytes before the `:`.
        format: VerbatimFormat,
        /// The text after the `:`.
        text: Bytes,
    },
    /// `!<length>\r\n<bytes>\r\n`: an error whose text may hold any byte.
    BulkError(Bytes),
    /// `%<count>\r\n<key><value>...`: key-value pairs, in the order received.
    Map(Vec<(Self, Self)>),
    /// `~<count>\r\n<frame>...`: an unordered collection.
    Set(Vec<Self>),
    /// `><count>\r\n<frame>...`: out-of-band data (pubsub messages,
    /// invalidations); never a reply to a request.
    Push(Vec<Self>),
    /// `|<count>\r\n<key><value>...<frame>`: attributes and the frame they
    /// describe. The decoder attaches an attribute map to the frame that
    /// follows it, so the two always arrive together.
    Attributed {
        /// The attribute map, as received.
        attributes: Vec<(Self, Self)>,
        /// The frame the attributes describe.
        frame: Box<Self>,
    },
}

impl Frame {
    /// A [`Frame::BulkString`] holding `data`.
    pub fn bulk(data: impl Into<Bytes>) -> Self {
        Self::BulkString(data.into())
    }

    /// A [`Frame::SimpleString`] holding `text`.
    ///
    /// The encoder refuses a simple string holding CR or LF.
    pub fn simple(text: impl Into<Bytes>) -> Self {
        Self::SimpleString(text.into())
    }

    /// The frame with any [`Frame::Attributed`] wrappers taken off.
    pub fn value(&self) -> &Self {
        let mut frame = self;
        while let Self::Attributed { frame: inner, .. } = frame {
            frame = inner;
        }
        frame
    }

    /// Takes off any [`Frame::Attributed`] wrappers and returns the value.
    pub fn into_value(self) -> Self {
        let mut frame = self;
        while let Self::Attributed { frame: inner, .. } = frame {
            frame = *inner;
        }
        frame
    }

    /// Whether the value (attributes aside) is a simple or bulk error.
    pub fn is_error(&self) -> bool {
        matches!(self.value(), Self::SimpleError(_) | Self::BulkError(_))
    }

    /// Whether the value (attributes aside) is a push frame.
    pub fn is_push(&self) -> bool {
        matches!(self.value(), Self::Push(_))
    }

    /// The RESP type byte that starts this frame on the wire.
    pub fn type_byte(&self) -> u8 {
        match self {
            Self::SimpleString(_) => b'+',
            Self::SimpleError(_) => b'-',
            Self::Integer(_) => b':',
            Self::BulkString(_) => b'$',
            Self::Array(_) => b'*',
            Self::Null => b'_',
            Self::Boolean(_) => b'#',
            Self::Double(_) => b',',
            Self::BigNumber(_) => b'(',
            Self::VerbatimString { .. } => b'=',
            Self::BulkError(_) => b'!',
            Self::Map(_) => b'%',
            Self::Set(_) => b'~',
            Self::Push(_) => b'>',
            Self::Attributed { .. } => b'|',
        }
    }
}

impl PartialEq for Frame {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::SimpleString(a), Self::SimpleString(b))
            | (Self::SimpleError(a), Self::SimpleError(b))
            | (Self::BulkString(a), Self::BulkString(b))
            | (Self::BigNumber(a), Self::BigNumber(b))
            | (Self::BulkError(a), Self::BulkError(b)) => a == b,
            (Self::Integer(a), Self::Integer(b)) => a == b,
            (Self::Null, Self::Null) => true,
            (Self::Boolean(a), Self::Boolean(b)) => a == b,
            (Self::Double(a), Self::Double(b)) => a == b || (a.is_nan() && b.is_nan()),
            (
                Self::VerbatimString {
                    format: fa,
                    text: ta,
                },
                Self::VerbatimString {
                    format: fb,
                    text: tb,
                },
            ) => fa == fb && ta == tb,
            (Self::Array(a), Self::Array(b))
            | (Self::Set(a), Self::Set(b))
            | (Self::Push(a), Self::Push(b)) => a == b,
            (Self::Map(a), Self::Map(b)) => a == b,
            (
                Self::Attributed {
                    attributes: aa,
                    frame: fa,
                },
                Self::Attributed {
                    attributes: ab,
                    frame: fb,
                },
            ) => aa == ab && fa == fb,
            _ => false,
        }
    }
}

impl Eq for Frame {}

impl fmt::Debug for Frame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::SimpleString(s) => f.debug_tuple("SimpleString").field(s).finish(),
            Self::SimpleError(s) => f.debug_tuple("SimpleError").field(s).finish(),
            Self::Integer(i) => f.debug_tuple("Integer").field(i).finish(),
            Self::BulkString(s) => f.debug_tuple("BulkString").field(s).finish(),
            Self::Array(a) => f.debug_tuple("Array").field(a).finish(),
            Self::Null => f.write_str("Null"),
            Self::Boolean(b) => f.debug_tuple("Boolean").field(b).finish(),
            Self::Double(d) => f.debug_tuple("Double").field(d).finish(),
            Self::BigNumber(n) => f.debug_tuple("BigNumber").field(n).finish(),
            Self::VerbatimString { format, text } => f
                .debug_struct("VerbatimString")
                .field("format", format)
                .field("text", text)
                .finish(),
            Self::BulkError(s) => f.debug_tuple("BulkError").field(s).finish(),
            Self::Map(m) => f.debug_tuple("Map").field(m).finish(),
            Self::Set(s) => f.debug_tuple("Set").field(s).finish(),
            Self::Push(p) => f.debug_tuple("Push").field(p).finish(),
            Self::Attributed { attributes, frame } => f
                .debug_struct("Attributed")
                .field("attributes", attributes)
                .field("frame", frame)
                .finish(),
        }
    }
}

/// The three-byte format of a [`Frame::VerbatimString`], such as `txt` or `mkd`.
///
/// Always three printable ASCII bytes other than `:`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct VerbatimFormat([u8; 3]);

impl VerbatimFormat {
    /// Plain text, `txt`.
    pub const TEXT: Self = Self(*b"txt");
    /// Markdown, `mkd`.
    pub const MARKDOWN: Self = Self(*b"mkd");

    /// The format named by `bytes`, or `None` unless they are three printable
    /// ASCII bytes other than `:`.
    pub const fn new(bytes: [u8; 3]) -> Option<Self> {
        let mut i = 0;
        while i < 3 {
            if !bytes[i].is_ascii_graphic() || bytes[i] == b':' {
                return None;
            }
            i += 1;
        }
        Some(Self(bytes))
    }

    /// The format's three bytes.
    pub const fn as_bytes(&self) -> &[u8; 3] {
        &self.0
    }

    /// The format as text.
    pub fn as_str(&self) -> &str {
        // `new` admits only printable ASCII, which is always UTF-8.
        core::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Debug for VerbatimFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for VerbatimFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nan_equals_nan_and_zeroes_compare_numerically() {
        assert_eq!(Frame::Double(f64::NAN), Frame::Double(-f64::NAN));
        assert_eq!(Frame::Double(0.0), Frame::Double(-0.0));
        assert_ne!(Frame::Double(1.0), Frame::Double(f64::NAN));
        assert_ne!(Frame::Integer(1), Frame::Double(1.0));
    }

    #[test]
    fn value_strips_nested_attributes() {
        let inner = Frame::Integer(7);
        let wrapped = Frame::Attributed {
            attributes: Vec::new(),
            frame: Box::new(Frame::Attributed {
                attributes: alloc::vec![(Frame::simple("ttl"), Frame::Integer(3))],
                frame: Box::new(inner.clone()),
            }),
        };
        assert_eq!(wrapped.value(), &inner);
        assert_eq!(wrapped.type_byte(), b'|');
        assert_eq!(wrapped.into_value(), inner);
    }

    #[test]
    fn verbatim_format_refuses_colon_and_control_bytes() {
        assert_eq!(VerbatimFormat::new(*b"txt"), Some(VerbatimFormat::TEXT));
        assert_eq!(VerbatimFormat::new(*b"t:t"), None);
        assert_eq!(VerbatimFormat::new(*b"t\rt"), None);
        assert_eq!(VerbatimFormat::new([b't', b'x', 0xff]), None);
        assert_eq!(VerbatimFormat::MARKDOWN.as_str(), "mkd");
    }
}

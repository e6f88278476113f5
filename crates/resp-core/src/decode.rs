//! The incremental RESP2/RESP3 decoder.
//!
//! # Why it is linear
//!
//! The decoder consumes bytes from the front of the buffer as soon as they
//! form a whole element, and keeps its place between calls: a stack of partly
//! built aggregates ([`Partial`]) and the state of the element being read
//! ([`Leaf`]). A later call starts where the previous one stopped, so no byte
//! is looked at twice, however the input is split:
//!
//! - a finished element is split off the buffer (zero-copy) and pushed into
//!   the innermost aggregate at once;
//! - a bulk string whose header has been read waits, in O(1) per call, for
//!   its payload to be buffered whole;
//! - a text line (`+`, `-`, `,`, `(`) not yet ended remembers how far it was
//!   searched for its CR (`Decoder::scanned`);
//! - a numeric header (`:`, `$`, `*`, ...) is re-read from its type byte, but
//!   it is at most 22 bytes long: a longer one is an error;
//! - a call that cannot progress (the buffer is still shorter than what the
//!   decoder waits for, `Decoder::need`) returns at once.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::mem;

use bytes::{Buf, Bytes, BytesMut};

use crate::frame::{Frame, VerbatimFormat};

/// The most bytes the decoder reserves on the strength of a declared length
/// before the data arrives.
const PREALLOC_BYTES: usize = 64 * 1024;

/// The most digits a length or integer may have: `i64::MAX` has 19.
const MAX_DIGITS: usize = 19;

/// `remaining` of a streamed aggregate, which is closed by `.` instead.
const STREAMED: usize = usize::MAX;

/// Bounds on what a peer can make the decoder hold.
///
/// The defaults are Redis' own: the server refuses bulk strings over 512 MiB
/// (`proto-max-bulk-len`) and requests of more than `i32::MAX` arguments.
/// Nesting depth is capped at 128, well above the deepest reply Redis sends
/// (about 8, in `COMMAND DOCS`), to keep the recursive `Drop` of a frame far
/// from the end of any thread's stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Longest string payload in bytes: bulk strings, bulk errors, verbatim
    /// strings (format included), the sum of a streamed string's chunks, and
    /// the text of a simple string, simple error, double or big number.
    pub max_bulk_len: usize,
    /// Most elements in one array, set or push, or pairs in one map or
    /// attribute map.
    pub max_aggregate_len: usize,
    /// Most aggregates open inside one another (attributes included).
    pub max_depth: usize,
}

impl Limits {
    /// Returns these limits with [`Limits::max_bulk_len`] set to `len`.
    #[must_use]
    pub const fn with_max_bulk_len(mut self, len: usize) -> Self {
        self.max_bulk_len = len;
        self
    }

    /// Returns these limits with [`Limits::max_aggregate_len`] set to `len`.
    #[must_use]
    pub const fn with_max_aggregate_len(mut self, len: usize) -> Self {
        self.max_aggregate_len = len;
        self
    }

    /// Returns these limits with [`Limits::max_depth`] set to `depth`.
    #[must_use]
    pub const fn with_max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth;
        self
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bulk_len: 512 * 1024 * 1024,
            max_aggregate_len: i32::MAX as usize,
            max_depth: 128,
        }
    }
}

/// Why a byte stream is not valid RESP.
///
/// The stream cannot be resynchronised after any of these: close the
/// connection and fail what was waiting on it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// A frame starts with a byte that is no RESP type.
    #[error("invalid frame type byte {0:#04x}")]
    InvalidTypeByte(u8),
    /// A length is not a decimal number, or is negative where that means nothing.
    #[error("invalid length")]
    InvalidLength,
    /// An integer is not a decimal number.
    #[error("invalid integer")]
    InvalidInteger,
    /// An integer or length does not fit in 64 bits.
    #[error("integer overflows 64 bits")]
    IntegerOverflow,
    /// A line or payload is not ended by CRLF, or a line holds a bare CR or LF.
    #[error("expected CRLF")]
    MissingCrlf,
    /// A boolean is neither `t` nor `f`.
    #[error("invalid boolean")]
    InvalidBoolean,
    /// A double is not a floating-point number.
    #[error("invalid double")]
    InvalidDouble,
    /// A big number is not a decimal integer.
    #[error("invalid big number")]
    InvalidBigNumber,
    /// A verbatim string lacks its `fmt:` prefix, or the format is not text.
    #[error("invalid verbatim string")]
    InvalidVerbatim,
    /// A null (`_`) carries data.
    #[error("invalid null")]
    InvalidNull,
    /// A string payload is longer than [`Limits::max_bulk_len`].
    #[error("string of {len} bytes exceeds the limit of {limit}")]
    StringTooLong {
        /// The declared (or so far received) length.
        len: u64,
        /// The limit in force.
        limit: usize,
    },
    /// The text of a simple string, simple error, double or big number is
    /// longer than [`Limits::max_bulk_len`].
    #[error("text line exceeds the limit of {limit} bytes")]
    LineTooLong {
        /// The limit in force.
        limit: usize,
    },
    /// An aggregate is longer than [`Limits::max_aggregate_len`].
    #[error("aggregate of {len} elements exceeds the limit of {limit}")]
    AggregateTooLong {
        /// The declared (or so far received) length.
        len: u64,
        /// The limit in force.
        limit: usize,
    },
    /// Aggregates nest deeper than [`Limits::max_depth`].
    #[error("aggregates nest deeper than {limit}")]
    TooDeep {
        /// The limit in force.
        limit: usize,
    },
    /// A streamed-string chunk (`;`) outside a streamed string.
    #[error("streamed-string chunk outside a streamed string")]
    UnexpectedChunk,
    /// An end marker (`.`) outside a streamed aggregate, or between a map key
    /// and its value, or between attributes and the frame they describe.
    #[error("unexpected end of streamed aggregate")]
    UnexpectedEnd,
}

/// Incremental RESP2/RESP3 decoder; keeps its place between calls.
///
/// Feed it a buffer that grows at the back as bytes arrive; each call to
/// [`decode`](Self::decode) consumes bytes from the front. Any split of the
/// input, down to one byte at a time, yields the same frames, and the total
/// work is linear in the input.
///
/// # Example
///
/// ```
/// use bytes::BytesMut;
/// use resp_core::{Decoder, Frame};
///
/// let mut decoder = Decoder::new();
/// let mut buf = BytesMut::from(&b"*2\r\n$5\r\nhel"[..]);
/// assert_eq!(decoder.decode(&mut buf)?, None); // needs more bytes
///
/// buf.extend_from_slice(b"lo\r\n:42\r\n+OK\r\n");
/// let frame = decoder.decode(&mut buf)?.expect("a whole frame");
/// assert_eq!(frame, Frame::Array(vec![Frame::bulk("hello"), Frame::Integer(42)]));
/// assert_eq!(&buf[..], b"+OK\r\n"); // what follows stays buffered
/// # Ok::<(), resp_core::DecodeError>(())
/// ```
#[derive(Debug, Default)]
pub struct Decoder {
    limits: Limits,
    /// Aggregates being filled, innermost last.
    stack: Vec<Partial>,
    /// The element being read.
    leaf: Leaf,
    /// How many bytes at the front of the buffer are known to hold no CR or
    /// LF of the text line being read.
    scanned: usize,
    /// The buffer length below which a call cannot make progress.
    need: usize,
}

/// The state of the element being read, below the aggregate stack.
#[derive(Debug, Default)]
enum Leaf {
    /// Next comes a type byte.
    #[default]
    Start,
    /// A header has been consumed; `len` payload bytes and CRLF follow.
    Payload { kind: PayloadKind, len: usize },
    /// Inside a streamed string (`$?`): next comes a `;` chunk header.
    Streamed { data: BytesMut },
    /// A chunk header has been consumed; `len` bytes and CRLF follow.
    Chunk { data: BytesMut, len: usize },
}

#[derive(Clone, Copy, Debug)]
enum PayloadKind {
    Bulk,
    BulkError,
    Verbatim,
}

/// An aggregate being filled.
#[derive(Debug)]
struct Partial {
    kind: PartialKind,
    /// Frames still to come (two per map pair), or [`STREAMED`].
    remaining: usize,
    items: Vec<Frame>,
    pairs: Vec<(Frame, Frame)>,
    /// A map key waiting for its value.
    key: Option<Frame>,
}

#[derive(Debug)]
enum PartialKind {
    Array,
    Set,
    Push,
    Map,
    /// An attribute map (`|`), still being read.
    Attribute,
    /// An attribute map read whole, waiting for the frame it describes.
    Attached(Vec<(Frame, Frame)>),
}

impl PartialKind {
    fn is_map(&self) -> bool {
        matches!(self, Self::Map | Self::Attribute)
    }
}

/// A parsed aggregate or string length.
enum Len {
    /// `-1`: RESP2 null.
    Null,
    /// `?`: RESP3 streamed.
    Streamed,
    Count(usize),
}

impl Decoder {
    /// A decoder with the default [`Limits`].
    pub fn new() -> Self {
        Self::default()
    }

    /// A decoder with the given [`Limits`].
    ///
    /// A string limit above `isize::MAX / 2` is lowered to it: no buffer
    /// can hold more, and lengths stay clear of overflow.
    pub fn with_limits(mut limits: Limits) -> Self {
        limits.max_bulk_len = limits.max_bulk_len.min(isize::MAX as usize / 2);
        Self {
            limits,
            ..Self::default()
        }
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Whether part of a frame has been consumed from the buffer and is held
    /// here. If the peer closes the connection now, the frame was cut short.
    pub fn is_mid_frame(&self) -> bool {
        !self.stack.is_empty() || !matches!(self.leaf, Leaf::Start)
    }

    /// Splits one complete frame off `src`; `Ok(None)` when only part of it
    /// is buffered.
    ///
    /// Bytes of an unfinished frame may be consumed and kept in the decoder;
    /// call again with the same buffer once more bytes have been appended to
    /// it. Bytes after the frame stay in `src`. A decoder belongs to one byte
    /// stream: it remembers how much of the buffer it has already examined.
    ///
    /// # Errors
    ///
    /// [`DecodeError`] means the byte stream is corrupt: close the connection.
    /// The decoder is reset, and `src` is left as it was at the error.
    // Always inlined: it is called from one place per connection, and the
    // two checks below are what most calls need.
    #[inline(always)]
    pub fn decode(&mut self, src: &mut BytesMut) -> Result<Option<Frame>, DecodeError> {
        // Nothing new since the last call: answer without looking.
        if src.len() < self.need {
            return Ok(None);
        }
        // A whole reply that is a plain bulk string or integer: no state to
        // consult or update.
        if self.stack.is_empty()
            && matches!(self.leaf, Leaf::Start)
            && let Fast::Frame(frame) = fast_element(src, self.limits.max_bulk_len)
        {
            self.need = 0;
            return Ok(Some(frame));
        }
        self.decode_more(src)
    }

    /// The decoding loop. It stays small, with the rare cases out of line,
    /// because it runs once per element and again whenever bytes arrive.
    #[inline(never)]
    fn decode_more(&mut self, src: &mut BytesMut) -> Result<Option<Frame>, DecodeError> {
        loop {
            let frame = match self.leaf {
                Leaf::Start => match fast_element(src, self.limits.max_bulk_len) {
                    Fast::Frame(frame) => frame,
                    Fast::Header { header, len } => {
                        // The payload is not all here yet: wait for it.
                        src.advance(header);
                        self.leaf = Leaf::Payload {
                            kind: PayloadKind::Bulk,
                            len,
                        };
                        return Ok(self.incomplete(src));
                    }
                    Fast::Short => return Ok(self.incomplete(src)),
                    Fast::Other => match self.start(src) {
                        Ok(Step::Frame(frame)) => frame,
                        Ok(Step::Continue) => continue,
                        Ok(Step::Incomplete) => return Ok(self.incomplete(src)),
                        Err(err) => return Err(self.fail(err)),
                    },
                },
                Leaf::Payload { kind, len } => {
                    if src.len() < len + 2 {
                        return Ok(self.incomplete(src));
                    }
                    self.leaf = Leaf::Start;
                    // Bulk strings inline: they are what arrives in pieces.
                    match kind {
                        PayloadKind::Bulk => take_payload(src, len).map(Frame::BulkString),
                        _ => payload(src, kind, len),
                    }
                    .map_err(|err| self.fail(err))?
                }
                Leaf::Streamed { .. } | Leaf::Chunk { .. } => match self.streamed(src) {
                    Ok(Step::Frame(frame)) => frame,
                    Ok(Step::Continue) => continue,
                    Ok(Step::Incomplete) => return Ok(self.incomplete(src)),
                    Err(err) => return Err(self.fail(err)),
                },
            };
            // Hand the frame to the innermost aggregate; the common case, one
            // that is not yet full, inline.
            let Some(top) = self.stack.last_mut() else {
                self.need = 0;
                return Ok(Some(frame));
            };
            if top.remaining > 1 && top.remaining != STREAMED {
                match top.kind {
                    PartialKind::Array | PartialKind::Set | PartialKind::Push => {
                        top.items.push(frame);
                        top.remaining -= 1;
                        continue;
                    }
                    PartialKind::Map | PartialKind::Attribute => {
                        match top.key.take() {
                            Some(key) => top.pairs.push((key, frame)),
                            None => top.key = Some(frame),
                        }
                        top.remaining -= 1;
                        continue;
                    }
                    PartialKind::Attached(_) => {}
                }
            }
            match self.finish(frame) {
                Ok(Some(frame)) => {
                    self.need = 0;
                    return Ok(Some(frame));
                }
                Ok(None) => {}
                Err(err) => return Err(self.fail(err)),
            }
        }
    }

    /// Records how many bytes the next call needs to make progress, and
    /// returns `None`, for "incomplete".
    #[inline]
    fn incomplete(&mut self, src: &BytesMut) -> Option<Frame> {
        self.need = match self.leaf {
            Leaf::Payload { len, .. } | Leaf::Chunk { len, .. } => len + 2,
            Leaf::Start | Leaf::Streamed { .. } => src.len() + 1,
        };
        None
    }

    /// Resets the decoder after a corrupt stream, and passes the error on.
    #[cold]
    #[inline(never)]
    fn fail(&mut self, err: DecodeError) -> DecodeError {
        self.stack.clear();
        self.leaf = Leaf::Start;
        self.scanned = 0;
        self.need = 0;
        err
    }

    /// Reads on in a streamed string: a chunk header, or the chunk it
    /// announced.
    #[inline(never)]
    fn streamed(&mut self, src: &mut BytesMut) -> Result<Step, DecodeError> {
        if let Leaf::Chunk { len, .. } = self.leaf {
            if src.len() < len + 2 {
                return Ok(Step::Incomplete);
            }
            let Leaf::Chunk { mut data, .. } = mem::take(&mut self.leaf) else {
                unreachable!("matched above")
            };
            expect_crlf(&src[len..len + 2])?;
            data.extend_from_slice(&src[..len]);
            src.advance(len + 2);
            self.leaf = Leaf::Streamed { data };
            return Ok(Step::Continue);
        }
        self.chunk_header(src)
    }

    /// Reads the element that starts at the type byte at `src[0]`.
    #[inline(never)]
    fn start(&mut self, src: &mut BytesMut) -> Result<Step, DecodeError> {
        let Some(&ty) = src.first() else {
            return Ok(Step::Incomplete);
        };
        let frame = match ty {
            // Bulk string: `$<length>\r\n<data>\r\n`, RESP2 null `$-1\r\n`,
            // streamed `$?\r\n` followed by `;<length>\r\n<data>\r\n`
            // chunks and `;0\r\n`.
            b'$' => {
                let Some((len, header)) = self.length_line(src, true, true)? else {
                    return Ok(Step::Incomplete);
                };
                match len {
                    Len::Count(len) => {
                        return self.payload_header(src, header, PayloadKind::Bulk, len);
                    }
                    Len::Null => {
                        src.advance(header);
                        Frame::Null
                    }
                    Len::Streamed => {
                        src.advance(header);
                        self.leaf = Leaf::Streamed {
                            data: BytesMut::new(),
                        };
                        return Ok(Step::Continue);
                    }
                }
            }
            // Integer: `:[<+|->]<value>\r\n`.
            b':' => {
                let Some((value, header)) = int_line(src)? else {
                    return Ok(Step::Incomplete);
                };
                src.advance(header);
                Frame::Integer(value)
            }
            // Aggregates: `*<count>\r\n<element-1>...<element-n>`, likewise
            // `~` (set), `>` (push), `%<count>\r\n` followed by count
            // key-value pairs (map), `|<count>\r\n` followed by count pairs
            // and then the frame they describe (attribute). `*-1\r\n` is
            // RESP2's null array; `*?`, `~?` and `%?` are streamed, closed by
            // `.\r\n`.
            b'*' | b'~' | b'%' | b'>' | b'|' => {
                let streamable = matches!(ty, b'*' | b'~' | b'%');
                let Some((len, header)) = self.length_line(src, ty == b'*', streamable)? else {
                    return Ok(Step::Incomplete);
                };
                src.advance(header);
                let kind = match ty {
                    b'*' => PartialKind::Array,
                    b'~' => PartialKind::Set,
                    b'>' => PartialKind::Push,
                    b'%' => PartialKind::Map,
                    _ => PartialKind::Attribute,
                };
                match len {
                    Len::Null => Frame::Null,
                    Len::Streamed => {
                        self.open(kind, STREAMED)?;
                        return Ok(Step::Continue);
                    }
                    Len::Count(count) => {
                        let frames = if kind.is_map() { count * 2 } else { count };
                        if frames > 0 {
                            self.open(kind, frames)?;
                            return Ok(Step::Continue);
                        }
                        match kind {
                            PartialKind::Array => Frame::Array(Vec::new()),
                            PartialKind::Set => Frame::Set(Vec::new()),
                            PartialKind::Push => Frame::Push(Vec::new()),
                            PartialKind::Map => Frame::Map(Vec::new()),
                            _ => {
                                self.open(PartialKind::Attached(Vec::new()), 1)?;
                                return Ok(Step::Continue);
                            }
                        }
                    }
                }
            }
            // Simple string `+<string>\r\n`, simple error `-<string>\r\n`:
            // the string holds no CR or LF.
            b'+' | b'-' => {
                let Some(end) = self.text_line(src)? else {
                    return Ok(Step::Incomplete);
                };
                if ty == b'+' {
                    Frame::SimpleString(simple_string(src, end))
                } else {
                    Frame::SimpleError(split_line(src, end))
                }
            }
            // Null: `_\r\n`.
            b'_' => {
                let Some(end) = self.text_line(src)? else {
                    return Ok(Step::Incomplete);
                };
                if end != 1 {
                    return Err(DecodeError::InvalidNull);
                }
                src.advance(3);
                Frame::Null
            }
            // Boolean: `#<t|f>\r\n`.
            b'#' => {
                let Some(end) = self.text_line(src)? else {
                    return Ok(Step::Incomplete);
                };
                let value = match &src[1..end] {
                    b"t" => true,
                    b"f" => false,
                    _ => return Err(DecodeError::InvalidBoolean),
                };
                src.advance(end + 2);
                Frame::Boolean(value)
            }
            // Double: `,[<+|->]<integral>[.<fractional>][<E|e>[sign]<exponent>]\r\n`,
            // or `,inf\r\n`, `,-inf\r\n`, `,nan\r\n`.
            b',' => {
                let Some(end) = self.text_line(src)? else {
                    return Ok(Step::Incomplete);
                };
                let value = parse_double(&src[1..end]).ok_or(DecodeError::InvalidDouble)?;
                src.advance(end + 2);
                Frame::Double(value)
            }
            // Big number: `([+|-]<number>\r\n`.
            b'(' => {
                let Some(end) = self.text_line(src)? else {
                    return Ok(Step::Incomplete);
                };
                let digits = match src[1] {
                    b'+' | b'-' => &src[2..end],
                    _ => &src[1..end],
                };
                if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                    return Err(DecodeError::InvalidBigNumber);
                }
                Frame::BigNumber(split_line(src, end))
            }
            // Bulk error: `!<length>\r\n<error>\r\n`.
            // Verbatim string: `=<length>\r\n<encoding>:<data>\r\n`, where
            // the encoding is exactly three bytes.
            b'!' | b'=' => {
                let Some((len, header)) = self.length_line(src, false, false)? else {
                    return Ok(Step::Incomplete);
                };
                let Len::Count(len) = len else {
                    unreachable!("length_line admits neither null nor streamed here")
                };
                let kind = if ty == b'!' {
                    PayloadKind::BulkError
                } else {
                    if len < 4 {
                        return Err(DecodeError::InvalidVerbatim);
                    }
                    PayloadKind::Verbatim
                };
                return self.payload_header(src, header, kind, len);
            }
            // End of a streamed aggregate: `.\r\n`.
            b'.' => {
                let Some(end) = self.text_line(src)? else {
                    return Ok(Step::Incomplete);
                };
                if end != 1 {
                    return Err(DecodeError::UnexpectedEnd);
                }
                let closable = self.stack.last().is_some_and(|top| {
                    top.remaining == STREAMED
                        && top.key.is_none()
                        && !matches!(top.kind, PartialKind::Attached(_))
                });
                if !closable {
                    return Err(DecodeError::UnexpectedEnd);
                }
                src.advance(3);
                let top = self.stack.pop().expect("checked above");
                top.into_frame()
            }
            b';' => return Err(DecodeError::UnexpectedChunk),
            other => return Err(DecodeError::InvalidTypeByte(other)),
        };
        Ok(Step::Frame(frame))
    }

    /// After a payload header of `header` bytes declaring `len` bytes:
    /// takes the payload now if it is all buffered, or waits for it.
    fn payload_header(
        &mut self,
        src: &mut BytesMut,
        header: usize,
        kind: PayloadKind,
        len: usize,
    ) -> Result<Step, DecodeError> {
        src.advance(header);
        if src.len() >= len + 2 {
            payload(src, kind, len).map(Step::Frame)
        } else {
            self.leaf = Leaf::Payload { kind, len };
            Ok(Step::Incomplete)
        }
    }

    /// In a streamed string, reads a chunk header `;<length>\r\n`: the
    /// string when it ends (`;0\r\n`), or waits for the chunk announced.
    fn chunk_header(&mut self, src: &mut BytesMut) -> Result<Step, DecodeError> {
        match src.first() {
            None => return Ok(Step::Incomplete),
            Some(b';') => {}
            Some(&other) => return Err(DecodeError::InvalidTypeByte(other)),
        }
        let Some((len, header)) = self.length_line(src, false, false)? else {
            return Ok(Step::Incomplete);
        };
        let Len::Count(len) = len else {
            unreachable!("length_line admits neither null nor streamed here")
        };
        let Leaf::Streamed { data } = mem::take(&mut self.leaf) else {
            unreachable!("chunk_header is only called in a streamed string")
        };
        src.advance(header);
        if len == 0 {
            return Ok(Step::Frame(Frame::BulkString(data.freeze())));
        }
        let total = data.len() as u64 + len as u64;
        if total > self.limits.max_bulk_len as u64 {
            return Err(DecodeError::StringTooLong {
                len: total,
                limit: self.limits.max_bulk_len,
            });
        }
        self.leaf = Leaf::Chunk { data, len };
        Ok(Step::Continue)
    }

    /// Parses the length line at the front of `src` (`<type><length>\r\n`):
    /// its length and its size in bytes, checked against the limits.
    fn length_line(
        &self,
        src: &[u8],
        nullable: bool,
        streamable: bool,
    ) -> Result<Option<(Len, usize)>, DecodeError> {
        let ty = src[0];
        if src.get(1) == Some(&b'+') {
            // A length is digits only; `+` is for integers.
            return Err(DecodeError::InvalidLength);
        }
        if src.get(1) == Some(&b'?') {
            return match src.get(2..4) {
                _ if !streamable => Err(DecodeError::InvalidLength),
                None => Ok(None),
                Some(b"\r\n") => Ok(Some((Len::Streamed, 4))),
                Some(_) => Err(DecodeError::MissingCrlf),
            };
        }
        let Some((value, header)) = int_line(src).map_err(|err| match err {
            DecodeError::InvalidInteger => DecodeError::InvalidLength,
            other => other,
        })?
        else {
            return Ok(None);
        };
        if value < 0 {
            return if value == -1 && nullable {
                Ok(Some((Len::Null, header)))
            } else {
                Err(DecodeError::InvalidLength)
            };
        }
        let len = value as u64;
        let is_string = matches!(ty, b'$' | b'!' | b'=' | b';');
        let limit = if is_string {
            self.limits.max_bulk_len
        } else {
            self.limits.max_aggregate_len
        };
        if len > limit as u64 {
            return Err(if is_string {
                DecodeError::StringTooLong { len, limit }
            } else {
                DecodeError::AggregateTooLong { len, limit }
            });
        }
        let len = usize::try_from(len).map_err(|_| DecodeError::IntegerOverflow)?;
        // Map and attribute counts are doubled into frame counts.
        if len > usize::MAX / 2 - 1 {
            return Err(DecodeError::IntegerOverflow);
        }
        Ok(Some((Len::Count(len), header)))
    }

    /// Finds the end of the text line starting at `src[0]`: the index of its
    /// CR, which is followed by LF. `None` when the line is not all buffered.
    fn text_line(&mut self, src: &[u8]) -> Result<Option<usize>, DecodeError> {
        let from = self.scanned.clamp(1, src.len().max(1));
        let Some(offset) = memchr::memchr2(b'\r', b'\n', &src[from.min(src.len())..]) else {
            self.scanned = src.len();
            self.check_line_len(src.len().saturating_sub(1))?;
            return Ok(None);
        };
        let end = from + offset;
        self.check_line_len(end - 1)?;
        if src[end] == b'\n' {
            return Err(DecodeError::MissingCrlf);
        }
        match src.get(end + 1) {
            None => {
                self.scanned = end;
                Ok(None)
            }
            Some(b'\n') => {
                self.scanned = 0;
                Ok(Some(end))
            }
            Some(_) => Err(DecodeError::MissingCrlf),
        }
    }

    fn check_line_len(&self, len: usize) -> Result<(), DecodeError> {
        if len > self.limits.max_bulk_len {
            return Err(DecodeError::LineTooLong {
                limit: self.limits.max_bulk_len,
            });
        }
        Ok(())
    }

    /// Opens an aggregate that expects `frames` more frames.
    fn open(&mut self, kind: PartialKind, frames: usize) -> Result<(), DecodeError> {
        if self.stack.len() >= self.limits.max_depth {
            return Err(DecodeError::TooDeep {
                limit: self.limits.max_depth,
            });
        }
        let (items, pairs) = match kind {
            PartialKind::Map | PartialKind::Attribute => (Vec::new(), prealloc(frames / 2)),
            PartialKind::Attached(_) => (Vec::new(), Vec::new()),
            _ => (prealloc(frames), Vec::new()),
        };
        self.stack.push(Partial {
            kind,
            remaining: frames,
            items,
            pairs,
            key: None,
        });
        Ok(())
    }

    /// Hands a finished frame to the innermost open aggregate, closing every
    /// aggregate it completes. Returns the frame that completes the top level.
    #[inline(never)]
    fn finish(&mut self, mut frame: Frame) -> Result<Option<Frame>, DecodeError> {
        loop {
            let Some(top) = self.stack.last_mut() else {
                return Ok(Some(frame));
            };
            match top.kind {
                PartialKind::Attached(_) => {
                    let Some(Partial {
                        kind: PartialKind::Attached(attributes),
                        ..
                    }) = self.stack.pop()
                    else {
                        unreachable!("matched above")
                    };
                    frame = Frame::Attributed {
                        attributes,
                        frame: Box::new(frame),
                    };
                    continue;
                }
                PartialKind::Map | PartialKind::Attribute => match top.key.take() {
                    Some(key) => top.pairs.push((key, frame)),
                    None => top.key = Some(frame),
                },
                _ => top.items.push(frame),
            }
            if top.remaining == STREAMED {
                let len = top.items.len().max(top.pairs.len());
                if len > self.limits.max_aggregate_len {
                    return Err(DecodeError::AggregateTooLong {
                        len: len as u64,
                        limit: self.limits.max_aggregate_len,
                    });
                }
                return Ok(None);
            }
            top.remaining -= 1;
            if top.remaining > 0 {
                return Ok(None);
            }
            let top = self.stack.pop().expect("checked above");
            if let PartialKind::Attribute = top.kind {
                // The attributes describe the next frame: wait for it.
                self.open(PartialKind::Attached(top.pairs), 1)?;
                return Ok(None);
            }
            frame = top.into_frame();
        }
    }
}

impl Partial {
    fn into_frame(self) -> Frame {
        match self.kind {
            PartialKind::Array => Frame::Array(self.items),
            PartialKind::Set => Frame::Set(self.items),
            PartialKind::Push => Frame::Push(self.items),
            PartialKind::Map => Frame::Map(self.pairs),
            // A streamed attribute does not exist, and an attached one is
            // closed by `finish`; neither reaches here.
            PartialKind::Attribute | PartialKind::Attached(_) => Frame::Map(self.pairs),
        }
    }
}

/// What reading from the start of an element gave.
enum Step {
    Frame(Frame),
    /// State changed (an aggregate opened, a streamed string began): go on.
    Continue,
    Incomplete,
}

/// A vector with room for `count` elements, but never more than
/// [`PREALLOC_BYTES`] on the strength of a declared length.
fn prealloc<T>(count: usize) -> Vec<T> {
    Vec::with_capacity(count.min(PREALLOC_BYTES / mem::size_of::<T>().max(1)))
}

/// Takes a payload of `len` bytes and its CRLF off the front of `src`, which
/// holds them all.
fn payload(src: &mut BytesMut, kind: PayloadKind, len: usize) -> Result<Frame, DecodeError> {
    match kind {
        PayloadKind::Bulk => take_payload(src, len).map(Frame::BulkString),
        PayloadKind::BulkError => take_payload(src, len).map(Frame::BulkError),
        PayloadKind::Verbatim => {
            expect_crlf(&src[len..len + 2])?;
            let format = VerbatimFormat::new([src[0], src[1], src[2]])
                .ok_or(DecodeError::InvalidVerbatim)?;
            if src[3] != b':' {
                return Err(DecodeError::InvalidVerbatim);
            }
            let mut piece = src.split_to(len + 2);
            piece.advance(4);
            piece.truncate(len - 4);
            Ok(Frame::VerbatimString {
                format,
                text: piece.freeze(),
            })
        }
    }
}

fn expect_crlf(bytes: &[u8]) -> Result<(), DecodeError> {
    if bytes == b"\r\n" {
        Ok(())
    } else {
        Err(DecodeError::MissingCrlf)
    }
}

/// Splits the line ending with CR at `end` off `src` and returns its text,
/// without the type byte and CRLF.
/// The simple string ending at `end`; the most common replies (`OK`,
/// `QUEUED`, `PONG`) come as static bytes, which cost no reference count
/// to make or to drop.
fn simple_string(src: &mut BytesMut, end: usize) -> Bytes {
    let known: &'static [u8] = match &src[1..end] {
        b"OK" => b"OK",
        b"QUEUED" => b"QUEUED",
        b"PONG" => b"PONG",
        _ => return split_line(src, end),
    };
    src.advance(end + 2);
    Bytes::from_static(known)
}

fn split_line(src: &mut BytesMut, end: usize) -> Bytes {
    let mut line = src.split_to(end + 2);
    line.advance(1);
    line.truncate(end - 1);
    line.freeze()
}

/// Parses `<type>[<+|->]<digits>\r\n` at the front of `src`: the value and
/// the line's length. `None` when the line is not all buffered.
fn int_line(src: &[u8]) -> Result<Option<(i64, usize)>, DecodeError> {
    let mut i = 1;
    let negative = match src.get(1) {
        None => return Ok(None),
        Some(b'-') => {
            i = 2;
            true
        }
        Some(b'+') => {
            i = 2;
            false
        }
        Some(_) => false,
    };
    let digits_start = i;
    let mut value: u64 = 0;
    loop {
        match src.get(i) {
            Some(&digit @ b'0'..=b'9') => {
                if i - digits_start == MAX_DIGITS {
                    return Err(DecodeError::IntegerOverflow);
                }
                value = value * 10 + u64::from(digit - b'0');
                i += 1;
            }
            Some(b'\r') => break,
            Some(b'\n') => return Err(DecodeError::MissingCrlf),
            Some(_) => return Err(DecodeError::InvalidInteger),
            None => return Ok(None),
        }
    }
    if i == digits_start {
        return Err(DecodeError::InvalidInteger);
    }
    match src.get(i + 1) {
        None => return Ok(None),
        Some(b'\n') => {}
        Some(_) => return Err(DecodeError::MissingCrlf),
    }
    let value = if negative {
        if value > 1 << 63 {
            return Err(DecodeError::IntegerOverflow);
        }
        (value as i64).wrapping_neg()
    } else {
        i64::try_from(value).map_err(|_| DecodeError::IntegerOverflow)?
    };
    Ok(Some((value, i + 2)))
}

/// What [`fast_element`] found.
enum Fast {
    /// A whole element, consumed.
    Frame(Frame),
    /// A bulk-string header of `header` bytes declaring `len` bytes, within
    /// the limit, whose payload is not all buffered yet; nothing consumed.
    Header { header: usize, len: usize },
    /// The start of a well-formed bulk-string or integer header, cut short.
    Short,
    /// Anything else, errors included: for [`Decoder::start`], which reads
    /// the same bytes again from the type byte.
    Other,
}

/// Decodes the commonest elements, a bulk string and a plain integer, in as
/// few steps as possible.
#[inline(always)]
fn fast_element(src: &mut BytesMut, max_bulk_len: usize) -> Fast {
    let buf: &[u8] = src;
    match buf.first() {
        Some(b'$') => {
            let (len, header) = match digits_line(buf, 1) {
                Digits::Line(len, header) => (len, header),
                Digits::Short => return Fast::Short,
                Digits::Other => return Fast::Other,
            };
            let Some(len) = usize::try_from(len).ok().filter(|&len| len <= max_bulk_len) else {
                return Fast::Other;
            };
            if buf.len() < header + len + 2 {
                return Fast::Header { header, len };
            }
            if &buf[header + len..header + len + 2] != b"\r\n" {
                return Fast::Other;
            }
            // One split off the shared buffer, then trims of the piece,
            // which are cheaper than advancing the buffer three times.
            let mut piece = src.split_to(header + len + 2);
            piece.advance(header);
            piece.truncate(len);
            Fast::Frame(Frame::BulkString(piece.freeze()))
        }
        Some(b':') => {
            let negative = buf.get(1) == Some(&b'-');
            let (value, end) = match digits_line(buf, 1 + usize::from(negative)) {
                Digits::Line(value, end) => (value, end),
                Digits::Short => return Fast::Short,
                Digits::Other => return Fast::Other,
            };
            let value = if negative {
                0i64.checked_sub_unsigned(value)
            } else {
                i64::try_from(value).ok()
            };
            let Some(value) = value else {
                return Fast::Other;
            };
            src.advance(end);
            Fast::Frame(Frame::Integer(value))
        }
        _ => Fast::Other,
    }
}

/// Takes a payload of `len` bytes and its CRLF off the front of `src`, which
/// holds them all.
#[inline(always)]
fn take_payload(src: &mut BytesMut, len: usize) -> Result<Bytes, DecodeError> {
    expect_crlf(&src[len..len + 2])?;
    let mut piece = src.split_to(len + 2);
    piece.truncate(len);
    Ok(piece.freeze())
}

/// What [`digits_line`] found.
enum Digits {
    /// The value and the index after the LF.
    Line(u64, usize),
    /// The buffer ends inside a well-formed line.
    Short,
    /// Anything else: for the general parser to name the error.
    Other,
}

/// Reads 1 to 19 decimal digits from `buf[start..]` and the CRLF after them.
#[inline(always)]
fn digits_line(buf: &[u8], start: usize) -> Digits {
    let limit = buf.len().min(start + MAX_DIGITS);
    let mut i = start;
    let mut value = 0u64;
    while i < limit {
        let digit = buf[i].wrapping_sub(b'0');
        if digit > 9 {
            break;
        }
        value = value * 10 + u64::from(digit);
        i += 1;
    }
    match buf.get(i..i + 2) {
        Some(b"\r\n") if i > start => Digits::Line(value, i + 2),
        None if i < start + MAX_DIGITS
            && (i == buf.len() || (i + 1 == buf.len() && buf[i] == b'\r')) =>
        {
            Digits::Short
        }
        _ => Digits::Other,
    }
}

/// Parses a RESP3 double:
/// `[<+|->]<integral>[.<fractional>][<E|e>[sign]<exponent>]`, or `inf`,
/// `-inf`, `nan`; also `nan(<chars>)` and `-nan`, which Redis before 7.2
/// may send as the C library prints them.
fn parse_double(text: &[u8]) -> Option<f64> {
    let unsigned = match text.first()? {
        b'+' | b'-' => &text[1..],
        _ => text,
    };
    let negative = text[0] == b'-';
    if unsigned.eq_ignore_ascii_case(b"inf") {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if unsigned.len() >= 3 && unsigned[..3].eq_ignore_ascii_case(b"nan") {
        let rest = &unsigned[3..];
        let valid = rest.is_empty()
            || (rest.len() >= 2
                && rest[0] == b'('
                && rest[rest.len() - 1] == b')'
                && rest[1..rest.len() - 1]
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'_'));
        return valid.then_some(f64::NAN);
    }
    // The grammar first: Rust's parser also takes `.5`, `1.` and `infinity`.
    let digits = |from: usize| {
        unsigned[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut i = digits(0);
    if i == 0 {
        return None;
    }
    if unsigned.get(i) == Some(&b'.') {
        let fraction = digits(i + 1);
        if fraction == 0 {
            return None;
        }
        i += 1 + fraction;
    }
    if matches!(unsigned.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(unsigned.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exponent = digits(i);
        if exponent == 0 {
            return None;
        }
        i += exponent;
    }
    if i != unsigned.len() {
        return None;
    }
    core::str::from_utf8(text).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use alloc::vec::Vec;

    use super::*;

    #[test]
    fn common_simple_strings_decode_like_any_other() {
        let input = b"+OK\r\n+QUEUED\r\n+PONG\r\n+OKAY\r\n+O\r\n+\r\n-OK\r\n:1\r\n";
        let mut src = BytesMut::from(&input[..]);
        let mut decoder = Decoder::new();
        let mut frames = Vec::new();
        while let Some(frame) = decoder.decode(&mut src).expect("valid") {
            frames.push(frame);
        }
        assert!(src.is_empty());
        assert_eq!(
            frames,
            [
                Frame::SimpleString(Bytes::from_static(b"OK")),
                Frame::SimpleString(Bytes::from_static(b"QUEUED")),
                Frame::SimpleString(Bytes::from_static(b"PONG")),
                Frame::SimpleString(Bytes::from_static(b"OKAY")),
                Frame::SimpleString(Bytes::from_static(b"O")),
                Frame::SimpleString(Bytes::new()),
                Frame::SimpleError(Bytes::from_static(b"OK")),
                Frame::Integer(1),
            ]
        );
    }
}

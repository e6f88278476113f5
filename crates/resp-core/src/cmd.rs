//! Commands: arrays of bulk strings, built argument by argument.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use bytes::{BufMut, Bytes, BytesMut};

use crate::encode::{Decimal, format_f64, header_len, put_header};

/// One command argument, as borrowed from a Rust value by [`ToArg`].
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Arg<'a> {
    /// Bytes, sent as they are.
    Bytes(&'a [u8]),
    /// A signed integer, sent in decimal.
    Int(i64),
    /// An unsigned integer, sent in decimal.
    Uint(u64),
    /// A floating-point number, sent as Redis reads it back: `inf`, `-inf`,
    /// or the shortest decimal that round-trips.
    Float(f64),
    /// A short text formatted on the stack, for values that are not stored
    /// as bytes (a stream id's `ms-seq`).
    Text(ArgText),
}

/// Up to [`ArgText::CAPACITY`] bytes held inline: the argument of a value
/// that formats itself ([`Arg::Text`]).
///
/// ```
/// use core::fmt::Write;
/// use resp_core::{Arg, ArgText, Cmd, ToArg};
///
/// struct StreamId(u64, u64);
///
/// impl ToArg for StreamId {
///     fn to_arg(&self) -> Arg<'_> {
///         let mut text = ArgText::new();
///         // Two u64s and a dash always fit.
///         let _ = write!(text, "{}-{}", self.0, self.1);
///         Arg::Text(text)
///     }
/// }
///
/// let cmd = Cmd::new("XDEL").arg("s").arg(StreamId(1700000000000, 3));
/// assert_eq!(cmd.iter().nth(2), Some(&b"1700000000000-3"[..]));
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ArgText {
    buf: [u8; Self::CAPACITY],
    len: u8,
}

impl ArgText {
    /// The most bytes it holds.
    pub const CAPACITY: usize = 48;

    /// Empty.
    pub const fn new() -> Self {
        Self {
            buf: [0; Self::CAPACITY],
            len: 0,
        }
    }

    /// The bytes written so far.
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..usize::from(self.len)]
    }
}

impl Default for ArgText {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for ArgText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&String::from_utf8_lossy(self.as_bytes()), f)
    }
}

/// Fails, writing nothing of the piece, past [`ArgText::CAPACITY`].
impl fmt::Write for ArgText {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let start = usize::from(self.len);
        let end = start + s.len();
        if end > Self::CAPACITY {
            return Err(fmt::Error);
        }
        self.buf[start..end].copy_from_slice(s.as_bytes());
        // At most CAPACITY, which fits a u8.
        self.len = end as u8;
        Ok(())
    }
}

/// A value that can be one command argument.
///
/// Implemented for strings, byte slices and vectors, [`Bytes`], integers and
/// floats, and references to any of these.
///
/// ```
/// use resp_core::{Arg, Cmd, ToArg};
///
/// struct UserId(u64);
///
/// impl ToArg for UserId {
///     fn to_arg(&self) -> Arg<'_> {
///         Arg::Uint(self.0)
///     }
/// }
///
/// let cmd = Cmd::new("GET").arg(UserId(42));
/// assert_eq!(cmd.to_bytes(), &b"*2\r\n$3\r\nGET\r\n$2\r\n42\r\n"[..]);
/// ```
pub trait ToArg {
    /// This value as an argument.
    fn to_arg(&self) -> Arg<'_>;
}

impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> Arg<'_> {
        (**self).to_arg()
    }
}

impl ToArg for [u8] {
    fn to_arg(&self) -> Arg<'_> {
        Arg::Bytes(self)
    }
}

impl<const N: usize> ToArg for [u8; N] {
    fn to_arg(&self) -> Arg<'_> {
        Arg::Bytes(self)
    }
}

impl ToArg for str {
    fn to_arg(&self) -> Arg<'_> {
        Arg::Bytes(self.as_bytes())
    }
}

impl ToArg for String {
    fn to_arg(&self) -> Arg<'_> {
        Arg::Bytes(self.as_bytes())
    }
}

impl ToArg for Vec<u8> {
    fn to_arg(&self) -> Arg<'_> {
        Arg::Bytes(self)
    }
}

impl ToArg for Bytes {
    fn to_arg(&self) -> Arg<'_> {
        Arg::Bytes(self)
    }
}

impl ToArg for BytesMut {
    fn to_arg(&self) -> Arg<'_> {
        Arg::Bytes(self)
    }
}

macro_rules! int_args {
    ($variant:ident as $wide:ty: $($ty:ty),*) => {$(
        impl ToArg for $ty {
            fn to_arg(&self) -> Arg<'_> {
                Arg::$variant(*self as $wide)
            }
        }
    )*};
}

int_args!(Int as i64: i8, i16, i32, i64, isize);
int_args!(Uint as u64: u8, u16, u32, u64, usize);

impl ToArg for f64 {
    fn to_arg(&self) -> Arg<'_> {
        Arg::Float(*self)
    }
}

impl ToArg for f32 {
    fn to_arg(&self) -> Arg<'_> {
        Arg::Float(f64::from(*self))
    }
}

/// A command: a name and its arguments, held encoded.
///
/// Each argument is written as a RESP bulk string into one buffer as it is
/// added, without an allocation of its own; integers and floats are
/// formatted on the stack. [`Cmd::encode`] then writes the array header and
/// copies that buffer.
///
/// ```
/// use bytes::BytesMut;
/// use resp_core::Cmd;
///
/// let cmd = Cmd::new("SET").arg("key").arg(b"value").arg("EX").arg(60);
/// let mut out = BytesMut::new();
/// cmd.encode(&mut out);
/// assert_eq!(&out[..], b"*5\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n$2\r\nEX\r\n$2\r\n60\r\n");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Cmd {
    /// The arguments, each as `$<len>\r\n<bytes>\r\n`.
    args: ArgBuf,
    argc: usize,
}

/// Bytes held inline by a [`Cmd`] before it moves them to the heap: room
/// for a name and two arguments of 16 bytes (`SET key value`, `HGET key
/// field`), so that most commands cost no allocation.
const INLINE: usize = 64;

/// A command's encoded arguments: inline while they fit, then on the heap.
#[derive(Clone)]
enum ArgBuf {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Vec<u8>),
}

impl ArgBuf {
    fn as_slice(&self) -> &[u8] {
        match self {
            Self::Inline { len, buf } => &buf[..usize::from(*len)],
            Self::Heap(vec) => vec,
        }
    }

    /// Appends `$<len>\r\n<bytes>\r\n`.
    #[inline]
    fn push_bulk(&mut self, bytes: &[u8]) {
        let needed = header_len(bytes.len()) + bytes.len() + 2;
        match self {
            Self::Inline { len, buf } if usize::from(*len) + needed <= INLINE => {
                let start = usize::from(*len);
                let mut dst = &mut buf[start..];
                let room = dst.len();
                put_bulk(&mut dst, bytes);
                // `needed` fits in the inline buffer, whose size fits a u8.
                *len = (start + room - dst.len()) as u8;
            }
            Self::Inline { len, buf } => {
                let held = &buf[..usize::from(*len)];
                let mut vec = Vec::with_capacity((held.len() + needed).max(2 * INLINE));
                vec.extend_from_slice(held);
                put_bulk(&mut vec, bytes);
                *self = Self::Heap(vec);
            }
            Self::Heap(vec) => {
                vec.reserve(needed);
                put_bulk(vec, bytes);
            }
        }
    }
}

#[inline]
fn put_bulk(dst: &mut impl BufMut, bytes: &[u8]) {
    put_header(dst, b'$', bytes.len());
    dst.put_slice(bytes);
    dst.put_slice(b"\r\n");
}

impl PartialEq for ArgBuf {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for ArgBuf {}

impl Cmd {
    /// A command named `name`, with no arguments yet.
    pub fn new(name: impl ToArg) -> Self {
        let mut cmd = Self {
            args: ArgBuf::Inline {
                len: 0,
                buf: [0; INLINE],
            },
            argc: 0,
        };
        cmd.push(name);
        cmd
    }

    /// Adds one argument.
    #[must_use]
    pub fn arg(mut self, arg: impl ToArg) -> Self {
        self.push(arg);
        self
    }

    /// Adds every argument of `args`, in order.
    #[must_use]
    pub fn args<I>(mut self, args: I) -> Self
    where
        I: IntoIterator,
        I::Item: ToArg,
    {
        for arg in args {
            self.push(arg);
        }
        self
    }

    /// Adds one argument, in place.
    pub fn push(&mut self, arg: impl ToArg) {
        match arg.to_arg() {
            Arg::Bytes(bytes) => self.push_bytes(bytes),
            Arg::Int(value) => self.push_bytes(Decimal::signed(value).as_bytes()),
            Arg::Uint(value) => self.push_bytes(Decimal::unsigned(value).as_bytes()),
            Arg::Float(value) => self.push_bytes(format_f64(value).as_bytes()),
            Arg::Text(text) => self.push_bytes(text.as_bytes()),
        }
    }

    fn push_bytes(&mut self, bytes: &[u8]) {
        self.args.push_bulk(bytes);
        self.argc += 1;
    }

    /// The number of arguments, the name included.
    pub fn len(&self) -> usize {
        self.argc
    }

    /// Whether the command has no name; never true of a [`Cmd::new`] one.
    pub fn is_empty(&self) -> bool {
        self.argc == 0
    }

    /// The command's name and arguments, in order.
    pub fn iter(&self) -> CmdArgs<'_> {
        CmdArgs {
            rest: self.args.as_slice(),
        }
    }

    /// Whether the command blocks its connection until something happens
    /// or its timeout passes: `BLPOP`, `BRPOP`, `BLMOVE`, `BLMPOP`,
    /// `BRPOPLPUSH`, `BZPOPMIN`, `BZPOPMAX`, `BZMPOP`, `WAIT`, `WAITAOF`,
    /// and `XREAD`/`XREADGROUP` with `BLOCK`. A timeout the server would
    /// refuse makes it not blocking (it is answered at once).
    ///
    /// ```
    /// use resp_core::Cmd;
    ///
    /// assert!(Cmd::new("BLPOP").arg("queue").arg(5).is_blocking());
    /// assert!(!Cmd::new("XREAD").arg("STREAMS").arg("s").arg("$").is_blocking());
    /// assert!(!Cmd::new("GET").arg("k").is_blocking());
    /// ```
    pub fn is_blocking(&self) -> bool {
        crate::connection::is_blocking(self)
    }

    /// The number of bytes [`Cmd::encode`] will write.
    pub fn encoded_len(&self) -> usize {
        header_len(self.argc) + self.args.as_slice().len()
    }

    /// Appends the command to `dst` as a RESP array of bulk strings.
    pub fn encode(&self, dst: &mut BytesMut) {
        let args = self.args.as_slice();
        dst.reserve(header_len(self.argc) + args.len());
        put_header(dst, b'*', self.argc);
        dst.extend_from_slice(args);
    }

    /// The command as RESP bytes.
    pub fn to_bytes(&self) -> Bytes {
        let mut out = BytesMut::with_capacity(self.encoded_len());
        self.encode(&mut out);
        out.freeze()
    }

    /// Whether the arguments after the name may hold secrets, which `Debug`
    /// then hides.
    fn is_secret(&self) -> bool {
        self.iter().next().is_some_and(|name| {
            ["AUTH", "HELLO", "MIGRATE"]
                .iter()
                .any(|secret| name.eq_ignore_ascii_case(secret.as_bytes()))
        })
    }
}

impl fmt::Debug for Cmd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        let mut args = self.iter();
        if let Some(name) = args.next() {
            list.entry(&String::from_utf8_lossy(name));
        }
        if self.is_secret() {
            if self.argc > 1 {
                list.entry(&format_args!("<{} arguments redacted>", self.argc - 1));
            }
        } else {
            for arg in args {
                list.entry(&String::from_utf8_lossy(arg));
            }
        }
        list.finish()
    }
}

/// The arguments of a [`Cmd`], from [`Cmd::iter`].
#[derive(Clone, Debug)]
pub struct CmdArgs<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for CmdArgs<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        // The buffer holds only what `push_bytes` wrote: `$<len>\r\n<bytes>\r\n`.
        let header_end = memchr::memchr(b'\r', self.rest)?;
        let len: usize = self.rest[1..header_end]
            .iter()
            .fold(0, |len, digit| len * 10 + usize::from(digit - b'0'));
        let start = header_end + 2;
        let arg = &self.rest[start..start + len];
        self.rest = &self.rest[start + len + 2..];
        Some(arg)
    }
}

#[cfg(test)]
mod tests {
    use alloc::vec;
    use alloc::vec::Vec;

    use super::*;

    /// The reference: a RESP array of bulk strings, spelled out.
    fn spelled(args: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(alloc::format!("*{}\r\n", args.len()).as_bytes());
        for arg in args {
            out.extend_from_slice(alloc::format!("${}\r\n", arg.len()).as_bytes());
            out.extend_from_slice(arg);
            out.extend_from_slice(b"\r\n");
        }
        out
    }

    #[test]
    fn every_size_across_the_inline_boundary_encodes_the_same() {
        // Argument sizes that end the inline buffer exactly, one byte short
        // of it and one past it, and move to the heap at the first, the
        // second or a later argument.
        for first in 0..80 {
            for second in [0, 1, 9, 10, 40, 54, 55, 56, 57, 99, 100, 300] {
                let a = vec![b'a'; first];
                let b = vec![b'b'; second];
                let cmd = Cmd::new("SET").arg(&a[..]).arg(&b[..]).arg("EX").arg(10);
                let expected = spelled(&[b"SET", &a, &b, b"EX", b"10"]);
                let mut out = BytesMut::new();
                cmd.encode(&mut out);
                assert_eq!(&out[..], &expected[..], "{first} {second}");
                assert_eq!(cmd.encoded_len(), expected.len());
                let args: Vec<&[u8]> = cmd.iter().collect();
                assert_eq!(args, [b"SET".as_slice(), &a, &b, b"EX", b"10"]);
                assert_eq!(cmd.clone(), cmd);
            }
        }
    }

    #[test]
    fn arg_text_fills_to_capacity_and_refuses_past_it() {
        use core::fmt::Write;
        let mut text = ArgText::new();
        write!(text, "{}", "x".repeat(ArgText::CAPACITY)).expect("fits exactly");
        assert_eq!(text.as_bytes().len(), ArgText::CAPACITY);
        assert!(write!(text, "y").is_err());
        assert_eq!(
            text.as_bytes().len(),
            ArgText::CAPACITY,
            "nothing of the refused piece"
        );
        let mut id = ArgText::new();
        write!(id, "{}-{}", u64::MAX, u64::MAX).expect("a stream id fits");
        struct Id(ArgText);
        impl ToArg for Id {
            fn to_arg(&self) -> Arg<'_> {
                Arg::Text(self.0)
            }
        }
        let cmd = Cmd::new("XDEL").arg("s").arg(Id(id));
        assert_eq!(cmd.iter().nth(2), Some(id.as_bytes()));
    }

    #[test]
    fn equality_ignores_where_the_bytes_live() {
        // Commands compare by their arguments, inline or on the heap.
        let long = [b'x'; 200];
        assert_eq!(Cmd::new("GET").arg("k"), Cmd::new("GET").arg("k"));
        assert_ne!(Cmd::new("GET").arg("k"), Cmd::new("GET").arg("j"));
        assert_eq!(
            Cmd::new("SET").arg(&long[..]),
            Cmd::new("SET").arg(&long[..])
        );
        assert_ne!(Cmd::new("GET").arg("k"), Cmd::new("SET").arg(&long[..]));
    }
}

//! Commands: arrays of bulk strings, built argument by argument.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use bytes::{Bytes, BytesMut};

use crate::encode::{Decimal, MAX_HEADER, format_f64, put_header};

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
    args: Vec<u8>,
    argc: usize,
}

impl Cmd {
    /// A command named `name`, with no arguments yet.
    pub fn new(name: impl ToArg) -> Self {
        let mut cmd = Self {
            args: Vec::with_capacity(64),
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
        }
    }

    fn push_bytes(&mut self, bytes: &[u8]) {
        self.args.reserve(MAX_HEADER + bytes.len() + 2);
        put_header(&mut self.args, b'$', bytes.len());
        self.args.extend_from_slice(bytes);
        self.args.extend_from_slice(b"\r\n");
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
        CmdArgs { rest: &self.args }
    }

    /// The number of bytes [`Cmd::encode`] will write.
    pub fn encoded_len(&self) -> usize {
        1 + Decimal::unsigned(self.argc as u64).as_bytes().len() + 2 + self.args.len()
    }

    /// Appends the command to `dst` as a RESP array of bulk strings.
    pub fn encode(&self, dst: &mut BytesMut) {
        dst.reserve(MAX_HEADER + self.args.len());
        put_header(dst, b'*', self.argc);
        dst.extend_from_slice(&self.args);
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

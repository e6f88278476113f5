//! Replies as Rust values: [`FromValue`].
//!
//! One set of rules for both protocols, so that a type that reads a RESP2
//! reply also reads the RESP3 reply to the same command: a score is an
//! `f64` whether it arrives as the bulk string `"1.5"` (RESP2) or the
//! double `,1.5` (RESP3), and `HGETALL` fills a `HashMap` whether it
//! arrives as a flat array (RESP2) or a map (RESP3).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{BuildHasher, Hash};
use std::num::{IntErrorKind, ParseIntError};
use std::str::FromStr;

use bytes::Bytes;
use resp_core::{Frame, ServerError};

use crate::error::{Error, ErrorKind, Result, describe};

/// A type that a reply converts to.
///
/// Before any conversion, [`Frame::Attributed`] wrappers are taken off, and
/// a server error (`-ERR ...`, `!...`) becomes an [`ErrorKind::Server`]
/// error carrying it; this holds at every level, so an error inside an
/// array fails the whole conversion (ask for [`Frame`] or
/// `Result<T, ServerError>` to keep it). The exceptions are [`Frame`],
/// which is the reply untouched, and `()`.
///
/// A reply of the wrong shape is an [`ErrorKind::Conversion`] error naming
/// the type expected and the type received, never the reply's content,
/// which may be a secret. No frame makes a conversion panic.
///
/// | Type | Converts from |
/// |---|---|
/// | [`Frame`] | anything, as received: attributes and errors kept |
/// | `()` | anything but an error; the reply is dropped, errors inside it included |
/// | `bool` | a boolean; an integer (zero is `false`, any other `true`); a string holding a decimal integer (the same rule) or `OK` (`true`); null (`false`) |
/// | `i8` ... `i128`, `u8` ... `u128`, `isize`, `usize` | an integer; a string (bulk, simple or verbatim) or big number holding a decimal integer; a double with no fractional part; a boolean (`0` or `1`). Out of the type's range is an error |
/// | `f64`, `f32` | a double; an integer; a big number; a string holding a decimal number, `inf`, `-inf` or `nan` (RESP2 sends scores as bulk strings) |
/// | `String` | a bulk, simple or verbatim string (the text, without its format), which must be UTF-8; an integer, double or big number, written in decimal |
/// | `Vec<u8>`, [`Bytes`] | the same as `String`, without the UTF-8 check; `Vec<u8>` also reads an array of integers |
/// | `Option<T>` | null as `None`; anything else as `Some` of a `T` |
/// | `Result<T, ServerError>` | an error as `Err`; anything else as `Ok` of a `T` |
/// | `Vec<T>` | an array, set or push, element by element; a map, flattened to key, value, key, value... |
/// | `Vec<(K, V)>` | a map, entry by entry; an array of two-element arrays (RESP3 `ZRANGE ... WITHSCORES`); a flat array of key, value, key, value... (RESP2) |
/// | `HashMap<K, V>`, `BTreeMap<K, V>` | the same as `Vec<(K, V)>`; a later duplicate key wins |
/// | `HashSet<T>`, `BTreeSet<T>` | an array, set or push |
/// | tuples of 1 to 6 elements | an array or push of exactly that many elements; a 2-tuple also from a map of one entry |
///
/// An array counts as a list of pairs when every element is an array of two
/// elements, and as a flat list otherwise (an odd length is then an error).
/// Only a flat array whose keys and values are all two-element arrays reads
/// differently than meant; no Redis command replies with one.
///
/// Null converts only to `Option`, `()`, `bool` and [`Frame`]: an empty
/// collection is never made up from a missing one.
///
/// # Examples
///
/// ```
/// use std::collections::HashMap;
///
/// use bytes::Bytes;
/// use resp_client::{ErrorKind, FromValue, Frame};
///
/// // `ZRANGE z 0 -1 WITHSCORES` in RESP2: a flat array, scores as strings.
/// let resp2 = Frame::Array(vec![
///     Frame::bulk("a"), Frame::bulk("1.5"),
///     Frame::bulk("b"), Frame::bulk("inf"),
/// ]);
/// // The same in RESP3: pairs, scores as doubles.
/// let resp3 = Frame::Array(vec![
///     Frame::Array(vec![Frame::bulk("a"), Frame::Double(1.5)]),
///     Frame::Array(vec![Frame::bulk("b"), Frame::Double(f64::INFINITY)]),
/// ]);
/// let expected = vec![("a".to_owned(), 1.5), ("b".to_owned(), f64::INFINITY)];
/// assert_eq!(Vec::<(String, f64)>::from_value(resp2)?, expected);
/// assert_eq!(Vec::<(String, f64)>::from_value(resp3)?, expected);
///
/// // `HGETALL` in RESP3, into a map of byte strings.
/// let reply = Frame::Map(vec![(Frame::bulk("name"), Frame::bulk("Ada"))]);
/// let fields = HashMap::<String, Bytes>::from_value(reply)?;
/// assert_eq!(fields["name"], "Ada");
///
/// // `GET` of a missing key.
/// assert_eq!(Option::<String>::from_value(Frame::Null)?, None);
///
/// // A reply of another shape.
/// let error = i64::from_value(Frame::bulk("not a number")).unwrap_err();
/// assert_eq!(error.kind(), ErrorKind::Conversion);
/// assert_eq!(error.to_string(), "expected an i64, got a bulk string that is not a decimal integer");
///
/// // A server error.
/// let error = String::from_value(Frame::SimpleError("WRONGTYPE Operation against a key".into())).unwrap_err();
/// assert_eq!(error.code(), Some("WRONGTYPE"));
/// # Ok::<(), resp_client::Error>(())
/// ```
///
/// Your own types convert through the ones above:
///
/// ```
/// use resp_client::{FromValue, Frame, Result};
///
/// struct Point {
///     x: f64,
///     y: f64,
/// }
///
/// impl FromValue for Point {
///     fn from_value(frame: Frame) -> Result<Self> {
///         let (x, y) = FromValue::from_value(frame)?;
///         Ok(Self { x, y })
///     }
/// }
///
/// // `GEOPOS` answers with [longitude, latitude] pairs, or null.
/// let reply = Frame::Array(vec![Frame::bulk("13.36"), Frame::bulk("38.11")]);
/// let point = Point::from_value(reply)?;
/// assert_eq!((point.x, point.y), (13.36, 38.11));
/// # Ok::<(), resp_client::Error>(())
/// ```
pub trait FromValue: Sized {
    /// Converts `frame`.
    ///
    /// # Errors
    ///
    /// An [`ErrorKind::Server`] error when `frame` is a server error, and an
    /// [`ErrorKind::Conversion`] error when it has a shape that does not
    /// convert to `Self`.
    fn from_value(frame: Frame) -> Result<Self>;

    /// Converts `frame` to a `Vec<Self>`; `Vec<T>::from_value` calls it, so
    /// that `u8` can read a byte string and 2-tuples a map.
    #[doc(hidden)]
    fn from_list(frame: Frame) -> Result<Vec<Self>> {
        list(frame)
    }
}

/// The frame without attributes, or the server error it carries.
fn plain(frame: Frame) -> Result<Frame> {
    match frame.into_value() {
        Frame::SimpleError(text) | Frame::BulkError(text) => {
            Err(Error::server(ServerError::new(text)))
        }
        frame => Ok(frame),
    }
}

/// A conversion error for a value of the right type that still does not fit.
fn invalid(expected: &str, got: &str, why: &str) -> Error {
    Error::new(
        ErrorKind::Conversion,
        format!("expected {expected}, got {got} {why}"),
    )
}

/// The payload of a bulk, simple or verbatim string.
fn text(frame: &Frame) -> Option<&Bytes> {
    match frame {
        Frame::BulkString(bytes) | Frame::SimpleString(bytes) => Some(bytes),
        Frame::VerbatimString { text, .. } => Some(text),
        _ => None,
    }
}

/// The bytes of a string, or of a number written in decimal; `Err` gives
/// back any other frame.
fn into_bytes(frame: Frame) -> Result<Bytes, Frame> {
    match frame {
        Frame::BulkString(bytes) | Frame::SimpleString(bytes) | Frame::BigNumber(bytes) => {
            Ok(bytes)
        }
        Frame::VerbatimString { text, .. } => Ok(text),
        Frame::Integer(value) => Ok(Bytes::from(value.to_string())),
        Frame::Double(value) => Ok(Bytes::from(format_double(value))),
        other => Err(other),
    }
}

/// A double as Redis writes one: `inf`, `-inf`, `nan`, or the shortest
/// decimal that reads back the same, with no `.0` on a whole number (`3`,
/// `1.5`, `1e300`).
fn format_double(value: f64) -> String {
    if value.is_nan() {
        return "nan".to_owned();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    // `Debug` is the shortest round-tripping form, with an exponent for very
    // large and very small values; it writes whole numbers as `3.0`.
    let mut text = format!("{value:?}");
    if text.ends_with(".0") {
        text.truncate(text.len() - 2);
    }
    text
}

/// The elements of an array, set or push, or the flattened entries of a map.
fn elements(frame: Frame) -> Result<Vec<Frame>> {
    match plain(frame)? {
        Frame::Array(items) | Frame::Set(items) | Frame::Push(items) => Ok(items),
        Frame::Map(entries) => Ok(entries
            .into_iter()
            .flat_map(|(key, value)| [key, value])
            .collect()),
        other => Err(Error::conversion("an array", &other)),
    }
}

/// `frame` as a list, element by element: the default of
/// [`FromValue::from_list`].
fn list<T: FromValue>(frame: Frame) -> Result<Vec<T>> {
    elements(frame)?.into_iter().map(T::from_value).collect()
}

/// The members of an array, set or push.
fn members(frame: Frame) -> Result<Vec<Frame>> {
    match plain(frame)? {
        Frame::Array(items) | Frame::Set(items) | Frame::Push(items) => Ok(items),
        other => Err(Error::conversion("an array or a set", &other)),
    }
}

/// The two elements of an array of two (attributes aside), or `None`.
fn pair(frame: Frame) -> Option<(Frame, Frame)> {
    match frame.into_value() {
        Frame::Array(items) => {
            let [key, value] = <[Frame; 2]>::try_from(items).ok()?;
            Some((key, value))
        }
        _ => None,
    }
}

/// Whether `frame` (attributes aside) is an array of two elements.
fn is_pair(frame: &Frame) -> bool {
    matches!(frame.value(), Frame::Array(items) if items.len() == 2)
}

/// The key-value pairs of a map, of an array of two-element arrays, or of
/// a flat array of key, value, key, value...
fn pairs(frame: Frame) -> Result<Vec<(Frame, Frame)>> {
    const EXPECTED: &str = "a map or an array of pairs";
    match plain(frame)? {
        Frame::Map(entries) => Ok(entries),
        Frame::Array(items) if !items.is_empty() && items.iter().all(is_pair) => items
            .into_iter()
            .map(|item| {
                let got = describe(&item);
                pair(item).ok_or_else(|| invalid(EXPECTED, got, "in the list of pairs"))
            })
            .collect(),
        Frame::Array(items) if items.len() % 2 == 0 => {
            let mut items = items.into_iter();
            let mut entries = Vec::with_capacity(items.len() / 2);
            while let (Some(key), Some(value)) = (items.next(), items.next()) {
                entries.push((key, value));
            }
            Ok(entries)
        }
        Frame::Array(items) => Err(Error::new(
            ErrorKind::Conversion,
            format!(
                "expected {EXPECTED}, got an array of odd length {}",
                items.len()
            ),
        )),
        other => Err(Error::conversion(EXPECTED, &other)),
    }
}

/// The pairs of [`pairs`], each converted.
fn converted_pairs<K: FromValue, V: FromValue>(frame: Frame) -> Result<Vec<(K, V)>> {
    pairs(frame)?
        .into_iter()
        .map(|(key, value)| Ok((K::from_value(key)?, V::from_value(value)?)))
        .collect()
}

impl FromValue for Frame {
    fn from_value(frame: Frame) -> Result<Self> {
        Ok(frame)
    }
}

impl FromValue for () {
    fn from_value(frame: Frame) -> Result<Self> {
        plain(frame).map(drop)
    }
}

impl FromValue for bool {
    fn from_value(frame: Frame) -> Result<Self> {
        const EXPECTED: &str = "a boolean";
        match plain(frame)? {
            Frame::Boolean(value) => Ok(value),
            Frame::Integer(value) => Ok(value != 0),
            Frame::Null => Ok(false),
            other => match text(&other) {
                Some(text) if text == "OK" => Ok(true),
                Some(digits) => parse::<i64>(digits).map(|value| value != 0).map_err(|_| {
                    invalid(EXPECTED, describe(&other), "that is not OK or an integer")
                }),
                None => Err(Error::conversion(EXPECTED, &other)),
            },
        }
    }
}

/// An integer type, for the one generic conversion they all share.
trait Integer: Sized + FromStr<Err = ParseIntError> + TryFrom<i64> + From<bool> {
    /// "an i64", "a u8"...
    const EXPECTED: &'static str;

    /// `value`, when it is integral and in range.
    fn from_f64(value: f64) -> Option<Self>;
}

macro_rules! integers {
    ($($ty:ident $expected:literal),*) => {$(
        impl Integer for $ty {
            const EXPECTED: &'static str = $expected;

            fn from_f64(value: f64) -> Option<Self> {
                // `MAX as f64` is either exact or rounded up to the next power
                // of two; either way `MAX as f64 + 1.0` is the first value out
                // of range. NaN fails every comparison.
                let integral = value.fract() == 0.0
                    && value >= Self::MIN as f64
                    && value < Self::MAX as f64 + 1.0;
                integral.then(|| value as Self)
            }
        }
    )*};
}

integers!(
    i8 "an i8", i16 "an i16", i32 "an i32", i64 "an i64", i128 "an i128", isize "an isize",
    u8 "a u8", u16 "a u16", u32 "a u32", u64 "a u64", u128 "a u128", usize "a usize"
);

macro_rules! integer_values {
    ($($ty:ident),*) => {$(
        impl FromValue for $ty {
            fn from_value(frame: Frame) -> Result<Self> {
                integer(frame)
            }
        }
    )*};
}

integer_values!(i8, i16, i32, i64, i128, isize, u16, u32, u64, u128, usize);

// `u8` also reads a byte string as a `Vec<u8>`.
impl FromValue for u8 {
    fn from_value(frame: Frame) -> Result<Self> {
        integer(frame)
    }

    fn from_list(frame: Frame) -> Result<Vec<Self>> {
        match into_bytes(plain(frame)?) {
            Ok(bytes) => Ok(Vec::from(bytes)),
            Err(other) => list(other),
        }
    }
}

/// `digits` as an integer, when they are UTF-8.
fn parse<T: FromStr<Err = ParseIntError>>(digits: &[u8]) -> Result<T, Option<ParseIntError>> {
    let text = std::str::from_utf8(digits).map_err(|_| None)?;
    text.parse().map_err(Some)
}

fn integer<T: Integer>(frame: Frame) -> Result<T> {
    let frame = plain(frame)?;
    let got = describe(&frame);
    let out_of_range = || invalid(T::EXPECTED, got, "out of range");
    match &frame {
        Frame::Integer(value) => T::try_from(*value).map_err(|_| out_of_range()),
        Frame::Boolean(value) => Ok(T::from(*value)),
        Frame::Double(value) => T::from_f64(*value)
            .ok_or_else(|| invalid(T::EXPECTED, got, "that is not an integer in range")),
        other => {
            let digits = match other {
                Frame::BigNumber(digits) => digits,
                other => text(other).ok_or_else(|| Error::conversion(T::EXPECTED, other))?,
            };
            parse(digits).map_err(|error| match error.as_ref().map(ParseIntError::kind) {
                Some(IntErrorKind::PosOverflow | IntErrorKind::NegOverflow) => out_of_range(),
                _ => invalid(T::EXPECTED, got, "that is not a decimal integer"),
            })
        }
    }
}

fn float(frame: Frame, expected: &str) -> Result<f64> {
    let frame = plain(frame)?;
    match &frame {
        Frame::Double(value) => Ok(*value),
        Frame::Integer(value) => Ok(*value as f64),
        other => {
            let digits = match other {
                Frame::BigNumber(digits) => digits,
                other => text(other).ok_or_else(|| Error::conversion(expected, other))?,
            };
            std::str::from_utf8(digits)
                .ok()
                .and_then(|text| text.parse().ok())
                .ok_or_else(|| invalid(expected, describe(other), "that is not a number"))
        }
    }
}

impl FromValue for f64 {
    fn from_value(frame: Frame) -> Result<Self> {
        float(frame, "an f64")
    }
}

impl FromValue for f32 {
    fn from_value(frame: Frame) -> Result<Self> {
        float(frame, "an f32").map(|value| value as Self)
    }
}

impl FromValue for Bytes {
    fn from_value(frame: Frame) -> Result<Self> {
        into_bytes(plain(frame)?).map_err(|other| Error::conversion("a string", &other))
    }
}

impl FromValue for String {
    fn from_value(frame: Frame) -> Result<Self> {
        let frame = plain(frame)?;
        let got = describe(&frame);
        let bytes = into_bytes(frame).map_err(|other| Error::conversion("a string", &other))?;
        Self::from_utf8(Vec::from(bytes)).map_err(|_| invalid("a string", got, "that is not UTF-8"))
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(frame: Frame) -> Result<Self> {
        if matches!(frame.value(), Frame::Null) {
            Ok(None)
        } else {
            T::from_value(frame).map(Some)
        }
    }
}

impl<T: FromValue> FromValue for Result<T, ServerError> {
    fn from_value(frame: Frame) -> Result<Self> {
        match ServerError::from_frame(&frame) {
            Some(error) => Ok(Err(error)),
            None => T::from_value(frame).map(Ok),
        }
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    fn from_value(frame: Frame) -> Result<Self> {
        T::from_list(frame)
    }
}

impl<T: FromValue + Eq + Hash, S: BuildHasher + Default> FromValue for HashSet<T, S> {
    fn from_value(frame: Frame) -> Result<Self> {
        members(frame)?.into_iter().map(T::from_value).collect()
    }
}

impl<T: FromValue + Ord> FromValue for BTreeSet<T> {
    fn from_value(frame: Frame) -> Result<Self> {
        members(frame)?.into_iter().map(T::from_value).collect()
    }
}

impl<K, V, S> FromValue for HashMap<K, V, S>
where
    K: FromValue + Eq + Hash,
    V: FromValue,
    S: BuildHasher + Default,
{
    fn from_value(frame: Frame) -> Result<Self> {
        Ok(converted_pairs(frame)?.into_iter().collect())
    }
}

impl<K: FromValue + Ord, V: FromValue> FromValue for BTreeMap<K, V> {
    fn from_value(frame: Frame) -> Result<Self> {
        Ok(converted_pairs(frame)?.into_iter().collect())
    }
}

/// The elements of an array or push of exactly `len` elements.
fn exactly(frame: Frame, len: usize) -> Result<std::vec::IntoIter<Frame>> {
    let noun = if len == 1 { "element" } else { "elements" };
    match plain(frame)? {
        Frame::Array(items) | Frame::Push(items) if items.len() == len => Ok(items.into_iter()),
        Frame::Array(items) | Frame::Push(items) => Err(Error::new(
            ErrorKind::Conversion,
            format!(
                "expected an array of {len} {noun}, got an array of {}",
                items.len()
            ),
        )),
        other => Err(Error::conversion(
            &format!("an array of {len} {noun}"),
            &other,
        )),
    }
}

/// Converts the next element of an iterator that [`exactly`] sized.
fn next<T: FromValue>(items: &mut std::vec::IntoIter<Frame>) -> Result<T> {
    T::from_value(items.next().unwrap_or(Frame::Null))
}

macro_rules! tuples {
    ($($len:literal: $($ty:ident)+;)+) => {$(
        impl<$($ty: FromValue),+> FromValue for ($($ty,)+) {
            fn from_value(frame: Frame) -> Result<Self> {
                let mut items = exactly(frame, $len)?;
                Ok(($(next::<$ty>(&mut items)?,)+))
            }
        }
    )+};
}

tuples! {
    1: A;
    3: A B C;
    4: A B C D;
    5: A B C D E;
    6: A B C D E F;
}

impl<A: FromValue, B: FromValue> FromValue for (A, B) {
    fn from_value(frame: Frame) -> Result<Self> {
        match plain(frame)? {
            Frame::Map(entries) if entries.len() == 1 => {
                let mut entries = entries.into_iter();
                let (key, value) = entries.next().unwrap_or((Frame::Null, Frame::Null));
                Ok((A::from_value(key)?, B::from_value(value)?))
            }
            Frame::Map(entries) => Err(Error::new(
                ErrorKind::Conversion,
                format!(
                    "expected an array of 2 elements, got a map of {} entries",
                    entries.len()
                ),
            )),
            frame => {
                let mut items = exactly(frame, 2)?;
                Ok((next(&mut items)?, next(&mut items)?))
            }
        }
    }

    fn from_list(frame: Frame) -> Result<Vec<Self>> {
        match plain(frame)? {
            frame @ (Frame::Map(_) | Frame::Array(_)) => converted_pairs(frame),
            frame => list(frame),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Debug;

    use arbitrary::{Arbitrary, Unstructured};
    use proptest::prelude::*;
    use resp_core::VerbatimFormat;

    use super::*;

    fn bulk(text: &str) -> Frame {
        Frame::bulk(text.to_owned())
    }

    fn array(items: impl IntoIterator<Item = Frame>) -> Frame {
        Frame::Array(items.into_iter().collect())
    }

    fn verbatim(text: &str) -> Frame {
        Frame::VerbatimString {
            format: VerbatimFormat::TEXT,
            text: Bytes::from(text.to_owned()),
        }
    }

    fn attributed(frame: Frame) -> Frame {
        Frame::Attributed {
            attributes: vec![(bulk("key-popularity"), Frame::Integer(1))],
            frame: Box::new(frame),
        }
    }

    #[track_caller]
    fn ok<T: FromValue + PartialEq + Debug>(frame: Frame, expected: T) {
        match T::from_value(frame.clone()) {
            Ok(value) => assert_eq!(value, expected, "from {frame:?}"),
            Err(error) => panic!("{frame:?}: {error}"),
        }
        // Attributes never change the result.
        let value = T::from_value(attributed(frame.clone()))
            .unwrap_or_else(|error| panic!("attributed {frame:?}: {error}"));
        assert_eq!(value, expected, "from attributed {frame:?}");
    }

    /// Converting `frame` to `T` fails with a conversion error whose message
    /// is `message`.
    #[track_caller]
    fn fails<T: FromValue + Debug>(frame: Frame, message: &str) {
        match T::from_value(frame.clone()) {
            Ok(value) => panic!("{frame:?} converted to {value:?}"),
            Err(error) => {
                assert_eq!(error.kind(), ErrorKind::Conversion, "{frame:?}: {error}");
                assert_eq!(error.to_string(), message, "from {frame:?}");
            }
        }
    }

    #[test]
    fn frame_is_the_reply_untouched() {
        for frame in [
            attributed(Frame::Integer(1)),
            Frame::SimpleError("ERR no".into()),
            Frame::Null,
            array([bulk("a"), Frame::BulkError("ERR nested".into())]),
        ] {
            assert_eq!(Frame::from_value(frame.clone()).expect("any frame"), frame);
        }
        ok(
            array([bulk("a"), Frame::Null]),
            vec![bulk("a"), Frame::Null],
        );
        // Wrapped in `Option` or `Result`, it still is.
        let frame = attributed(bulk("a"));
        let some = Option::<Frame>::from_value(frame.clone()).expect("some");
        assert_eq!(some, Some(frame.clone()));
        let okay = Result::<Frame, ServerError>::from_value(frame.clone()).expect("ok");
        assert_eq!(okay, Ok(frame));
        assert_eq!(
            Option::<Frame>::from_value(attributed(Frame::Null)).expect("none"),
            None
        );
    }

    #[test]
    fn unit_takes_anything_but_an_error() {
        for frame in [
            Frame::simple("OK"),
            Frame::Null,
            Frame::Integer(3),
            array([Frame::Null]),
            Frame::Map(Vec::new()),
            Frame::Double(f64::NAN),
        ] {
            ok(frame, ());
        }
        let error = <()>::from_value(Frame::SimpleError("ERR nope".into())).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server);
    }

    #[test]
    fn server_errors_at_any_depth_are_server_errors() {
        let wrong_type = || Frame::SimpleError("WRONGTYPE Operation against a key".into());
        let bulk_error = || Frame::BulkError("NOSCRIPT No matching script".into());
        let cases: Vec<(Result<(), Error>, &str)> = vec![
            (String::from_value(wrong_type()).map(drop), "WRONGTYPE"),
            (
                i64::from_value(attributed(bulk_error())).map(drop),
                "NOSCRIPT",
            ),
            (
                Option::<i64>::from_value(wrong_type()).map(drop),
                "WRONGTYPE",
            ),
            (
                Vec::<String>::from_value(array([bulk("a"), wrong_type()])).map(drop),
                "WRONGTYPE",
            ),
            (
                Vec::<Bytes>::from_value(wrong_type()).map(drop),
                "WRONGTYPE",
            ),
            (Vec::<u8>::from_value(bulk_error()).map(drop), "NOSCRIPT"),
            (
                HashMap::<String, i64>::from_value(array([bulk("k"), bulk_error()])).map(drop),
                "NOSCRIPT",
            ),
            (
                Vec::<(String, f64)>::from_value(wrong_type()).map(drop),
                "WRONGTYPE",
            ),
            (
                <(i64, i64)>::from_value(array([Frame::Integer(1), wrong_type()])).map(drop),
                "WRONGTYPE",
            ),
            (bool::from_value(wrong_type()).map(drop), "WRONGTYPE"),
            (f64::from_value(bulk_error()).map(drop), "NOSCRIPT"),
            (
                HashSet::<String>::from_value(wrong_type()).map(drop),
                "WRONGTYPE",
            ),
        ];
        for (result, code) in cases {
            let error = result.expect_err(code);
            assert_eq!(error.kind(), ErrorKind::Server);
            assert_eq!(error.code(), Some(code));
        }
    }

    #[test]
    fn result_keeps_server_errors_as_data() {
        // `EXEC` with one failed command.
        let reply = array([
            Frame::simple("OK"),
            Frame::SimpleError("WRONGTYPE Operation against a key".into()),
            attributed(Frame::Integer(2)),
        ]);
        let results = Vec::<Result<String, ServerError>>::from_value(reply).expect("exec");
        assert_eq!(results.len(), 3);
        assert_eq!(results[0], Ok("OK".to_owned()));
        assert_eq!(results[2], Ok("2".to_owned()));
        let error = results[1].as_ref().unwrap_err();
        assert_eq!(error.code(), b"WRONGTYPE");
        // `OK` does not convert to an integer: a conversion error, not data.
        fails::<Result<i64, ServerError>>(
            Frame::simple("OK"),
            "expected an i64, got a simple string that is not a decimal integer",
        );
    }

    #[test]
    fn bool_from_every_shape() {
        ok(Frame::Boolean(true), true);
        ok(Frame::Boolean(false), false);
        ok(Frame::Integer(0), false);
        ok(Frame::Integer(1), true);
        ok(Frame::Integer(2), true); // `EXISTS a b`: any of them
        ok(Frame::Integer(-1), true);
        ok(Frame::simple("OK"), true);
        ok(Frame::Null, false); // `SET k v NX` when `k` exists
        ok(bulk("1"), true);
        ok(bulk("0"), false);
        ok(verbatim("1"), true);
        ok(bulk("OK"), true);
        ok(Frame::Null, Option::<bool>::None);
        fails::<bool>(
            bulk("yes"),
            "expected a boolean, got a bulk string that is not OK or an integer",
        );
        fails::<bool>(
            Frame::simple("QUEUED"),
            "expected a boolean, got a simple string that is not OK or an integer",
        );
        fails::<bool>(Frame::Double(1.0), "expected a boolean, got a double");
        fails::<bool>(array([]), "expected a boolean, got an array");
    }

    #[test]
    fn integers_from_every_shape() {
        ok(Frame::Integer(-7), -7i64);
        ok(Frame::Integer(255), 255u8);
        ok(Frame::Integer(i64::MIN), i64::MIN);
        ok(Frame::Integer(i64::MAX), i64::MAX as u64);
        ok(Frame::Integer(-3), -3i128);
        ok(Frame::Integer(42), 42usize);
        ok(Frame::Integer(-42), -42isize);
        ok(bulk("12"), 12i32);
        ok(bulk("-12"), -12i16);
        ok(Frame::simple("3"), 3u32);
        ok(verbatim("9"), 9u16);
        ok(bulk("18446744073709551615"), u64::MAX);
        ok(
            Frame::BigNumber(Bytes::from_static(
                b"-170141183460469231731687303715884105728",
            )),
            i128::MIN,
        );
        ok(
            Frame::BigNumber(Bytes::from_static(
                b"340282366920938463463374607431768211455",
            )),
            u128::MAX,
        );
        ok(Frame::BigNumber(Bytes::from_static(b"5")), 5i8);
        ok(Frame::Double(3.0), 3i64);
        ok(Frame::Double(-0.0), 0u8);
        ok(Frame::Double(255.0), 255u8);
        ok(Frame::Double(-9_223_372_036_854_775_808.0), i64::MIN);
        ok(Frame::Boolean(true), 1u8);
        ok(Frame::Boolean(false), 0i64);
    }

    #[test]
    fn integer_errors() {
        fails::<u8>(
            Frame::Integer(256),
            "expected a u8, got an integer out of range",
        );
        fails::<u64>(
            Frame::Integer(-1),
            "expected a u64, got an integer out of range",
        );
        fails::<i8>(
            Frame::Integer(-129),
            "expected an i8, got an integer out of range",
        );
        fails::<i64>(
            bulk("9223372036854775808"),
            "expected an i64, got a bulk string out of range",
        );
        fails::<u32>(
            bulk("-1"),
            "expected a u32, got a bulk string that is not a decimal integer",
        );
        fails::<i64>(
            bulk("1.5"),
            "expected an i64, got a bulk string that is not a decimal integer",
        );
        fails::<i64>(
            bulk(""),
            "expected an i64, got a bulk string that is not a decimal integer",
        );
        fails::<i64>(
            Frame::bulk(&b"\xff"[..]),
            "expected an i64, got a bulk string that is not a decimal integer",
        );
        fails::<i64>(
            Frame::BigNumber(Bytes::from_static(b"99999999999999999999")),
            "expected an i64, got a big number out of range",
        );
        for double in [1.5, f64::NAN, f64::INFINITY, 9_223_372_036_854_775_808.0] {
            fails::<i64>(
                Frame::Double(double),
                "expected an i64, got a double that is not an integer in range",
            );
        }
        fails::<u8>(
            Frame::Double(256.0),
            "expected a u8, got a double that is not an integer in range",
        );
        fails::<u8>(
            Frame::Double(-1.0),
            "expected a u8, got a double that is not an integer in range",
        );
        fails::<i64>(Frame::Null, "expected an i64, got null");
        fails::<usize>(array([Frame::Integer(1)]), "expected a usize, got an array");
        fails::<i32>(Frame::Map(Vec::new()), "expected an i32, got a map");
    }

    #[test]
    fn floats_from_every_shape() {
        ok(Frame::Double(1.5), 1.5f64);
        ok(Frame::Double(f64::NEG_INFINITY), f64::NEG_INFINITY);
        ok(Frame::Integer(-4), -4.0f64);
        ok(bulk("1.5"), 1.5f64);
        ok(bulk("-3"), -3.0f64);
        ok(bulk("1e3"), 1000.0f64);
        ok(bulk("inf"), f64::INFINITY);
        ok(bulk("-inf"), f64::NEG_INFINITY);
        ok(bulk("+inf"), f64::INFINITY);
        ok(Frame::simple("0.25"), 0.25f64);
        ok(verbatim("2"), 2.0f64);
        ok(
            Frame::BigNumber(Bytes::from_static(b"100000000000000000000")),
            1e20f64,
        );
        ok(Frame::Double(0.5), 0.5f32);
        ok(bulk("0.5"), 0.5f32);
        assert!(f64::from_value(bulk("nan")).expect("nan").is_nan());
        assert!(
            f64::from_value(Frame::Double(f64::NAN))
                .expect("nan")
                .is_nan()
        );
        fails::<f64>(
            bulk("one"),
            "expected an f64, got a bulk string that is not a number",
        );
        fails::<f32>(Frame::Boolean(true), "expected an f32, got a boolean");
        fails::<f64>(Frame::Null, "expected an f64, got null");
    }

    #[test]
    fn strings_and_bytes_from_every_shape() {
        ok(bulk("héllo"), "héllo".to_owned());
        ok(Frame::simple("OK"), "OK".to_owned());
        ok(verbatim("Some text"), "Some text".to_owned());
        ok(Frame::Integer(-12), "-12".to_owned());
        ok(Frame::Double(3.0), "3".to_owned());
        ok(Frame::Double(1.5), "1.5".to_owned());
        ok(Frame::Double(f64::INFINITY), "inf".to_owned());
        ok(Frame::Double(f64::NEG_INFINITY), "-inf".to_owned());
        ok(Frame::Double(f64::NAN), "nan".to_owned());
        ok(Frame::Double(1e300), "1e300".to_owned());
        ok(Frame::Double(-0.25), "-0.25".to_owned());
        ok(
            Frame::BigNumber(Bytes::from_static(b"-123")),
            "-123".to_owned(),
        );
        ok(bulk(""), String::new());

        let binary = Frame::bulk(&b"\x00\xff"[..]);
        ok(binary.clone(), b"\x00\xff".to_vec());
        ok(binary.clone(), Bytes::from_static(b"\x00\xff"));
        ok(Frame::simple("OK"), b"OK".to_vec());
        ok(verbatim("txt"), Bytes::from_static(b"txt"));
        ok(Frame::Integer(7), b"7".to_vec());
        ok(Frame::Integer(7), Bytes::from_static(b"7"));
        // `Vec<u8>` also reads a list of small integers.
        ok(array([Frame::Integer(1), bulk("2")]), vec![1u8, 2]);

        fails::<String>(
            binary,
            "expected a string, got a bulk string that is not UTF-8",
        );
        fails::<String>(Frame::Null, "expected a string, got null");
        fails::<String>(Frame::Boolean(true), "expected a string, got a boolean");
        fails::<String>(array([bulk("a")]), "expected a string, got an array");
        fails::<Bytes>(Frame::Map(Vec::new()), "expected a string, got a map");
        fails::<Vec<u8>>(Frame::Null, "expected an array, got null");
        fails::<Vec<u8>>(
            array([Frame::Integer(256)]),
            "expected a u8, got an integer out of range",
        );
    }

    #[test]
    fn bulk_bytes_are_not_copied() {
        let payload = Bytes::from(vec![7u8; 64]);
        let converted = Bytes::from_value(Frame::BulkString(payload.clone())).expect("bytes");
        assert_eq!(converted.as_ptr(), payload.as_ptr());
    }

    #[test]
    fn option_is_null_or_the_value() {
        ok(Frame::Null, Option::<String>::None);
        ok(bulk("v"), Some("v".to_owned()));
        ok(Frame::Integer(0), Some(0i64));
        ok(
            array([bulk("a"), Frame::Null]),
            vec![Some("a".to_owned()), None],
        );
        ok(Frame::Null, Option::<Vec<String>>::None);
        fails::<Option<i64>>(
            bulk("x"),
            "expected an i64, got a bulk string that is not a decimal integer",
        );
    }

    #[test]
    fn vec_from_arrays_sets_pushes_and_maps() {
        let strings = || vec!["a".to_owned(), "b".to_owned()];
        ok(array([bulk("a"), bulk("b")]), strings());
        ok(Frame::Set(vec![bulk("a"), bulk("b")]), strings());
        ok(Frame::Push(vec![bulk("a"), bulk("b")]), strings());
        ok(array([attributed(bulk("a")), bulk("b")]), strings());
        ok(Frame::Map(vec![(bulk("a"), bulk("b"))]), strings());
        ok(array([]), Vec::<String>::new());
        ok(
            array([array([Frame::Integer(1)]), array([])]),
            vec![vec![1i64], vec![]],
        );
        ok(
            array([bulk("k1"), bulk("k2")]),
            vec![b"k1".to_vec(), b"k2".to_vec()],
        );
        fails::<Vec<String>>(Frame::Null, "expected an array, got null");
        fails::<Vec<String>>(bulk("a"), "expected an array, got a bulk string");
        fails::<Vec<i64>>(
            array([bulk("x")]),
            "expected an i64, got a bulk string that is not a decimal integer",
        );
    }

    #[test]
    fn sets_from_arrays_and_sets() {
        let expected: HashSet<String> = ["a", "b"].map(str::to_owned).into();
        ok(Frame::Set(vec![bulk("a"), bulk("b")]), expected.clone());
        ok(array([bulk("b"), bulk("a"), bulk("a")]), expected);
        let expected: BTreeSet<i64> = [1, 2].into();
        ok(Frame::Set(vec![Frame::Integer(2), bulk("1")]), expected);
        fails::<HashSet<String>>(
            Frame::Map(Vec::new()),
            "expected an array or a set, got a map",
        );
        fails::<BTreeSet<String>>(Frame::Null, "expected an array or a set, got null");
    }

    #[test]
    fn maps_from_both_protocols() {
        let expected: HashMap<String, String> = [("name", "Ada"), ("role", "engineer")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into();
        // `HGETALL` in RESP3, then in RESP2.
        let resp3 = Frame::Map(vec![
            (bulk("name"), bulk("Ada")),
            (bulk("role"), bulk("engineer")),
        ]);
        let resp2 = array([bulk("name"), bulk("Ada"), bulk("role"), bulk("engineer")]);
        let pairs = array([
            array([bulk("name"), bulk("Ada")]),
            array([bulk("role"), bulk("engineer")]),
        ]);
        ok(resp3.clone(), expected.clone());
        ok(resp2.clone(), expected.clone());
        ok(pairs, expected.clone());
        let sorted: BTreeMap<String, String> = expected.into_iter().collect();
        ok(resp3, sorted.clone());
        ok(resp2, sorted);
        ok(array([]), HashMap::<String, String>::new());
        ok(Frame::Map(Vec::new()), BTreeMap::<String, String>::new());
        // A later duplicate wins.
        ok(
            array([bulk("k"), Frame::Integer(1), bulk("k"), Frame::Integer(2)]),
            BTreeMap::from([("k".to_owned(), 2i64)]),
        );
        // Values may be aggregates: `XREAD` in RESP2 and RESP3.
        let entries = || array([array([bulk("1-0"), array([bulk("f"), bulk("v")])])]);
        type Entries = Vec<(String, HashMap<String, String>)>;
        let expected: BTreeMap<String, Entries> = BTreeMap::from([(
            "s".to_owned(),
            vec![(
                "1-0".to_owned(),
                HashMap::from([("f".to_owned(), "v".to_owned())]),
            )],
        )]);
        ok(array([array([bulk("s"), entries()])]), expected.clone());
        ok(Frame::Map(vec![(bulk("s"), entries())]), expected);

        fails::<HashMap<String, String>>(
            array([bulk("a"), bulk("b"), bulk("c")]),
            "expected a map or an array of pairs, got an array of odd length 3",
        );
        fails::<BTreeMap<String, String>>(
            Frame::Null,
            "expected a map or an array of pairs, got null",
        );
        fails::<HashMap<String, String>>(
            Frame::Set(vec![bulk("a"), bulk("b")]),
            "expected a map or an array of pairs, got a set",
        );
        fails::<HashMap<String, i64>>(
            array([bulk("k"), bulk("v")]),
            "expected an i64, got a bulk string that is not a decimal integer",
        );
    }

    #[test]
    fn scored_members_from_both_protocols() {
        let expected = vec![
            ("a".to_owned(), 1.5),
            ("b".to_owned(), f64::INFINITY),
            ("c".to_owned(), 3.0),
        ];
        // `ZRANGE z 0 -1 WITHSCORES` in RESP2: flat, scores as strings.
        let resp2 = array([
            bulk("a"),
            bulk("1.5"),
            bulk("b"),
            bulk("inf"),
            bulk("c"),
            bulk("3"),
        ]);
        // In RESP3: pairs, scores as doubles.
        let resp3 = array([
            array([bulk("a"), Frame::Double(1.5)]),
            array([bulk("b"), Frame::Double(f64::INFINITY)]),
            array([bulk("c"), Frame::Double(3.0)]),
        ]);
        ok(resp2.clone(), expected.clone());
        ok(resp3.clone(), expected.clone());
        // The same pairs from a map, and with attributes on the pairs.
        let map = Frame::Map(vec![
            (bulk("a"), Frame::Double(1.5)),
            (bulk("b"), bulk("inf")),
            (bulk("c"), Frame::Integer(3)),
        ]);
        ok(map, expected.clone());
        let wrapped = array([
            attributed(array([bulk("a"), Frame::Double(1.5)])),
            array([bulk("b"), Frame::Double(f64::INFINITY)]),
            array([bulk("c"), Frame::Double(3.0)]),
        ]);
        ok(wrapped, expected.clone());
        // `ZPOPMIN z` with no count: one flat pair in both protocols.
        ok(
            array([bulk("a"), Frame::Double(1.5)]),
            vec![("a".to_owned(), 1.5)],
        );
        ok(
            array([bulk("a"), Frame::Double(1.5)]),
            ("a".to_owned(), 1.5),
        );
        // Scores as `f32`.
        ok(
            resp3,
            vec![
                ("a".to_owned(), 1.5f32),
                ("b".to_owned(), f32::INFINITY),
                ("c".to_owned(), 3.0),
            ],
        );
        // A set of pairs is read pair by pair.
        ok(
            Frame::Set(vec![array([bulk("a"), Frame::Integer(1)])]),
            vec![("a".to_owned(), 1i64)],
        );
        fails::<Vec<(String, f64)>>(
            array([bulk("a"), bulk("1"), bulk("b")]),
            "expected a map or an array of pairs, got an array of odd length 3",
        );
        fails::<Vec<(String, f64)>>(bulk("a"), "expected an array, got a bulk string");
        fails::<Vec<(String, f64)>>(
            array([bulk("a"), bulk("x")]),
            "expected an f64, got a bulk string that is not a number",
        );
    }

    #[test]
    fn tuples_of_every_length() {
        ok(array([bulk("a")]), ("a".to_owned(),));
        ok(
            array([bulk("a"), Frame::Integer(1)]),
            ("a".to_owned(), 1i64),
        );
        ok(
            Frame::Map(vec![(bulk("a"), Frame::Integer(1))]),
            ("a".to_owned(), 1i64),
        );
        ok(
            Frame::Push(vec![bulk("message"), bulk("chan"), bulk("hi")]),
            (
                "message".to_owned(),
                "chan".to_owned(),
                Bytes::from_static(b"hi"),
            ),
        );
        ok(
            array([
                Frame::Integer(1),
                Frame::Integer(2),
                Frame::Integer(3),
                Frame::Integer(4),
            ]),
            (1u8, 2u16, 3u32, 4u64),
        );
        ok(
            array([
                Frame::Integer(1),
                Frame::Null,
                bulk("x"),
                Frame::Double(0.5),
                Frame::Boolean(true),
            ]),
            (1i64, None::<i64>, "x".to_owned(), 0.5f64, true),
        );
        ok(
            array((1..=6).map(Frame::Integer)),
            (1i8, 2i16, 3i32, 4i64, 5i128, 6isize),
        );
        fails::<(i64, i64)>(
            array([Frame::Integer(1)]),
            "expected an array of 2 elements, got an array of 1",
        );
        fails::<(i64,)>(
            array([]),
            "expected an array of 1 element, got an array of 0",
        );
        fails::<(i64, i64, i64)>(Frame::Null, "expected an array of 3 elements, got null");
        fails::<(i64, i64)>(
            Frame::Map(Vec::new()),
            "expected an array of 2 elements, got a map of 0 entries",
        );
        fails::<(i64, i64)>(
            Frame::Set(vec![Frame::Integer(1), Frame::Integer(2)]),
            "expected an array of 2 elements, got a set",
        );
    }

    #[test]
    fn errors_never_hold_the_reply() {
        let secret = "hunter2-secret";
        let frames = [
            bulk(secret),
            Frame::simple(secret),
            verbatim(secret),
            array([bulk(secret), bulk(secret), bulk(secret)]),
            Frame::Map(vec![(bulk(secret), bulk(secret))]),
            Frame::Set(vec![bulk(secret)]),
            Frame::BigNumber(Bytes::from_static(b"123456789012345678901234567890")),
        ];
        for frame in frames {
            let errors = [
                i64::from_value(frame.clone()).err(),
                f64::from_value(frame.clone()).err(),
                bool::from_value(frame.clone()).err(),
                <(i64, i64)>::from_value(frame.clone()).err(),
                HashMap::<String, i64>::from_value(frame.clone()).err(),
                Vec::<i64>::from_value(frame.clone()).err(),
                String::from_value(frame.clone()).err(),
            ];
            for error in errors.into_iter().flatten() {
                let text = format!("{error} {error:?}");
                assert!(!text.contains("hunter2"), "{text}");
                assert!(!text.contains("1234567890"), "{text}");
            }
        }
    }

    /// Converts `frame` to many types; any of them may fail, none may panic.
    fn convert_to_everything(frame: &Frame) {
        macro_rules! each {
            ($($ty:ty),* $(,)?) => {$(
                let _ = <$ty>::from_value(frame.clone());
            )*};
        }
        each!(
            Frame, (), bool, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize,
            f32, f64, String, Bytes, Vec<u8>, Option<String>, Result<i64, ServerError>,
            Vec<Frame>, Vec<String>, Vec<Option<i64>>, Vec<Vec<u8>>, Vec<(String, f64)>,
            Vec<(Frame, Frame)>, HashSet<Bytes>, BTreeSet<i64>, HashMap<Bytes, Frame>,
            BTreeMap<String, Vec<(Bytes, Option<f64>)>>, (Frame,), (i64, Frame),
            (Frame, Frame, Frame), (u8, u8, u8, u8), (bool, bool, bool, bool, bool),
            (Frame, String, Bytes, i64, f64, Option<bool>),
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        #[test]
        fn no_frame_makes_a_conversion_panic(seed in proptest::collection::vec(any::<u8>(), 0..1024)) {
            let mut u = Unstructured::new(&seed);
            while let Ok(frame) = Frame::arbitrary(&mut u) {
                convert_to_everything(&frame);
                if u.is_empty() {
                    break;
                }
            }
        }

        #[test]
        fn integers_read_back_in_every_shape(value in any::<i64>()) {
            let text = value.to_string();
            for frame in [Frame::Integer(value), bulk(&text), Frame::simple(text.clone()), verbatim(&text),
                          Frame::BigNumber(Bytes::from(text.clone()))] {
                prop_assert_eq!(i64::from_value(frame.clone()).ok(), Some(value));
                prop_assert_eq!(i128::from_value(frame.clone()).ok(), Some(i128::from(value)));
                prop_assert_eq!(i32::from_value(frame.clone()).ok(), i32::try_from(value).ok());
                prop_assert_eq!(u64::from_value(frame.clone()).ok(), u64::try_from(value).ok());
                prop_assert_eq!(String::from_value(frame).ok(), Some(text.clone()));
            }
        }

        #[test]
        fn doubles_read_back_from_their_text(value in any::<f64>()) {
            let text = String::from_value(Frame::Double(value)).expect("a double is text");
            let back = f64::from_value(bulk(&text)).expect("and reads back");
            prop_assert!(back == value || (back.is_nan() && value.is_nan()), "{} {}", value, text);
            let integral = i64::from_value(Frame::Double(value)).ok();
            prop_assert_eq!(integral.map(|n| n as f64 == value), integral.map(|_| true));
        }
    }
}

//! Test vectors from the RESP2 and RESP3 specifications, run through the
//! public API: every example the specifications show, decoded whole, split at
//! every byte offset, one byte at a time and followed by more bytes; malformed
//! inputs with the exact error they must give; and encoder vectors.
//!
//! Sources, quoted by section below:
//!
//! - "RESP2": `protocol/RESP2.md` of github.com/redis/redis-specifications,
//!   whose examples the RESP2 parts of the redis.io page "Redis serialization
//!   protocol specification" repeat (sometimes with other words, noted as
//!   "redis.io").
//! - "RESP3": `protocol/RESP3.md` of the same repository (version 1.6), and
//!   the RESP3 parts of the redis.io page.
//! - "HELLO": the redis.io page of the `HELLO` command, whose reply the
//!   specifications describe but show only as `redis-cli` renders it.
//!
//! Vectors marked "derived" are not printed in a specification but follow
//! from its grammar or prose (for instance the streamed set, which RESP3
//! describes as "exactly like" the streamed array).

use bytes::{Bytes, BytesMut};
use resp_core::{Cmd, DecodeError, Decoder, EncodeError, Frame, Limits, VerbatimFormat, encode};

// ---------------------------------------------------------------------------
// Frame builders
// ---------------------------------------------------------------------------

fn simple(text: &'static str) -> Frame {
    Frame::SimpleString(Bytes::from_static(text.as_bytes()))
}

fn error(text: &'static str) -> Frame {
    Frame::SimpleError(Bytes::from_static(text.as_bytes()))
}

fn bulk(data: &'static str) -> Frame {
    Frame::BulkString(Bytes::from_static(data.as_bytes()))
}

fn int(value: i64) -> Frame {
    Frame::Integer(value)
}

fn double(value: f64) -> Frame {
    Frame::Double(value)
}

fn big(digits: &'static str) -> Frame {
    Frame::BigNumber(Bytes::from_static(digits.as_bytes()))
}

fn bulk_error(text: &'static str) -> Frame {
    Frame::BulkError(Bytes::from_static(text.as_bytes()))
}

fn verbatim(format: [u8; 3], text: &'static str) -> Frame {
    Frame::VerbatimString {
        format: VerbatimFormat::new(format).expect("a valid format"),
        text: Bytes::from_static(text.as_bytes()),
    }
}

fn attributed(attributes: Vec<(Frame, Frame)>, frame: Frame) -> Frame {
    Frame::Attributed {
        attributes,
        frame: Box::new(frame),
    }
}

/// `depth` arrays of one element nested inside one another around `:1`.
fn nested_arrays(depth: usize) -> Frame {
    (0..depth).fold(int(1), |inner, _| Frame::Array(vec![inner]))
}

// ---------------------------------------------------------------------------
// The shared checks
// ---------------------------------------------------------------------------

/// Whether [`encode`] writes a vector's frames back as exactly its bytes.
#[derive(Clone, Copy, Debug)]
enum Spelling {
    /// The specification's bytes are what the encoder writes.
    Canonical,
    /// Valid input that the encoder spells differently (RESP2 nulls, streamed
    /// forms, a double without a fraction, a `+` sign...).
    Alternate,
}

/// Decodes `pieces`, appended to one buffer in turn, calling `decode` after
/// each append until it asks for more. Panics on an error, on leftover bytes
/// and on a decoder still mid-frame at the end.
fn decode_pieces(limits: Limits, pieces: &[&[u8]], how: &str) -> Vec<Frame> {
    let mut decoder = Decoder::with_limits(limits);
    let mut buf = BytesMut::new();
    let mut frames = Vec::new();
    for piece in pieces {
        buf.extend_from_slice(piece);
        loop {
            match decoder.decode(&mut buf) {
                Ok(Some(frame)) => {
                    assert!(
                        !decoder.is_mid_frame(),
                        "{how}: mid-frame right after returning {frame:?}"
                    );
                    frames.push(frame);
                }
                Ok(None) => break,
                Err(err) => panic!("{how}: unexpected {err:?}"),
            }
        }
    }
    assert!(
        buf.is_empty(),
        "{how}: bytes left over: {:?}",
        buf.escape_ascii().to_string()
    );
    assert!(!decoder.is_mid_frame(), "{how}: still mid-frame at the end");
    frames
}

/// Bytes appended after a vector, and what decoding them then gives.
fn trailers() -> Vec<(&'static [u8], Option<Frame>)> {
    vec![
        (b"+OK\r\n", Some(simple("OK"))),
        (b"$5\r\nhel", None),
        (b":4", None),
        (b"*2\r\n:1\r\n", None),
        (b"_\r\n", Some(Frame::Null)),
    ]
}

/// Checks one valid vector with the default limits.
fn check_vector(input: &[u8], expected: &[Frame], spelling: Spelling) {
    check_vector_with(Limits::default(), input, expected, spelling);
}

/// Checks that `input` decodes to `expected` however it is fed, that bytes
/// after it stay buffered, and how the frames encode.
fn check_vector_with(limits: Limits, input: &[u8], expected: &[Frame], spelling: Spelling) {
    let shown = input.escape_ascii().to_string();

    // (a) In one piece.
    let frames = decode_pieces(limits, &[input], &format!("{shown:?} whole"));
    assert_eq!(frames, expected, "{shown:?} fed whole");

    // (b) Split into two pieces at every offset.
    for at in 0..=input.len() {
        let (head, tail) = input.split_at(at);
        let how = format!("{shown:?} split at {at}");
        assert_eq!(
            decode_pieces(limits, &[head, tail], &how),
            expected,
            "{how}"
        );
    }

    // (c) One byte at a time.
    let bytes: Vec<&[u8]> = input.chunks(1).collect();
    let how = format!("{shown:?} one byte at a time");
    assert_eq!(decode_pieces(limits, &bytes, &how), expected, "{how}");

    // (d) With more bytes after it: each frame comes back and the rest stays.
    for (trailer, next) in trailers() {
        if trailer.starts_with(b"$5") && limits.max_bulk_len < 5 {
            // The partial bulk string would be over the limit.
            continue;
        }
        let how = format!(
            "{shown:?} followed by {:?}",
            trailer.escape_ascii().to_string()
        );
        let mut decoder = Decoder::with_limits(limits);
        let mut buf = BytesMut::from(input);
        buf.extend_from_slice(trailer);
        for frame in expected {
            let got = decoder
                .decode(&mut buf)
                .unwrap_or_else(|e| panic!("{how}: {e:?}"));
            assert_eq!(got.as_ref(), Some(frame), "{how}");
            assert!(!decoder.is_mid_frame(), "{how}: mid-frame after a frame");
        }
        assert_eq!(&buf[..], trailer, "{how}: trailing bytes were touched");
        let got = decoder
            .decode(&mut buf)
            .unwrap_or_else(|e| panic!("{how}: {e:?}"));
        assert_eq!(got, next, "{how}: the trailing bytes");
        if next.is_some() {
            assert!(buf.is_empty(), "{how}: bytes left after the trailer");
        }
    }

    // The encoder: the frames read back as themselves, and a canonical
    // spelling is written back byte for byte.
    let mut out = BytesMut::new();
    for frame in expected {
        encode(frame, &mut out).unwrap_or_else(|e| panic!("{shown:?}: encoding {frame:?}: {e:?}"));
    }
    let how = format!(
        "{shown:?} re-encoded as {:?}",
        out.escape_ascii().to_string()
    );
    assert_eq!(decode_pieces(limits, &[&out], &how), expected, "{how}");
    if let Spelling::Canonical = spelling {
        assert_eq!(
            out.escape_ascii().to_string(),
            shown,
            "encoding the frames of {shown:?}"
        );
    }
}

/// Appends `pieces` to one buffer in turn, calling `decode` after each, up to
/// the first error, which it returns. Panics if a frame comes out (each
/// malformed input is one bad frame) or no error does.
fn error_of(limits: Limits, pieces: &[&[u8]], how: &str) -> DecodeError {
    let mut decoder = Decoder::with_limits(limits);
    let mut buf = BytesMut::new();
    for piece in pieces {
        buf.extend_from_slice(piece);
        match decoder.decode(&mut buf) {
            Ok(Some(frame)) => panic!("{how}: decoded {frame:?} from malformed input"),
            Ok(None) => {}
            Err(err) => {
                assert!(!decoder.is_mid_frame(), "{how}: not reset after {err:?}");
                return err;
            }
        }
    }
    panic!("{how}: no error once all bytes were fed")
}

/// Checks that `input` fails with `expected` however it is fed.
fn check_malformed(limits: Limits, input: &[u8], expected: &DecodeError) {
    let shown = input.escape_ascii().to_string();
    let how = format!("{shown:?} whole");
    assert_eq!(&error_of(limits, &[input], &how), expected, "{how}");
    for at in 0..=input.len() {
        let (head, tail) = input.split_at(at);
        let how = format!("{shown:?} split at {at}");
        assert_eq!(&error_of(limits, &[head, tail], &how), expected, "{how}");
    }
    let bytes: Vec<&[u8]> = input.chunks(1).collect();
    let how = format!("{shown:?} one byte at a time");
    assert_eq!(&error_of(limits, &bytes, &how), expected, "{how}");
}

// ---------------------------------------------------------------------------
// Valid vectors
// ---------------------------------------------------------------------------

/// One valid vector: its name, bytes and frames.
struct Vector {
    name: &'static str,
    input: &'static [u8],
    frames: Vec<Frame>,
}

/// `name: bytes => [frames], Spelling;` makes a test named `name` that runs
/// [`check_vector`], and lists the vector in `all_vectors` as well.
macro_rules! vectors {
    ($(
        $(#[$meta:meta])*
        $name:ident: $input:expr => [$($frame:expr),* $(,)?], $spelling:ident;
    )*) => {
        $(
            $(#[$meta])*
            #[test]
            fn $name() {
                check_vector(&$input[..], &[$($frame),*], Spelling::$spelling);
            }
        )*

        /// Every vector of the table, in order.
        fn all_vectors() -> Vec<Vector> {
            vec![$(Vector {
                name: stringify!($name),
                input: &$input[..],
                frames: vec![$($frame),*],
            }),*]
        }
    };
}

vectors! {
    // ----- RESP2 -----------------------------------------------------------

    /// RESP2 "RESP Simple Strings": the 5 bytes of `OK`.
    resp2_simple_string_ok: b"+OK\r\n" => [simple("OK")], Canonical;
    /// RESP2 "RESP Errors": the basic format.
    resp2_error_basic_format: b"-Error message\r\n" => [error("Error message")], Canonical;
    /// RESP2 "RESP Errors": examples of error replies (shown without CRLF).
    resp2_error_unknown_command: b"-ERR unknown command 'foobar'\r\n"
        => [error("ERR unknown command 'foobar'")], Canonical;
    /// RESP2 "RESP Errors": examples of error replies (shown without CRLF).
    resp2_error_wrongtype:
        b"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"
        => [error("WRONGTYPE Operation against a key holding the wrong kind of value")],
        Canonical;
    /// redis.io "Simple errors": its example of an error reply.
    redis_io_error_unknown_command: b"-ERR unknown command 'asdf'\r\n"
        => [error("ERR unknown command 'asdf'")], Canonical;
    /// RESP2 "RESP Integers", redis.io "Integers"; also RESP2 "Inline
    /// Commands" (`EXISTS somekey` replies `:0`).
    resp2_integer_zero: b":0\r\n" => [int(0)], Canonical;
    /// RESP2 "RESP Integers", redis.io "Integers".
    resp2_integer_thousand: b":1000\r\n" => [int(1000)], Canonical;
    /// redis.io "Integers": `:[<+|->]<value>`, with a plus sign (derived).
    redis_io_integer_plus_sign: b":+1000\r\n" => [int(1000)], Alternate;
    /// redis.io "Integers": `:[<+|->]<value>`, with a minus sign (derived).
    redis_io_integer_minus_sign: b":-1000\r\n" => [int(-1000)], Canonical;
    /// RESP3 "Number": "in the range of the signed 64 bit integer", the
    /// lowest (derived).
    resp3_number_i64_min: b":-9223372036854775808\r\n" => [int(i64::MIN)], Canonical;
    /// RESP3 "Number": the highest (derived).
    resp3_number_i64_max: b":9223372036854775807\r\n" => [int(i64::MAX)], Canonical;
    /// RESP2 "RESP Bulk Strings": `foobar`.
    resp2_bulk_string_foobar: b"$6\r\nfoobar\r\n" => [bulk("foobar")], Canonical;
    /// redis.io "Bulk strings": `hello`.
    redis_io_bulk_string_hello: b"$5\r\nhello\r\n" => [bulk("hello")], Canonical;
    /// RESP2 "RESP Bulk Strings", redis.io "Bulk strings", RESP3 "Blob
    /// string": the empty string.
    resp2_bulk_string_empty: b"$0\r\n\r\n" => [bulk("")], Canonical;
    /// RESP2 "RESP Bulk Strings": binary safe, so CR and LF may be inside
    /// (derived).
    resp2_bulk_string_binary: b"$4\r\na\r\nb\r\n" => [bulk("a\r\nb")], Canonical;
    /// RESP2 "RESP Bulk Strings", redis.io "Null bulk strings".
    resp2_null_bulk_string: b"$-1\r\n" => [Frame::Null], Alternate;
    /// RESP2 "RESP Arrays", redis.io "Arrays": the empty array.
    resp2_array_empty: b"*0\r\n" => [Frame::Array(vec![])], Canonical;
    /// RESP2 "RESP Arrays": two bulk strings.
    resp2_array_foo_bar: b"*2\r\n$3\r\nfoo\r\n$3\r\nbar\r\n"
        => [Frame::Array(vec![bulk("foo"), bulk("bar")])], Canonical;
    /// redis.io "Arrays": two bulk strings.
    redis_io_array_hello_world: b"*2\r\n$5\r\nhello\r\n$5\r\nworld\r\n"
        => [Frame::Array(vec![bulk("hello"), bulk("world")])], Canonical;
    /// RESP2 "RESP Arrays", redis.io "Arrays", RESP3 "Aggregate data types
    /// overview": three integers.
    resp2_array_three_integers: b"*3\r\n:1\r\n:2\r\n:3\r\n"
        => [Frame::Array(vec![int(1), int(2), int(3)])], Canonical;
    /// RESP2 "RESP Arrays": mixed types.
    resp2_array_mixed: b"*5\r\n:1\r\n:2\r\n:3\r\n:4\r\n$6\r\nfoobar\r\n"
        => [Frame::Array(vec![int(1), int(2), int(3), int(4), bulk("foobar")])], Canonical;
    /// redis.io "Arrays": mixed types.
    redis_io_array_mixed: b"*5\r\n:1\r\n:2\r\n:3\r\n:4\r\n$5\r\nhello\r\n"
        => [Frame::Array(vec![int(1), int(2), int(3), int(4), bulk("hello")])], Canonical;
    /// RESP2 "RESP Arrays", redis.io "Null arrays".
    resp2_null_array: b"*-1\r\n" => [Frame::Null], Alternate;
    /// RESP2 "RESP Arrays": an array of two arrays.
    resp2_array_of_arrays: b"*2\r\n*3\r\n:1\r\n:2\r\n:3\r\n*2\r\n+Foo\r\n-Bar\r\n"
        => [Frame::Array(vec![
            Frame::Array(vec![int(1), int(2), int(3)]),
            Frame::Array(vec![simple("Foo"), error("Bar")]),
        ])], Canonical;
    /// redis.io "Arrays": an array of two arrays.
    redis_io_array_of_arrays: b"*2\r\n*3\r\n:1\r\n:2\r\n:3\r\n*2\r\n+Hello\r\n-World\r\n"
        => [Frame::Array(vec![
            Frame::Array(vec![int(1), int(2), int(3)]),
            Frame::Array(vec![simple("Hello"), error("World")]),
        ])], Canonical;
    /// RESP2 "Null elements in Arrays".
    resp2_array_null_element: b"*3\r\n$3\r\nfoo\r\n$-1\r\n$3\r\nbar\r\n"
        => [Frame::Array(vec![bulk("foo"), Frame::Null, bulk("bar")])], Alternate;
    /// redis.io "Null elements in arrays".
    redis_io_array_null_element: b"*3\r\n$5\r\nhello\r\n$-1\r\n$5\r\nworld\r\n"
        => [Frame::Array(vec![bulk("hello"), Frame::Null, bulk("world")])], Alternate;
    /// RESP2 "Sending commands to a Redis Server": the `LLEN mylist` request.
    resp2_command_llen: b"*2\r\n$4\r\nLLEN\r\n$6\r\nmylist\r\n"
        => [Frame::Array(vec![bulk("LLEN"), bulk("mylist")])], Canonical;
    /// RESP2 "Sending commands to a Redis Server": the reply.
    resp2_reply_llen: b":48293\r\n" => [int(48293)], Canonical;
    /// RESP2 "Inline Commands": the reply to `PING`.
    resp2_inline_pong: b"+PONG\r\n" => [simple("PONG")], Canonical;
    /// RESP2 "Multiple commands and pipelining": replies read back to back
    /// (derived).
    resp2_pipelined_replies: b"+OK\r\n:48293\r\n$-1\r\n*0\r\n"
        => [simple("OK"), int(48293), Frame::Null, Frame::Array(vec![])], Alternate;

    // ----- RESP3 -----------------------------------------------------------

    /// RESP3 "Conventions used in this document": an array holding "A".
    resp3_conventions_array: b"*1\r\n$1\r\nA\r\n" => [Frame::Array(vec![bulk("A")])], Canonical;
    /// RESP3 "Conventions used in this document": the nesting example.
    resp3_conventions_nested: b"*2\r\n*2\r\n:1\r\n:2\r\n#t\r\n"
        => [Frame::Array(vec![Frame::Array(vec![int(1), int(2)]), Frame::Boolean(true)])],
        Canonical;
    /// RESP3 "Blob string".
    resp3_blob_string: b"$11\r\nhello world\r\n" => [bulk("hello world")], Canonical;
    /// RESP3 "Simple string".
    resp3_simple_string: b"+hello world\r\n" => [simple("hello world")], Canonical;
    /// RESP3 "Simple error".
    resp3_simple_error: b"-ERR this is the error description\r\n"
        => [error("ERR this is the error description")], Canonical;
    /// RESP3 "Number".
    resp3_number: b":1234\r\n" => [int(1234)], Canonical;
    /// RESP3 "Null", redis.io "Nulls".
    resp3_null: b"_\r\n" => [Frame::Null], Canonical;
    /// RESP3 "Double", redis.io "Doubles": 1.23.
    resp3_double: b",1.23\r\n" => [double(1.23)], Canonical;
    /// RESP3 "Double": ten as a number...
    resp3_double_ten_as_number: b":10\r\n" => [int(10)], Canonical;
    /// RESP3 "Double": ...and as a double without a fractional part.
    resp3_double_ten: b",10\r\n" => [double(10.0)], Alternate;
    /// RESP3 "Double": positive infinity.
    resp3_double_inf: b",inf\r\n" => [double(f64::INFINITY)], Canonical;
    /// RESP3 "Double": negative infinity.
    resp3_double_neg_inf: b",-inf\r\n" => [double(f64::NEG_INFINITY)], Canonical;
    /// RESP3 "Double": NaN.
    resp3_double_nan: b",nan\r\n" => [double(f64::NAN)], Canonical;
    /// RESP3 "Double": `-nan`, valid in earlier versions of the specification.
    resp3_double_negative_nan: b",-nan\r\n" => [double(f64::NAN)], Alternate;
    /// RESP3 "Double": Redis before 7.2 "may return any representation of NaN
    /// produced by libc, such as "-nan", "NAN" [...] client implementations
    /// should be able to handle this correctly".
    resp3_double_libc_nan_upper: b",NAN\r\n" => [double(f64::NAN)], Alternate;
    /// RESP3 "Double": "... or "nan(char-sequence)"", here as MSVC prints it.
    resp3_double_libc_nan_char_sequence: b",nan(ind)\r\n" => [double(f64::NAN)], Alternate;
    /// RESP3 "Double" (since 1.6), redis.io "Doubles": an exponent, as in
    /// the redis.io tip `EVAL "return { double = tonumber(ARGV[1]) }" 0 1e0`.
    resp3_double_exponent: b",1e0\r\n" => [double(1.0)], Alternate;
    /// RESP3 "Double": `E`, with a sign on the exponent (derived).
    resp3_double_exponent_upper_signed: b",1.5E+3\r\n" => [double(1500.0)], Alternate;
    /// RESP3 "Double": a negative number with a negative exponent (derived).
    resp3_double_negative_exponent: b",-2.5e-3\r\n" => [double(-0.0025)], Alternate;
    /// redis.io "Doubles": `,[<+|->]<integral>...`, with a plus sign (derived).
    redis_io_double_plus_sign: b",+1.23\r\n" => [double(1.23)], Alternate;
    /// RESP3 "Double": a large exponent, spelled as the encoder spells it
    /// (derived).
    resp3_double_large_exponent: b",1e300\r\n" => [double(1e300)], Canonical;
    /// RESP3 "Boolean": true.
    resp3_boolean_true: b"#t\r\n" => [Frame::Boolean(true)], Canonical;
    /// RESP3 "Boolean": false.
    resp3_boolean_false: b"#f\r\n" => [Frame::Boolean(false)], Canonical;
    /// RESP3 "Blob error", redis.io "Bulk errors".
    resp3_blob_error: b"!21\r\nSYNTAX invalid syntax\r\n"
        => [bulk_error("SYNTAX invalid syntax")], Canonical;
    /// RESP3 "Verbatim string", redis.io "Verbatim strings".
    resp3_verbatim_string: b"=15\r\ntxt:Some string\r\n"
        => [verbatim(*b"txt", "Some string")], Canonical;
    /// RESP3 "Verbatim string": the `mkd` format, with an empty text (derived).
    resp3_verbatim_markdown_empty: b"=4\r\nmkd:\r\n" => [verbatim(*b"mkd", "")], Canonical;
    /// RESP3 "Big number", redis.io "Big numbers".
    resp3_big_number: b"(3492890328409238509324850943850943825024385\r\n"
        => [big("3492890328409238509324850943850943825024385")], Canonical;
    /// RESP3 "Big number": "can be positive or negative" (derived).
    resp3_big_number_negative: b"(-3492890328409238509324850943850943825024385\r\n"
        => [big("-3492890328409238509324850943850943825024385")], Canonical;
    /// redis.io "Big numbers": `([+|-]<number>`, with a plus sign (derived).
    /// The sign is kept as received.
    redis_io_big_number_plus_sign: b"(+3492890328409238509324850943850943825024385\r\n"
        => [big("+3492890328409238509324850943850943825024385")], Canonical;
    /// RESP3 "Aggregate data types overview": `[[1,"hello",2],false]`.
    resp3_nested_array: b"*2\r\n*3\r\n:1\r\n$5\r\nhello\r\n:2\r\n#f\r\n"
        => [Frame::Array(vec![
            Frame::Array(vec![int(1), bulk("hello"), int(2)]),
            Frame::Boolean(false),
        ])], Canonical;
    /// RESP3 "Map type", redis.io "Maps".
    resp3_map: b"%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n"
        => [Frame::Map(vec![(simple("first"), int(1)), (simple("second"), int(2))])], Canonical;
    /// RESP3 "Map type": an empty map (derived).
    resp3_map_empty: b"%0\r\n" => [Frame::Map(vec![])], Canonical;
    /// RESP3 "Set reply".
    resp3_set: b"~5\r\n+orange\r\n+apple\r\n#t\r\n:100\r\n:999\r\n"
        => [Frame::Set(vec![
            simple("orange"),
            simple("apple"),
            Frame::Boolean(true),
            int(100),
            int(999),
        ])], Canonical;
    /// RESP3 "Attribute type", redis.io "Attributes": the reply to `MGET a b`
    /// with key popularity.
    resp3_attribute_mget: b"|1\r\n+key-popularity\r\n%2\r\n$1\r\na\r\n,0.1923\r\n$1\r\nb\r\n,0.0012\r\n*2\r\n:2039123\r\n:9543892\r\n"
        => [attributed(
            vec![(
                simple("key-popularity"),
                Frame::Map(vec![(bulk("a"), double(0.1923)), (bulk("b"), double(0.0012))]),
            )],
            Frame::Array(vec![int(2039123), int(9543892)]),
        )], Canonical;
    /// RESP3 "Attribute type", redis.io "Attributes": an attribute inside an
    /// array describes the third element (RESP3.md leaves out the CRLF after
    /// `+ttl` and `:3600`; redis.io has it).
    resp3_attribute_in_array: b"*3\r\n:1\r\n:2\r\n|1\r\n+ttl\r\n:3600\r\n:3\r\n"
        => [Frame::Array(vec![
            int(1),
            int(2),
            attributed(vec![(simple("ttl"), int(3600))], int(3)),
        ])], Canonical;
    /// RESP3 "Push type".
    resp3_push: b">3\r\n+message\r\n+somechannel\r\n+this is the message\r\n"
        => [Frame::Push(vec![
            simple("message"),
            simple("somechannel"),
            simple("this is the message"),
        ])], Canonical;
    /// RESP3 "Push type", as drafts before 1.0 wrote it (`pubsub` first).
    resp3_push_draft_pubsub: b">4\r\n+pubsub\r\n+message\r\n+somechannel\r\n+this is the message\r\n"
        => [Frame::Push(vec![
            simple("pubsub"),
            simple("message"),
            simple("somechannel"),
            simple("this is the message"),
        ])], Canonical;
    /// RESP3 "Push type": after `GET key`, a push and then the reply...
    resp3_push_then_reply: b">3\r\n+message\r\n+somechannel\r\n+this is the message\r\n$9\r\nGet-Reply\r\n"
        => [
            Frame::Push(vec![
                simple("message"),
                simple("somechannel"),
                simple("this is the message"),
            ]),
            bulk("Get-Reply"),
        ], Canonical;
    /// RESP3 "Push type": ...or in inverse order.
    resp3_reply_then_push: b"$9\r\nGet-Reply\r\n>3\r\n+message\r\n+somechannel\r\n+this is the message\r\n"
        => [
            bulk("Get-Reply"),
            Frame::Push(vec![
                simple("message"),
                simple("somechannel"),
                simple("this is the message"),
            ]),
        ], Canonical;
    /// RESP3 "Streamed strings": chunks closed by `;0`. The text says they
    /// carry "Hello world", but its chunks are `Hell`, `o wor` and `d`,
    /// 4 + 5 + 1 bytes: "Hello word". The bytes are what a decoder sees.
    resp3_streamed_string: b"$?\r\n;4\r\nHell\r\n;5\r\no wor\r\n;1\r\nd\r\n;0\r\n"
        => [bulk("Hello word")], Alternate;
    /// RESP3 "Streamed strings": "Hello world" as the text meant it (derived).
    resp3_streamed_string_hello_world: b"$?\r\n;4\r\nHell\r\n;5\r\no wor\r\n;2\r\nld\r\n;0\r\n"
        => [bulk("Hello world")], Alternate;
    /// RESP3 "Streamed strings": no chunk before `;0` (derived).
    resp3_streamed_string_empty: b"$?\r\n;0\r\n" => [bulk("")], Alternate;
    /// RESP3 "Streamed strings": a chunk holding CRLF, inside an array
    /// (derived).
    resp3_streamed_string_in_array: b"*2\r\n$?\r\n;2\r\n\r\n\r\n;1\r\nx\r\n;0\r\n:7\r\n"
        => [Frame::Array(vec![bulk("\r\nx"), int(7)])], Alternate;
    /// RESP3 "Streamed aggregated data types": the array.
    resp3_streamed_array: b"*?\r\n:1\r\n:2\r\n:3\r\n.\r\n"
        => [Frame::Array(vec![int(1), int(2), int(3)])], Alternate;
    /// RESP3 "Streamed aggregated data types": sets are "exactly like
    /// Arrays", starting with `~` (derived).
    resp3_streamed_set: b"~?\r\n+orange\r\n+apple\r\n.\r\n"
        => [Frame::Set(vec![simple("orange"), simple("apple")])], Alternate;
    /// RESP3 "Streamed aggregated data types": the map.
    resp3_streamed_map: b"%?\r\n+a\r\n:1\r\n+b\r\n:2\r\n.\r\n"
        => [Frame::Map(vec![(simple("a"), int(1)), (simple("b"), int(2))])], Alternate;
    /// RESP3 "Streamed aggregated data types": empty, and one inside another
    /// (derived).
    resp3_streamed_nested: b"*?\r\n*?\r\n.\r\n%?\r\n.\r\n~?\r\n:1\r\n.\r\n.\r\n"
        => [Frame::Array(vec![
            Frame::Array(vec![]),
            Frame::Map(vec![]),
            Frame::Set(vec![int(1)]),
        ])], Alternate;
    /// RESP3 "The HELLO command and connection handshake".
    resp3_hello_noproto: b"-NOPROTO sorry this protocol version is not supported\r\n"
        => [error("NOPROTO sorry this protocol version is not supported")], Canonical;
    /// redis.io "Client handshake": the same, reworded.
    redis_io_hello_noproto: b"-NOPROTO sorry, this protocol version is not supported.\r\n"
        => [error("NOPROTO sorry, this protocol version is not supported.")], Canonical;
    /// RESP3 "The HELLO command and connection handshake": a RESP2-only server.
    resp3_hello_unknown_command: b"-ERR unknown command 'HELLO'\r\n"
        => [error("ERR unknown command 'HELLO'")], Canonical;
    /// RESP3 "The HELLO command and connection handshake": bad credentials.
    resp3_hello_invalid_password: b"-ERR invalid password\r\n"
        => [error("ERR invalid password")], Canonical;
    /// HELLO: the reply to `HELLO 3` (server, version, proto, id, mode, role,
    /// modules), as the map of blob strings Redis sends.
    hello_3_reply: b"%7\r\n\
        $6\r\nserver\r\n$5\r\nredis\r\n\
        $7\r\nversion\r\n$5\r\n6.0.0\r\n\
        $5\r\nproto\r\n:3\r\n\
        $2\r\nid\r\n:10\r\n\
        $4\r\nmode\r\n$10\r\nstandalone\r\n\
        $4\r\nrole\r\n$6\r\nmaster\r\n\
        $7\r\nmodules\r\n*0\r\n"
        => [Frame::Map(vec![
            (bulk("server"), bulk("redis")),
            (bulk("version"), bulk("6.0.0")),
            (bulk("proto"), int(3)),
            (bulk("id"), int(10)),
            (bulk("mode"), bulk("standalone")),
            (bulk("role"), bulk("master")),
            (bulk("modules"), Frame::Array(vec![])),
        ])], Canonical;
    /// HELLO: the reply to `HELLO` on a RESP2 connection, a flat array.
    hello_2_reply: b"*14\r\n\
        $6\r\nserver\r\n$5\r\nredis\r\n\
        $7\r\nversion\r\n$11\r\n255.255.255\r\n\
        $5\r\nproto\r\n:2\r\n\
        $2\r\nid\r\n:5\r\n\
        $4\r\nmode\r\n$10\r\nstandalone\r\n\
        $4\r\nrole\r\n$6\r\nmaster\r\n\
        $7\r\nmodules\r\n*0\r\n"
        => [Frame::Array(vec![
            bulk("server"), bulk("redis"),
            bulk("version"), bulk("255.255.255"),
            bulk("proto"), int(2),
            bulk("id"), int(5),
            bulk("mode"), bulk("standalone"),
            bulk("role"), bulk("master"),
            bulk("modules"), Frame::Array(vec![]),
        ])], Canonical;
}

/// RESP2 "Multiple commands and pipelining", at scale: every vector of the
/// table back to back in one stream, fed whole, split at every offset and
/// one byte at a time.
#[test]
fn all_vectors_back_to_back() {
    let vectors = all_vectors();
    let input: Vec<u8> = vectors
        .iter()
        .flat_map(|v| v.input.iter().copied())
        .collect();
    let expected: Vec<Frame> = vectors.iter().flat_map(|v| v.frames.clone()).collect();
    let names: Vec<&str> = vectors.iter().map(|v| v.name).collect();
    let limits = Limits::default();
    assert_eq!(
        decode_pieces(limits, &[&input], "all vectors whole"),
        expected,
        "{names:?}"
    );
    for at in 0..=input.len() {
        let (head, tail) = input.split_at(at);
        let how = format!("all vectors split at {at}");
        assert_eq!(
            decode_pieces(limits, &[head, tail], &how),
            expected,
            "{how}"
        );
    }
    let bytes: Vec<&[u8]> = input.chunks(1).collect();
    assert_eq!(
        decode_pieces(limits, &bytes, "all vectors one byte at a time"),
        expected
    );
}

/// The limits admit what is exactly at them.
#[test]
fn limits_are_inclusive() {
    let bulk_10 = Limits::default().with_max_bulk_len(10);
    check_vector_with(
        bulk_10,
        b"$10\r\n0123456789\r\n",
        &[bulk("0123456789")],
        Spelling::Canonical,
    );
    check_vector_with(
        bulk_10,
        b"=10\r\ntxt:012345\r\n",
        &[verbatim(*b"txt", "012345")],
        Spelling::Canonical,
    );
    let bulk_4 = Limits::default().with_max_bulk_len(4);
    check_vector_with(bulk_4, b"+hell\r\n", &[simple("hell")], Spelling::Canonical);
    check_vector_with(bulk_4, b"-ERR!\r\n", &[error("ERR!")], Spelling::Canonical);
    let bulk_8 = Limits::default().with_max_bulk_len(8);
    check_vector_with(
        bulk_8,
        b"$?\r\n;4\r\nHell\r\n;4\r\no wo\r\n;0\r\n",
        &[bulk("Hello wo")],
        Spelling::Alternate,
    );
    let aggregate_2 = Limits::default().with_max_aggregate_len(2);
    check_vector_with(
        aggregate_2,
        b"*2\r\n:1\r\n:2\r\n",
        &[Frame::Array(vec![int(1), int(2)])],
        Spelling::Canonical,
    );
    check_vector_with(
        aggregate_2,
        b"%2\r\n+a\r\n:1\r\n+b\r\n:2\r\n",
        &[Frame::Map(vec![
            (simple("a"), int(1)),
            (simple("b"), int(2)),
        ])],
        Spelling::Canonical,
    );
    check_vector_with(
        aggregate_2,
        b"*?\r\n:1\r\n:2\r\n.\r\n",
        &[Frame::Array(vec![int(1), int(2)])],
        Spelling::Alternate,
    );
    let depth_2 = Limits::default().with_max_depth(2);
    check_vector_with(
        depth_2,
        b"*1\r\n*1\r\n:1\r\n",
        &[nested_arrays(2)],
        Spelling::Canonical,
    );
    check_vector_with(
        depth_2,
        b"*1\r\n|1\r\n+a\r\n:1\r\n:2\r\n",
        &[Frame::Array(vec![attributed(
            vec![(simple("a"), int(1))],
            int(2),
        )])],
        Spelling::Canonical,
    );
    // The default depth, 128.
    let mut deep = b"*1\r\n".repeat(128);
    deep.extend_from_slice(b":1\r\n");
    check_vector(&deep, &[nested_arrays(128)], Spelling::Canonical);
}

// ---------------------------------------------------------------------------
// Malformed inputs
// ---------------------------------------------------------------------------

/// The default limits, or the ones given.
macro_rules! limits_or_default {
    () => {
        Limits::default()
    };
    ($limits:expr) => {
        $limits
    };
}

/// `name: bytes [, limits] => error;` makes a test named `name` that runs
/// [`check_malformed`].
macro_rules! malformed {
    ($(
        $(#[$meta:meta])*
        $name:ident: $input:expr $(, $limits:expr)? => $error:expr;
    )*) => {$(
        $(#[$meta])*
        #[test]
        fn $name() {
            check_malformed(limits_or_default!($($limits)?), &$input[..], &$error);
        }
    )*};
}

fn max_bulk(len: usize) -> Limits {
    Limits::default().with_max_bulk_len(len)
}

fn max_aggregate(len: usize) -> Limits {
    Limits::default().with_max_aggregate_len(len)
}

fn max_depth(depth: usize) -> Limits {
    Limits::default().with_max_depth(depth)
}

malformed! {
    // ----- Type bytes ------------------------------------------------------

    /// A byte that starts no RESP type.
    bad_type_byte: b"x\r\n" => DecodeError::InvalidTypeByte(b'x');
    /// The `@` Hello type of the first RESP3 drafts, since dropped.
    bad_type_byte_draft_hello: b"@1\r\n" => DecodeError::InvalidTypeByte(b'@');
    /// RESP2 "Inline Commands" are requests, never replies.
    bad_type_byte_inline_command: b"PING\r\n" => DecodeError::InvalidTypeByte(b'P');
    /// An empty line.
    bad_type_byte_crlf: b"\r\n" => DecodeError::InvalidTypeByte(b'\r');
    /// A bad type byte inside an aggregate.
    bad_type_byte_in_array: b"*1\r\nx\r\n" => DecodeError::InvalidTypeByte(b'x');
    /// Something other than a `;` chunk inside a streamed string.
    not_a_chunk_in_streamed_string: b"$?\r\n+OK\r\n" => DecodeError::InvalidTypeByte(b'+');

    // ----- Lengths ---------------------------------------------------------

    /// A length that is not a number.
    length_not_numeric: b"$abc\r\n" => DecodeError::InvalidLength;
    /// A length with no digits.
    length_empty: b"*\r\n" => DecodeError::InvalidLength;
    /// A length followed by something else.
    length_trailing_garbage: b"$5x\r\nhello\r\n" => DecodeError::InvalidLength;
    /// redis.io: a length is "one or more decimal digits"; no sign.
    length_plus_sign: b"$+3\r\nfoo\r\n" => DecodeError::InvalidLength;
    /// A negative bulk length other than RESP2's -1.
    bulk_length_minus_two: b"$-2\r\n" => DecodeError::InvalidLength;
    /// A negative array length other than RESP2's -1.
    array_length_minus_two: b"*-2\r\n" => DecodeError::InvalidLength;
    /// RESP3 "Null": only `*-1` and `$-1` were RESP2 nulls; no map is null.
    map_length_minus_one: b"%-1\r\n" => DecodeError::InvalidLength;
    /// Nor any set.
    set_length_minus_one: b"~-1\r\n" => DecodeError::InvalidLength;
    /// Nor any push.
    push_length_minus_one: b">-1\r\n" => DecodeError::InvalidLength;
    /// Nor any attribute.
    attribute_length_minus_one: b"|-1\r\n" => DecodeError::InvalidLength;
    /// Nor any blob error.
    blob_error_length_minus_one: b"!-1\r\n" => DecodeError::InvalidLength;
    /// Nor any verbatim string.
    verbatim_length_minus_one: b"=-1\r\n" => DecodeError::InvalidLength;
    /// Nor any chunk of a streamed string.
    chunk_length_minus_one: b"$?\r\n;-1\r\n" => DecodeError::InvalidLength;
    /// RESP3 streams only arrays, sets and maps: not pushes...
    push_streamed: b">?\r\n" => DecodeError::InvalidLength;
    /// ...nor attributes...
    attribute_streamed: b"|?\r\n" => DecodeError::InvalidLength;
    /// ...nor blob errors...
    blob_error_streamed: b"!?\r\n" => DecodeError::InvalidLength;
    /// ...nor verbatim strings...
    verbatim_streamed: b"=?\r\n" => DecodeError::InvalidLength;
    /// ...nor chunks.
    chunk_streamed: b"$?\r\n;?\r\n" => DecodeError::InvalidLength;
    /// A length past 64 bits.
    length_overflow: b"*9223372036854775808\r\n" => DecodeError::IntegerOverflow;

    // ----- CRLF ------------------------------------------------------------

    /// A bulk payload not followed by CRLF.
    bulk_payload_without_crlf: b"$3\r\nfooXY" => DecodeError::MissingCrlf;
    /// A bulk payload longer than declared.
    bulk_payload_too_long: b"$3\r\nfoobar\r\n" => DecodeError::MissingCrlf;
    /// A bulk payload followed by LF alone.
    bulk_payload_bare_lf: b"$3\r\nfoo\n:1\r\n" => DecodeError::MissingCrlf;
    /// A blob error not followed by CRLF.
    blob_error_without_crlf: b"!3\r\nERRxx" => DecodeError::MissingCrlf;
    /// A streamed-string chunk not followed by CRLF.
    chunk_without_crlf: b"$?\r\n;4\r\nHellxx" => DecodeError::MissingCrlf;
    /// A simple string holding a bare LF.
    simple_string_bare_lf: b"+O\nK\r\n" => DecodeError::MissingCrlf;
    /// A simple string holding a bare CR.
    simple_string_bare_cr: b"+O\rK\r\n" => DecodeError::MissingCrlf;
    /// A simple error ended by LF alone.
    simple_error_bare_lf: b"-ERR\n" => DecodeError::MissingCrlf;
    /// A double ended by LF alone.
    double_bare_lf: b",1.5\n" => DecodeError::MissingCrlf;
    /// A boolean ended by LF alone.
    boolean_bare_lf: b"#t\n" => DecodeError::MissingCrlf;
    /// An integer ended by CR and something other than LF.
    integer_bare_cr: b":1\r2\r\n" => DecodeError::MissingCrlf;
    /// A length ended by CR and something other than LF.
    length_bare_cr: b"$3\rfoo\r\n" => DecodeError::MissingCrlf;

    // ----- Integers --------------------------------------------------------

    /// RESP3 "Number": one past `i64::MAX`.
    integer_overflow_positive: b":9223372036854775808\r\n" => DecodeError::IntegerOverflow;
    /// RESP3 "Number": one below `i64::MIN`.
    integer_overflow_negative: b":-9223372036854775809\r\n" => DecodeError::IntegerOverflow;
    /// Twenty digits.
    integer_twenty_digits: b":99999999999999999999\r\n" => DecodeError::IntegerOverflow;
    /// Twenty digits, even of a small value.
    integer_twenty_digits_leading_zeros: b":00000000000000000001\r\n"
        => DecodeError::IntegerOverflow;
    /// Not a number.
    integer_not_numeric: b":abc\r\n" => DecodeError::InvalidInteger;
    /// No digits.
    integer_empty: b":\r\n" => DecodeError::InvalidInteger;
    /// A sign and no digits.
    integer_sign_only: b":-\r\n" => DecodeError::InvalidInteger;
    /// A fraction: that is a double.
    integer_fraction: b":1.5\r\n" => DecodeError::InvalidInteger;

    // ----- Booleans --------------------------------------------------------

    /// RESP3 "Boolean": neither `t` nor `f`.
    boolean_x: b"#x\r\n" => DecodeError::InvalidBoolean;
    /// Upper case.
    boolean_upper_case: b"#T\r\n" => DecodeError::InvalidBoolean;
    /// A word.
    boolean_word: b"#true\r\n" => DecodeError::InvalidBoolean;
    /// Nothing.
    boolean_empty: b"#\r\n" => DecodeError::InvalidBoolean;

    // ----- Doubles ---------------------------------------------------------

    /// Nothing.
    double_empty: b",\r\n" => DecodeError::InvalidDouble;
    /// A word.
    double_word: b",abc\r\n" => DecodeError::InvalidDouble;
    /// Two dots.
    double_two_dots: b",1.2.3\r\n" => DecodeError::InvalidDouble;
    /// A decimal comma.
    double_decimal_comma: b",1,5\r\n" => DecodeError::InvalidDouble;
    /// A space.
    double_space: b", 1\r\n" => DecodeError::InvalidDouble;
    /// RESP3 "Double": an exponent needs digits.
    double_exponent_without_digits: b",1e\r\n" => DecodeError::InvalidDouble;
    /// RESP3 "Double": "To just start with `.` assuming an initial zero is
    /// invalid."
    double_leading_dot: b",.5\r\n" => DecodeError::InvalidDouble;
    /// RESP3 "Double": "The optional fractional part consists of a dot (`.`)
    /// followed by one or more decimal digits."
    double_trailing_dot: b",1.\r\n" => DecodeError::InvalidDouble;

    // ----- Big numbers -----------------------------------------------------

    /// Nothing.
    big_number_empty: b"(\r\n" => DecodeError::InvalidBigNumber;
    /// A sign and no digits.
    big_number_sign_only: b"(-\r\n" => DecodeError::InvalidBigNumber;
    /// RESP3 "Big number": "they must not include a decimal part".
    big_number_fraction: b"(1.5\r\n" => DecodeError::InvalidBigNumber;
    /// Letters.
    big_number_letters: b"(12a\r\n" => DecodeError::InvalidBigNumber;
    /// Two signs.
    big_number_two_signs: b"(--1\r\n" => DecodeError::InvalidBigNumber;

    // ----- Verbatim strings ------------------------------------------------

    /// Shorter than the format and its colon: fails at the header.
    verbatim_shorter_than_four: b"=3\r\ntxt\r\n" => DecodeError::InvalidVerbatim;
    /// Empty.
    verbatim_empty: b"=0\r\n\r\n" => DecodeError::InvalidVerbatim;
    /// RESP3 "Verbatim string": "The fourth byte is always `:`".
    verbatim_without_colon: b"=15\r\ntxt Some string\r\n" => DecodeError::InvalidVerbatim;
    /// The colon too early: a two-byte format.
    verbatim_colon_too_early: b"=6\r\ntx:abc\r\n" => DecodeError::InvalidVerbatim;

    // ----- Null ------------------------------------------------------------

    /// RESP3 "Null": just `_\r\n`.
    null_with_data: b"_x\r\n" => DecodeError::InvalidNull;

    // ----- Streaming markers -----------------------------------------------

    /// A chunk with no streamed string open.
    chunk_outside_streamed_string: b";4\r\nHell\r\n" => DecodeError::UnexpectedChunk;
    /// A chunk as an array element.
    chunk_in_array: b"*1\r\n;4\r\nHell\r\n" => DecodeError::UnexpectedChunk;
    /// The end marker with no streamed aggregate open.
    end_outside_streamed_aggregate: b".\r\n" => DecodeError::UnexpectedEnd;
    /// The end marker closing an aggregate of known length.
    end_in_sized_array: b"*2\r\n:1\r\n.\r\n" => DecodeError::UnexpectedEnd;
    /// RESP3 "Streamed aggregated data types": a map "must" have an even
    /// number of elements, so no end between a key and its value.
    end_between_key_and_value: b"%?\r\n+a\r\n.\r\n" => DecodeError::UnexpectedEnd;
    /// No end between attributes and the frame they describe.
    end_after_attribute: b"*?\r\n|1\r\n+ttl\r\n:3600\r\n.\r\n" => DecodeError::UnexpectedEnd;
    /// The end marker carrying data.
    end_with_data: b"*?\r\n.x\r\n" => DecodeError::UnexpectedEnd;

    // ----- Limits ----------------------------------------------------------

    /// A bulk string over the limit fails at its header, before any payload.
    bulk_over_limit: b"$11\r\n", max_bulk(10)
        => DecodeError::StringTooLong { len: 11, limit: 10 };
    /// A blob error over the limit fails at its header.
    blob_error_over_limit: b"!21\r\n", max_bulk(10)
        => DecodeError::StringTooLong { len: 21, limit: 10 };
    /// A verbatim string over the limit fails at its header.
    verbatim_over_limit: b"=15\r\n", max_bulk(10)
        => DecodeError::StringTooLong { len: 15, limit: 10 };
    /// The default limit: Redis' 512 MiB `proto-max-bulk-len`.
    bulk_over_default_limit: b"$536870913\r\n"
        => DecodeError::StringTooLong { len: 536_870_913, limit: 536_870_912 };
    /// RESP3 "Streamed strings": the chunks add up past the limit at `;5`.
    streamed_string_over_limit: b"$?\r\n;4\r\nHell\r\n;5\r\no wor\r\n;1\r\nd\r\n;0\r\n", max_bulk(8)
        => DecodeError::StringTooLong { len: 9, limit: 8 };
    /// One chunk over the limit.
    chunk_over_limit: b"$?\r\n;9\r\n", max_bulk(8)
        => DecodeError::StringTooLong { len: 9, limit: 8 };
    /// A simple string over the limit.
    simple_string_over_limit: b"+hello\r\n", max_bulk(4)
        => DecodeError::LineTooLong { limit: 4 };
    /// A simple string over the limit, before its CRLF has arrived.
    simple_string_over_limit_unterminated: b"+hello", max_bulk(4)
        => DecodeError::LineTooLong { limit: 4 };
    /// A simple error over the limit.
    simple_error_over_limit: b"-ERR x\r\n", max_bulk(4)
        => DecodeError::LineTooLong { limit: 4 };
    /// A double over the limit.
    double_over_limit: b",0.1923\r\n", max_bulk(4)
        => DecodeError::LineTooLong { limit: 4 };
    /// A big number over the limit.
    big_number_over_limit: b"(3492890328409238509324850943850943825024385\r\n", max_bulk(16)
        => DecodeError::LineTooLong { limit: 16 };
    /// An array over the limit fails at its header.
    array_over_limit: b"*3\r\n", max_aggregate(2)
        => DecodeError::AggregateTooLong { len: 3, limit: 2 };
    /// A map's limit counts pairs.
    map_over_limit: b"%3\r\n", max_aggregate(2)
        => DecodeError::AggregateTooLong { len: 3, limit: 2 };
    /// A set over the limit.
    set_over_limit: b"~3\r\n", max_aggregate(2)
        => DecodeError::AggregateTooLong { len: 3, limit: 2 };
    /// A push over the limit.
    push_over_limit: b">3\r\n", max_aggregate(2)
        => DecodeError::AggregateTooLong { len: 3, limit: 2 };
    /// An attribute over the limit.
    attribute_over_limit: b"|3\r\n", max_aggregate(2)
        => DecodeError::AggregateTooLong { len: 3, limit: 2 };
    /// The default limit: Redis' `i32::MAX` arguments.
    array_over_default_limit: b"*2147483648\r\n"
        => DecodeError::AggregateTooLong { len: 2_147_483_648, limit: 2_147_483_647 };
    /// A streamed array growing past the limit.
    streamed_array_over_limit: b"*?\r\n:1\r\n:2\r\n:3\r\n.\r\n", max_aggregate(2)
        => DecodeError::AggregateTooLong { len: 3, limit: 2 };
    /// A streamed map growing past the limit, in pairs.
    streamed_map_over_limit: b"%?\r\n+a\r\n:1\r\n+b\r\n:2\r\n+c\r\n:3\r\n.\r\n", max_aggregate(2)
        => DecodeError::AggregateTooLong { len: 3, limit: 2 };
    /// Nesting deeper than the limit.
    too_deep: b"*1\r\n*1\r\n*1\r\n:1\r\n", max_depth(2)
        => DecodeError::TooDeep { limit: 2 };
    /// Attributes count as a level.
    too_deep_through_attribute: b"*1\r\n*1\r\n|1\r\n+a\r\n:1\r\n:1\r\n", max_depth(2)
        => DecodeError::TooDeep { limit: 2 };
    /// Streamed aggregates count as a level.
    too_deep_streamed: b"*?\r\n~?\r\n%?\r\n.\r\n.\r\n.\r\n", max_depth(2)
        => DecodeError::TooDeep { limit: 2 };
    /// The default depth, 128.
    too_deep_default: b"*1\r\n".repeat(129) => DecodeError::TooDeep { limit: 128 };
}

/// A bulk string over the limit is refused the moment its header's LF
/// arrives, with none of its payload buffered.
#[test]
fn bulk_over_limit_fails_at_the_end_of_its_header() {
    let too_long = DecodeError::StringTooLong { len: 11, limit: 10 };
    // Each input, and how many of its bytes end the over-long header.
    for (input, header_end) in [
        (&b"$11\r\nhello world\r\n"[..], 5),
        (b"*1\r\n$11\r\nhello world\r\n", 9),
        // The second chunk brings the streamed string to 11 bytes.
        (b"$?\r\n;4\r\nHell\r\n;7\r\no world\r\n;0\r\n", 18),
    ] {
        assert!(input[..header_end].ends_with(b"\r\n"));
        let mut decoder = Decoder::with_limits(max_bulk(10));
        let mut buf = BytesMut::new();
        let shown = input.escape_ascii().to_string();
        for (fed, byte) in input.iter().enumerate() {
            buf.extend_from_slice(&[*byte]);
            let result = decoder.decode(&mut buf);
            if fed + 1 < header_end {
                assert_eq!(result, Ok(None), "{shown:?} after {} bytes", fed + 1);
            } else {
                assert_eq!(
                    result,
                    Err(too_long.clone()),
                    "{shown:?} after {} bytes",
                    fed + 1
                );
                break;
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Declared lengths that never arrive
// ---------------------------------------------------------------------------

/// A huge declared length neither stalls the decoder nor makes it allocate
/// for the elements it announces: each call consumes what it can and returns.
/// (Were the decoder to reserve room for 2^31 frames per level, these
/// allocations, tens of gigabytes each, would abort the test.)
#[test]
fn huge_declared_lengths_neither_wait_nor_allocate() {
    // `*2147483647` (the default limit), then one element.
    let mut decoder = Decoder::new();
    let mut buf = BytesMut::from(&b"*2147483647\r\n"[..]);
    assert_eq!(decoder.decode(&mut buf), Ok(None));
    assert!(decoder.is_mid_frame());
    buf.extend_from_slice(b":1\r\n");
    assert_eq!(decoder.decode(&mut buf), Ok(None));
    assert!(decoder.is_mid_frame());
    assert!(buf.is_empty(), "the element was not consumed");

    // Every aggregate type, nested, each declaring the most it may.
    let mut decoder = Decoder::new();
    let mut buf = BytesMut::new();
    for _ in 0..16 {
        for header in [
            &b"*2147483647\r\n"[..],
            b"~2147483647\r\n",
            b">2147483647\r\n",
            b"%2147483647\r\n",
            b"|2147483647\r\n",
        ] {
            buf.extend_from_slice(header);
            assert_eq!(decoder.decode(&mut buf), Ok(None));
        }
    }
    assert!(decoder.is_mid_frame());
    assert!(buf.is_empty());

    // `$536870912` (the default limit, 512 MiB), then part of its payload.
    let mut decoder = Decoder::new();
    let mut buf = BytesMut::from(&b"$536870912\r\n"[..]);
    assert_eq!(decoder.decode(&mut buf), Ok(None));
    assert!(decoder.is_mid_frame());
    buf.extend_from_slice(&[b'x'; 4096]);
    assert_eq!(decoder.decode(&mut buf), Ok(None));
    assert!(decoder.is_mid_frame());

    // The same as one chunk of a streamed string.
    let mut decoder = Decoder::new();
    let mut buf = BytesMut::from(&b"$?\r\n;536870912\r\nabc"[..]);
    assert_eq!(decoder.decode(&mut buf), Ok(None));
    assert!(decoder.is_mid_frame());

    // RESP2 "High performance parser": the header `$123`.
    let mut decoder = Decoder::new();
    let mut buf = BytesMut::from(&b"$123\r\n"[..]);
    assert_eq!(decoder.decode(&mut buf), Ok(None));
    assert!(decoder.is_mid_frame());

    // RESP3 "Streamed aggregated data types": `*123` and its first items.
    let mut decoder = Decoder::new();
    let mut buf = BytesMut::from(&b"*123\r\n:1\r\n:2\r\n"[..]);
    assert_eq!(decoder.decode(&mut buf), Ok(None));
    assert!(decoder.is_mid_frame());
    assert!(buf.is_empty());
}

// ---------------------------------------------------------------------------
// Encoder
// ---------------------------------------------------------------------------

/// The bytes of `cmd`, both ways of getting them, checked against its length.
fn cmd_bytes(cmd: &Cmd) -> Vec<u8> {
    let mut out = BytesMut::new();
    cmd.encode(&mut out);
    assert_eq!(&cmd.to_bytes()[..], &out[..]);
    assert_eq!(cmd.encoded_len(), out.len());
    out.to_vec()
}

/// RESP2 "Sending commands to a Redis Server": a command is an array of bulk
/// strings.
#[test]
fn commands_encode_as_arrays_of_bulk_strings() {
    let cases: Vec<(Cmd, &[u8])> =
        vec![
        (
            Cmd::new("SET").arg("key").arg("value"),
            b"*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n",
        ),
        // RESP2 "Sending commands to a Redis Server".
        (
            Cmd::new("LLEN").arg("mylist"),
            b"*2\r\n$4\r\nLLEN\r\n$6\r\nmylist\r\n",
        ),
        // RESP3 "The HELLO command and connection handshake".
        (
            Cmd::new("HELLO").arg(3).arg("AUTH").arg("default").arg("mypassword"),
            b"*5\r\n$5\r\nHELLO\r\n$1\r\n3\r\n$4\r\nAUTH\r\n$7\r\ndefault\r\n$10\r\nmypassword\r\n",
        ),
        (Cmd::new("PING"), b"*1\r\n$4\r\nPING\r\n"),
        (Cmd::new("SET").arg("k").arg(""), b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$0\r\n\r\n"),
        (
            Cmd::new("SET").arg("k").arg(b"a\r\nb"),
            b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$4\r\na\r\nb\r\n",
        ),
        // Integers, in decimal.
        (
            Cmd::new("INCRBY").arg("counter").arg(-5i64),
            b"*3\r\n$6\r\nINCRBY\r\n$7\r\ncounter\r\n$2\r\n-5\r\n",
        ),
        (
            Cmd::new("X").arg(0u8).arg(42i32).arg(7usize),
            b"*4\r\n$1\r\nX\r\n$1\r\n0\r\n$2\r\n42\r\n$1\r\n7\r\n",
        ),
        (
            Cmd::new("X").arg(i64::MIN).arg(u64::MAX),
            b"*3\r\n$1\r\nX\r\n$20\r\n-9223372036854775808\r\n$20\r\n18446744073709551615\r\n",
        ),
        // Floats, as Redis reads them back.
        (
            Cmd::new("INCRBYFLOAT").arg("k").arg(1.5),
            b"*3\r\n$11\r\nINCRBYFLOAT\r\n$1\r\nk\r\n$3\r\n1.5\r\n",
        ),
        (
            Cmd::new("ZADD").arg("z").arg(f64::INFINITY).arg("m"),
            b"*4\r\n$4\r\nZADD\r\n$1\r\nz\r\n$3\r\ninf\r\n$1\r\nm\r\n",
        ),
        (
            Cmd::new("ZADD").arg("z").arg(f64::NEG_INFINITY).arg("m"),
            b"*4\r\n$4\r\nZADD\r\n$1\r\nz\r\n$4\r\n-inf\r\n$1\r\nm\r\n",
        ),
        (
            Cmd::new("X").arg(0.1923).arg(1e300).arg(0.5f32).arg(-2.0),
            b"*5\r\n$1\r\nX\r\n$6\r\n0.1923\r\n$5\r\n1e300\r\n$3\r\n0.5\r\n$4\r\n-2.0\r\n",
        ),
    ];
    for (cmd, expected) in cases {
        let bytes = cmd_bytes(&cmd);
        assert_eq!(
            bytes.escape_ascii().to_string(),
            expected.escape_ascii().to_string(),
            "{cmd:?}"
        );
        // And it reads back as the array of bulk strings it is.
        let frames = decode_pieces(Limits::default(), &[&bytes], "a command");
        let args: Vec<Frame> = cmd
            .iter()
            .map(|arg| Frame::BulkString(Bytes::copy_from_slice(arg)))
            .collect();
        assert_eq!(frames, [Frame::Array(args)], "{cmd:?}");
    }
}

/// RESP2 has two nulls and RESP3 one: the encoder writes RESP3's.
#[test]
fn null_encodes_as_resp3_null() {
    let mut out = BytesMut::new();
    encode(&Frame::Null, &mut out).expect("encodable");
    assert_eq!(&out[..], b"_\r\n");
}

/// RESP3 "Simple string": "Simple strings cannot contain the `<CR>` nor the
/// `<LF>` characters inside"; the encoder refuses them and writes nothing.
#[test]
fn encoder_refuses_line_breaks_in_simple_strings() {
    for frame in [
        simple("OK\r\n+injected"),
        error("ERR a\nb"),
        Frame::Array(vec![int(1), simple("a\rb")]),
    ] {
        let mut out = BytesMut::from(&b"*1\r\n"[..]);
        assert_eq!(
            encode(&frame, &mut out),
            Err(EncodeError::LineBreakInSimpleString),
            "{frame:?}"
        );
        assert_eq!(&out[..], b"*1\r\n", "{frame:?}");
    }
}

/// RESP3 "Big number": "they must not include a decimal part".
#[test]
fn encoder_refuses_malformed_big_numbers() {
    for digits in ["", "-", "1.5", "12a", "--1"] {
        let mut out = BytesMut::new();
        assert_eq!(
            encode(&big(digits), &mut out),
            Err(EncodeError::InvalidBigNumber),
            "{digits:?}"
        );
        assert!(out.is_empty());
    }
}

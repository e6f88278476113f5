//! resp-core's encoder and decoder against a real Redis server: commands
//! built with `Cmd`, replies decoded by `Decoder` from real socket reads, in
//! RESP2 and RESP3, whole and cut into reads as small as one byte.

use bytes::Bytes;
use resp_core::{Cmd, Frame, VerbatimFormat};
use resp_tests::{DEFAULT_READ_SIZE, Protocol, RawConnection, RedisServer};

/// Read sizes the small-reply tests run at: one byte, which makes the
/// decoder resume at every possible split point, and a whole buffer.
const SMALL_REPLY_READ_SIZES: [usize; 2] = [1, DEFAULT_READ_SIZE];

fn server() -> RedisServer {
    RedisServer::builder().enable_debug_command().start()
}

fn request(conn: &mut RawConnection, cmd: &Cmd) -> Frame {
    conn.request(cmd)
        .unwrap_or_else(|err| panic!("{cmd:?} failed: {err}"))
}

fn read(conn: &mut RawConnection) -> Frame {
    conn.read_frame()
        .unwrap_or_else(|err| panic!("reading a frame failed: {err}"))
}

fn bulks<I>(items: I) -> Vec<Frame>
where
    I: IntoIterator,
    I::Item: Into<Bytes>,
{
    items.into_iter().map(Frame::bulk).collect()
}

fn error(text: &str) -> Frame {
    Frame::SimpleError(Bytes::copy_from_slice(text.as_bytes()))
}

/// Runs `check` on a fresh connection of `server` for each protocol and each
/// of [`SMALL_REPLY_READ_SIZES`], with the database emptied before each run.
fn for_each_connection(server: &RedisServer, mut check: impl FnMut(&mut RawConnection, Protocol)) {
    for protocol in Protocol::ALL {
        for read_size in SMALL_REPLY_READ_SIZES {
            let mut conn = server.connect_with(protocol).with_read_size(read_size);
            assert_eq!(
                request(&mut conn, &Cmd::new("FLUSHALL")),
                Frame::simple("OK")
            );
            check(&mut conn, protocol);
            assert_eq!(
                conn.buffered(),
                0,
                "{protocol} at read size {read_size}: bytes left after the last reply"
            );
        }
    }
}

#[test]
fn ping_replies_pong_in_both_protocols() {
    let server = server();
    for_each_connection(&server, |conn, _| {
        assert_eq!(request(conn, &Cmd::new("PING")), Frame::simple("PONG"));
        assert_eq!(
            request(conn, &Cmd::new("PING").arg("hello world")),
            Frame::bulk("hello world")
        );
    });
}

#[test]
fn binary_values_with_crlf_and_nul_round_trip_in_both_protocols() {
    let mut value = b"\r\n\0 leading CRLF, NUL\0\r\n$3\r\n*1\r\n:7\r\n_\r\n\r".to_vec();
    value.extend(0..=255u8);
    value.extend_from_slice(b"\r\n");
    let server = server();
    for_each_connection(&server, |conn, _| {
        assert_eq!(
            request(conn, &Cmd::new("SET").arg("bin").arg(&value)),
            Frame::simple("OK")
        );
        assert_eq!(
            request(conn, &Cmd::new("GET").arg("bin")),
            Frame::bulk(value.clone())
        );
        assert_eq!(
            request(conn, &Cmd::new("STRLEN").arg("bin")),
            Frame::Integer(value.len() as i64)
        );
        // A key that is itself binary.
        assert_eq!(
            request(conn, &Cmd::new("SET").arg(b"k\r\n\0").arg("")),
            Frame::simple("OK")
        );
        assert_eq!(
            request(conn, &Cmd::new("GET").arg(b"k\r\n\0")),
            Frame::bulk("")
        );
    });
}

#[test]
fn missing_values_decode_to_null_in_both_protocols() {
    let server = server();
    for_each_connection(&server, |conn, _| {
        // RESP2 `$-1` and RESP3 `_`.
        assert_eq!(request(conn, &Cmd::new("GET").arg("missing")), Frame::Null);
        assert_eq!(
            request(conn, &Cmd::new("HGET").arg("missing").arg("field")),
            Frame::Null
        );
        // RESP2 `*-1` (a null array) and RESP3 `_`.
        assert_eq!(
            request(conn, &Cmd::new("BLPOP").arg("missing").arg("0.001")),
            Frame::Null
        );
        // Nulls inside an array.
        assert_eq!(
            request(conn, &Cmd::new("SET").arg("present").arg("1")),
            Frame::simple("OK")
        );
        assert_eq!(
            request(conn, &Cmd::new("MGET").args(["missing", "present", "gone"])),
            Frame::Array(vec![Frame::Null, Frame::bulk("1"), Frame::Null])
        );
    });
}

#[test]
fn incr_replies_integers_up_to_i64_max() {
    let server = server();
    for_each_connection(&server, |conn, _| {
        assert_eq!(request(conn, &Cmd::new("INCR").arg("n")), Frame::Integer(1));
        assert_eq!(
            request(conn, &Cmd::new("INCRBY").arg("n").arg(41)),
            Frame::Integer(42)
        );
        assert_eq!(
            request(conn, &Cmd::new("DECRBY").arg("n").arg(100)),
            Frame::Integer(-58)
        );
        assert_eq!(
            request(conn, &Cmd::new("SET").arg("n").arg(i64::MAX - 1)),
            Frame::simple("OK")
        );
        assert_eq!(
            request(conn, &Cmd::new("INCR").arg("n")),
            Frame::Integer(i64::MAX)
        );
        assert_eq!(
            request(conn, &Cmd::new("INCR").arg("n")),
            error("ERR increment or decrement would overflow")
        );
        assert_eq!(
            request(conn, &Cmd::new("SET").arg("n").arg(i64::MIN)),
            Frame::simple("OK")
        );
        assert_eq!(
            request(conn, &Cmd::new("DECRBY").arg("n").arg(0)),
            Frame::Integer(i64::MIN)
        );
    });
}

#[test]
fn error_replies_decode_as_simple_errors_with_their_text() {
    let server = server();
    for_each_connection(&server, |conn, _| {
        assert_eq!(
            request(conn, &Cmd::new("NOSUCHCMD").arg("a").arg("b")),
            error("ERR unknown command 'NOSUCHCMD', with args beginning with: 'a' 'b' ")
        );
        assert_eq!(
            request(conn, &Cmd::new("GET")),
            error("ERR wrong number of arguments for 'get' command")
        );
        assert_eq!(
            request(conn, &Cmd::new("LPUSH").arg("list").arg("x")),
            Frame::Integer(1)
        );
        assert_eq!(
            request(conn, &Cmd::new("GET").arg("list")),
            error("WRONGTYPE Operation against a key holding the wrong kind of value")
        );
        assert_eq!(
            request(conn, &Cmd::new("SET").arg("s").arg("abc")),
            Frame::simple("OK")
        );
        assert_eq!(
            request(conn, &Cmd::new("INCR").arg("s")),
            error("ERR value is not an integer or out of range")
        );
        // The connection goes on after an error.
        assert_eq!(request(conn, &Cmd::new("PING")), Frame::simple("PONG"));
    });
}

#[test]
fn hgetall_is_a_flat_array_in_resp2_and_a_map_in_resp3() {
    let server = server();
    for_each_connection(&server, |conn, protocol| {
        assert_eq!(
            request(conn, &Cmd::new("HGETALL").arg("h")),
            match protocol {
                Protocol::Resp2 => Frame::Array(vec![]),
                Protocol::Resp3 => Frame::Map(vec![]),
            }
        );
        assert_eq!(
            request(
                conn,
                &Cmd::new("HSET").args(["h", "name", "Ada", "role", "engineer", "bin", "a\r\nb"])
            ),
            Frame::Integer(3)
        );
        // A small hash is a listpack, which keeps insertion order.
        let pairs = [("name", "Ada"), ("role", "engineer"), ("bin", "a\r\nb")];
        assert_eq!(
            request(conn, &Cmd::new("HGETALL").arg("h")),
            match protocol {
                Protocol::Resp2 => Frame::Array(bulks(pairs.iter().flat_map(|(k, v)| [*k, *v]))),
                Protocol::Resp3 => Frame::Map(
                    pairs
                        .iter()
                        .map(|(k, v)| (Frame::bulk(*k), Frame::bulk(*v)))
                        .collect()
                ),
            }
        );
    });
}

#[test]
fn smembers_is_an_array_in_resp2_and_a_set_in_resp3() {
    let server = server();
    for_each_connection(&server, |conn, protocol| {
        // Integer members make an intset, which Redis keeps sorted.
        assert_eq!(
            request(conn, &Cmd::new("SADD").args(["s", "30", "-1", "2", "30"])),
            Frame::Integer(3)
        );
        let members = bulks(["-1", "2", "30"]);
        assert_eq!(
            request(conn, &Cmd::new("SMEMBERS").arg("s")),
            match protocol {
                Protocol::Resp2 => Frame::Array(members),
                Protocol::Resp3 => Frame::Set(members),
            }
        );
        assert_eq!(
            request(conn, &Cmd::new("SMEMBERS").arg("missing")),
            match protocol {
                Protocol::Resp2 => Frame::Array(vec![]),
                Protocol::Resp3 => Frame::Set(vec![]),
            }
        );
    });
}

#[test]
fn zscore_is_a_bulk_string_in_resp2_and_a_double_in_resp3() {
    let server = server();
    for_each_connection(&server, |conn, protocol| {
        assert_eq!(
            request(
                conn,
                &Cmd::new("ZADD").args(["z", "1.5", "a", "-inf", "b", "0.1", "c", "-42", "d"])
            ),
            Frame::Integer(4)
        );
        for (member, score, resp2_text) in [
            ("a", 1.5, "1.5"),
            ("b", f64::NEG_INFINITY, "-inf"),
            ("d", -42.0, "-42"),
        ] {
            assert_eq!(
                request(conn, &Cmd::new("ZSCORE").arg("z").arg(member)),
                match protocol {
                    Protocol::Resp2 => Frame::bulk(resp2_text),
                    Protocol::Resp3 => Frame::Double(score),
                },
                "score of {member}"
            );
        }
        // 0.1 is sent with 17 significant digits by some versions and as
        // the shortest round-tripping text by others; either reads as 0.1.
        match request(conn, &Cmd::new("ZSCORE").arg("z").arg("c")) {
            Frame::BulkString(text) if protocol == Protocol::Resp2 => {
                let value: f64 = std::str::from_utf8(&text).unwrap().parse().unwrap();
                assert_eq!(value, 0.1);
            }
            other => assert_eq!(other, Frame::Double(0.1)),
        }
        assert_eq!(
            request(conn, &Cmd::new("ZSCORE").arg("z").arg("missing")),
            Frame::Null
        );
        assert_eq!(
            request(conn, &Cmd::new("ZINCRBY").arg("z").arg(1.25).arg("a")),
            match protocol {
                Protocol::Resp2 => Frame::bulk("2.75"),
                Protocol::Resp3 => Frame::Double(2.75),
            }
        );
    });
}

#[test]
fn hello_3_replies_with_a_map_describing_the_server() {
    let server = server();
    for read_size in SMALL_REPLY_READ_SIZES {
        let mut conn = server.connect().with_read_size(read_size);
        let Frame::Integer(id) = request(&mut conn, &Cmd::new("CLIENT").arg("ID")) else {
            panic!("CLIENT ID is not an integer")
        };
        let version = server.version().to_string();
        let fields = |proto: i64| {
            vec![
                (Frame::bulk("server"), Frame::bulk("redis")),
                (Frame::bulk("version"), Frame::bulk(version.clone())),
                (Frame::bulk("proto"), Frame::Integer(proto)),
                (Frame::bulk("id"), Frame::Integer(id)),
                (Frame::bulk("mode"), Frame::bulk("standalone")),
                (Frame::bulk("role"), Frame::bulk("master")),
                (Frame::bulk("modules"), Frame::Array(vec![])),
            ]
        };

        let reply = conn.hello(Protocol::Resp3, None).unwrap();
        assert_eq!(reply, Frame::Map(fields(3)));
        // The connection now speaks RESP3.
        assert_eq!(
            request(&mut conn, &Cmd::new("DEBUG").arg("PROTOCOL").arg("true")),
            Frame::Boolean(true)
        );

        // And `HELLO 2` switches back, replying in RESP2: a flat array.
        let reply = conn.hello(Protocol::Resp2, None).unwrap();
        let flat = fields(2).into_iter().flat_map(|(k, v)| [k, v]).collect();
        assert_eq!(reply, Frame::Array(flat));
        assert_eq!(
            request(&mut conn, &Cmd::new("DEBUG").arg("PROTOCOL").arg("true")),
            Frame::Integer(1)
        );
    }
}

/// What `DEBUG PROTOCOL <type>` sends in RESP3 (Redis 7.0 `debug.c`): the
/// frames read after it, in order. `attrib` and `push` send a normal reply
/// after the attribute or push.
#[expect(
    clippy::approx_constant,
    reason = "3.141 is the double the server sends, not an approximation of pi"
)]
fn debug_protocol_resp3() -> Vec<(&'static str, Vec<Frame>)> {
    vec![
        ("string", vec![Frame::bulk("Hello World")]),
        ("integer", vec![Frame::Integer(12345)]),
        ("double", vec![Frame::Double(3.141)]),
        (
            "bignum",
            vec![Frame::BigNumber(Bytes::from_static(
                b"1234567999999999999999999999999999999",
            ))],
        ),
        ("null", vec![Frame::Null]),
        (
            "array",
            vec![Frame::Array(vec![
                Frame::Integer(0),
                Frame::Integer(1),
                Frame::Integer(2),
            ])],
        ),
        (
            "set",
            vec![Frame::Set(vec![
                Frame::Integer(0),
                Frame::Integer(1),
                Frame::Integer(2),
            ])],
        ),
        (
            "map",
            vec![Frame::Map(vec![
                (Frame::Integer(0), Frame::Boolean(false)),
                (Frame::Integer(1), Frame::Boolean(true)),
                (Frame::Integer(2), Frame::Boolean(false)),
            ])],
        ),
        (
            "attrib",
            vec![Frame::Attributed {
                attributes: vec![(
                    Frame::bulk("key-popularity"),
                    Frame::Array(vec![Frame::bulk("key:123"), Frame::Integer(90)]),
                )],
                frame: Box::new(Frame::bulk("Some real reply following the attribute")),
            }],
        ),
        (
            "push",
            vec![
                Frame::Push(vec![Frame::bulk("server-cpu-usage"), Frame::Integer(42)]),
                Frame::bulk("Some real reply following the push reply"),
            ],
        ),
        (
            "verbatim",
            vec![Frame::VerbatimString {
                format: VerbatimFormat::TEXT,
                text: Bytes::from_static(b"This is a verbatim\nstring"),
            }],
        ),
        ("true", vec![Frame::Boolean(true)]),
        ("false", vec![Frame::Boolean(false)]),
    ]
}

/// What the same `DEBUG PROTOCOL <type>` sends in RESP2, where the RESP3
/// types degrade: doubles, big numbers and verbatim strings to bulk strings,
/// null to a null bulk string, sets to arrays, maps to flat arrays, booleans
/// to 1 and 0; attributes are left out, and pushes refused.
fn debug_protocol_resp2() -> Vec<(&'static str, Vec<Frame>)> {
    let ints = |values: &[i64]| Frame::Array(values.iter().copied().map(Frame::Integer).collect());
    vec![
        ("string", vec![Frame::bulk("Hello World")]),
        ("integer", vec![Frame::Integer(12345)]),
        ("double", vec![Frame::bulk("3.141")]),
        (
            "bignum",
            vec![Frame::bulk("1234567999999999999999999999999999999")],
        ),
        ("null", vec![Frame::Null]),
        ("array", vec![ints(&[0, 1, 2])]),
        ("set", vec![ints(&[0, 1, 2])]),
        ("map", vec![ints(&[0, 0, 1, 1, 2, 0])]),
        (
            "attrib",
            vec![Frame::bulk("Some real reply following the attribute")],
        ),
        (
            "push",
            vec![error("ERR RESP2 is not supported by this command")],
        ),
        ("verbatim", vec![Frame::bulk("This is a verbatim\nstring")]),
        ("true", vec![Frame::Integer(1)]),
        ("false", vec![Frame::Integer(0)]),
    ]
}

fn check_debug_protocol(protocol: Protocol, table: &[(&str, Vec<Frame>)]) {
    let server = server();
    for read_size in [1, 7, DEFAULT_READ_SIZE] {
        let mut conn = server.connect_with(protocol).with_read_size(read_size);
        for (name, expected) in table {
            conn.send(&Cmd::new("DEBUG").arg("PROTOCOL").arg(*name))
                .unwrap();
            let frames: Vec<Frame> = (0..expected.len()).map(|_| read(&mut conn)).collect();
            assert_eq!(
                &frames, expected,
                "DEBUG PROTOCOL {name} in {protocol} at read size {read_size}"
            );
        }
        assert_eq!(request(&mut conn, &Cmd::new("PING")), Frame::simple("PONG"));
        assert_eq!(conn.buffered(), 0);
    }
}

#[test]
fn debug_protocol_sends_every_resp3_type_in_resp3() {
    check_debug_protocol(Protocol::Resp3, &debug_protocol_resp3());
}

#[test]
fn debug_protocol_types_degrade_to_resp2_types_in_resp2() {
    check_debug_protocol(Protocol::Resp2, &debug_protocol_resp2());
}

#[test]
fn pubsub_messages_are_arrays_in_resp2_and_pushes_in_resp3() {
    let server = server();
    for protocol in Protocol::ALL {
        for read_size in SMALL_REPLY_READ_SIZES {
            let mut subscriber = server.connect_with(protocol).with_read_size(read_size);
            let mut publisher = server.connect();
            let wrap = |items: Vec<Frame>| match protocol {
                Protocol::Resp2 => Frame::Array(items),
                Protocol::Resp3 => Frame::Push(items),
            };
            assert_eq!(
                request(&mut subscriber, &Cmd::new("SUBSCRIBE").arg("news")),
                wrap(vec![
                    Frame::bulk("subscribe"),
                    Frame::bulk("news"),
                    Frame::Integer(1)
                ])
            );
            assert_eq!(
                request(
                    &mut publisher,
                    &Cmd::new("PUBLISH").arg("news").arg("hi\r\n\0")
                ),
                Frame::Integer(1)
            );
            assert_eq!(
                read(&mut subscriber),
                wrap(vec![
                    Frame::bulk("message"),
                    Frame::bulk("news"),
                    Frame::bulk("hi\r\n\0")
                ])
            );
        }
    }
}

/// Reads the reply to `cmd` at each read size, asserting it equals
/// `expected` every time, and that small read sizes did take many reads.
fn check_at_read_sizes(
    server: &RedisServer,
    protocol: Protocol,
    cmd: &Cmd,
    read_sizes: &[usize],
    expected: &Frame,
    reply_len: usize,
) {
    for &read_size in read_sizes {
        let mut conn = server.connect_with(protocol).with_read_size(read_size);
        let before = conn.read_calls();
        let frame = request(&mut conn, cmd);
        let reads = conn.read_calls() - before;
        // Not `assert_eq!`: a mismatch would print megabytes.
        assert!(
            frame == *expected,
            "{protocol} at read size {read_size}: the reply differs from the expected frame"
        );
        let least = reply_len.div_ceil(read_size) as u64;
        assert!(
            reads >= least,
            "{protocol} at read size {read_size}: {reads} reads for {reply_len} bytes"
        );
        assert_eq!(conn.buffered(), 0);
    }
}

#[test]
fn a_one_mib_value_decodes_identically_at_every_read_size() {
    const LEN: usize = 1 << 20;
    // Every byte value, CR LF pairs and NULs throughout, no repeating period
    // that is a power of two.
    let value: Vec<u8> = (0..LEN)
        .map(|i| match i % 1000 {
            0 => b'\r',
            1 => b'\n',
            2 => 0,
            _ => (i % 251) as u8,
        })
        .collect();
    let server = server();
    let mut conn = server.connect();
    assert_eq!(
        request(&mut conn, &Cmd::new("SET").arg("big").arg(&value)),
        Frame::simple("OK")
    );
    let expected = Frame::bulk(value);
    let get = Cmd::new("GET").arg("big");
    // `$1048576\r\n` + payload + `\r\n`.
    let reply_len = 10 + LEN + 2;
    check_at_read_sizes(
        &server,
        Protocol::Resp2,
        &get,
        &[1, 7, 16, 64 * 1024],
        &expected,
        reply_len,
    );
    check_at_read_sizes(
        &server,
        Protocol::Resp3,
        &get,
        &[7, 64 * 1024],
        &expected,
        reply_len,
    );
}

#[test]
fn a_ten_thousand_element_lrange_decodes_identically_at_every_read_size() {
    const COUNT: usize = 10_000;
    // Elements of varied lengths, some empty, some holding CRLF and NUL,
    // some longer than the smaller read sizes.
    let elements: Vec<Vec<u8>> = (0..COUNT)
        .map(|i| match i % 10 {
            0 => Vec::new(),
            1 => format!("crlf\r\n{i}\r\n\0").into_bytes(),
            2 => vec![b'x'; i % 97 + 20],
            _ => format!("item:{i}").into_bytes(),
        })
        .collect();
    let server = server();
    let mut conn = server.connect();
    assert_eq!(
        request(&mut conn, &Cmd::new("RPUSH").arg("list").args(&elements)),
        Frame::Integer(COUNT as i64)
    );
    let expected = Frame::Array(bulks(elements.iter().cloned()));
    let lrange = Cmd::new("LRANGE").arg("list").arg(0).arg(-1);
    let reply_len = expected_array_len(&elements);
    for protocol in Protocol::ALL {
        check_at_read_sizes(
            &server,
            protocol,
            &lrange,
            &[1, 7, 16, 64 * 1024],
            &expected,
            reply_len,
        );
    }
}

/// The length in bytes of an array of bulk strings holding `elements`.
fn expected_array_len(elements: &[Vec<u8>]) -> usize {
    let header = |n: usize| 1 + n.to_string().len() + 2;
    header(elements.len())
        + elements
            .iter()
            .map(|element| header(element.len()) + element.len() + 2)
            .sum::<usize>()
}

#[test]
fn a_thousand_pipelined_commands_reply_in_order() {
    const COUNT: usize = 1000;
    let server = server();
    for protocol in Protocol::ALL {
        for read_size in [7, DEFAULT_READ_SIZE] {
            let mut conn = server.connect_with(protocol).with_read_size(read_size);
            assert_eq!(
                request(&mut conn, &Cmd::new("FLUSHALL")),
                Frame::simple("OK")
            );
            let mut cmds = Vec::with_capacity(COUNT);
            let mut expected = Vec::with_capacity(COUNT);
            let mut counter = 0;
            for i in 0..COUNT {
                match i % 4 {
                    0 => {
                        cmds.push(
                            Cmd::new("SET")
                                .arg(format!("key:{i}"))
                                .arg(format!("value:{i}\r\n")),
                        );
                        expected.push(Frame::simple("OK"));
                    }
                    1 => {
                        cmds.push(Cmd::new("GET").arg(format!("key:{}", i - 1)));
                        expected.push(Frame::bulk(format!("value:{}\r\n", i - 1)));
                    }
                    2 => {
                        counter += 1;
                        cmds.push(Cmd::new("INCR").arg("counter"));
                        expected.push(Frame::Integer(counter));
                    }
                    _ => {
                        cmds.push(Cmd::new("GET").arg(format!("missing:{i}")));
                        expected.push(Frame::Null);
                    }
                }
            }
            let written = conn.send_all(&cmds).unwrap();
            assert_eq!(written, cmds.iter().map(Cmd::encoded_len).sum::<usize>());
            let replies = conn.read_frames(COUNT).unwrap();
            for (i, (reply, expected)) in replies.iter().zip(&expected).enumerate() {
                assert_eq!(
                    reply, expected,
                    "reply {i} to {:?} in {protocol} at read size {read_size}",
                    cmds[i]
                );
            }
            assert_eq!(conn.buffered(), 0);
            assert!(!conn.decoder().is_mid_frame());
            assert_eq!(
                request(&mut conn, &Cmd::new("GET").arg("counter")),
                Frame::bulk(counter.to_string())
            );
        }
    }
}

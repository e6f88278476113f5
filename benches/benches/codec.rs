//! resp-core codec benchmarks: decoding replies of typical shapes, whole and
//! as a socket delivers them, encoding commands, and the protocol engine's
//! own cost per request (a `Connection` driven without a socket).
//!
//! Run with `cargo bench -p resp-benches --bench codec`; `docs/performance.md`
//! says how to pin it to a core and what it measured.

use std::hint::black_box;

use bytes::BytesMut;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use resp_benches::drive::{decode_all, decode_chunked};
use resp_benches::shapes;
use resp_core::{Cmd, Config, Connection, Decoder, Instant, Output, Protocol};

fn decode(c: &mut Criterion) {
    let mut group = c.benchmark_group("decode");
    for (name, input, frames) in shapes::all() {
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_function(name, |b| {
            let mut decoder = Decoder::new();
            b.iter_batched(
                || BytesMut::from(&input[..]),
                |buf| assert_eq!(decode_all(&mut decoder, buf), frames),
                BatchSize::PerIteration,
            );
        });
    }
    group.finish();

    let mut group = c.benchmark_group("decode_chunked");
    for len in [1_000, 10_000] {
        let input = shapes::bulk_array(len, 16);
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_function(format!("array_{len}x16B/whole"), |b| {
            let mut decoder = Decoder::new();
            b.iter(|| assert_eq!(decode_chunked(&mut decoder, &input, input.len()), 1));
        });
        group.bench_function(format!("array_{len}x16B/16B_chunks"), |b| {
            let mut decoder = Decoder::new();
            b.iter(|| assert_eq!(decode_chunked(&mut decoder, &input, 16), 1));
        });
    }
    group.finish();
}

/// What any decoder producing zero-copy `Bytes` frames pays per small bulk
/// reply, parsing aside: one split off the shared read buffer (an atomic
/// increment) and dropping the frame (an atomic decrement). The same input as
/// `decode/small_bulk_x1000`, cut at known offsets.
fn floor(c: &mut Criterion) {
    let mut group = c.benchmark_group("floor");
    let input = shapes::small_bulks(shapes::REPLIES);
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.bench_function("split_freeze_drop_x1000", |b| {
        b.iter_batched(
            || BytesMut::from(&input[..]),
            |mut buf| {
                while !buf.is_empty() {
                    let mut piece = buf.split_to(11);
                    bytes::Buf::advance(&mut piece, 4);
                    piece.truncate(5);
                    black_box(piece.freeze());
                }
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

fn encode(c: &mut Criterion) {
    let mut group = c.benchmark_group("encode");
    let mut out = BytesMut::with_capacity(4096);
    group.bench_function("build_and_encode/SET key value", |b| {
        b.iter(|| {
            out.clear();
            Cmd::new("SET")
                .arg(black_box("key"))
                .arg(black_box("value"))
                .encode(&mut out);
            black_box(&out);
        });
    });
    group.bench_function("build_and_encode/GET key", |b| {
        b.iter(|| {
            out.clear();
            Cmd::new("GET").arg(black_box("key")).encode(&mut out);
            black_box(&out);
        });
    });
    let set = Cmd::new("SET").arg("key").arg("value");
    group.bench_function("encode/SET key value", |b| {
        b.iter(|| {
            out.clear();
            black_box(&set).encode(&mut out);
            black_box(&out);
        });
    });
    group.finish();
}

/// What the engine adds to a request, socket aside: queue, take the bytes,
/// feed the reply, take the reply. RESP2 without credentials or a name, so
/// there is no handshake to get past.
fn connection(c: &mut Criterion) {
    let mut group = c.benchmark_group("connection");
    let mut conn = Connection::new(Config::new().with_protocol(Protocol::Resp2), Instant::ZERO);
    let now = Instant::ZERO;
    group.bench_function("GET round trip", |b| {
        b.iter(|| {
            let get = Cmd::new("GET").arg(black_box("key:000000000042"));
            let id = conn.send(now, &get).expect("open");
            let Output::Transmit(bytes) = conn.poll_output() else {
                panic!("bytes to write")
            };
            black_box(bytes);
            conn.handle_input(now, b"$16\r\nxxxxxxxxxxxxxxxx\r\n");
            match conn.poll_output() {
                Output::Reply { id: got, reply } => {
                    assert_eq!(got, id);
                    black_box(reply).expect("a value");
                }
                other => panic!("{other:?}"),
            }
            let _ = conn.poll_output();
        });
    });
    let replies = b"+OK\r\n".repeat(100);
    group.throughput(Throughput::Elements(100));
    group.bench_function("pipeline of 100 SETs", |b| {
        b.iter(|| {
            let cmds: Vec<Cmd> = (0..100)
                .map(|i| {
                    Cmd::new("SET")
                        .arg(format_args_key(black_box(i)))
                        .arg(black_box("xxxxxxxxxxxxxxxx"))
                })
                .collect();
            conn.send_batch(now, &cmds).expect("open");
            let Output::Transmit(bytes) = conn.poll_output() else {
                panic!("bytes to write")
            };
            black_box(bytes);
            conn.handle_input(now, &replies);
            match conn.poll_output() {
                Output::Batch { replies, .. } => assert_eq!(black_box(replies).len(), 100),
                other => panic!("{other:?}"),
            }
            let _ = conn.poll_output();
        });
    });
    group.finish();
}

/// `key:` and twelve digits, as the client benchmarks' keys.
fn format_args_key(i: u64) -> [u8; 16] {
    let mut key = *b"key:000000000000";
    let mut n = i;
    for digit in key[4..].iter_mut().rev() {
        *digit = b'0' + (n % 10) as u8;
        n /= 10;
    }
    key
}

criterion_group!(benches, decode, floor, encode, connection);
criterion_main!(benches);

//! resp-core's decoder side by side with the RESP parsers it is compared
//! with, on exactly the same bytes (`resp_benches::shapes`), so that the
//! figures can be quoted as ratios measured in one run.
//!
//! Run with `cargo bench -p resp-benches --bench compare`, pinned to a quiet
//! core (`taskset -c 0 cargo bench ...`). hiredis is measured on the same
//! inputs by the C harness in `benches/hiredis/` (`bash benches/hiredis/run.sh`).
//!
//! The groups: `compare/<shape>` for every shape in `shapes::all()` and for
//! the 10,000-element array of 16-byte bulk strings, each parser decoding a
//! fresh copy of the input made outside the timed routine; and
//! `compare/array_10000x16B_in_16B_chunks`, where every parser is fed that
//! array 16 bytes at a time and tries to decode after every chunk (as
//! `resp_benches::drive::decode_chunked`), the copying included. Each group has
//! one function per parser:
//!
//! - `resp-core`: `resp_core::Decoder::decode` on a `BytesMut`, as in the
//!   `codec` bench.
//! - `redis-protocol`: `redis_protocol::resp2::decode::decode_bytes_mut` (the
//!   function its tokio codec calls), producing `Bytes` frames. The RESP3 map
//!   shape, which its RESP2 decoder cannot read, goes through its RESP3
//!   decoder, `resp3::decode::complete::decode_bytes_mut` (its RESP3 codec
//!   calls the `streaming` variant, which parses a map the same way and also
//!   accepts streamed aggregates).
//! - `redis-rs`: the `redis` crate without default features, whose public
//!   parser is `redis::Parser::parse_value(impl Read)`. Its streaming codec
//!   (`ValueCodec`, used by its async connections) exists only with the `aio`
//!   feature, which brings in tokio and futures; see [`redis_rs_all`] for how
//!   the same approach is driven through `Parser` instead. redis-rs reads
//!   RESP3 too, so it runs the map shape.
//!
//! Every routine asserts the number of frames decoded, so a broken comparison
//! fails rather than reports a time, and consumes each frame with
//! `black_box`, dropping it inside the timed routine.

use std::{
    hint::black_box,
    io::{self, Read},
};

use bytes::{Bytes, BytesMut};
use criterion::{
    BatchSize, BenchmarkGroup, Criterion, SamplingMode, Throughput, criterion_group,
    criterion_main, measurement::WallTime,
};
use redis_protocol::error::RedisProtocolError;
use resp_benches::drive::{decode_all, decode_chunked};
use resp_benches::shapes;
use resp_core::Decoder;

/// The chunk size for the "as a socket delivers it" comparison.
const CHUNK: usize = 16;

/// A redis-protocol `decode_bytes_mut` (RESP2 or RESP3): it returns the frame,
/// the bytes it consumed, and the frozen buffer the frame's `Bytes` point into.
type ProtocolDecode<F> = fn(&mut BytesMut) -> Result<Option<(F, usize, Bytes)>, RedisProtocolError>;

/// Decodes every frame in a fresh copy of the input with redis-protocol.
fn protocol_all<F>(decode: ProtocolDecode<F>, mut buf: BytesMut) -> usize {
    let mut count = 0;
    while let Some(decoded) = decode(&mut buf).expect("valid input") {
        black_box(decoded);
        count += 1;
    }
    count
}

/// Feeds `input` to redis-protocol `chunk` bytes at a time, calling its
/// decoder after every chunk as its codec would be after every socket read.
/// Each call parses the buffered bytes from the start: redis-protocol keeps no
/// state between calls.
fn protocol_chunked<F>(decode: ProtocolDecode<F>, input: &[u8], chunk: usize) -> usize {
    let mut buf = BytesMut::with_capacity(shapes::READ_BUFFER);
    let mut count = 0;
    for piece in input.chunks(chunk) {
        buf.extend_from_slice(piece);
        while let Some(decoded) = decode(&mut buf).expect("valid input") {
            black_box(decoded);
            count += 1;
        }
    }
    count
}

/// A non-blocking socket with `rest` still to deliver: each `read` hands out
/// at most `chunk` bytes, and once it is drained `read` fails with
/// `WouldBlock`, as a non-blocking socket with nothing more to read does.
struct Socket<'a> {
    rest: &'a [u8],
    chunk: usize,
}

impl Read for Socket<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.rest.is_empty() {
            return Err(io::ErrorKind::WouldBlock.into());
        }
        let n = self.chunk.min(out.len()).min(self.rest.len());
        let (piece, rest) = self.rest.split_at(n);
        out[..n].copy_from_slice(piece);
        self.rest = rest;
        Ok(n)
    }
}

/// Decodes every reply `socket` delivers with redis-rs' public parser, until
/// the socket would block.
///
/// redis-rs' async codec (`ValueCodec`, behind the `aio` feature) keeps the
/// partial state of its combine parser and, after every read appended to its
/// `BytesMut`, resumes parsing where the last attempt stopped, then advances
/// the buffer past what was consumed. `Parser::parse_value` does the same
/// with the same parser and partial state: it keeps its own `BytesMut`, tries
/// to parse it, and when a reply is incomplete reads once more (at most
/// 8 KiB per read) and resumes. So with a `Socket` delivering 16 bytes per
/// read, it attempts a decode after every 16-byte chunk, exactly as the codec
/// would after every 16-byte socket read. The `WouldBlock` at the end comes
/// back as an I/O error (the codec would return `None` instead); it ends the
/// loop here, once per iteration, and leaves the parser ready for more input,
/// so one `Parser` serves every iteration, as one serves a connection.
///
/// One consequence: redis-rs has no in-place entry point without `aio`, so
/// even the one-shot routine reads the input through the parser's own buffer,
/// 8 KiB at a time, copying it once; resp-core and redis-protocol decode the
/// copy they are handed.
fn redis_rs_all(parser: &mut redis::Parser, mut socket: Socket<'_>) -> usize {
    let mut count = 0;
    loop {
        match parser.parse_value(&mut socket) {
            Ok(value) => {
                black_box(value);
                count += 1;
            }
            // `is_timeout` is redis-rs' test for `TimedOut` or `WouldBlock`.
            Err(err) if err.is_timeout() && socket.rest.is_empty() => return count,
            Err(err) => panic!("invalid input: {err}"),
        }
    }
}

/// The one-shot comparison for one shape: every parser gets a fresh copy of
/// `input` per iteration, made outside the timed routine.
fn one_shot<F>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    input: &[u8],
    frames: usize,
    protocol: ProtocolDecode<F>,
) {
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.bench_function("resp-core", |b| {
        let mut decoder = Decoder::new();
        b.iter_batched(
            || BytesMut::from(input),
            |buf| assert_eq!(decode_all(&mut decoder, buf), frames),
            BatchSize::PerIteration,
        );
    });
    group.bench_function("redis-protocol", |b| {
        b.iter_batched(
            || BytesMut::from(input),
            |buf| assert_eq!(protocol_all(protocol, buf), frames),
            BatchSize::PerIteration,
        );
    });
    group.bench_function("redis-rs", |b| {
        let mut parser = redis::Parser::new();
        b.iter_batched(
            || BytesMut::from(input),
            |buf| {
                let socket = Socket {
                    rest: &buf,
                    chunk: buf.len(),
                };
                assert_eq!(redis_rs_all(&mut parser, socket), frames);
            },
            BatchSize::PerIteration,
        );
    });
}

fn compare(c: &mut Criterion) {
    for (name, input, frames) in shapes::all() {
        let mut group = c.benchmark_group(format!("compare/{name}"));
        if name == "map_100" {
            // RESP3: redis-protocol's RESP2 decoder cannot read it; its RESP3
            // decoder can. redis-rs and resp-core read both.
            one_shot(
                &mut group,
                &input,
                frames,
                redis_protocol::resp3::decode::complete::decode_bytes_mut,
            );
        } else {
            one_shot(
                &mut group,
                &input,
                frames,
                redis_protocol::resp2::decode::decode_bytes_mut,
            );
        }
        group.finish();
    }

    let input = shapes::bulk_array(10_000, 16);
    let mut group = c.benchmark_group("compare/array_10000x16B");
    one_shot(
        &mut group,
        &input,
        1,
        redis_protocol::resp2::decode::decode_bytes_mut,
    );
    group.finish();

    let mut group = c.benchmark_group(format!("compare/array_10000x16B_in_{CHUNK}B_chunks"));
    // redis-protocol re-parses the whole buffered reply after every chunk, so
    // one of its iterations takes seconds: ten samples (criterion's minimum)
    // of equal iteration counts (flat sampling) keep the run to about a minute.
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.bench_function("resp-core", |b| {
        let mut decoder = Decoder::new();
        b.iter(|| assert_eq!(decode_chunked(&mut decoder, &input, CHUNK), 1));
    });
    group.bench_function("redis-protocol", |b| {
        b.iter(|| {
            assert_eq!(
                protocol_chunked(
                    redis_protocol::resp2::decode::decode_bytes_mut,
                    &input,
                    CHUNK
                ),
                1
            );
        });
    });
    group.bench_function("redis-rs", |b| {
        let mut parser = redis::Parser::new();
        b.iter(|| {
            let socket = Socket {
                rest: &input,
                chunk: CHUNK,
            };
            assert_eq!(redis_rs_all(&mut parser, socket), 1);
        });
    });
    group.finish();
}

criterion_group!(benches, compare);
criterion_main!(benches);

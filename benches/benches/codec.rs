//! resp-core codec benchmarks: decoding replies of typical shapes, whole and
//! as a socket delivers them, and encoding commands.
//!
//! Run with `cargo bench -p resp-benches --bench codec`; `docs/performance.md`
//! says how to pin it to a core and what it measured.

use std::hint::black_box;

use bytes::BytesMut;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use resp_benches::drive::{decode_all, decode_chunked};
use resp_benches::shapes;
use resp_core::{Cmd, Decoder};

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

criterion_group!(benches, decode, floor, encode);
criterion_main!(benches);

//! resp-core codec benchmarks: decoding replies of typical shapes, whole and
//! as a socket delivers them, and encoding commands.
//!
//! Run with `cargo bench -p resp-benches --bench codec`; `docs/performance.md`
//! says how to pin it to a core and what it measured.

use std::hint::black_box;

use bytes::BytesMut;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use resp_benches::shapes;
use resp_core::{Cmd, Decoder};

/// Decodes every frame in a fresh copy of `input`, one piece.
fn decode_all(decoder: &mut Decoder, mut buf: BytesMut) -> usize {
    let mut count = 0;
    while let Some(frame) = decoder.decode(&mut buf).expect("valid input") {
        black_box(frame);
        count += 1;
    }
    count
}

/// Feeds `input` to the decoder `chunk` bytes at a time, trying to decode
/// after every chunk, as reads from a socket would.
fn decode_chunked(decoder: &mut Decoder, input: &[u8], chunk: usize) -> usize {
    let mut buf = BytesMut::with_capacity(shapes::READ_BUFFER);
    let mut count = 0;
    for piece in input.chunks(chunk) {
        buf.extend_from_slice(piece);
        while let Some(frame) = decoder.decode(&mut buf).expect("valid input") {
            black_box(frame);
            count += 1;
        }
    }
    count
}

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

criterion_group!(benches, decode, encode);
criterion_main!(benches);

//! Decodes one bench shape many times, for instruction-level profiling with
//! `valgrind --tool=callgrind`:
//! `cargo run --release -p resp-benches --example profile_decode -- SHAPE ROUNDS [CHUNK]`.
//! SHAPE is a name from `resp_benches::shapes::all`, or `array_10000x16B`.

use resp_benches::drive::decode_chunked;
use resp_benches::shapes;
use resp_core::Decoder;

fn main() {
    let mut args = std::env::args().skip(1);
    let shape = args.next().unwrap_or_else(|| "small_bulk_x1000".into());
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100);
    let chunk: Option<usize> = args.next().and_then(|n| n.parse().ok());
    let (input, frames) = if shape == "array_10000x16B" {
        (shapes::bulk_array(10_000, 16), 1)
    } else {
        let (_, input, frames) = shapes::all()
            .into_iter()
            .find(|(name, ..)| *name == shape)
            .unwrap_or_else(|| panic!("unknown shape {shape}"));
        (input, frames)
    };
    let mut decoder = Decoder::new();
    let mut total = 0;
    for _ in 0..rounds {
        total += decode_chunked(&mut decoder, &input, chunk.unwrap_or(input.len()));
    }
    assert_eq!(total, frames * rounds);
}

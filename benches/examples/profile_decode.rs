//! Decodes one bench shape many times, for instruction-level profiling with
//! `valgrind --tool=callgrind` (`cargo run --release --example profile_decode -- SHAPE N`).

use bytes::BytesMut;
use resp_benches::shapes;
use resp_core::Decoder;

fn main() {
    let mut args = std::env::args().skip(1);
    let shape = args.next().unwrap_or_else(|| "small_bulk_x1000".into());
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100);
    let (_, input, frames) = shapes::all()
        .into_iter()
        .find(|(name, ..)| *name == shape)
        .unwrap_or_else(|| panic!("unknown shape {shape}"));
    let mut decoder = Decoder::new();
    let mut total = 0;
    for _ in 0..rounds {
        let mut buf = BytesMut::from(&input[..]);
        while let Some(frame) = decoder.decode(&mut buf).expect("valid input") {
            std::hint::black_box(frame);
            total += 1;
        }
    }
    assert_eq!(total, frames * rounds);
}

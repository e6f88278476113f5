//! Benchmarks for resp; see `benches/`.

//! Builds a frame from arbitrary bytes: it encodes, and decodes back to itself.
//!
//! The property lives in `resp_core::check::roundtrip`; see `fuzz/README.md`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    resp_core_fuzz::capped(data.len(), || resp_core::check::roundtrip(data));
});

//! Decodes arbitrary bytes: no panic, and every frame decoded re-encodes and
//! decodes to itself.
//!
//! The property lives in `resp_core::check::decode`; see `fuzz/README.md`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    resp_core_fuzz::capped(data.len(), || resp_core::check::decode(data));
});

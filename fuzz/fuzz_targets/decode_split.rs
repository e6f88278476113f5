//! Decoding arbitrary bytes in one piece, one byte at a time and seven at a
//! time gives the same frames, the same error and the same leftover bytes.
//!
//! The property lives in `resp_core::check::decode_split`; see `fuzz/README.md`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    resp_core_fuzz::capped(data.len(), || resp_core::check::decode_split(data));
});

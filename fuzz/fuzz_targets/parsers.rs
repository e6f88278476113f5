//! Reads arbitrary bytes with every reply parser (slot maps, server errors,
//! redirects, pubsub framing): no panic, and what parses is consistent.
//!
//! The property lives in `resp_core::check::parsers`; see `fuzz/README.md`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    resp_core_fuzz::capped(data.len(), || resp_core::check::parsers(data));
});

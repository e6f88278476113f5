//! Plays an arbitrary conversation between a `Connection` and the fake
//! server (sends, batches, abandons, chunked and arbitrary input, faults,
//! timeouts): no panic, no reply for a request not sent or abandoned, none
//! twice, nothing after `Closed`, and, when the client read only what the
//! server wrote, every reply the one the server logged.
//!
//! The property lives in `resp_core::check::connection`; see `fuzz/README.md`.
//! Two input bytes can send a command and have it answered, and the check
//! keeps a record of both sides (about 600 bytes at most), so the cap
//! allows 32 times the usual share per input byte.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    resp_core_fuzz::capped(data.len().saturating_mul(32), || {
        resp_core::check::connection(data)
    });
});

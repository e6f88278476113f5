//! Records what redis-server's `CLUSTER KEYSLOT` answers for a fixed set of
//! keys into `crates/resp-core/tests/data/key_slots.txt`, the vectors that
//! resp-core's `key_slot` is tested against:
//!
//! ```sh
//! cargo run -p resp-tests --example record_key_slots
//! ```
//!
//! The keys are the hash-tag edge cases and pseudo-random binary keys from a
//! fixed seed, so a re-run writes the same file; `git diff` shows any change.

use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;

use resp_core::{Cmd, Frame};
use resp_tests::{RedisServer, braced_keys};

fn main() -> Result<(), Box<dyn Error>> {
    // A node with cluster support answers CLUSTER KEYSLOT without any slots.
    let server = RedisServer::builder()
        .config("cluster-enabled", "yes")
        .start();
    let mut conn = server.connect();

    let mut out = format!(
        "# key (hex) and the slot redis-server {} gave it with CLUSTER KEYSLOT.\n\
         # Written by `cargo run -p resp-tests --example record_key_slots`.\n",
        server.version()
    );
    for key in keys() {
        let Frame::Integer(slot) = conn.request(&Cmd::new("CLUSTER").arg("KEYSLOT").arg(&key))?
        else {
            return Err(format!("CLUSTER KEYSLOT {key:?} is not an integer").into());
        };
        let hex: String = key.iter().map(|byte| format!("{byte:02x}")).collect();
        writeln!(out, "{} {slot}", if hex.is_empty() { "-" } else { &hex })?;
    }

    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../crates/resp-core/tests/data/key_slots.txt");
    std::fs::write(&path, out)?;
    println!("wrote {}", path.display());
    Ok(())
}

/// The keys to record.
fn keys() -> Vec<Vec<u8>> {
    let mut keys: Vec<Vec<u8>> = [
        &b""[..],
        b"foo",
        b"bar",
        b"somekey",
        b"123456789",
        b"user:1000",
        b"{user1000}.following",
        b"{user1000}.followers",
        b"foo{}{bar}",
        b"foo{{bar}}zap",
        b"foo{bar}{zap}",
        b"{}",
        b"{",
        b"}",
        b"}{",
        b"{a",
        b"a}",
        b"{a}",
        b"{}a",
        b"a{}",
        b"{{}}",
        b"{{a}}",
        b"}{a}",
        b"x{\x00}y",
        b"\xff\xfe{\x80}",
    ]
    .iter()
    .map(|key| key.to_vec())
    .collect();
    // Binary keys of 1 to 40 bytes, some with braces, from a fixed seed.
    keys.extend(braced_keys(0x5eed_1e55_c0ff_ee00, 300, 40));
    keys
}

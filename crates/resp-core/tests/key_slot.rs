//! `cluster::key_slot` against what redis-server's `CLUSTER KEYSLOT` answered
//! for the same keys (`tests/data/key_slots.txt`, recorded by
//! `cargo run -p resp-tests --example record_key_slots`).

use resp_core::cluster::key_slot;

/// The recorded vectors: each key (hex, `-` for the empty key) and its slot.
fn vectors() -> Vec<(Vec<u8>, u16)> {
    include_str!("data/key_slots.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| {
            let (hex, slot) = line.split_once(' ').expect("`<hex key> <slot>`");
            let key = if hex == "-" {
                Vec::new()
            } else {
                (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
                    .collect()
            };
            (key, slot.parse().expect("a slot number"))
        })
        .collect()
}

#[test]
fn key_slot_agrees_with_redis_server_on_every_recorded_key() {
    let vectors = vectors();
    assert!(vectors.len() >= 300, "only {} vectors", vectors.len());
    for (key, slot) in &vectors {
        assert_eq!(
            key_slot(key).get(),
            *slot,
            "key {:?}",
            key.escape_ascii().to_string()
        );
    }
    // The recorded keys exercise hash tags: some distinct keys share a slot
    // only through their tag.
    let tagged = vectors
        .iter()
        .filter(|(key, _)| key.contains(&b'{') && key.contains(&b'}'));
    assert!(tagged.count() >= 50);
}

//! Reproducible test keys.

/// `count` binary keys of 1 to `max_len` bytes from a fixed `seed`, about one
/// byte in five a brace, so that many hold hash tags and many hold broken
/// ones. The same seed always gives the same keys.
///
/// ```
/// let keys = resp_tests::braced_keys(7, 100, 24);
/// assert_eq!(keys, resp_tests::braced_keys(7, 100, 24));
/// assert!(keys.iter().all(|key| (1..=24).contains(&key.len())));
/// ```
pub fn braced_keys(seed: u64, count: usize, max_len: usize) -> Vec<Vec<u8>> {
    // xorshift64: small, and the same everywhere.
    let mut state = seed.max(1);
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|_| {
            let len = 1 + (next() % max_len as u64) as usize;
            (0..len)
                .map(|_| match next() % 10 {
                    0 => b'{',
                    1 => b'}',
                    _ => next() as u8,
                })
                .collect()
        })
        .collect()
}

//! Hash slots and the key-to-slot function.

use core::fmt;

use crc16::{State, XMODEM};

/// One of a cluster's 16,384 hash slots.
///
/// ```
/// use resp_core::cluster::Slot;
///
/// assert_eq!(Slot::new(16383).map(Slot::get), Some(16383));
/// assert_eq!(Slot::new(16384), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot(u16);

impl Slot {
    /// How many slots a cluster has.
    pub const COUNT: u16 = 16384;

    /// The slot numbered `slot`, or `None` unless it is below [`Slot::COUNT`].
    pub const fn new(slot: u16) -> Option<Self> {
        if slot < Self::COUNT {
            Some(Self(slot))
        } else {
            None
        }
    }

    /// The slot's number, below [`Slot::COUNT`].
    pub const fn get(self) -> u16 {
        self.0
    }
}

impl fmt::Display for Slot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl From<Slot> for u16 {
    fn from(slot: Slot) -> Self {
        slot.0
    }
}

/// The part of `key` that decides its slot: the hash tag, or the whole key.
///
/// Redis' rule: if the key holds a `{`, and a `}` follows the first `{` with
/// at least one byte between them, only the bytes between that first `{` and
/// the first `}` after it are hashed. Otherwise (no `{`, no `}` after it, or
/// `{}`) the whole key is. So `{user:1}:name` and `{user:1}:mail` share a
/// slot, while `{}user`, `user{` and `}{user` hash whole.
///
/// ```
/// use resp_core::cluster::hash_tag;
///
/// assert_eq!(hash_tag(b"{user:1}:name"), b"user:1");
/// assert_eq!(hash_tag(b"a{b}{c}"), b"b");
/// assert_eq!(hash_tag(b"{}user"), b"{}user");
/// assert_eq!(hash_tag(b"user{"), b"user{");
/// ```
pub fn hash_tag(key: &[u8]) -> &[u8] {
    let Some(open) = memchr::memchr(b'{', key) else {
        return key;
    };
    match memchr::memchr(b'}', &key[open + 1..]) {
        Some(len) if len > 0 => &key[open + 1..open + 1 + len],
        _ => key,
    }
}

/// The hash slot of `key`: CRC16 (XMODEM) of its [`hash_tag`], modulo 16,384,
/// as Redis computes it.
///
/// ```
/// use resp_core::cluster::key_slot;
///
/// assert_eq!(key_slot(b"foo").get(), 12182);
/// assert_eq!(key_slot(b"{foo}:bar"), key_slot(b"foo"));
/// ```
pub fn key_slot(key: &[u8]) -> Slot {
    Slot(State::<XMODEM>::calculate(hash_tag(key)) & (Slot::COUNT - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_tags_follow_redis_rules() {
        let cases: &[(&[u8], &[u8])] = &[
            (b"", b""),
            (b"plain", b"plain"),
            (b"{tag}rest", b"tag"),
            (b"rest{tag}", b"tag"),
            (b"{a}{b}", b"a"),
            (b"{{a}}", b"{a"),
            (b"}{a}", b"a"),
            (b"{}", b"{}"),
            (b"{}{a}", b"{}{a}"),
            (b"{", b"{"),
            (b"a{b", b"a{b"),
            (b"a}b{", b"a}b{"),
            (b"{\x00\xff}", b"\x00\xff"),
        ];
        for (key, tag) in cases {
            assert_eq!(hash_tag(key), *tag, "{:?}", key.escape_ascii().to_string());
        }
    }

    #[test]
    fn slots_match_the_crc16_check_value_and_stay_in_range() {
        // XMODEM's standard check value, for "123456789", is 0x31C3.
        assert_eq!(State::<XMODEM>::calculate(b"123456789"), 0x31C3);
        assert_eq!(key_slot(b"123456789").get(), 0x31C3 & 0x3FFF);
        for i in 0..10_000u32 {
            assert!(key_slot(&i.to_le_bytes()).get() < Slot::COUNT);
        }
    }

    #[test]
    fn slot_refuses_numbers_past_the_last() {
        assert_eq!(Slot::new(0).map(u16::from), Some(0));
        assert!(Slot::new(Slot::COUNT).is_none());
        assert!(Slot::new(u16::MAX).is_none());
        assert_eq!(
            Slot::new(42).map(|slot| slot.to_string()),
            Some("42".into())
        );
    }
}

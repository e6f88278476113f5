//! Redis Cluster: which slot a key belongs to.
//!
//! A cluster splits the key space into 16,384 hash slots; every key belongs
//! to one, and every slot to one primary. [`key_slot`] computes a key's slot
//! exactly as the server does, hash tags included, so that a client can send
//! each command to the node that owns its keys.

mod slot;

pub use self::slot::{Slot, hash_tag, key_slot};

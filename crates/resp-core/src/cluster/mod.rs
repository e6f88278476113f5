//! Redis Cluster: which slot a key belongs to, and where a node redirects.
//!
//! A cluster splits the key space into 16,384 hash slots; every key belongs
//! to one, and every slot to one primary. [`key_slot`] computes a key's slot
//! exactly as the server does, hash tags included, so that a client can send
//! each command to the node that owns its keys; a node that does not own it
//! answers with a [`Redirect`].

mod redirect;
mod slot;
mod slot_map;

pub use self::redirect::{NodeAddr, Redirect, RedirectKind};
pub use self::slot::{Slot, hash_tag, key_slot};
pub use self::slot_map::{Health, Node, SlotMap, SlotMapError, SlotRange};

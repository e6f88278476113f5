//! Redis Cluster: which slot a key belongs to, which arguments of a command
//! are keys, and where a node redirects.
//!
//! A cluster splits the key space into 16,384 hash slots; every key belongs
//! to one, and every slot to one primary. [`key_slot`] computes a key's slot
//! exactly as the server does, hash tags included, so that a client can send
//! each command to the node that owns its keys; a node that does not own it
//! answers with a [`Redirect`].
//!
//! Which arguments are keys is the server's to say: [`CommandSpec`] holds
//! what redis-server's `COMMAND INFO` reports of every command and
//! subcommand ([`CommandFlags`], the [`RequestPolicy`] and [`ResponsePolicy`]
//! tips, and the [`KeySpec`]s), in a table generated from a real server, and
//! [`key_indices`] (or [`cmd_key_indices`] for a [`Cmd`](crate::Cmd)) reads
//! the key specs of a command line as Redis does, failing with a
//! [`KeysError`], never a panic, on arguments that do not fit.
//!
//! [`Router`] puts these together: given a [`SlotMap`] and a command, it
//! says, as pure decisions, which node to send it to, how to split it per
//! slot and merge the replies, which nodes a fan-out reaches, and what to do
//! after `MOVED`, `ASK`, `TRYAGAIN` or `CLUSTERDOWN`.
//!
//! ```
//! use resp_core::cluster::{key_indices, key_slot};
//!
//! let args: [&[u8]; 5] = [b"MSET", b"{user:1}:name", b"Ada", b"{user:1}:mail", b"ada@example.org"];
//! let keys = key_indices(&args)?;
//! assert_eq!(keys, [1, 3]);
//! assert_eq!(key_slot(args[keys[0]]), key_slot(args[keys[1]]));
//! # Ok::<(), resp_core::cluster::KeysError>(())
//! ```

/// The methods shared by the flag sets of the command table
/// ([`CommandFlags`], [`KeySpecFlags`]): each is a newtype over an integer
/// with one constant per flag and a `NAMES` table of `COMMAND INFO`'s names.
macro_rules! flag_set {
    ($name:ident, $examples:literal) => {
        impl $name {
            /// No flag.
            pub const fn empty() -> Self {
                Self(0)
            }

            /// Every flag of `self` and of `other`.
            #[must_use]
            pub const fn union(self, other: Self) -> Self {
                Self(self.0 | other.0)
            }

            /// Whether every flag of `other` is set in `self`.
            pub const fn contains(self, other: Self) -> bool {
                self.0 & other.0 == other.0
            }

            #[doc = concat!("The flag `COMMAND INFO` calls `name` (", $examples, "),")]
            /// ignoring ASCII case; `None` for a name it does not know.
            pub fn from_name(name: &str) -> Option<Self> {
                Self::NAMES
                    .iter()
                    .find(|(known, _)| known.eq_ignore_ascii_case(name))
                    .map(|&(_, flag)| flag)
            }

            /// The names of the flags set, as `COMMAND INFO` writes them, in
            /// the order of the constants.
            pub fn names(self) -> impl Iterator<Item = &'static str> {
                Self::NAMES
                    .into_iter()
                    .filter(move |&(_, flag)| self.contains(flag))
                    .map(|(name, _)| name)
            }
        }

        impl core::fmt::Debug for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.debug_set().entries(self.names()).finish()
            }
        }
    };
}

mod command;
mod command_table;
mod key_spec;
mod redirect;
mod router;
mod slot;
mod slot_map;

pub use self::command::{
    CommandFlags, CommandSpec, KeysError, RequestPolicy, ResponsePolicy, cmd_key_indices,
    key_indices,
};
pub use self::key_spec::{BeginSearch, FindKeys, KeySpec, KeySpecFlags};
pub use self::redirect::{NodeAddr, Redirect, RedirectKind};
pub use self::router::{
    Action, Attempt, Backoff, FanOut, Merge, MergeError, Part, ReadFrom, Refresh, Role, Route,
    RouteError, Router, RouterConfig, Split, Target,
};
pub use self::slot::{Slot, hash_tag, key_slot};
pub use self::slot_map::{Health, Node, SlotMap, SlotMapError, SlotRange};

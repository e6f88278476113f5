//! Key specs: where a command's keys are among its arguments, as Redis 7
//! describes them in `COMMAND INFO`.
//!
//! A key spec finds keys in two steps. [`BeginSearch`] finds where they
//! start: at a fixed index, or just after a keyword. [`FindKeys`] then says
//! how many there are from there: a range, or a count read from an argument.
//! A command has one key spec per group of keys (`ZUNIONSTORE` has two: the
//! destination, then the sources), and [`KeySpecFlags`] say how each group
//! is used.
//!
//! [`key_indices`](super::key_indices) interprets them.

/// One group of keys of a command: where the group starts, how far it goes,
/// and how the command uses those keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct KeySpec {
    /// Where the search for the first key starts.
    pub begin_search: BeginSearch,
    /// Which arguments from there on are keys.
    pub find_keys: FindKeys,
    /// How the command uses these keys.
    pub flags: KeySpecFlags,
}

impl KeySpec {
    /// A key spec from its three parts.
    pub const fn new(begin_search: BeginSearch, find_keys: FindKeys, flags: KeySpecFlags) -> Self {
        Self {
            begin_search,
            find_keys,
            flags,
        }
    }
}

/// Where the search for a key spec's first key begins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BeginSearch {
    /// `index`: the first key is the argument at this index (0 is the
    /// command name).
    Index(u32),
    /// `keyword`: the first key follows the first argument equal to
    /// `keyword` (ignoring ASCII case).
    ///
    /// The search starts at index `start_from` and goes forward when it is
    /// positive; a negative one counts from the end (-1 is the last
    /// argument), and the search goes backward from there. The last argument
    /// is never taken for the keyword, since no key could follow it.
    Keyword {
        /// The keyword, upper case as Redis writes it.
        keyword: &'static str,
        /// Where the search starts; negative counts from the end.
        start_from: i32,
    },
    /// `unknown`: the keys cannot be found from the arguments' positions
    /// alone (`SORT ... STORE`); Redis finds them with code of its own.
    Unknown,
}

/// Which arguments, from where [`BeginSearch`] led, are keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FindKeys {
    /// `range`: keys from the first one to `last_key`, every `step`
    /// arguments.
    ///
    /// `last_key` 0 or more is relative to the first key (0: a single key);
    /// a negative one counts from the end of the arguments (-1: up to the
    /// last argument, -2: all but the last). With a `limit` other than 0 and
    /// `last_key` -1, only the first 1/`limit` of the arguments that remain
    /// are keys (`XREAD ... STREAMS k1 k2 id1 id2` has `limit` 2).
    Range {
        /// The last key: relative to the first if 0 or more, from the end
        /// of the arguments if negative.
        last_key: i32,
        /// Arguments from one key to the next (2 for `MSET k1 v1 k2 v2`).
        step: u32,
        /// With a negative `last_key`: keys are 1/`limit` of the arguments
        /// that remain; 0 for no limit.
        limit: u32,
    },
    /// `keynum`: an argument gives the number of keys (`EVAL script
    /// numkeys key...`).
    KeyNum {
        /// Where the number of keys is, relative to where the search began.
        num_keys_index: u32,
        /// Where the first key is, relative to where the search began.
        first_key: u32,
        /// Arguments from one key to the next.
        step: u32,
    },
    /// `unknown`: Redis finds these keys with code of its own.
    Unknown,
}

/// How a command uses the keys of one [`KeySpec`], as `COMMAND INFO` lists
/// them.
///
/// The first four say what happens to the value (one of them is set for a
/// real key); the next four refine what the command does with it.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct KeySpecFlags(u16);

impl KeySpecFlags {
    /// `RO`: reads the value; neither modifies nor deletes it.
    pub const RO: Self = Self(1);
    /// `RW`: reads and modifies the value, or deletes it.
    pub const RW: Self = Self(1 << 1);
    /// `OW`: overwrites the value without reading it.
    pub const OW: Self = Self(1 << 2);
    /// `RM`: deletes the key.
    pub const RM: Self = Self(1 << 3);
    /// `access`: returns, copies or otherwise uses the user data.
    pub const ACCESS: Self = Self(1 << 4);
    /// `update`: updates the value in place (not overwriting).
    pub const UPDATE: Self = Self(1 << 5);
    /// `insert`: adds data to the value, never modifying or deleting any.
    pub const INSERT: Self = Self(1 << 6);
    /// `delete`: explicitly deletes some content from the value.
    pub const DELETE: Self = Self(1 << 7);
    /// `not_key`: not a key but a name hashed like one (`SPUBLISH`'s
    /// shard channel); never counted as a key.
    pub const NOT_KEY: Self = Self(1 << 8);
    /// `incomplete`: the spec may miss keys, or find arguments that are not
    /// keys; Redis then finds the keys with code of its own.
    pub const INCOMPLETE: Self = Self(1 << 9);
    /// `variable_flags`: these flags depend on the arguments (`SET ... GET`
    /// reads the key, plain `SET` does not).
    pub const VARIABLE_FLAGS: Self = Self(1 << 10);

    /// Each flag with its name in `COMMAND INFO`.
    const NAMES: [(&'static str, Self); 11] = [
        ("RO", Self::RO),
        ("RW", Self::RW),
        ("OW", Self::OW),
        ("RM", Self::RM),
        ("access", Self::ACCESS),
        ("update", Self::UPDATE),
        ("insert", Self::INSERT),
        ("delete", Self::DELETE),
        ("not_key", Self::NOT_KEY),
        ("incomplete", Self::INCOMPLETE),
        ("variable_flags", Self::VARIABLE_FLAGS),
    ];
}

flag_set!(KeySpecFlags, "`RO`, `access`, `not_key`...");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_know_their_names() {
        let flags = KeySpecFlags::RW
            .union(KeySpecFlags::ACCESS)
            .union(KeySpecFlags::DELETE);
        assert_eq!(
            flags.names().collect::<Vec<_>>(),
            ["RW", "access", "delete"]
        );
        assert_eq!(format!("{flags:?}"), r#"{"RW", "access", "delete"}"#);
        for (name, flag) in KeySpecFlags::NAMES {
            assert_eq!(KeySpecFlags::from_name(name), Some(flag));
            assert_eq!(KeySpecFlags::from_name(&name.to_uppercase()), Some(flag));
        }
        assert_eq!(KeySpecFlags::from_name("sometimes"), None);
        assert!(flags.contains(KeySpecFlags::RW.union(KeySpecFlags::DELETE)));
        assert!(!flags.contains(KeySpecFlags::RO));
        assert!(flags.contains(KeySpecFlags::empty()));
    }
}

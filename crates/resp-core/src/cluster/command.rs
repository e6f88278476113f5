//! What the server says of each command, and which arguments of a command
//! line are keys.
//!
//! [`CommandSpec`] is one row of a table generated from redis-server's
//! `COMMAND INFO` (see `docs/architecture.md`, "Command table"): arity,
//! flags, routing tips and key specs. [`key_indices`] reads the key specs
//! of a command line the way Redis reads them, and for the commands whose
//! key specs cannot tell (`SORT ... STORE`, `MIGRATE ... KEYS`), it finds
//! the keys the way Redis' own code for those commands does.

use alloc::string::String;
use alloc::vec::Vec;

use super::command_table::{COMMANDS, SERVER_VERSION};
use super::key_spec::{BeginSearch, FindKeys, KeySpec, KeySpecFlags};
use crate::Cmd;

/// What the server says of one command: flags, tips, key specs.
///
/// The rows come from a table generated from redis-server's `COMMAND INFO`
/// ([`CommandSpec::SERVER_VERSION`] says which version); find one with
/// [`CommandSpec::lookup`]. Subcommands (`XINFO STREAM`, `CLUSTER KEYSLOT`)
/// have rows of their own, named `container|sub` as Redis 7 names them.
///
/// ```
/// use resp_core::cluster::{CommandFlags, CommandSpec, RequestPolicy};
///
/// let get = CommandSpec::lookup(&[b"get", b"user:1"]).unwrap();
/// assert_eq!((get.name, get.arity), ("get", 2));
/// assert!(get.flags.contains(CommandFlags::READONLY.union(CommandFlags::FAST)));
///
/// let stream = CommandSpec::lookup(&[b"XINFO", b"STREAM", b"events"]).unwrap();
/// assert_eq!(stream.name, "xinfo|stream");
/// assert_eq!(stream.key_indices(&[b"XINFO", b"STREAM", b"events"]), Ok(vec![2]));
///
/// let flushall = CommandSpec::lookup(&[b"FLUSHALL"]).unwrap();
/// assert_eq!(flushall.request_policy, RequestPolicy::AllShards);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CommandSpec {
    /// The name, lower case; `container|sub` for a subcommand.
    pub name: &'static str,
    /// The number of arguments, the name (and subcommand) included: exactly
    /// that many if positive, at least its absolute value if negative.
    pub arity: i32,
    /// The command's flags.
    pub flags: CommandFlags,
    /// To which nodes a cluster client sends the command (the
    /// `request_policy` tip).
    pub request_policy: RequestPolicy,
    /// How a cluster client merges the replies of several nodes (the
    /// `response_policy` tip).
    pub response_policy: ResponsePolicy,
    /// Whether two runs on the same data may reply differently (the
    /// `nondeterministic_output` tip: `RANDOMKEY`, `INFO`, `SCAN`).
    pub nondeterministic_output: bool,
    /// Whether the reply is a list whose order may differ between runs on
    /// the same data (the `nondeterministic_output_order` tip: `KEYS`,
    /// `SMEMBERS`).
    pub nondeterministic_output_order: bool,
    /// Where the keys are among the arguments, one spec per group of keys;
    /// empty for a command without keys.
    pub key_specs: &'static [KeySpec],
    /// The subcommands of a container command (`XINFO`, `CLUSTER`), sorted
    /// by name; empty for any other command.
    pub subcommands: &'static [Self],
}

impl CommandSpec {
    /// The version of redis-server whose `COMMAND INFO` the table was
    /// generated from.
    pub const SERVER_VERSION: &'static str = SERVER_VERSION;

    /// Every command of the table, sorted by name; subcommands are in their
    /// container's [`subcommands`](Self::subcommands).
    pub fn all() -> &'static [Self] {
        COMMANDS
    }

    /// The spec of the command `args` (name first, then its arguments) — the
    /// subcommand's spec for container commands like `XINFO STREAM`,
    /// `OBJECT ENCODING`, `MEMORY USAGE`, `CLUSTER KEYSLOT`. None for unknown
    /// commands (modules).
    ///
    /// Names are matched ignoring ASCII case, by binary search, without
    /// allocating. As in Redis, a container named alone (`XINFO`) gives the
    /// container's own spec, and a container followed by something that is
    /// not one of its subcommands gives `None`.
    pub fn lookup(args: &[&[u8]]) -> Option<&'static Self> {
        let (name, rest) = args.split_first()?;
        let command = search(COMMANDS, 0, name)?;
        match rest.first() {
            Some(sub) if !command.subcommands.is_empty() => {
                search(command.subcommands, command.name.len() + 1, sub)
            }
            _ => Some(command),
        }
    }

    /// The spec named `name` in the table: `get`, or `xinfo|stream` for a
    /// subcommand; ASCII case is ignored.
    pub fn named(name: &str) -> Option<&'static Self> {
        match name.split_once('|') {
            None => Self::lookup(&[name.as_bytes()]),
            Some((container, sub)) => {
                let command = search(COMMANDS, 0, container.as_bytes())?;
                search(command.subcommands, command.name.len() + 1, sub.as_bytes())
            }
        }
    }

    /// Whether the command has keys at all: a key spec that is not
    /// `not_key`. `PING`, `INFO`, `CLUSTER INFO` and `SPUBLISH` have none.
    pub fn has_keys(&self) -> bool {
        self.key_specs
            .iter()
            .any(|spec| !spec.flags.contains(KeySpecFlags::NOT_KEY))
    }

    /// Whether the command takes `argc` arguments, its name (and
    /// subcommand) included, according to its [`arity`](Self::arity).
    pub fn takes(&self, argc: usize) -> bool {
        let argc = i64::try_from(argc).unwrap_or(i64::MAX);
        let arity = i64::from(self.arity);
        if arity >= 0 {
            arity == 0 || argc == arity
        } else {
            argc >= -arity
        }
    }

    /// Argument indices (0 = the command name) of the keys of `args`, the
    /// whole command line of this command (as given to
    /// [`lookup`](Self::lookup)); see [`key_indices`] for the rules.
    ///
    /// # Errors
    ///
    /// [`KeysError`] when the arguments are not a valid use of the command,
    /// as [`key_indices`] says; never [`KeysError::Empty`] or
    /// [`KeysError::UnknownCommand`].
    pub fn key_indices(&self, args: &[&[u8]]) -> Result<Vec<usize>, KeysError> {
        // COMMAND GETKEYS' order: a command without keys has none, whatever
        // its arguments.
        if !self.has_keys() {
            return Ok(Vec::new());
        }
        if !self.takes(args.len()) {
            return Err(KeysError::WrongArity {
                command: self.name,
                args: args.len(),
            });
        }
        let keys = match self.keys_from_specs(args)? {
            Some(keys) => keys,
            None => self.keys_by_hand(args),
        };
        if keys.is_empty() && !self.flags.contains(CommandFlags::NO_MANDATORY_KEYS) {
            return Err(KeysError::MissingKeys { command: self.name });
        }
        Ok(keys)
    }

    /// The keys the key specs find, in spec order, as Redis'
    /// `getKeysUsingKeySpecs` finds them; `None` when the specs cannot
    /// tell (an `unknown` or `incomplete` spec, flags that vary with the
    /// arguments, or a range that does not fit the arguments), which is
    /// when Redis asks the command's own code.
    fn keys_from_specs(&self, args: &[&[u8]]) -> Result<Option<Vec<usize>>, KeysError> {
        if self
            .key_specs
            .iter()
            .any(|spec| spec.flags.contains(KeySpecFlags::VARIABLE_FLAGS))
        {
            return Ok(None);
        }
        let argc = args.len();
        let mut keys = Vec::new();
        for spec in self.key_specs {
            if spec.flags.contains(KeySpecFlags::NOT_KEY) {
                continue;
            }
            let begin = match spec.begin_search {
                BeginSearch::Index(index) => to_usize(index),
                BeginSearch::Keyword {
                    keyword,
                    start_from,
                } => match find_keyword(args, keyword, start_from) {
                    Some(at) => at + 1,
                    // The keyword is optional: no keys from this spec.
                    None => continue,
                },
                BeginSearch::Unknown => return Ok(None),
            };
            let (first, last, step) = match spec.find_keys {
                FindKeys::Range {
                    last_key,
                    step,
                    limit,
                } => {
                    // An optional list of keys left empty (`PFMERGE dest`).
                    // Redis 7.0 fails the whole command here, and then
                    // routes it as if it had no keys at all.
                    if begin >= argc {
                        continue;
                    }
                    let (first, argc) = (begin as i64, argc as i64);
                    let last = if last_key >= 0 {
                        first + i64::from(last_key)
                    } else if limit == 0 {
                        argc + i64::from(last_key)
                    } else {
                        first + (argc - first) / i64::from(limit) + i64::from(last_key)
                    };
                    if last < first || last >= argc {
                        return Ok(None);
                    }
                    (begin, last as usize, step)
                }
                FindKeys::KeyNum {
                    num_keys_index,
                    first_key,
                    step,
                } => {
                    let at = begin.saturating_add(to_usize(num_keys_index));
                    let bad = || KeysError::BadNumKeys {
                        command: self.name,
                        index: at,
                    };
                    let count = args
                        .get(at)
                        .and_then(|arg| parse_count(arg))
                        .ok_or_else(bad)?;
                    if count == 0 {
                        if self.flags.contains(CommandFlags::NO_MANDATORY_KEYS) {
                            continue;
                        }
                        return Err(bad());
                    }
                    let first = begin.saturating_add(to_usize(first_key));
                    // As Redis: the count is of arguments, so a step over 1
                    // would find fewer keys. No command of the table has one.
                    let last = usize::try_from(count - 1)
                        .ok()
                        .and_then(|extra| first.checked_add(extra))
                        .filter(|&last| last < argc)
                        .ok_or_else(bad)?;
                    (first, last, step)
                }
                FindKeys::Unknown => return Ok(None),
            };
            let Some(step) = usize::try_from(step).ok().filter(|&step| step > 0) else {
                return Ok(None);
            };
            keys.extend((first..=last).step_by(step));
            if spec.flags.contains(KeySpecFlags::INCOMPLETE) {
                return Ok(None);
            }
        }
        Ok(Some(keys))
    }

    /// The keys of a command whose key specs cannot tell, found as Redis'
    /// code for that command finds them (its "getkeys proc").
    fn keys_by_hand(&self, args: &[&[u8]]) -> Vec<usize> {
        match self.name {
            "sort" => sort_keys(args),
            "migrate" => migrate_keys(args),
            "xread" | "xreadgroup" => xread_keys(args),
            // The key is always the first argument.
            "sort_ro" | "set" | "bitfield" if args.len() > 1 => alloc::vec![1],
            _ => Vec::new(),
        }
    }
}

/// Argument indices (0 = the command name) of the keys of `args`, in order.
/// Empty for keyless commands.
///
/// "In order" is the order of the command's key specs, as `COMMAND GETKEYS`
/// lists them: ascending, but for `GEORADIUS ... STOREDIST d STORE s`, whose
/// `STORE` key comes first. The rules are Redis 7's:
///
/// - A command without keys (`PING`, `INFO`, `CLUSTER INFO`, `SCRIPT LOAD`,
///   `SPUBLISH`, whose shard channel is not a key) has none, whatever its
///   arguments.
/// - Otherwise the number of arguments must fit the command's arity.
/// - The key specs are read in order: a keyword is searched from where the
///   spec says (backward when negative), a range ends relative to its first
///   key, or counting from the end of the arguments (-1: the last), a
///   `limit` keeps 1/limit of the arguments left (`XREAD ... STREAMS`), and
///   a `keynum` spec reads the number of keys from an argument (`EVAL`,
///   `ZUNIONSTORE`, `LMPOP`, `SINTERCARD`).
/// - Where the specs cannot tell, the keys are found as Redis' own code
///   finds them: `SORT` (the key, and the last `STORE` destination, skipping
///   the arguments of `LIMIT`, `BY` and `GET`), `MIGRATE` (the key, or the
///   keys after `KEYS` when the key is the empty string), `XREAD` and
///   `XREADGROUP` (the first half of what follows `STREAMS`).
/// - A command that needs a key and has none is an error; `EVAL`, `FCALL`
///   and their variants may have none (`EVAL script 0`).
///
/// This agrees with redis-server's `COMMAND GETKEYS`, which the `resp-tests`
/// suite `command_keys` checks on about 900 command lines, except where
/// `COMMAND GETKEYS` accepts what the command itself refuses or routes a
/// valid command as if it had no keys:
///
/// - a number of keys that is not a plain non-negative decimal integer
///   (`03`, `2x`, `-1`) or that is larger than the arguments that follow is
///   [`KeysError::BadNumKeys`], where `COMMAND GETKEYS` parses it leniently
///   or, for `EVAL` and `FCALL`, answers no keys;
/// - `PFMERGE dest` (no source keys) has the key `dest`, where Redis 7.0
///   finds no key at all.
///
/// ```
/// use resp_core::cluster::{KeysError, key_indices};
///
/// assert_eq!(key_indices(&[b"GET", b"k"]), Ok(vec![1]));
/// assert_eq!(key_indices(&[b"MSET", b"a", b"1", b"b", b"2"]), Ok(vec![1, 3]));
/// assert_eq!(
///     key_indices(&[b"EVAL", b"return 1", b"2", b"a", b"b", b"arg"]),
///     Ok(vec![3, 4])
/// );
/// assert_eq!(
///     key_indices(&[b"XREAD", b"COUNT", b"5", b"STREAMS", b"s1", b"s2", b"0", b"0"]),
///     Ok(vec![4, 5])
/// );
/// assert_eq!(key_indices(&[b"CLUSTER", b"INFO"]), Ok(vec![]));
/// assert!(matches!(
///     key_indices(&[b"ZUNION", b"three", b"a"]),
///     Err(KeysError::BadNumKeys { index: 1, .. })
/// ));
/// ```
///
/// # Errors
///
/// [`KeysError`] when `args` is empty, names no command of the table, has
/// the wrong number of arguments, a bad number of keys, or no key where
/// the command needs one. A wrong argument is an error, never a panic.
pub fn key_indices(args: &[&[u8]]) -> Result<Vec<usize>, KeysError> {
    let Some(name) = args.first() else {
        return Err(KeysError::Empty);
    };
    match CommandSpec::lookup(args) {
        Some(spec) => spec.key_indices(args),
        None => Err(KeysError::UnknownCommand(match search(COMMANDS, 0, name) {
            // A container with a subcommand it does not have.
            Some(container) => alloc::format!(
                "{}|{}",
                container.name,
                String::from_utf8_lossy(args.get(1).copied().unwrap_or_default())
            ),
            None => String::from_utf8_lossy(name).into_owned(),
        })),
    }
}

/// Same as [`key_indices`], for a [`Cmd`]: collects its arguments into a
/// small `Vec<&[u8]>` and calls [`key_indices`].
///
/// ```
/// use resp_core::Cmd;
/// use resp_core::cluster::cmd_key_indices;
///
/// let cmd = Cmd::new("ZUNIONSTORE").arg("dest").arg(2).arg("a").arg("b");
/// assert_eq!(cmd_key_indices(&cmd), Ok(vec![1, 3, 4]));
/// ```
///
/// # Errors
///
/// As [`key_indices`].
pub fn cmd_key_indices(cmd: &Cmd) -> Result<Vec<usize>, KeysError> {
    let mut args = Vec::with_capacity(cmd.len());
    args.extend(cmd.iter());
    key_indices(&args)
}

/// Why [`key_indices`] found no keys for a command line.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeysError {
    /// There were no arguments, not even a command name.
    #[error("empty command line")]
    Empty,
    /// The table has no such command (a module's, or a newer server's), or
    /// the container command has no such subcommand (`container|sub`).
    #[error("unknown command '{0}'")]
    UnknownCommand(String),
    /// The number of arguments does not fit the command's arity.
    #[error("wrong number of arguments for '{command}' command: {args}")]
    WrongArity {
        /// The command's name.
        command: &'static str,
        /// How many arguments there were, the name included.
        args: usize,
    },
    /// The argument that gives the number of keys (`numkeys` of `EVAL` or
    /// `ZUNIONSTORE`) is missing, not a plain non-negative decimal integer,
    /// larger than the arguments that follow, or 0 where a key is needed.
    #[error("bad number of keys at argument {index} of '{command}'")]
    BadNumKeys {
        /// The command's name.
        command: &'static str,
        /// Where the number of keys is, or should be.
        index: usize,
    },
    /// The arguments name no key where the command needs one: `XREAD`
    /// without `STREAMS`, or `MIGRATE ... KEYS` with a non-empty key.
    #[error("'{command}' needs a key and its arguments name none")]
    MissingKeys {
        /// The command's name.
        command: &'static str,
    },
}

/// The flags of a command, as `COMMAND INFO` lists them.
///
/// ```
/// use resp_core::cluster::{CommandFlags, CommandSpec};
///
/// let blpop = CommandSpec::lookup(&[b"BLPOP"]).unwrap();
/// assert!(blpop.flags.contains(CommandFlags::WRITE.union(CommandFlags::BLOCKING)));
/// assert!(!blpop.flags.contains(CommandFlags::READONLY));
/// assert_eq!(CommandFlags::from_name("movablekeys"), Some(CommandFlags::MOVABLE_KEYS));
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CommandFlags(u32);

impl CommandFlags {
    /// `write`: may modify the data set.
    pub const WRITE: Self = Self(1);
    /// `readonly`: never modifies keys (and reads some).
    pub const READONLY: Self = Self(1 << 1);
    /// `denyoom`: refused when the server is out of memory, since it may add
    /// data.
    pub const DENYOOM: Self = Self(1 << 2);
    /// `admin`: an administrative command (`CONFIG SET`, `SHUTDOWN`).
    pub const ADMIN: Self = Self(1 << 3);
    /// `pubsub`: a publish/subscribe command.
    pub const PUBSUB: Self = Self(1 << 4);
    /// `noscript`: refused inside a script or function.
    pub const NOSCRIPT: Self = Self(1 << 5);
    /// `blocking`: may block the connection (`BLPOP`, `XREAD BLOCK`).
    pub const BLOCKING: Self = Self(1 << 6);
    /// `loading`: allowed while the server loads its data set.
    pub const LOADING: Self = Self(1 << 7);
    /// `stale`: allowed on a replica whose data is stale.
    pub const STALE: Self = Self(1 << 8);
    /// `skip_monitor`: not shown to `MONITOR`.
    pub const SKIP_MONITOR: Self = Self(1 << 9);
    /// `skip_slowlog`: not logged in the slow log.
    pub const SKIP_SLOWLOG: Self = Self(1 << 10);
    /// `asking`: served for an importing slot after `ASKING`.
    pub const ASKING: Self = Self(1 << 11);
    /// `fast`: runs in O(1) or O(log N).
    pub const FAST: Self = Self(1 << 12);
    /// `no_auth`: allowed before the connection authenticates.
    pub const NO_AUTH: Self = Self(1 << 13);
    /// `no_mandatory_keys`: may have keys but need not (`EVAL script 0`).
    pub const NO_MANDATORY_KEYS: Self = Self(1 << 14);
    /// `no_async_loading`: refused while the data set loads asynchronously.
    pub const NO_ASYNC_LOADING: Self = Self(1 << 15);
    /// `no_multi`: refused inside `MULTI`.
    pub const NO_MULTI: Self = Self(1 << 16);
    /// `movablekeys`: the key positions depend on the arguments, so the
    /// legacy first/last/step triple cannot tell them.
    pub const MOVABLE_KEYS: Self = Self(1 << 17);
    /// `allow_busy`: allowed while a script or module command is busy.
    pub const ALLOW_BUSY: Self = Self(1 << 18);

    /// Each flag with its name in `COMMAND INFO`.
    const NAMES: [(&'static str, Self); 19] = [
        ("write", Self::WRITE),
        ("readonly", Self::READONLY),
        ("denyoom", Self::DENYOOM),
        ("admin", Self::ADMIN),
        ("pubsub", Self::PUBSUB),
        ("noscript", Self::NOSCRIPT),
        ("blocking", Self::BLOCKING),
        ("loading", Self::LOADING),
        ("stale", Self::STALE),
        ("skip_monitor", Self::SKIP_MONITOR),
        ("skip_slowlog", Self::SKIP_SLOWLOG),
        ("asking", Self::ASKING),
        ("fast", Self::FAST),
        ("no_auth", Self::NO_AUTH),
        ("no_mandatory_keys", Self::NO_MANDATORY_KEYS),
        ("no_async_loading", Self::NO_ASYNC_LOADING),
        ("no_multi", Self::NO_MULTI),
        ("movablekeys", Self::MOVABLE_KEYS),
        ("allow_busy", Self::ALLOW_BUSY),
    ];
}

flag_set!(CommandFlags, "`readonly`, `movablekeys`...");

/// To which nodes of a cluster a command goes: its `request_policy` tip.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequestPolicy {
    /// No tip: to the node of the command's keys, or any node if it has
    /// none.
    #[default]
    Default,
    /// `all_nodes`: to every node, primaries and replicas (`CONFIG SET`).
    AllNodes,
    /// `all_shards`: to every primary (`FLUSHALL`, `DBSIZE`).
    AllShards,
    /// `multi_shard`: split by slot, each part to the primary of its keys
    /// (`MSET`, `DEL`).
    MultiShard,
    /// `special`: needs handling of its own (`SCAN`).
    Special,
}

impl RequestPolicy {
    /// The policy whose tip is `request_policy:<name>`, ignoring ASCII
    /// case; `None` for a name it does not know.
    pub fn from_name(name: &str) -> Option<Self> {
        [
            Self::AllNodes,
            Self::AllShards,
            Self::MultiShard,
            Self::Special,
        ]
        .into_iter()
        .find(|policy| policy.as_str().eq_ignore_ascii_case(name))
    }

    /// The policy's name in its tip (`all_shards`), or `default`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::AllNodes => "all_nodes",
            Self::AllShards => "all_shards",
            Self::MultiShard => "multi_shard",
            Self::Special => "special",
        }
    }
}

/// How a cluster client merges the replies of the nodes it sent a command
/// to: its `response_policy` tip.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponsePolicy {
    /// No tip: concatenated for a multi-shard command, otherwise the one
    /// reply.
    #[default]
    Default,
    /// `one_succeeded`: the first non-error reply, or an error if all
    /// failed (`SCRIPT KILL`).
    OneSucceeded,
    /// `all_succeeded`: one reply if all succeeded, else an error
    /// (`FLUSHALL`).
    AllSucceeded,
    /// `agg_logical_and`: the logical AND of integer replies, element by
    /// element (`SCRIPT EXISTS`).
    AggLogicalAnd,
    /// `agg_logical_or`: the logical OR of integer replies, element by
    /// element.
    AggLogicalOr,
    /// `agg_min`: the smallest integer reply (`WAIT`).
    AggMin,
    /// `agg_max`: the largest integer reply.
    AggMax,
    /// `agg_sum`: the sum of integer replies (`DBSIZE`, `DEL`).
    AggSum,
    /// `special`: needs handling of its own (`INFO`).
    Special,
}

impl ResponsePolicy {
    /// The policy whose tip is `response_policy:<name>`, ignoring ASCII
    /// case; `None` for a name it does not know.
    pub fn from_name(name: &str) -> Option<Self> {
        [
            Self::OneSucceeded,
            Self::AllSucceeded,
            Self::AggLogicalAnd,
            Self::AggLogicalOr,
            Self::AggMin,
            Self::AggMax,
            Self::AggSum,
            Self::Special,
        ]
        .into_iter()
        .find(|policy| policy.as_str().eq_ignore_ascii_case(name))
    }

    /// The policy's name in its tip (`agg_sum`), or `default`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::OneSucceeded => "one_succeeded",
            Self::AllSucceeded => "all_succeeded",
            Self::AggLogicalAnd => "agg_logical_and",
            Self::AggLogicalOr => "agg_logical_or",
            Self::AggMin => "agg_min",
            Self::AggMax => "agg_max",
            Self::AggSum => "agg_sum",
            Self::Special => "special",
        }
    }
}

/// The row of `table` (sorted by name) whose name, past its first `skip`
/// bytes, is `name` ignoring ASCII case.
fn search(table: &'static [CommandSpec], skip: usize, name: &[u8]) -> Option<&'static CommandSpec> {
    table
        .binary_search_by(|spec| {
            let own = spec.name.as_bytes().get(skip..).unwrap_or_default();
            own.iter()
                .copied()
                .cmp(name.iter().map(u8::to_ascii_lowercase))
        })
        .ok()
        .map(|at| &table[at])
}

/// Where a keyword begin-search finds `keyword`: from `start_from` forward
/// when it is positive, from `args.len() + start_from` backward (to index 2)
/// otherwise. The last argument is never taken for the keyword.
fn find_keyword(args: &[&[u8]], keyword: &str, start_from: i32) -> Option<usize> {
    let matches = |at: &usize| args[*at].eq_ignore_ascii_case(keyword.as_bytes());
    let argc = args.len();
    if start_from > 0 {
        (to_usize(start_from.unsigned_abs())..argc.saturating_sub(1)).find(matches)
    } else {
        let back = to_usize(start_from.unsigned_abs());
        // `start_from` 0 would start past the end: Redis finds nothing.
        let start = argc.checked_sub(back).filter(|&start| start < argc)?;
        (2..=start).rev().find(matches)
    }
}

/// A number of keys as Redis reads one (`string2ll`): a plain decimal
/// integer, no sign, no leading zero, no space; here also not negative.
fn parse_count(arg: &[u8]) -> Option<u64> {
    match arg {
        [b'0'] => Some(0),
        [b'1'..=b'9', rest @ ..] if rest.iter().all(u8::is_ascii_digit) => arg
            .iter()
            .try_fold(0u64, |n, digit| {
                n.checked_mul(10)?.checked_add(u64::from(digit - b'0'))
            })
            .filter(|&n| i64::try_from(n).is_ok()),
        _ => None,
    }
}

fn to_usize(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

fn is(arg: &[u8], word: &str) -> bool {
    arg.eq_ignore_ascii_case(word.as_bytes())
}

/// `SORT key [BY pattern] [LIMIT offset count] [GET pattern ...] [ASC|DESC]
/// [ALPHA] [STORE destination]`: the key, and the destination of the last
/// `STORE`. Options are read one by one from index 2, skipping the
/// arguments of `LIMIT` (2), `GET` and `BY` (1 each).
fn sort_keys(args: &[&[u8]]) -> Vec<usize> {
    let mut store = None;
    let mut at = 2;
    while at < args.len() {
        let arg = args[at];
        if is(arg, "limit") {
            at += 2;
        } else if is(arg, "store") && at + 1 < args.len() {
            // The destination is read as an option in turn, as Redis does.
            store = Some(at + 1);
        } else if is(arg, "get") || is(arg, "by") {
            at += 1;
        }
        at += 1;
    }
    let mut keys = alloc::vec![1];
    keys.extend(store);
    keys
}

/// `MIGRATE host port key|"" db timeout [COPY] [REPLACE] [AUTH password |
/// AUTH2 username password] [KEYS key ...]`: the key, or, when it is the
/// empty string, the keys after `KEYS`; no key when both are given.
fn migrate_keys(args: &[&[u8]]) -> Vec<usize> {
    let mut first = 3;
    let mut count = 1;
    let mut at = 6;
    while at < args.len() {
        let arg = args[at];
        if is(arg, "keys") {
            if args[3].is_empty() {
                first = at + 1;
                count = args.len() - first;
            } else {
                count = 0;
            }
            break;
        } else if is(arg, "auth") {
            at += 1;
        } else if is(arg, "auth2") {
            at += 2;
        }
        at += 1;
    }
    (first..first + count).collect()
}

/// `XREAD [COUNT count] [BLOCK ms] STREAMS key ... id ...` and
/// `XREADGROUP GROUP group consumer [COUNT count] [BLOCK ms] [NOACK]
/// STREAMS key ... id ...`: the first half of what follows `STREAMS`, once
/// the options before it are read; none if they cannot be, or if what
/// follows is not key and ID pairs.
fn xread_keys(args: &[&[u8]]) -> Vec<usize> {
    let mut streams = None;
    let mut at = 1;
    while at < args.len() {
        let arg = args[at];
        if is(arg, "block") || is(arg, "count") {
            at += 1;
        } else if is(arg, "group") {
            at += 2;
        } else if is(arg, "streams") {
            streams = Some(at);
            break;
        } else if !is(arg, "noack") {
            break;
        }
        at += 1;
    }
    let Some(streams) = streams else {
        return Vec::new();
    };
    let rest = args.len() - streams - 1;
    if rest == 0 || !rest.is_multiple_of(2) {
        return Vec::new();
    }
    (streams + 1..streams + 1 + rest / 2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `key_indices` of a command line written as words; `""` is the empty
    /// string.
    fn keys(line: &str) -> Result<Vec<usize>, KeysError> {
        let args: Vec<&[u8]> = line
            .split_whitespace()
            .map(|word| {
                if word == "\"\"" {
                    &b""[..]
                } else {
                    word.as_bytes()
                }
            })
            .collect();
        key_indices(&args)
    }

    fn bad_num_keys(command: &'static str, index: usize) -> Result<Vec<usize>, KeysError> {
        Err(KeysError::BadNumKeys { command, index })
    }

    #[test]
    fn the_table_is_sorted_so_binary_search_works() {
        fn check(table: &[CommandSpec]) {
            for pair in table.windows(2) {
                assert!(
                    pair[0].name < pair[1].name,
                    "{} >= {}",
                    pair[0].name,
                    pair[1].name
                );
            }
            for spec in table {
                assert_eq!(spec.name, spec.name.to_ascii_lowercase());
                check(spec.subcommands);
                for sub in spec.subcommands {
                    assert!(sub.subcommands.is_empty());
                    assert!(sub.name.starts_with(&alloc::format!("{}|", spec.name)));
                }
            }
        }
        check(CommandSpec::all());
        assert!(CommandSpec::all().len() > 200);
        for spec in CommandSpec::all() {
            assert_eq!(CommandSpec::named(spec.name), Some(spec));
            assert_eq!(CommandSpec::lookup(&[spec.name.as_bytes()]), Some(spec));
            for sub in spec.subcommands {
                assert_eq!(CommandSpec::named(sub.name), Some(sub));
                let (container, name) = sub.name.split_once('|').unwrap();
                let upper = name.to_ascii_uppercase();
                assert_eq!(
                    CommandSpec::lookup(&[container.as_bytes(), upper.as_bytes(), b"x"]),
                    Some(sub)
                );
            }
        }
    }

    #[test]
    fn lookup_ignores_case_and_finds_subcommands() {
        let get = CommandSpec::lookup(&[b"gEt", b"k"]).unwrap();
        assert_eq!(get.name, "get");
        assert_eq!(get.key_specs.len(), 1);
        assert!(get.flags.contains(CommandFlags::READONLY));
        assert!(!get.flags.contains(CommandFlags::WRITE));

        for (line, name) in [
            ("XINFO STREAM s", "xinfo|stream"),
            ("object Encoding k", "object|encoding"),
            ("MEMORY USAGE k", "memory|usage"),
            ("CLUSTER KEYSLOT k", "cluster|keyslot"),
            ("XINFO", "xinfo"),
        ] {
            let args: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
            assert_eq!(CommandSpec::lookup(&args).map(|spec| spec.name), Some(name));
        }
        assert_eq!(CommandSpec::lookup(&[]), None);
        assert_eq!(CommandSpec::lookup(&[b"NOSUCH"]), None);
        assert_eq!(CommandSpec::lookup(&[b"XINFO", b"NOSUCH"]), None);
        // A subcommand's full name is not a command name.
        assert_eq!(CommandSpec::lookup(&[b"xinfo|stream", b"s"]), None);
        assert_eq!(
            CommandSpec::named("XINFO|Stream").map(|s| s.name),
            Some("xinfo|stream")
        );
        assert_eq!(CommandSpec::named("xinfo|"), None);
        // A command that is not a container ignores its first argument.
        assert_eq!(
            CommandSpec::lookup(&[b"GET", b"STREAM"]).map(|s| s.name),
            Some("get")
        );
    }

    #[test]
    fn flags_and_tips_come_through() {
        let spec = |name| CommandSpec::named(name).unwrap();
        assert!(spec("blpop").flags.contains(CommandFlags::BLOCKING));
        assert!(spec("eval").flags.contains(CommandFlags::MOVABLE_KEYS));
        assert!(spec("eval").flags.contains(CommandFlags::NO_MANDATORY_KEYS));
        assert!(spec("subscribe").flags.contains(CommandFlags::PUBSUB));
        assert!(spec("config|set").flags.contains(CommandFlags::ADMIN));
        assert!(spec("multi").flags.contains(CommandFlags::NOSCRIPT));
        assert_eq!(spec("dbsize").request_policy, RequestPolicy::AllShards);
        assert_eq!(spec("dbsize").response_policy, ResponsePolicy::AggSum);
        assert_eq!(spec("mset").request_policy, RequestPolicy::MultiShard);
        assert_eq!(
            spec("script|exists").response_policy,
            ResponsePolicy::AggLogicalAnd
        );
        assert_eq!(spec("scan").request_policy, RequestPolicy::Special);
        assert_eq!(spec("get").request_policy, RequestPolicy::Default);
        assert!(spec("randomkey").nondeterministic_output);
        assert!(spec("keys").nondeterministic_output_order);
        assert!(!spec("get").nondeterministic_output);
        assert_eq!(
            format!("{:?}", CommandFlags::READONLY.union(CommandFlags::FAST)),
            r#"{"readonly", "fast"}"#
        );
        assert_eq!(
            RequestPolicy::from_name("ALL_NODES"),
            Some(RequestPolicy::AllNodes)
        );
        assert_eq!(RequestPolicy::from_name("default"), None);
        assert_eq!(
            ResponsePolicy::from_name("agg_max"),
            Some(ResponsePolicy::AggMax)
        );
        assert_eq!(CommandFlags::from_name("flying"), None);
        for (name, flag) in CommandFlags::NAMES {
            assert_eq!(CommandFlags::from_name(name), Some(flag));
            assert_eq!(flag.names().collect::<Vec<_>>(), [name]);
        }
    }

    #[test]
    fn plain_key_specs() {
        assert_eq!(keys("GET k"), Ok(vec![1]));
        assert_eq!(keys("set k v GET"), Ok(vec![1]));
        assert_eq!(keys("DEL a b c"), Ok(vec![1, 2, 3]));
        assert_eq!(keys("MSET a 1 b 2 c 3"), Ok(vec![1, 3, 5]));
        assert_eq!(keys("BLPOP a b 0"), Ok(vec![1, 2]));
        assert_eq!(keys("LMOVE src dst LEFT RIGHT"), Ok(vec![1, 2]));
        assert_eq!(keys("BITOP AND dest a b"), Ok(vec![2, 3, 4]));
        assert_eq!(keys("OBJECT ENCODING k"), Ok(vec![2]));
        assert_eq!(keys("XINFO STREAM s FULL"), Ok(vec![2]));
        assert_eq!(keys("MEMORY USAGE k SAMPLES 5"), Ok(vec![2]));
        assert_eq!(keys("BITFIELD k GET u8 0"), Ok(vec![1]));
    }

    #[test]
    fn keyless_commands_have_no_keys_whatever_their_arguments() {
        for line in [
            "PING",
            "PING hello",
            "INFO",
            "CLUSTER INFO",
            "CLUSTER KEYSLOT k",
            "CLUSTER INFO extra args",
            "SCRIPT LOAD x",
            "SPUBLISH chan msg",
            "SSUBSCRIBE a b",
            "PUBLISH chan msg",
            "XINFO",
            "COMMAND GETKEYS GET k",
        ] {
            assert_eq!(keys(line), Ok(vec![]), "{line}");
        }
    }

    #[test]
    fn keyword_searches() {
        assert_eq!(keys("GEORADIUS g 0 0 1 km"), Ok(vec![1]));
        assert_eq!(keys("GEORADIUS g 0 0 1 km STORE d"), Ok(vec![1, 7]));
        assert_eq!(keys("GEORADIUS g 0 0 1 km STOREDIST d"), Ok(vec![1, 7]));
        // Spec order: STORE's spec comes before STOREDIST's.
        assert_eq!(
            keys("georadius g 0 0 1 km storedist d store s"),
            Ok(vec![1, 9, 7])
        );
        // The last argument is never taken for the keyword.
        assert_eq!(keys("GEORADIUS g 0 0 1 km STORE"), Ok(vec![1]));
        assert_eq!(keys("GEORADIUSBYMEMBER g m 1 km STORE d"), Ok(vec![1, 6]));
        // The search starts at index 5: a member named STORE is no keyword.
        assert_eq!(keys("GEORADIUSBYMEMBER g STORE 1 km"), Ok(vec![1]));
    }

    #[test]
    fn xread_keys_are_half_of_what_follows_streams() {
        assert_eq!(keys("XREAD STREAMS a b 0 0"), Ok(vec![2, 3]));
        assert_eq!(keys("XREAD COUNT 2 BLOCK 0 streams a 0"), Ok(vec![6]));
        assert_eq!(
            keys("XREADGROUP GROUP g c NOACK STREAMS a b c 0 0 0"),
            Ok(vec![6, 7, 8])
        );
        // A consumer named STREAMS is before where the search starts.
        assert_eq!(keys("XREADGROUP GROUP g STREAMS STREAMS s 0"), Ok(vec![5]));
        // The limit rounds down, as Redis does.
        assert_eq!(keys("XREAD STREAMS a b 0"), Ok(vec![2]));
        // One argument after STREAMS: the spec cannot tell, nor can XREAD.
        assert_eq!(
            keys("XREAD COUNT 1 STREAMS a"),
            Err(KeysError::MissingKeys { command: "xread" })
        );
        assert_eq!(
            keys("XREAD COUNT 1 STREAMS"),
            Err(KeysError::MissingKeys { command: "xread" })
        );
    }

    #[test]
    fn numkeys_commands() {
        assert_eq!(keys("EVAL s 2 a b x y"), Ok(vec![3, 4]));
        assert_eq!(keys("EVAL s 0"), Ok(vec![]));
        assert_eq!(keys("EVAL s 0 x y"), Ok(vec![]));
        assert_eq!(keys("EVALSHA_RO sha 1 a"), Ok(vec![3]));
        assert_eq!(keys("FCALL f 2 a b"), Ok(vec![3, 4]));
        assert_eq!(keys("FCALL_RO f 0"), Ok(vec![]));
        assert_eq!(keys("ZUNIONSTORE d 2 a b WEIGHTS 1 2"), Ok(vec![1, 3, 4]));
        assert_eq!(keys("ZINTERSTORE d 1 a"), Ok(vec![1, 3]));
        assert_eq!(keys("ZDIFFSTORE d 2 a b"), Ok(vec![1, 3, 4]));
        assert_eq!(keys("ZUNION 2 a b WITHSCORES"), Ok(vec![2, 3]));
        assert_eq!(keys("LMPOP 2 a b LEFT COUNT 2"), Ok(vec![2, 3]));
        assert_eq!(keys("BLMPOP 0 2 a b LEFT"), Ok(vec![3, 4]));
        assert_eq!(keys("ZMPOP 1 a MIN"), Ok(vec![2]));
        assert_eq!(keys("BZMPOP 1.5 3 a b c MAX"), Ok(vec![3, 4, 5]));
        assert_eq!(keys("SINTERCARD 2 a b LIMIT 5"), Ok(vec![2, 3]));
        assert_eq!(keys("ZINTERCARD 3 a b c"), Ok(vec![2, 3, 4]));
    }

    #[test]
    fn bad_numkeys_are_errors() {
        assert_eq!(keys("EVAL s x a"), bad_num_keys("eval", 2));
        assert_eq!(keys("EVAL s -1 a"), bad_num_keys("eval", 2));
        assert_eq!(keys("EVAL s 03 a b c"), bad_num_keys("eval", 2));
        assert_eq!(keys("EVAL s 2x a b"), bad_num_keys("eval", 2));
        assert_eq!(keys("EVAL s 3 a b"), bad_num_keys("eval", 2));
        assert_eq!(
            keys("EVAL s 99999999999999999999 a"),
            bad_num_keys("eval", 2)
        );
        assert_eq!(
            keys("EVAL s 9223372036854775807 a"),
            bad_num_keys("eval", 2)
        );
        assert_eq!(keys("EVAL s 4294967297 a"), bad_num_keys("eval", 2));
        assert_eq!(keys("ZUNION 0 a"), bad_num_keys("zunion", 1));
        assert_eq!(keys("ZUNIONSTORE d 0 a"), bad_num_keys("zunionstore", 2));
        assert_eq!(
            keys("ZUNIONSTORE d three a b c"),
            bad_num_keys("zunionstore", 2)
        );
        assert_eq!(keys("LMPOP 5 a b LEFT"), bad_num_keys("lmpop", 1));
        assert_eq!(keys("BLMPOP 0 +1 a LEFT"), bad_num_keys("blmpop", 2));
        assert_eq!(keys("SINTERCARD 3 a b"), bad_num_keys("sintercard", 1));
    }

    #[test]
    fn sort_finds_the_last_store() {
        assert_eq!(keys("SORT k"), Ok(vec![1]));
        assert_eq!(keys("SORT k STORE d"), Ok(vec![1, 3]));
        assert_eq!(keys("SORT k BY w_* GET o_* STORE d ALPHA"), Ok(vec![1, 7]));
        assert_eq!(keys("SORT k STORE a STORE b"), Ok(vec![1, 5]));
        // The arguments of LIMIT, BY and GET are skipped.
        assert_eq!(keys("SORT k LIMIT store d 1"), Ok(vec![1]));
        assert_eq!(keys("SORT k BY store GET store"), Ok(vec![1]));
        assert_eq!(keys("sort k limit store d 1 store e"), Ok(vec![1, 7]));
        // STORE with nothing after it stores nowhere.
        assert_eq!(keys("SORT k STORE"), Ok(vec![1]));
        assert_eq!(keys("SORT_RO k BY w_* GET o_* STORE d"), Ok(vec![1]));
    }

    #[test]
    fn migrate_takes_one_key_or_the_keys_after_keys() {
        assert_eq!(keys("MIGRATE h 6379 k 0 5000"), Ok(vec![3]));
        assert_eq!(keys("MIGRATE h 6379 k 0 5000 COPY REPLACE"), Ok(vec![3]));
        assert_eq!(
            keys("MIGRATE h 6379 \"\" 0 5000 KEYS a b c"),
            Ok(vec![7, 8, 9])
        );
        assert_eq!(
            keys("MIGRATE h 6379 \"\" 0 5000 COPY AUTH2 u p keys a b"),
            Ok(vec![11, 12])
        );
        // A password named KEYS is skipped.
        assert_eq!(
            keys("MIGRATE h 6379 \"\" 0 5000 AUTH keys KEYS a"),
            Ok(vec![9])
        );
        assert_eq!(
            keys("MIGRATE h 6379 k 0 5000 KEYS a b"),
            Err(KeysError::MissingKeys { command: "migrate" })
        );
    }

    #[test]
    fn an_empty_optional_key_list_is_not_an_error() {
        assert_eq!(keys("PFMERGE dest"), Ok(vec![1]));
        assert_eq!(keys("PFMERGE dest a b"), Ok(vec![1, 2, 3]));
    }

    #[test]
    fn errors() {
        assert_eq!(key_indices(&[]), Err(KeysError::Empty));
        assert_eq!(
            keys("NOSUCH a b"),
            Err(KeysError::UnknownCommand("NOSUCH".into()))
        );
        assert_eq!(
            keys("XINFO BOGUS k"),
            Err(KeysError::UnknownCommand("xinfo|BOGUS".into()))
        );
        assert_eq!(
            keys("GET"),
            Err(KeysError::WrongArity {
                command: "get",
                args: 1
            })
        );
        assert_eq!(
            keys("GET a b"),
            Err(KeysError::WrongArity {
                command: "get",
                args: 3
            })
        );
        assert_eq!(
            keys("XINFO STREAM"),
            Err(KeysError::WrongArity {
                command: "xinfo|stream",
                args: 2
            })
        );
        assert_eq!(
            keys("EVAL s"),
            Err(KeysError::WrongArity {
                command: "eval",
                args: 2
            })
        );
        assert_eq!(
            KeysError::BadNumKeys {
                command: "eval",
                index: 2
            }
            .to_string(),
            "bad number of keys at argument 2 of 'eval'"
        );
        assert_eq!(
            KeysError::UnknownCommand("x".into()).to_string(),
            "unknown command 'x'"
        );
        let invalid = [0xff, 0xfe];
        assert_eq!(
            key_indices(&[&invalid]),
            Err(KeysError::UnknownCommand("\u{fffd}\u{fffd}".into()))
        );
    }

    #[test]
    fn cmd_key_indices_reads_the_cmd() {
        let cmd = Cmd::new("MSET").arg("a").arg(1).arg("b").arg(2.5);
        assert_eq!(cmd_key_indices(&cmd), Ok(vec![1, 3]));
        let cmd = Cmd::new("evalsha").arg("sha").arg(1).arg("k").arg("v");
        assert_eq!(cmd_key_indices(&cmd), Ok(vec![3]));
    }

    #[test]
    fn counts_are_parsed_as_redis_parses_them() {
        for (arg, count) in [
            (&b"0"[..], Some(0)),
            (b"7", Some(7)),
            (b"10", Some(10)),
            (b"9223372036854775807", Some(i64::MAX as u64)),
            (b"9223372036854775808", None),
            (b"", None),
            (b"-1", None),
            (b"-0", None),
            (b"+1", None),
            (b"01", None),
            (b"1 ", None),
            (b" 1", None),
            (b"1.0", None),
        ] {
            assert_eq!(
                parse_count(arg),
                count,
                "{:?}",
                arg.escape_ascii().to_string()
            );
        }
    }

    #[test]
    fn unusual_specs_are_read_as_redis_reads_them() {
        use super::super::key_spec::KeySpec;

        // A keyword searched backward from the second-to-last argument.
        static BACKWARD: [KeySpec; 1] = [KeySpec::new(
            BeginSearch::Keyword {
                keyword: "KEYS",
                start_from: -2,
            },
            FindKeys::Range {
                last_key: -1,
                step: 1,
                limit: 0,
            },
            KeySpecFlags::RO,
        )];
        // Pairs, the last two arguments not keys.
        static PAIRS: [KeySpec; 1] = [KeySpec::new(
            BeginSearch::Index(1),
            FindKeys::Range {
                last_key: -3,
                step: 2,
                limit: 0,
            },
            KeySpecFlags::RW,
        )];
        // A start of 0 searches nothing.
        static ZERO: [KeySpec; 1] = [KeySpec::new(
            BeginSearch::Keyword {
                keyword: "K",
                start_from: 0,
            },
            FindKeys::Range {
                last_key: 0,
                step: 1,
                limit: 0,
            },
            KeySpecFlags::RO,
        )];
        let spec = |key_specs| CommandSpec {
            name: "test",
            arity: -1,
            flags: CommandFlags::NO_MANDATORY_KEYS,
            request_policy: RequestPolicy::Default,
            response_policy: ResponsePolicy::Default,
            nondeterministic_output: false,
            nondeterministic_output_order: false,
            key_specs,
            subcommands: &[],
        };
        let args = |line: &'static str| line.split(' ').map(str::as_bytes).collect::<Vec<_>>();
        let backward = spec(&BACKWARD);
        assert_eq!(
            backward.key_indices(&args("T keys a KEYS b c")),
            Ok(vec![4, 5])
        );
        assert_eq!(backward.key_indices(&args("T x keys a")), Ok(vec![3]));
        // Index 1 is never searched, nor the last argument.
        assert_eq!(backward.key_indices(&args("T KEYS a")), Ok(vec![]));
        assert_eq!(backward.key_indices(&args("T a KEYS")), Ok(vec![]));
        assert_eq!(backward.key_indices(&args("T")), Ok(vec![]));
        let pairs = spec(&PAIRS);
        assert_eq!(pairs.key_indices(&args("T a 1 b 2 x y")), Ok(vec![1, 3]));
        assert_eq!(pairs.key_indices(&args("T a 1 x y")), Ok(vec![1]));
        // Too few arguments for the range: no keys, and no code to ask.
        assert_eq!(pairs.key_indices(&args("T a x")), Ok(vec![]));
        assert_eq!(spec(&ZERO).key_indices(&args("T K a K b")), Ok(vec![]));
    }

    mod prop {
        use proptest::prelude::*;

        use super::super::*;

        /// Words that steer the key finders, and a few others.
        fn word() -> impl Strategy<Value = Vec<u8>> {
            prop_oneof![
                4 => prop::sample::select(&[
                    "0", "1", "2", "3", "-1", "99999999999999999999", "", "STREAMS", "STORE",
                    "STOREDIST", "KEYS", "LIMIT", "BY", "GET", "AUTH", "AUTH2", "GROUP", "COUNT",
                    "BLOCK", "NOACK", "k", "v",
                ][..])
                .prop_map(|word| word.as_bytes().to_vec()),
                1 => prop::collection::vec(any::<u8>(), 0..6),
            ]
        }

        /// A command line: a known name (and subcommand) or random bytes,
        /// then words.
        fn line() -> impl Strategy<Value = Vec<Vec<u8>>> {
            let names: Vec<&'static str> = CommandSpec::all()
                .iter()
                .flat_map(|spec| core::iter::once(spec).chain(spec.subcommands))
                .map(|spec| spec.name)
                .collect();
            (
                prop_oneof![
                    4 => prop::sample::select(names).prop_map(|name| name
                        .split('|')
                        .map(|part| part.as_bytes().to_vec())
                        .collect::<Vec<_>>()),
                    1 => prop::collection::vec(prop::collection::vec(any::<u8>(), 0..8), 0..2),
                ],
                prop::collection::vec(word(), 0..12),
            )
                .prop_map(|(mut line, rest)| {
                    line.extend(rest);
                    line
                })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4096))]

            #[test]
            fn arbitrary_args_never_panic(line in line()) {
                let args: Vec<&[u8]> = line.iter().map(Vec::as_slice).collect();
                if let Ok(keys) = key_indices(&args) {
                    // Keys are real arguments, past the name, each once.
                    let mut seen = keys.clone();
                    seen.sort_unstable();
                    seen.dedup();
                    prop_assert_eq!(seen.len(), keys.len());
                    prop_assert!(keys.iter().all(|&at| at >= 1 && at < args.len()));
                }
            }
        }
    }
}

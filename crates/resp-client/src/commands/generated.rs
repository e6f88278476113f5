//! Every command and subcommand of redis-server 7.0.15, as [`Commands`]
//! methods, with their options structs and enums.
//!
//! GENERATED: do not edit. Regenerate with
//! `cargo run -p resp-tests --example gen_commands`, which asks a
//! throwaway redis-server from `PATH`; `docs/commands.md` is written
//! with it.
#![allow(clippy::too_many_arguments, clippy::type_complexity)]

use resp_core::Cmd;

#[allow(unused_imports)]
use super::{Commands, OwnedArg};

/// The version of the redis-server the methods were generated from.
pub const SERVER_VERSION: &str = "7.0.15";

/// Every command and subcommand (`container|sub`) with a method, and
/// the method, sorted by command.
pub const METHODS: &[(&str, &str)] = &[
    ("acl|cat", "acl_cat"),
    ("acl|cat", "acl_cat_with"),
    ("acl|deluser", "acl_deluser"),
    ("acl|dryrun", "acl_dryrun"),
    ("acl|genpass", "acl_genpass"),
    ("acl|genpass", "acl_genpass_with"),
    ("acl|getuser", "acl_getuser"),
    ("acl|help", "acl_help"),
    ("acl|list", "acl_list"),
    ("acl|load", "acl_load"),
    ("acl|log", "acl_log"),
    ("acl|log", "acl_log_with"),
    ("acl|save", "acl_save"),
    ("acl|setuser", "acl_setuser"),
    ("acl|users", "acl_users"),
    ("acl|whoami", "acl_whoami"),
    ("append", "append"),
    ("asking", "asking"),
    ("bgrewriteaof", "bgrewriteaof"),
    ("bgsave", "bgsave"),
    ("bgsave", "bgsave_with"),
    ("bitcount", "bitcount"),
    ("bitcount", "bitcount_with"),
    ("bitfield", "bitfield"),
    ("bitfield", "bitfield_with"),
    ("bitfield_ro", "bitfield_ro"),
    ("bitfield_ro", "bitfield_ro_with"),
    ("bitop", "bitop"),
    ("bitpos", "bitpos"),
    ("bitpos", "bitpos_with"),
    ("blmove", "blmove"),
    ("blmpop", "blmpop"),
    ("blmpop", "blmpop_with"),
    ("blpop", "blpop"),
    ("brpop", "brpop"),
    ("brpoplpush", "brpoplpush"),
    ("bzmpop", "bzmpop"),
    ("bzmpop", "bzmpop_with"),
    ("bzpopmax", "bzpopmax"),
    ("bzpopmin", "bzpopmin"),
    ("client|caching", "client_caching"),
    ("client|getname", "client_getname"),
    ("client|getredir", "client_getredir"),
    ("client|help", "client_help"),
    ("client|id", "client_id"),
    ("client|info", "client_info"),
    ("client|kill", "client_kill"),
    ("client|list", "client_list"),
    ("client|list", "client_list_with"),
    ("client|no-evict", "client_no_evict"),
    ("client|pause", "client_pause"),
    ("client|pause", "client_pause_with"),
    ("client|setname", "client_setname"),
    ("client|trackinginfo", "client_trackinginfo"),
    ("client|unblock", "client_unblock"),
    ("client|unblock", "client_unblock_with"),
    ("client|unpause", "client_unpause"),
    ("cluster|addslots", "cluster_addslots"),
    ("cluster|addslotsrange", "cluster_addslotsrange"),
    ("cluster|bumpepoch", "cluster_bumpepoch"),
    (
        "cluster|count-failure-reports",
        "cluster_count_failure_reports",
    ),
    ("cluster|countkeysinslot", "cluster_countkeysinslot"),
    ("cluster|delslots", "cluster_delslots"),
    ("cluster|delslotsrange", "cluster_delslotsrange"),
    ("cluster|failover", "cluster_failover"),
    ("cluster|failover", "cluster_failover_with"),
    ("cluster|flushslots", "cluster_flushslots"),
    ("cluster|forget", "cluster_forget"),
    ("cluster|getkeysinslot", "cluster_getkeysinslot"),
    ("cluster|help", "cluster_help"),
    ("cluster|info", "cluster_info"),
    ("cluster|keyslot", "cluster_keyslot"),
    ("cluster|links", "cluster_links"),
    ("cluster|meet", "cluster_meet"),
    ("cluster|meet", "cluster_meet_with"),
    ("cluster|myid", "cluster_myid"),
    ("cluster|nodes", "cluster_nodes"),
    ("cluster|replicas", "cluster_replicas"),
    ("cluster|replicate", "cluster_replicate"),
    ("cluster|reset", "cluster_reset"),
    ("cluster|reset", "cluster_reset_with"),
    ("cluster|saveconfig", "cluster_saveconfig"),
    ("cluster|set-config-epoch", "cluster_set_config_epoch"),
    ("cluster|setslot", "cluster_setslot"),
    ("cluster|shards", "cluster_shards"),
    ("cluster|slaves", "cluster_slaves"),
    ("cluster|slots", "cluster_slots"),
    ("command", "command"),
    ("command|count", "command_count"),
    ("command|docs", "command_docs"),
    ("command|getkeys", "command_getkeys"),
    ("command|getkeysandflags", "command_getkeysandflags"),
    ("command|help", "command_help"),
    ("command|info", "command_info"),
    ("command|list", "command_list"),
    ("command|list", "command_list_with"),
    ("config|get", "config_get"),
    ("config|help", "config_help"),
    ("config|resetstat", "config_resetstat"),
    ("config|rewrite", "config_rewrite"),
    ("config|set", "config_set"),
    ("copy", "copy"),
    ("copy", "copy_with"),
    ("dbsize", "dbsize"),
    ("debug", "debug"),
    ("decr", "decr"),
    ("decrby", "decrby"),
    ("del", "del"),
    ("dump", "dump"),
    ("echo", "echo"),
    ("eval", "eval"),
    ("eval_ro", "eval_ro"),
    ("evalsha", "evalsha"),
    ("evalsha_ro", "evalsha_ro"),
    ("exists", "exists"),
    ("expire", "expire"),
    ("expire", "expire_with"),
    ("expireat", "expireat"),
    ("expireat", "expireat_with"),
    ("expiretime", "expiretime"),
    ("failover", "failover"),
    ("failover", "failover_with"),
    ("fcall", "fcall"),
    ("fcall_ro", "fcall_ro"),
    ("flushall", "flushall"),
    ("flushall", "flushall_with"),
    ("flushdb", "flushdb"),
    ("flushdb", "flushdb_with"),
    ("function|delete", "function_delete"),
    ("function|dump", "function_dump"),
    ("function|flush", "function_flush"),
    ("function|flush", "function_flush_with"),
    ("function|help", "function_help"),
    ("function|kill", "function_kill"),
    ("function|list", "function_list"),
    ("function|list", "function_list_with"),
    ("function|load", "function_load"),
    ("function|load", "function_load_with"),
    ("function|restore", "function_restore"),
    ("function|restore", "function_restore_with"),
    ("function|stats", "function_stats"),
    ("geoadd", "geoadd"),
    ("geoadd", "geoadd_with"),
    ("geodist", "geodist"),
    ("geodist", "geodist_with"),
    ("geohash", "geohash"),
    ("geopos", "geopos"),
    ("georadius", "georadius"),
    ("georadius", "georadius_with"),
    ("georadius_ro", "georadius_ro"),
    ("georadius_ro", "georadius_ro_with"),
    ("georadiusbymember", "georadiusbymember"),
    ("georadiusbymember", "georadiusbymember_with"),
    ("georadiusbymember_ro", "georadiusbymember_ro"),
    ("georadiusbymember_ro", "georadiusbymember_ro_with"),
    ("geosearch", "geosearch"),
    ("geosearch", "geosearch_with"),
    ("geosearchstore", "geosearchstore"),
    ("geosearchstore", "geosearchstore_with"),
    ("get", "get"),
    ("getbit", "getbit"),
    ("getdel", "getdel"),
    ("getex", "getex"),
    ("getex", "getex_with"),
    ("getrange", "getrange"),
    ("getset", "getset"),
    ("hdel", "hdel"),
    ("hexists", "hexists"),
    ("hget", "hget"),
    ("hgetall", "hgetall"),
    ("hincrby", "hincrby"),
    ("hincrbyfloat", "hincrbyfloat"),
    ("hkeys", "hkeys"),
    ("hlen", "hlen"),
    ("hmget", "hmget"),
    ("hmset", "hmset"),
    ("hrandfield", "hrandfield"),
    ("hrandfield", "hrandfield_with"),
    ("hscan", "hscan"),
    ("hscan", "hscan_with"),
    ("hset", "hset"),
    ("hsetnx", "hsetnx"),
    ("hstrlen", "hstrlen"),
    ("hvals", "hvals"),
    ("incr", "incr"),
    ("incrby", "incrby"),
    ("incrbyfloat", "incrbyfloat"),
    ("info", "info"),
    ("keys", "keys"),
    ("lastsave", "lastsave"),
    ("latency|doctor", "latency_doctor"),
    ("latency|graph", "latency_graph"),
    ("latency|help", "latency_help"),
    ("latency|histogram", "latency_histogram"),
    ("latency|history", "latency_history"),
    ("latency|latest", "latency_latest"),
    ("latency|reset", "latency_reset"),
    ("lcs", "lcs"),
    ("lcs", "lcs_with"),
    ("lindex", "lindex"),
    ("linsert", "linsert"),
    ("llen", "llen"),
    ("lmove", "lmove"),
    ("lmpop", "lmpop"),
    ("lmpop", "lmpop_with"),
    ("lolwut", "lolwut"),
    ("lolwut", "lolwut_with"),
    ("lpop", "lpop"),
    ("lpop", "lpop_with"),
    ("lpos", "lpos"),
    ("lpos", "lpos_with"),
    ("lpush", "lpush"),
    ("lpushx", "lpushx"),
    ("lrange", "lrange"),
    ("lrem", "lrem"),
    ("lset", "lset"),
    ("ltrim", "ltrim"),
    ("memory|doctor", "memory_doctor"),
    ("memory|help", "memory_help"),
    ("memory|malloc-stats", "memory_malloc_stats"),
    ("memory|purge", "memory_purge"),
    ("memory|stats", "memory_stats"),
    ("memory|usage", "memory_usage"),
    ("memory|usage", "memory_usage_with"),
    ("mget", "mget"),
    ("migrate", "migrate"),
    ("migrate", "migrate_with"),
    ("module|help", "module_help"),
    ("module|list", "module_list"),
    ("module|load", "module_load"),
    ("module|loadex", "module_loadex"),
    ("module|loadex", "module_loadex_with"),
    ("module|unload", "module_unload"),
    ("move", "move_key"),
    ("mset", "mset"),
    ("msetnx", "msetnx"),
    ("object|encoding", "object_encoding"),
    ("object|freq", "object_freq"),
    ("object|help", "object_help"),
    ("object|idletime", "object_idletime"),
    ("object|refcount", "object_refcount"),
    ("persist", "persist"),
    ("pexpire", "pexpire"),
    ("pexpire", "pexpire_with"),
    ("pexpireat", "pexpireat"),
    ("pexpireat", "pexpireat_with"),
    ("pexpiretime", "pexpiretime"),
    ("pfadd", "pfadd"),
    ("pfcount", "pfcount"),
    ("pfdebug", "pfdebug"),
    ("pfmerge", "pfmerge"),
    ("pfselftest", "pfselftest"),
    ("ping", "ping"),
    ("ping", "ping_with"),
    ("psetex", "psetex"),
    ("pttl", "pttl"),
    ("publish", "publish"),
    ("pubsub|channels", "pubsub_channels"),
    ("pubsub|channels", "pubsub_channels_with"),
    ("pubsub|help", "pubsub_help"),
    ("pubsub|numpat", "pubsub_numpat"),
    ("pubsub|numsub", "pubsub_numsub"),
    ("pubsub|shardchannels", "pubsub_shardchannels"),
    ("pubsub|shardchannels", "pubsub_shardchannels_with"),
    ("pubsub|shardnumsub", "pubsub_shardnumsub"),
    ("randomkey", "randomkey"),
    ("readonly", "readonly"),
    ("readwrite", "readwrite"),
    ("rename", "rename"),
    ("renamenx", "renamenx"),
    ("replicaof", "replicaof"),
    ("restore", "restore"),
    ("restore", "restore_with"),
    ("restore-asking", "restore_asking"),
    ("restore-asking", "restore_asking_with"),
    ("role", "role"),
    ("rpop", "rpop"),
    ("rpop", "rpop_with"),
    ("rpoplpush", "rpoplpush"),
    ("rpush", "rpush"),
    ("rpushx", "rpushx"),
    ("sadd", "sadd"),
    ("save", "save"),
    ("scan", "scan"),
    ("scan", "scan_with"),
    ("scard", "scard"),
    ("script|debug", "script_debug"),
    ("script|exists", "script_exists"),
    ("script|flush", "script_flush"),
    ("script|flush", "script_flush_with"),
    ("script|help", "script_help"),
    ("script|kill", "script_kill"),
    ("script|load", "script_load"),
    ("sdiff", "sdiff"),
    ("sdiffstore", "sdiffstore"),
    ("set", "set"),
    ("set", "set_with"),
    ("setbit", "setbit"),
    ("setex", "setex"),
    ("setnx", "setnx"),
    ("setrange", "setrange"),
    ("shutdown", "shutdown"),
    ("shutdown", "shutdown_with"),
    ("sinter", "sinter"),
    ("sintercard", "sintercard"),
    ("sintercard", "sintercard_with"),
    ("sinterstore", "sinterstore"),
    ("sismember", "sismember"),
    ("slaveof", "slaveof"),
    ("slowlog|get", "slowlog_get"),
    ("slowlog|get", "slowlog_get_with"),
    ("slowlog|help", "slowlog_help"),
    ("slowlog|len", "slowlog_len"),
    ("slowlog|reset", "slowlog_reset"),
    ("smembers", "smembers"),
    ("smismember", "smismember"),
    ("smove", "smove"),
    ("sort", "sort"),
    ("sort", "sort_with"),
    ("sort_ro", "sort_ro"),
    ("sort_ro", "sort_ro_with"),
    ("spop", "spop"),
    ("spop", "spop_with"),
    ("spublish", "spublish"),
    ("srandmember", "srandmember"),
    ("srandmember", "srandmember_with"),
    ("srem", "srem"),
    ("sscan", "sscan"),
    ("sscan", "sscan_with"),
    ("strlen", "strlen"),
    ("substr", "substr"),
    ("sunion", "sunion"),
    ("sunionstore", "sunionstore"),
    ("swapdb", "swapdb"),
    ("time", "time"),
    ("touch", "touch"),
    ("ttl", "ttl"),
    ("type", "key_type"),
    ("unlink", "unlink"),
    ("wait", "wait"),
    ("xack", "xack"),
    ("xadd", "xadd"),
    ("xadd", "xadd_with"),
    ("xautoclaim", "xautoclaim"),
    ("xautoclaim", "xautoclaim_with"),
    ("xclaim", "xclaim"),
    ("xclaim", "xclaim_with"),
    ("xdel", "xdel"),
    ("xgroup|create", "xgroup_create"),
    ("xgroup|create", "xgroup_create_with"),
    ("xgroup|createconsumer", "xgroup_createconsumer"),
    ("xgroup|delconsumer", "xgroup_delconsumer"),
    ("xgroup|destroy", "xgroup_destroy"),
    ("xgroup|help", "xgroup_help"),
    ("xgroup|setid", "xgroup_setid"),
    ("xgroup|setid", "xgroup_setid_with"),
    ("xinfo|consumers", "xinfo_consumers"),
    ("xinfo|groups", "xinfo_groups"),
    ("xinfo|help", "xinfo_help"),
    ("xinfo|stream", "xinfo_stream"),
    ("xinfo|stream", "xinfo_stream_with"),
    ("xlen", "xlen"),
    ("xpending", "xpending"),
    ("xpending", "xpending_with"),
    ("xrange", "xrange"),
    ("xrange", "xrange_with"),
    ("xread", "xread"),
    ("xread", "xread_with"),
    ("xreadgroup", "xreadgroup"),
    ("xreadgroup", "xreadgroup_with"),
    ("xrevrange", "xrevrange"),
    ("xrevrange", "xrevrange_with"),
    ("xsetid", "xsetid"),
    ("xsetid", "xsetid_with"),
    ("xtrim", "xtrim"),
    ("zadd", "zadd"),
    ("zadd", "zadd_with"),
    ("zcard", "zcard"),
    ("zcount", "zcount"),
    ("zdiff", "zdiff"),
    ("zdiff", "zdiff_with"),
    ("zdiffstore", "zdiffstore"),
    ("zincrby", "zincrby"),
    ("zinter", "zinter"),
    ("zinter", "zinter_with"),
    ("zintercard", "zintercard"),
    ("zintercard", "zintercard_with"),
    ("zinterstore", "zinterstore"),
    ("zinterstore", "zinterstore_with"),
    ("zlexcount", "zlexcount"),
    ("zmpop", "zmpop"),
    ("zmpop", "zmpop_with"),
    ("zmscore", "zmscore"),
    ("zpopmax", "zpopmax"),
    ("zpopmax", "zpopmax_with"),
    ("zpopmin", "zpopmin"),
    ("zpopmin", "zpopmin_with"),
    ("zrandmember", "zrandmember"),
    ("zrandmember", "zrandmember_with"),
    ("zrange", "zrange"),
    ("zrange", "zrange_with"),
    ("zrange", "zrange_with_scores"),
    ("zrangebylex", "zrangebylex"),
    ("zrangebylex", "zrangebylex_with"),
    ("zrangebyscore", "zrangebyscore"),
    ("zrangebyscore", "zrangebyscore_with"),
    ("zrangestore", "zrangestore"),
    ("zrangestore", "zrangestore_with"),
    ("zrank", "zrank"),
    ("zrem", "zrem"),
    ("zremrangebylex", "zremrangebylex"),
    ("zremrangebyrank", "zremrangebyrank"),
    ("zremrangebyscore", "zremrangebyscore"),
    ("zrevrange", "zrevrange"),
    ("zrevrange", "zrevrange_with"),
    ("zrevrangebylex", "zrevrangebylex"),
    ("zrevrangebylex", "zrevrangebylex_with"),
    ("zrevrangebyscore", "zrevrangebyscore"),
    ("zrevrangebyscore", "zrevrangebyscore_with"),
    ("zrevrank", "zrevrank"),
    ("zscan", "zscan"),
    ("zscan", "zscan_with"),
    ("zscore", "zscore"),
    ("zunion", "zunion"),
    ("zunion", "zunion_with"),
    ("zunionstore", "zunionstore"),
    ("zunionstore", "zunionstore_with"),
];

/// The commands and subcommands left out on purpose, and why.
pub const EXCLUDED: &[(&str, &str)] = &[
    (
        "auth",
        "the handshake authenticates, from the URL or the builder; re-authenticating a shared connection would change every caller's user",
    ),
    (
        "client|reply",
        "OFF and SKIP leave the callers sharing the connection without replies",
    ),
    (
        "client|tracking",
        "client-side caching needs a connection that consumes invalidations; it will have its own type",
    ),
    (
        "discard",
        "transactions need a dedicated connection; they will have their own type",
    ),
    (
        "exec",
        "transactions need a dedicated connection; they will have their own type",
    ),
    (
        "hello",
        "the handshake chooses the protocol; switching it under a shared connection breaks reply parsing for everyone",
    ),
    (
        "monitor",
        "takes the connection over; it will have its own type",
    ),
    (
        "multi",
        "transactions need a dedicated connection; they will have their own type",
    ),
    (
        "psubscribe",
        "takes the connection over; pubsub will have its own type",
    ),
    ("psync", "replication internals"),
    ("punsubscribe", "pubsub will have its own type"),
    (
        "quit",
        "closes the connection shared with other callers; drop the client instead",
    ),
    ("replconf", "replication internals"),
    (
        "reset",
        "resets the shared connection's state (database, user, protocol) under other callers",
    ),
    (
        "select",
        "a shared multiplexed client must not change database under other users; the database comes from the URL or the builder",
    ),
    (
        "ssubscribe",
        "takes the connection over; pubsub will have its own type",
    ),
    (
        "subscribe",
        "takes the connection over; pubsub will have its own type",
    ),
    ("sunsubscribe", "pubsub will have its own type"),
    ("sync", "replication internals"),
    ("unsubscribe", "pubsub will have its own type"),
    (
        "unwatch",
        "transactions need a dedicated connection; they will have their own type",
    ),
    (
        "watch",
        "transactions need a dedicated connection; they will have their own type",
    ),
];

/// The optional arguments of `ACL CAT`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct AclCatOptions {
    pub(super) categoryname: Option<OwnedArg>,
}

impl AclCatOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `categoryname`.
    pub fn categoryname(mut self, value: impl resp_core::ToArg) -> Self {
        self.categoryname = Some(OwnedArg::new(value));
        self
    }
}

/// The optional arguments of `ACL GENPASS`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct AclGenpassOptions {
    pub(super) bits: Option<i64>,
}

impl AclGenpassOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `bits`.
    pub fn bits(mut self, value: i64) -> Self {
        self.bits = Some(value);
        self
    }
}

/// One of the alternatives of `operation`.
#[derive(Clone, Debug, PartialEq)]
pub enum AclLogOperation {
    /// `count`
    Count(i64),
    /// `RESET`
    Reset,
}

impl AclLogOperation {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Count(v) => {
                cmd.push(*v);
            }
            Self::Reset => {
                cmd.push("RESET");
            }
        }
    }
}

/// The optional arguments of `ACL LOG`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct AclLogOptions {
    pub(super) operation: Option<AclLogOperation>,
}

impl AclLogOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `count`.
    pub fn count(mut self, value: i64) -> Self {
        self.operation = Some(AclLogOperation::Count(value));
        self
    }

    /// `RESET`.
    pub fn reset(mut self) -> Self {
        self.operation = Some(AclLogOperation::Reset);
        self
    }
}

/// The optional arguments of `BGSAVE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct BgsaveOptions {
    pub(super) schedule: bool,
}

impl BgsaveOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `SCHEDULE`.
    pub fn schedule(mut self) -> Self {
        self.schedule = true;
        self
    }
}

/// One of the alternatives of `index_unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BitcountIndexUnit {
    /// `BYTE`
    Byte,
    /// `BIT`
    Bit,
}

impl BitcountIndexUnit {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Byte => {
                cmd.push("BYTE");
            }
            Self::Bit => {
                cmd.push("BIT");
            }
        }
    }
}

/// The optional arguments of `BITCOUNT`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct BitcountOptions {
    pub(super) index: Option<(i64, i64, Option<BitcountIndexUnit>)>,
}

impl BitcountOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `index`.
    pub fn index(mut self, v0: i64, v1: i64, v2: Option<BitcountIndexUnit>) -> Self {
        self.index = Some((v0, v1, v2));
        self
    }
}

/// One of the alternatives of `operation`.
#[derive(Clone, Debug, PartialEq)]
pub enum BitfieldOperation {
    /// `GET`
    Get((OwnedArg, i64)),
    /// `write`
    Write((Option<BitfieldWrapSatFail>, BitfieldWriteOperation)),
}

impl BitfieldOperation {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Get(v) => {
                cmd.push("GET");
                {
                    let v = &v.0;
                    cmd.push(v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            Self::Write(v) => {
                if let Some(v) = &v.0 {
                    cmd.push("OVERFLOW");
                    v.write(cmd);
                }
                {
                    let v = &v.1;
                    v.write(cmd);
                }
            }
        }
    }
}

/// The optional arguments of `BITFIELD`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct BitfieldOptions {
    pub(super) operation: Option<Vec<BitfieldOperation>>,
}

impl BitfieldOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `operation`.
    pub fn operation(mut self, value: Vec<BitfieldOperation>) -> Self {
        self.operation = Some(value);
        self
    }
}

/// The optional arguments of `BITFIELD_RO`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct BitfieldRoOptions {
    pub(super) encoding_offset: Option<Vec<(OwnedArg, i64)>>,
}

impl BitfieldRoOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `GET encoding_offset`.
    pub fn get(mut self, value: Vec<(OwnedArg, i64)>) -> Self {
        self.encoding_offset = Some(value);
        self
    }
}

/// One of the alternatives of `wrap_sat_fail`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BitfieldWrapSatFail {
    /// `WRAP`
    Wrap,
    /// `SAT`
    Sat,
    /// `FAIL`
    Fail,
}

impl BitfieldWrapSatFail {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Wrap => {
                cmd.push("WRAP");
            }
            Self::Sat => {
                cmd.push("SAT");
            }
            Self::Fail => {
                cmd.push("FAIL");
            }
        }
    }
}

/// One of the alternatives of `write_operation`.
#[derive(Clone, Debug, PartialEq)]
pub enum BitfieldWriteOperation {
    /// `SET`
    Set((OwnedArg, i64, i64)),
    /// `INCRBY`
    Incrby((OwnedArg, i64, i64)),
}

impl BitfieldWriteOperation {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Set(v) => {
                cmd.push("SET");
                {
                    let v = &v.0;
                    cmd.push(v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
                {
                    let v = &v.2;
                    cmd.push(*v);
                }
            }
            Self::Incrby(v) => {
                cmd.push("INCRBY");
                {
                    let v = &v.0;
                    cmd.push(v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
                {
                    let v = &v.2;
                    cmd.push(*v);
                }
            }
        }
    }
}

/// One of the alternatives of `index_unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BitposIndexUnit {
    /// `BYTE`
    Byte,
    /// `BIT`
    Bit,
}

impl BitposIndexUnit {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Byte => {
                cmd.push("BYTE");
            }
            Self::Bit => {
                cmd.push("BIT");
            }
        }
    }
}

/// The optional arguments of `BITPOS`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct BitposOptions {
    pub(super) index: Option<(i64, Option<(i64, Option<BitposIndexUnit>)>)>,
}

impl BitposOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `index`.
    pub fn index(mut self, v0: i64, v1: Option<(i64, Option<BitposIndexUnit>)>) -> Self {
        self.index = Some((v0, v1));
        self
    }
}

/// One of the alternatives of `wherefrom`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlmoveWherefrom {
    /// `LEFT`
    Left,
    /// `RIGHT`
    Right,
}

impl BlmoveWherefrom {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Left => {
                cmd.push("LEFT");
            }
            Self::Right => {
                cmd.push("RIGHT");
            }
        }
    }
}

/// One of the alternatives of `whereto`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlmoveWhereto {
    /// `LEFT`
    Left,
    /// `RIGHT`
    Right,
}

impl BlmoveWhereto {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Left => {
                cmd.push("LEFT");
            }
            Self::Right => {
                cmd.push("RIGHT");
            }
        }
    }
}

/// The optional arguments of `BLMPOP`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct BlmpopOptions {
    pub(super) count: Option<i64>,
}

impl BlmpopOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `COUNT count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// One of the alternatives of `where`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlmpopWhere {
    /// `LEFT`
    Left,
    /// `RIGHT`
    Right,
}

impl BlmpopWhere {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Left => {
                cmd.push("LEFT");
            }
            Self::Right => {
                cmd.push("RIGHT");
            }
        }
    }
}

/// The optional arguments of `BZMPOP`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct BzmpopOptions {
    pub(super) count: Option<i64>,
}

impl BzmpopOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `COUNT count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// One of the alternatives of `where`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BzmpopWhere {
    /// `MIN`
    Min,
    /// `MAX`
    Max,
}

impl BzmpopWhere {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Min => {
                cmd.push("MIN");
            }
            Self::Max => {
                cmd.push("MAX");
            }
        }
    }
}

/// One of the alternatives of `mode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClientCachingMode {
    /// `YES`
    Yes,
    /// `NO`
    No,
}

impl ClientCachingMode {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Yes => {
                cmd.push("YES");
            }
            Self::No => {
                cmd.push("NO");
            }
        }
    }
}

/// One of the alternatives of `filter`.
#[derive(Clone, Debug, PartialEq)]
pub enum ClientKillFilter {
    /// `ip:port`
    IpPort(OwnedArg),
    /// `new-format`
    NewFormat(Vec<ClientKillNewFormat>),
}

impl ClientKillFilter {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::IpPort(v) => {
                cmd.push(v);
            }
            Self::NewFormat(v) => {
                for v in v {
                    v.write(cmd);
                }
            }
        }
    }
}

/// One of the alternatives of `new-format`.
#[derive(Clone, Debug, PartialEq)]
pub enum ClientKillNewFormat {
    /// `ID`
    Id(i64),
    /// `TYPE`
    Type(ClientKillNormalMasterSlavePubsub),
    /// `USER`
    User(OwnedArg),
    /// `ADDR`
    Addr(OwnedArg),
    /// `LADDR`
    Laddr(OwnedArg),
    /// `SKIPME`
    Skipme(OwnedArg),
}

impl ClientKillNewFormat {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Id(v) => {
                cmd.push("ID");
                cmd.push(*v);
            }
            Self::Type(v) => {
                cmd.push("TYPE");
                v.write(cmd);
            }
            Self::User(v) => {
                cmd.push("USER");
                cmd.push(v);
            }
            Self::Addr(v) => {
                cmd.push("ADDR");
                cmd.push(v);
            }
            Self::Laddr(v) => {
                cmd.push("LADDR");
                cmd.push(v);
            }
            Self::Skipme(v) => {
                cmd.push("SKIPME");
                cmd.push(v);
            }
        }
    }
}

/// One of the alternatives of `normal_master_slave_pubsub`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClientKillNormalMasterSlavePubsub {
    /// `NORMAL`
    Normal,
    /// `MASTER`
    Master,
    /// `SLAVE`
    Slave,
    /// `REPLICA`
    Replica,
    /// `PUBSUB`
    Pubsub,
}

impl ClientKillNormalMasterSlavePubsub {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Normal => {
                cmd.push("NORMAL");
            }
            Self::Master => {
                cmd.push("MASTER");
            }
            Self::Slave => {
                cmd.push("SLAVE");
            }
            Self::Replica => {
                cmd.push("REPLICA");
            }
            Self::Pubsub => {
                cmd.push("PUBSUB");
            }
        }
    }
}

/// One of the alternatives of `normal_master_replica_pubsub`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClientListNormalMasterReplicaPubsub {
    /// `NORMAL`
    Normal,
    /// `MASTER`
    Master,
    /// `REPLICA`
    Replica,
    /// `PUBSUB`
    Pubsub,
}

impl ClientListNormalMasterReplicaPubsub {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Normal => {
                cmd.push("NORMAL");
            }
            Self::Master => {
                cmd.push("MASTER");
            }
            Self::Replica => {
                cmd.push("REPLICA");
            }
            Self::Pubsub => {
                cmd.push("PUBSUB");
            }
        }
    }
}

/// The optional arguments of `CLIENT LIST`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ClientListOptions {
    pub(super) normal_master_replica_pubsub: Option<ClientListNormalMasterReplicaPubsub>,
    pub(super) id: Option<(Vec<i64>,)>,
}

impl ClientListOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `NORMAL`.
    pub fn normal(mut self) -> Self {
        self.normal_master_replica_pubsub = Some(ClientListNormalMasterReplicaPubsub::Normal);
        self
    }

    /// `MASTER`.
    pub fn master(mut self) -> Self {
        self.normal_master_replica_pubsub = Some(ClientListNormalMasterReplicaPubsub::Master);
        self
    }

    /// `REPLICA`.
    pub fn replica(mut self) -> Self {
        self.normal_master_replica_pubsub = Some(ClientListNormalMasterReplicaPubsub::Replica);
        self
    }

    /// `PUBSUB`.
    pub fn pubsub(mut self) -> Self {
        self.normal_master_replica_pubsub = Some(ClientListNormalMasterReplicaPubsub::Pubsub);
        self
    }

    /// `ID id`.
    pub fn id(mut self, v0: Vec<i64>) -> Self {
        self.id = Some((v0,));
        self
    }
}

/// One of the alternatives of `enabled`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClientNoEvictEnabled {
    /// `ON`
    On,
    /// `OFF`
    Off,
}

impl ClientNoEvictEnabled {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::On => {
                cmd.push("ON");
            }
            Self::Off => {
                cmd.push("OFF");
            }
        }
    }
}

/// One of the alternatives of `mode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClientPauseMode {
    /// `WRITE`
    Write,
    /// `ALL`
    All,
}

impl ClientPauseMode {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Write => {
                cmd.push("WRITE");
            }
            Self::All => {
                cmd.push("ALL");
            }
        }
    }
}

/// The optional arguments of `CLIENT PAUSE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ClientPauseOptions {
    pub(super) mode: Option<ClientPauseMode>,
}

impl ClientPauseOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WRITE`.
    pub fn write(mut self) -> Self {
        self.mode = Some(ClientPauseMode::Write);
        self
    }

    /// `ALL`.
    pub fn all(mut self) -> Self {
        self.mode = Some(ClientPauseMode::All);
        self
    }
}

/// The optional arguments of `CLIENT UNBLOCK`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ClientUnblockOptions {
    pub(super) timeout_error: Option<ClientUnblockTimeoutError>,
}

impl ClientUnblockOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `TIMEOUT`.
    pub fn timeout(mut self) -> Self {
        self.timeout_error = Some(ClientUnblockTimeoutError::Timeout);
        self
    }

    /// `ERROR`.
    pub fn error(mut self) -> Self {
        self.timeout_error = Some(ClientUnblockTimeoutError::Error);
        self
    }
}

/// One of the alternatives of `timeout_error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClientUnblockTimeoutError {
    /// `TIMEOUT`
    Timeout,
    /// `ERROR`
    Error,
}

impl ClientUnblockTimeoutError {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Timeout => {
                cmd.push("TIMEOUT");
            }
            Self::Error => {
                cmd.push("ERROR");
            }
        }
    }
}

/// The optional arguments of `CLUSTER FAILOVER`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ClusterFailoverOptions {
    pub(super) options: Option<ClusterFailoverOptionsChoice>,
}

impl ClusterFailoverOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `FORCE`.
    pub fn force(mut self) -> Self {
        self.options = Some(ClusterFailoverOptionsChoice::Force);
        self
    }

    /// `TAKEOVER`.
    pub fn takeover(mut self) -> Self {
        self.options = Some(ClusterFailoverOptionsChoice::Takeover);
        self
    }
}

/// One of the alternatives of `options`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClusterFailoverOptionsChoice {
    /// `FORCE`
    Force,
    /// `TAKEOVER`
    Takeover,
}

impl ClusterFailoverOptionsChoice {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Force => {
                cmd.push("FORCE");
            }
            Self::Takeover => {
                cmd.push("TAKEOVER");
            }
        }
    }
}

/// The optional arguments of `CLUSTER MEET`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ClusterMeetOptions {
    pub(super) cluster_bus_port: Option<i64>,
}

impl ClusterMeetOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `cluster_bus_port`.
    pub fn cluster_bus_port(mut self, value: i64) -> Self {
        self.cluster_bus_port = Some(value);
        self
    }
}

/// One of the alternatives of `hard_soft`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClusterResetHardSoft {
    /// `HARD`
    Hard,
    /// `SOFT`
    Soft,
}

impl ClusterResetHardSoft {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Hard => {
                cmd.push("HARD");
            }
            Self::Soft => {
                cmd.push("SOFT");
            }
        }
    }
}

/// The optional arguments of `CLUSTER RESET`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ClusterResetOptions {
    pub(super) hard_soft: Option<ClusterResetHardSoft>,
}

impl ClusterResetOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `HARD`.
    pub fn hard(mut self) -> Self {
        self.hard_soft = Some(ClusterResetHardSoft::Hard);
        self
    }

    /// `SOFT`.
    pub fn soft(mut self) -> Self {
        self.hard_soft = Some(ClusterResetHardSoft::Soft);
        self
    }
}

/// One of the alternatives of `subcommand`.
#[derive(Clone, Debug, PartialEq)]
pub enum ClusterSetslotSubcommand {
    /// `IMPORTING`
    Importing(OwnedArg),
    /// `MIGRATING`
    Migrating(OwnedArg),
    /// `NODE`
    Node(OwnedArg),
    /// `STABLE`
    Stable,
}

impl ClusterSetslotSubcommand {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Importing(v) => {
                cmd.push("IMPORTING");
                cmd.push(v);
            }
            Self::Migrating(v) => {
                cmd.push("MIGRATING");
                cmd.push(v);
            }
            Self::Node(v) => {
                cmd.push("NODE");
                cmd.push(v);
            }
            Self::Stable => {
                cmd.push("STABLE");
            }
        }
    }
}

/// One of the alternatives of `filterby`.
#[derive(Clone, Debug, PartialEq)]
pub enum CommandListFilterby {
    /// `MODULE`
    Module(OwnedArg),
    /// `ACLCAT`
    Aclcat(OwnedArg),
    /// `PATTERN`
    Pattern(OwnedArg),
}

impl CommandListFilterby {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Module(v) => {
                cmd.push("MODULE");
                cmd.push(v);
            }
            Self::Aclcat(v) => {
                cmd.push("ACLCAT");
                cmd.push(v);
            }
            Self::Pattern(v) => {
                cmd.push("PATTERN");
                cmd.push(v);
            }
        }
    }
}

/// The optional arguments of `COMMAND LIST`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct CommandListOptions {
    pub(super) filterby: Option<CommandListFilterby>,
}

impl CommandListOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `MODULE module-name`.
    pub fn module(mut self, value: impl resp_core::ToArg) -> Self {
        self.filterby = Some(CommandListFilterby::Module(OwnedArg::new(value)));
        self
    }

    /// `ACLCAT category`.
    pub fn aclcat(mut self, value: impl resp_core::ToArg) -> Self {
        self.filterby = Some(CommandListFilterby::Aclcat(OwnedArg::new(value)));
        self
    }

    /// `PATTERN pattern`.
    pub fn pattern(mut self, value: impl resp_core::ToArg) -> Self {
        self.filterby = Some(CommandListFilterby::Pattern(OwnedArg::new(value)));
        self
    }
}

/// The optional arguments of `COPY`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct CopyOptions {
    pub(super) destination_db: Option<i64>,
    pub(super) replace: bool,
}

impl CopyOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `DB destination-db`.
    pub fn db(mut self, value: i64) -> Self {
        self.destination_db = Some(value);
        self
    }

    /// `REPLACE`.
    pub fn replace(mut self) -> Self {
        self.replace = true;
        self
    }
}

/// One of the alternatives of `condition`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExpireCondition {
    /// `NX`
    Nx,
    /// `XX`
    Xx,
    /// `GT`
    Gt,
    /// `LT`
    Lt,
}

impl ExpireCondition {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Nx => {
                cmd.push("NX");
            }
            Self::Xx => {
                cmd.push("XX");
            }
            Self::Gt => {
                cmd.push("GT");
            }
            Self::Lt => {
                cmd.push("LT");
            }
        }
    }
}

/// The optional arguments of `EXPIRE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ExpireOptions {
    pub(super) condition: Option<ExpireCondition>,
}

impl ExpireOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `NX`.
    pub fn nx(mut self) -> Self {
        self.condition = Some(ExpireCondition::Nx);
        self
    }

    /// `XX`.
    pub fn xx(mut self) -> Self {
        self.condition = Some(ExpireCondition::Xx);
        self
    }

    /// `GT`.
    pub fn gt(mut self) -> Self {
        self.condition = Some(ExpireCondition::Gt);
        self
    }

    /// `LT`.
    pub fn lt(mut self) -> Self {
        self.condition = Some(ExpireCondition::Lt);
        self
    }
}

/// One of the alternatives of `condition`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExpireatCondition {
    /// `NX`
    Nx,
    /// `XX`
    Xx,
    /// `GT`
    Gt,
    /// `LT`
    Lt,
}

impl ExpireatCondition {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Nx => {
                cmd.push("NX");
            }
            Self::Xx => {
                cmd.push("XX");
            }
            Self::Gt => {
                cmd.push("GT");
            }
            Self::Lt => {
                cmd.push("LT");
            }
        }
    }
}

/// The optional arguments of `EXPIREAT`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ExpireatOptions {
    pub(super) condition: Option<ExpireatCondition>,
}

impl ExpireatOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `NX`.
    pub fn nx(mut self) -> Self {
        self.condition = Some(ExpireatCondition::Nx);
        self
    }

    /// `XX`.
    pub fn xx(mut self) -> Self {
        self.condition = Some(ExpireatCondition::Xx);
        self
    }

    /// `GT`.
    pub fn gt(mut self) -> Self {
        self.condition = Some(ExpireatCondition::Gt);
        self
    }

    /// `LT`.
    pub fn lt(mut self) -> Self {
        self.condition = Some(ExpireatCondition::Lt);
        self
    }
}

/// The optional arguments of `FAILOVER`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct FailoverOptions {
    pub(super) target: Option<(OwnedArg, i64, bool)>,
    pub(super) abort: bool,
    pub(super) milliseconds: Option<i64>,
}

impl FailoverOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `TO target`.
    pub fn to(mut self, v0: impl resp_core::ToArg, v1: i64, v2: bool) -> Self {
        self.target = Some((OwnedArg::new(v0), v1, v2));
        self
    }

    /// `ABORT`.
    pub fn abort(mut self) -> Self {
        self.abort = true;
        self
    }

    /// `TIMEOUT milliseconds`.
    pub fn timeout(mut self, value: i64) -> Self {
        self.milliseconds = Some(value);
        self
    }
}

/// One of the alternatives of `async`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlushallAsync {
    /// `ASYNC`
    Async,
    /// `SYNC`
    Sync,
}

impl FlushallAsync {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Async => {
                cmd.push("ASYNC");
            }
            Self::Sync => {
                cmd.push("SYNC");
            }
        }
    }
}

/// The optional arguments of `FLUSHALL`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct FlushallOptions {
    pub(super) asynchronous: Option<FlushallAsync>,
}

impl FlushallOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `ASYNC`.
    pub fn asynchronous(mut self) -> Self {
        self.asynchronous = Some(FlushallAsync::Async);
        self
    }

    /// `SYNC`.
    pub fn sync(mut self) -> Self {
        self.asynchronous = Some(FlushallAsync::Sync);
        self
    }
}

/// One of the alternatives of `async`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlushdbAsync {
    /// `ASYNC`
    Async,
    /// `SYNC`
    Sync,
}

impl FlushdbAsync {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Async => {
                cmd.push("ASYNC");
            }
            Self::Sync => {
                cmd.push("SYNC");
            }
        }
    }
}

/// The optional arguments of `FLUSHDB`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct FlushdbOptions {
    pub(super) asynchronous: Option<FlushdbAsync>,
}

impl FlushdbOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `ASYNC`.
    pub fn asynchronous(mut self) -> Self {
        self.asynchronous = Some(FlushdbAsync::Async);
        self
    }

    /// `SYNC`.
    pub fn sync(mut self) -> Self {
        self.asynchronous = Some(FlushdbAsync::Sync);
        self
    }
}

/// One of the alternatives of `async`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FunctionFlushAsync {
    /// `ASYNC`
    Async,
    /// `SYNC`
    Sync,
}

impl FunctionFlushAsync {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Async => {
                cmd.push("ASYNC");
            }
            Self::Sync => {
                cmd.push("SYNC");
            }
        }
    }
}

/// The optional arguments of `FUNCTION FLUSH`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct FunctionFlushOptions {
    pub(super) asynchronous: Option<FunctionFlushAsync>,
}

impl FunctionFlushOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `ASYNC`.
    pub fn asynchronous(mut self) -> Self {
        self.asynchronous = Some(FunctionFlushAsync::Async);
        self
    }

    /// `SYNC`.
    pub fn sync(mut self) -> Self {
        self.asynchronous = Some(FunctionFlushAsync::Sync);
        self
    }
}

/// The optional arguments of `FUNCTION LIST`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct FunctionListOptions {
    pub(super) library_name_pattern: Option<OwnedArg>,
    pub(super) withcode: bool,
}

impl FunctionListOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `LIBRARYNAME library-name-pattern`.
    pub fn libraryname(mut self, value: impl resp_core::ToArg) -> Self {
        self.library_name_pattern = Some(OwnedArg::new(value));
        self
    }

    /// `WITHCODE`.
    pub fn withcode(mut self) -> Self {
        self.withcode = true;
        self
    }
}

/// The optional arguments of `FUNCTION LOAD`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct FunctionLoadOptions {
    pub(super) replace: bool,
}

impl FunctionLoadOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `REPLACE`.
    pub fn replace(mut self) -> Self {
        self.replace = true;
        self
    }
}

/// The optional arguments of `FUNCTION RESTORE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct FunctionRestoreOptions {
    pub(super) policy: Option<FunctionRestorePolicy>,
}

impl FunctionRestoreOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `FLUSH`.
    pub fn flush(mut self) -> Self {
        self.policy = Some(FunctionRestorePolicy::Flush);
        self
    }

    /// `APPEND`.
    pub fn append(mut self) -> Self {
        self.policy = Some(FunctionRestorePolicy::Append);
        self
    }

    /// `REPLACE`.
    pub fn replace(mut self) -> Self {
        self.policy = Some(FunctionRestorePolicy::Replace);
        self
    }
}

/// One of the alternatives of `policy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FunctionRestorePolicy {
    /// `FLUSH`
    Flush,
    /// `APPEND`
    Append,
    /// `REPLACE`
    Replace,
}

impl FunctionRestorePolicy {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Flush => {
                cmd.push("FLUSH");
            }
            Self::Append => {
                cmd.push("APPEND");
            }
            Self::Replace => {
                cmd.push("REPLACE");
            }
        }
    }
}

/// One of the alternatives of `condition`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeoaddCondition {
    /// `NX`
    Nx,
    /// `XX`
    Xx,
}

impl GeoaddCondition {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Nx => {
                cmd.push("NX");
            }
            Self::Xx => {
                cmd.push("XX");
            }
        }
    }
}

/// The optional arguments of `GEOADD`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct GeoaddOptions {
    pub(super) condition: Option<GeoaddCondition>,
    pub(super) change: bool,
}

impl GeoaddOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `NX`.
    pub fn nx(mut self) -> Self {
        self.condition = Some(GeoaddCondition::Nx);
        self
    }

    /// `XX`.
    pub fn xx(mut self) -> Self {
        self.condition = Some(GeoaddCondition::Xx);
        self
    }

    /// `CH`.
    pub fn ch(mut self) -> Self {
        self.change = true;
        self
    }
}

/// The optional arguments of `GEODIST`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct GeodistOptions {
    pub(super) unit: Option<GeodistUnit>,
}

impl GeodistOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `M`.
    pub fn m(mut self) -> Self {
        self.unit = Some(GeodistUnit::M);
        self
    }

    /// `KM`.
    pub fn km(mut self) -> Self {
        self.unit = Some(GeodistUnit::Km);
        self
    }

    /// `FT`.
    pub fn ft(mut self) -> Self {
        self.unit = Some(GeodistUnit::Ft);
        self
    }

    /// `MI`.
    pub fn mi(mut self) -> Self {
        self.unit = Some(GeodistUnit::Mi);
        self
    }
}

/// One of the alternatives of `unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeodistUnit {
    /// `M`
    M,
    /// `KM`
    Km,
    /// `FT`
    Ft,
    /// `MI`
    Mi,
}

impl GeodistUnit {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::M => {
                cmd.push("M");
            }
            Self::Km => {
                cmd.push("KM");
            }
            Self::Ft => {
                cmd.push("FT");
            }
            Self::Mi => {
                cmd.push("MI");
            }
        }
    }
}

/// The optional arguments of `GEORADIUS`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct GeoradiusOptions {
    pub(super) withcoord: bool,
    pub(super) withdist: bool,
    pub(super) withhash: bool,
    pub(super) count: Option<(i64, bool)>,
    pub(super) order: Option<GeoradiusOrder>,
    pub(super) key: Option<OwnedArg>,
    pub(super) key2: Option<OwnedArg>,
}

impl GeoradiusOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WITHCOORD`.
    pub fn withcoord(mut self) -> Self {
        self.withcoord = true;
        self
    }

    /// `WITHDIST`.
    pub fn withdist(mut self) -> Self {
        self.withdist = true;
        self
    }

    /// `WITHHASH`.
    pub fn withhash(mut self) -> Self {
        self.withhash = true;
        self
    }

    /// `count`.
    pub fn count(mut self, v0: i64, v1: bool) -> Self {
        self.count = Some((v0, v1));
        self
    }

    /// `ASC`.
    pub fn asc(mut self) -> Self {
        self.order = Some(GeoradiusOrder::Asc);
        self
    }

    /// `DESC`.
    pub fn desc(mut self) -> Self {
        self.order = Some(GeoradiusOrder::Desc);
        self
    }

    /// `STORE key`.
    pub fn store(mut self, value: impl resp_core::ToArg) -> Self {
        self.key = Some(OwnedArg::new(value));
        self
    }

    /// `STOREDIST key`.
    pub fn storedist(mut self, value: impl resp_core::ToArg) -> Self {
        self.key2 = Some(OwnedArg::new(value));
        self
    }
}

/// One of the alternatives of `order`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeoradiusOrder {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
}

impl GeoradiusOrder {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Asc => {
                cmd.push("ASC");
            }
            Self::Desc => {
                cmd.push("DESC");
            }
        }
    }
}

/// The optional arguments of `GEORADIUS_RO`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct GeoradiusRoOptions {
    pub(super) withcoord: bool,
    pub(super) withdist: bool,
    pub(super) withhash: bool,
    pub(super) count: Option<(i64, bool)>,
    pub(super) order: Option<GeoradiusRoOrder>,
}

impl GeoradiusRoOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WITHCOORD`.
    pub fn withcoord(mut self) -> Self {
        self.withcoord = true;
        self
    }

    /// `WITHDIST`.
    pub fn withdist(mut self) -> Self {
        self.withdist = true;
        self
    }

    /// `WITHHASH`.
    pub fn withhash(mut self) -> Self {
        self.withhash = true;
        self
    }

    /// `count`.
    pub fn count(mut self, v0: i64, v1: bool) -> Self {
        self.count = Some((v0, v1));
        self
    }

    /// `ASC`.
    pub fn asc(mut self) -> Self {
        self.order = Some(GeoradiusRoOrder::Asc);
        self
    }

    /// `DESC`.
    pub fn desc(mut self) -> Self {
        self.order = Some(GeoradiusRoOrder::Desc);
        self
    }
}

/// One of the alternatives of `order`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeoradiusRoOrder {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
}

impl GeoradiusRoOrder {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Asc => {
                cmd.push("ASC");
            }
            Self::Desc => {
                cmd.push("DESC");
            }
        }
    }
}

/// One of the alternatives of `unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeoradiusRoUnit {
    /// `M`
    M,
    /// `KM`
    Km,
    /// `FT`
    Ft,
    /// `MI`
    Mi,
}

impl GeoradiusRoUnit {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::M => {
                cmd.push("M");
            }
            Self::Km => {
                cmd.push("KM");
            }
            Self::Ft => {
                cmd.push("FT");
            }
            Self::Mi => {
                cmd.push("MI");
            }
        }
    }
}

/// One of the alternatives of `unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeoradiusUnit {
    /// `M`
    M,
    /// `KM`
    Km,
    /// `FT`
    Ft,
    /// `MI`
    Mi,
}

impl GeoradiusUnit {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::M => {
                cmd.push("M");
            }
            Self::Km => {
                cmd.push("KM");
            }
            Self::Ft => {
                cmd.push("FT");
            }
            Self::Mi => {
                cmd.push("MI");
            }
        }
    }
}

/// The optional arguments of `GEORADIUSBYMEMBER`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct GeoradiusbymemberOptions {
    pub(super) withcoord: bool,
    pub(super) withdist: bool,
    pub(super) withhash: bool,
    pub(super) count: Option<(i64, bool)>,
    pub(super) order: Option<GeoradiusbymemberOrder>,
    pub(super) key: Option<OwnedArg>,
    pub(super) key2: Option<OwnedArg>,
}

impl GeoradiusbymemberOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WITHCOORD`.
    pub fn withcoord(mut self) -> Self {
        self.withcoord = true;
        self
    }

    /// `WITHDIST`.
    pub fn withdist(mut self) -> Self {
        self.withdist = true;
        self
    }

    /// `WITHHASH`.
    pub fn withhash(mut self) -> Self {
        self.withhash = true;
        self
    }

    /// `count`.
    pub fn count(mut self, v0: i64, v1: bool) -> Self {
        self.count = Some((v0, v1));
        self
    }

    /// `ASC`.
    pub fn asc(mut self) -> Self {
        self.order = Some(GeoradiusbymemberOrder::Asc);
        self
    }

    /// `DESC`.
    pub fn desc(mut self) -> Self {
        self.order = Some(GeoradiusbymemberOrder::Desc);
        self
    }

    /// `STORE key`.
    pub fn store(mut self, value: impl resp_core::ToArg) -> Self {
        self.key = Some(OwnedArg::new(value));
        self
    }

    /// `STOREDIST key`.
    pub fn storedist(mut self, value: impl resp_core::ToArg) -> Self {
        self.key2 = Some(OwnedArg::new(value));
        self
    }
}

/// One of the alternatives of `order`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeoradiusbymemberOrder {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
}

impl GeoradiusbymemberOrder {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Asc => {
                cmd.push("ASC");
            }
            Self::Desc => {
                cmd.push("DESC");
            }
        }
    }
}

/// The optional arguments of `GEORADIUSBYMEMBER_RO`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct GeoradiusbymemberRoOptions {
    pub(super) withcoord: bool,
    pub(super) withdist: bool,
    pub(super) withhash: bool,
    pub(super) count: Option<(i64, bool)>,
    pub(super) order: Option<GeoradiusbymemberRoOrder>,
}

impl GeoradiusbymemberRoOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WITHCOORD`.
    pub fn withcoord(mut self) -> Self {
        self.withcoord = true;
        self
    }

    /// `WITHDIST`.
    pub fn withdist(mut self) -> Self {
        self.withdist = true;
        self
    }

    /// `WITHHASH`.
    pub fn withhash(mut self) -> Self {
        self.withhash = true;
        self
    }

    /// `count`.
    pub fn count(mut self, v0: i64, v1: bool) -> Self {
        self.count = Some((v0, v1));
        self
    }

    /// `ASC`.
    pub fn asc(mut self) -> Self {
        self.order = Some(GeoradiusbymemberRoOrder::Asc);
        self
    }

    /// `DESC`.
    pub fn desc(mut self) -> Self {
        self.order = Some(GeoradiusbymemberRoOrder::Desc);
        self
    }
}

/// One of the alternatives of `order`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeoradiusbymemberRoOrder {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
}

impl GeoradiusbymemberRoOrder {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Asc => {
                cmd.push("ASC");
            }
            Self::Desc => {
                cmd.push("DESC");
            }
        }
    }
}

/// One of the alternatives of `unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeoradiusbymemberRoUnit {
    /// `M`
    M,
    /// `KM`
    Km,
    /// `FT`
    Ft,
    /// `MI`
    Mi,
}

impl GeoradiusbymemberRoUnit {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::M => {
                cmd.push("M");
            }
            Self::Km => {
                cmd.push("KM");
            }
            Self::Ft => {
                cmd.push("FT");
            }
            Self::Mi => {
                cmd.push("MI");
            }
        }
    }
}

/// One of the alternatives of `unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeoradiusbymemberUnit {
    /// `M`
    M,
    /// `KM`
    Km,
    /// `FT`
    Ft,
    /// `MI`
    Mi,
}

impl GeoradiusbymemberUnit {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::M => {
                cmd.push("M");
            }
            Self::Km => {
                cmd.push("KM");
            }
            Self::Ft => {
                cmd.push("FT");
            }
            Self::Mi => {
                cmd.push("MI");
            }
        }
    }
}

/// One of the alternatives of `by`.
#[derive(Clone, Debug, PartialEq)]
pub enum GeosearchBy {
    /// `circle`
    Circle((f64, GeosearchUnit)),
    /// `box`
    Box((f64, f64, GeosearchUnit2)),
}

impl GeosearchBy {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Circle(v) => {
                {
                    let v = &v.0;
                    cmd.push("BYRADIUS");
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    v.write(cmd);
                }
            }
            Self::Box(v) => {
                {
                    let v = &v.0;
                    cmd.push("BYBOX");
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
                {
                    let v = &v.2;
                    v.write(cmd);
                }
            }
        }
    }
}

/// One of the alternatives of `from`.
#[derive(Clone, Debug, PartialEq)]
pub enum GeosearchFrom {
    /// `FROMMEMBER`
    Frommember(OwnedArg),
    /// `FROMLONLAT`
    Fromlonlat((f64, f64)),
}

impl GeosearchFrom {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Frommember(v) => {
                cmd.push("FROMMEMBER");
                cmd.push(v);
            }
            Self::Fromlonlat(v) => {
                cmd.push("FROMLONLAT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
        }
    }
}

/// The optional arguments of `GEOSEARCH`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct GeosearchOptions {
    pub(super) order: Option<GeosearchOrder>,
    pub(super) count: Option<(i64, bool)>,
    pub(super) withcoord: bool,
    pub(super) withdist: bool,
    pub(super) withhash: bool,
}

impl GeosearchOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `ASC`.
    pub fn asc(mut self) -> Self {
        self.order = Some(GeosearchOrder::Asc);
        self
    }

    /// `DESC`.
    pub fn desc(mut self) -> Self {
        self.order = Some(GeosearchOrder::Desc);
        self
    }

    /// `count`.
    pub fn count(mut self, v0: i64, v1: bool) -> Self {
        self.count = Some((v0, v1));
        self
    }

    /// `WITHCOORD`.
    pub fn withcoord(mut self) -> Self {
        self.withcoord = true;
        self
    }

    /// `WITHDIST`.
    pub fn withdist(mut self) -> Self {
        self.withdist = true;
        self
    }

    /// `WITHHASH`.
    pub fn withhash(mut self) -> Self {
        self.withhash = true;
        self
    }
}

/// One of the alternatives of `order`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeosearchOrder {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
}

impl GeosearchOrder {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Asc => {
                cmd.push("ASC");
            }
            Self::Desc => {
                cmd.push("DESC");
            }
        }
    }
}

/// One of the alternatives of `unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeosearchUnit {
    /// `M`
    M,
    /// `KM`
    Km,
    /// `FT`
    Ft,
    /// `MI`
    Mi,
}

impl GeosearchUnit {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::M => {
                cmd.push("M");
            }
            Self::Km => {
                cmd.push("KM");
            }
            Self::Ft => {
                cmd.push("FT");
            }
            Self::Mi => {
                cmd.push("MI");
            }
        }
    }
}

/// One of the alternatives of `unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeosearchUnit2 {
    /// `M`
    M,
    /// `KM`
    Km,
    /// `FT`
    Ft,
    /// `MI`
    Mi,
}

impl GeosearchUnit2 {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::M => {
                cmd.push("M");
            }
            Self::Km => {
                cmd.push("KM");
            }
            Self::Ft => {
                cmd.push("FT");
            }
            Self::Mi => {
                cmd.push("MI");
            }
        }
    }
}

/// One of the alternatives of `by`.
#[derive(Clone, Debug, PartialEq)]
pub enum GeosearchstoreBy {
    /// `circle`
    Circle((f64, GeosearchstoreUnit)),
    /// `box`
    Box((f64, f64, GeosearchstoreUnit2)),
}

impl GeosearchstoreBy {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Circle(v) => {
                {
                    let v = &v.0;
                    cmd.push("BYRADIUS");
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    v.write(cmd);
                }
            }
            Self::Box(v) => {
                {
                    let v = &v.0;
                    cmd.push("BYBOX");
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
                {
                    let v = &v.2;
                    v.write(cmd);
                }
            }
        }
    }
}

/// One of the alternatives of `from`.
#[derive(Clone, Debug, PartialEq)]
pub enum GeosearchstoreFrom {
    /// `FROMMEMBER`
    Frommember(OwnedArg),
    /// `FROMLONLAT`
    Fromlonlat((f64, f64)),
}

impl GeosearchstoreFrom {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Frommember(v) => {
                cmd.push("FROMMEMBER");
                cmd.push(v);
            }
            Self::Fromlonlat(v) => {
                cmd.push("FROMLONLAT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
        }
    }
}

/// The optional arguments of `GEOSEARCHSTORE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct GeosearchstoreOptions {
    pub(super) order: Option<GeosearchstoreOrder>,
    pub(super) count: Option<(i64, bool)>,
    pub(super) storedist: bool,
}

impl GeosearchstoreOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `ASC`.
    pub fn asc(mut self) -> Self {
        self.order = Some(GeosearchstoreOrder::Asc);
        self
    }

    /// `DESC`.
    pub fn desc(mut self) -> Self {
        self.order = Some(GeosearchstoreOrder::Desc);
        self
    }

    /// `count`.
    pub fn count(mut self, v0: i64, v1: bool) -> Self {
        self.count = Some((v0, v1));
        self
    }

    /// `STOREDIST`.
    pub fn storedist(mut self) -> Self {
        self.storedist = true;
        self
    }
}

/// One of the alternatives of `order`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeosearchstoreOrder {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
}

impl GeosearchstoreOrder {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Asc => {
                cmd.push("ASC");
            }
            Self::Desc => {
                cmd.push("DESC");
            }
        }
    }
}

/// One of the alternatives of `unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeosearchstoreUnit {
    /// `M`
    M,
    /// `KM`
    Km,
    /// `FT`
    Ft,
    /// `MI`
    Mi,
}

impl GeosearchstoreUnit {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::M => {
                cmd.push("M");
            }
            Self::Km => {
                cmd.push("KM");
            }
            Self::Ft => {
                cmd.push("FT");
            }
            Self::Mi => {
                cmd.push("MI");
            }
        }
    }
}

/// One of the alternatives of `unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeosearchstoreUnit2 {
    /// `M`
    M,
    /// `KM`
    Km,
    /// `FT`
    Ft,
    /// `MI`
    Mi,
}

impl GeosearchstoreUnit2 {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::M => {
                cmd.push("M");
            }
            Self::Km => {
                cmd.push("KM");
            }
            Self::Ft => {
                cmd.push("FT");
            }
            Self::Mi => {
                cmd.push("MI");
            }
        }
    }
}

/// One of the alternatives of `expiration`.
#[derive(Clone, Debug, PartialEq)]
pub enum GetexExpiration {
    /// `EX`
    Ex(i64),
    /// `PX`
    Px(i64),
    /// `EXAT`
    Exat(u64),
    /// `PXAT`
    Pxat(u64),
    /// `PERSIST`
    Persist,
}

impl GetexExpiration {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Ex(v) => {
                cmd.push("EX");
                cmd.push(*v);
            }
            Self::Px(v) => {
                cmd.push("PX");
                cmd.push(*v);
            }
            Self::Exat(v) => {
                cmd.push("EXAT");
                cmd.push(*v);
            }
            Self::Pxat(v) => {
                cmd.push("PXAT");
                cmd.push(*v);
            }
            Self::Persist => {
                cmd.push("PERSIST");
            }
        }
    }
}

/// The optional arguments of `GETEX`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct GetexOptions {
    pub(super) expiration: Option<GetexExpiration>,
}

impl GetexOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `EX seconds`.
    pub fn ex(mut self, value: i64) -> Self {
        self.expiration = Some(GetexExpiration::Ex(value));
        self
    }

    /// `PX milliseconds`.
    pub fn px(mut self, value: i64) -> Self {
        self.expiration = Some(GetexExpiration::Px(value));
        self
    }

    /// `EXAT unix-time-seconds`.
    pub fn exat(mut self, value: u64) -> Self {
        self.expiration = Some(GetexExpiration::Exat(value));
        self
    }

    /// `PXAT unix-time-milliseconds`.
    pub fn pxat(mut self, value: u64) -> Self {
        self.expiration = Some(GetexExpiration::Pxat(value));
        self
    }

    /// `PERSIST`.
    pub fn persist(mut self) -> Self {
        self.expiration = Some(GetexExpiration::Persist);
        self
    }
}

/// The optional arguments of `HRANDFIELD`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct HrandfieldOptions {
    pub(super) options: Option<(i64, bool)>,
}

impl HrandfieldOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `options`.
    pub fn options(mut self, v0: i64, v1: bool) -> Self {
        self.options = Some((v0, v1));
        self
    }
}

/// The optional arguments of `HSCAN`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct HscanOptions {
    pub(super) pattern: Option<OwnedArg>,
    pub(super) count: Option<i64>,
}

impl HscanOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `MATCH pattern`.
    pub fn pattern(mut self, value: impl resp_core::ToArg) -> Self {
        self.pattern = Some(OwnedArg::new(value));
        self
    }

    /// `COUNT count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// The optional arguments of `LCS`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct LcsOptions {
    pub(super) len: bool,
    pub(super) idx: bool,
    pub(super) len2: Option<i64>,
    pub(super) withmatchlen: bool,
}

impl LcsOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `LEN`.
    pub fn len(mut self) -> Self {
        self.len = true;
        self
    }

    /// `IDX`.
    pub fn idx(mut self) -> Self {
        self.idx = true;
        self
    }

    /// `MINMATCHLEN len`.
    pub fn minmatchlen(mut self, value: i64) -> Self {
        self.len2 = Some(value);
        self
    }

    /// `WITHMATCHLEN`.
    pub fn withmatchlen(mut self) -> Self {
        self.withmatchlen = true;
        self
    }
}

/// One of the alternatives of `where`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinsertWhere {
    /// `BEFORE`
    Before,
    /// `AFTER`
    After,
}

impl LinsertWhere {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Before => {
                cmd.push("BEFORE");
            }
            Self::After => {
                cmd.push("AFTER");
            }
        }
    }
}

/// One of the alternatives of `wherefrom`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LmoveWherefrom {
    /// `LEFT`
    Left,
    /// `RIGHT`
    Right,
}

impl LmoveWherefrom {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Left => {
                cmd.push("LEFT");
            }
            Self::Right => {
                cmd.push("RIGHT");
            }
        }
    }
}

/// One of the alternatives of `whereto`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LmoveWhereto {
    /// `LEFT`
    Left,
    /// `RIGHT`
    Right,
}

impl LmoveWhereto {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Left => {
                cmd.push("LEFT");
            }
            Self::Right => {
                cmd.push("RIGHT");
            }
        }
    }
}

/// The optional arguments of `LMPOP`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct LmpopOptions {
    pub(super) count: Option<i64>,
}

impl LmpopOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `COUNT count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// One of the alternatives of `where`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LmpopWhere {
    /// `LEFT`
    Left,
    /// `RIGHT`
    Right,
}

impl LmpopWhere {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Left => {
                cmd.push("LEFT");
            }
            Self::Right => {
                cmd.push("RIGHT");
            }
        }
    }
}

/// The optional arguments of `LOLWUT`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct LolwutOptions {
    pub(super) version: Option<i64>,
}

impl LolwutOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `VERSION version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
}

/// The optional arguments of `LPOP`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct LpopOptions {
    pub(super) count: Option<i64>,
}

impl LpopOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// The optional arguments of `LPOS`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct LposOptions {
    pub(super) rank: Option<i64>,
    pub(super) num_matches: Option<i64>,
    pub(super) len: Option<i64>,
}

impl LposOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `RANK rank`.
    pub fn rank(mut self, value: i64) -> Self {
        self.rank = Some(value);
        self
    }

    /// `COUNT num-matches`.
    pub fn count(mut self, value: i64) -> Self {
        self.num_matches = Some(value);
        self
    }

    /// `MAXLEN len`.
    pub fn maxlen(mut self, value: i64) -> Self {
        self.len = Some(value);
        self
    }
}

/// The optional arguments of `MEMORY USAGE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct MemoryUsageOptions {
    pub(super) count: Option<i64>,
}

impl MemoryUsageOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `SAMPLES count`.
    pub fn samples(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// One of the alternatives of `authentication`.
#[derive(Clone, Debug, PartialEq)]
pub enum MigrateAuthentication {
    /// `AUTH`
    Auth(OwnedArg),
    /// `AUTH2`
    Auth2((OwnedArg, OwnedArg)),
}

impl MigrateAuthentication {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Auth(v) => {
                cmd.push("AUTH");
                cmd.push(v);
            }
            Self::Auth2(v) => {
                cmd.push("AUTH2");
                {
                    let v = &v.0;
                    cmd.push(v);
                }
                {
                    let v = &v.1;
                    cmd.push(v);
                }
            }
        }
    }
}

/// One of the alternatives of `key_or_empty_string`.
#[derive(Clone, Debug, PartialEq)]
pub enum MigrateKeyOrEmptyString {
    /// `key`
    Key(OwnedArg),
    /// `empty_string`
    EmptyString,
}

impl MigrateKeyOrEmptyString {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Key(v) => {
                cmd.push(v);
            }
            Self::EmptyString => {
                cmd.push("");
            }
        }
    }
}

/// The optional arguments of `MIGRATE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct MigrateOptions {
    pub(super) copy: bool,
    pub(super) replace: bool,
    pub(super) authentication: Option<MigrateAuthentication>,
    pub(super) key: Option<Vec<OwnedArg>>,
}

impl MigrateOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `COPY`.
    pub fn copy(mut self) -> Self {
        self.copy = true;
        self
    }

    /// `REPLACE`.
    pub fn replace(mut self) -> Self {
        self.replace = true;
        self
    }

    /// `AUTH password`.
    pub fn auth(mut self, value: impl resp_core::ToArg) -> Self {
        self.authentication = Some(MigrateAuthentication::Auth(OwnedArg::new(value)));
        self
    }

    /// `AUTH2 username_password`.
    pub fn auth2(mut self, v0: impl resp_core::ToArg, v1: impl resp_core::ToArg) -> Self {
        self.authentication = Some(MigrateAuthentication::Auth2((
            OwnedArg::new(v0),
            OwnedArg::new(v1),
        )));
        self
    }

    /// `KEYS key`.
    pub fn keys(mut self, value: impl IntoIterator<Item = impl resp_core::ToArg>) -> Self {
        self.key = Some(value.into_iter().map(OwnedArg::new).collect());
        self
    }
}

/// The optional arguments of `MODULE LOADEX`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ModuleLoadexOptions {
    pub(super) configs: Option<Vec<(OwnedArg, OwnedArg)>>,
    pub(super) args: Option<Vec<(OwnedArg,)>>,
}

impl ModuleLoadexOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `CONFIG configs`.
    pub fn config(mut self, value: Vec<(OwnedArg, OwnedArg)>) -> Self {
        self.configs = Some(value);
        self
    }

    /// `ARGS args`.
    pub fn args(mut self, value: Vec<(OwnedArg,)>) -> Self {
        self.args = Some(value);
        self
    }
}

/// One of the alternatives of `condition`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PexpireCondition {
    /// `NX`
    Nx,
    /// `XX`
    Xx,
    /// `GT`
    Gt,
    /// `LT`
    Lt,
}

impl PexpireCondition {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Nx => {
                cmd.push("NX");
            }
            Self::Xx => {
                cmd.push("XX");
            }
            Self::Gt => {
                cmd.push("GT");
            }
            Self::Lt => {
                cmd.push("LT");
            }
        }
    }
}

/// The optional arguments of `PEXPIRE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct PexpireOptions {
    pub(super) condition: Option<PexpireCondition>,
}

impl PexpireOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `NX`.
    pub fn nx(mut self) -> Self {
        self.condition = Some(PexpireCondition::Nx);
        self
    }

    /// `XX`.
    pub fn xx(mut self) -> Self {
        self.condition = Some(PexpireCondition::Xx);
        self
    }

    /// `GT`.
    pub fn gt(mut self) -> Self {
        self.condition = Some(PexpireCondition::Gt);
        self
    }

    /// `LT`.
    pub fn lt(mut self) -> Self {
        self.condition = Some(PexpireCondition::Lt);
        self
    }
}

/// One of the alternatives of `condition`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PexpireatCondition {
    /// `NX`
    Nx,
    /// `XX`
    Xx,
    /// `GT`
    Gt,
    /// `LT`
    Lt,
}

impl PexpireatCondition {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Nx => {
                cmd.push("NX");
            }
            Self::Xx => {
                cmd.push("XX");
            }
            Self::Gt => {
                cmd.push("GT");
            }
            Self::Lt => {
                cmd.push("LT");
            }
        }
    }
}

/// The optional arguments of `PEXPIREAT`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct PexpireatOptions {
    pub(super) condition: Option<PexpireatCondition>,
}

impl PexpireatOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `NX`.
    pub fn nx(mut self) -> Self {
        self.condition = Some(PexpireatCondition::Nx);
        self
    }

    /// `XX`.
    pub fn xx(mut self) -> Self {
        self.condition = Some(PexpireatCondition::Xx);
        self
    }

    /// `GT`.
    pub fn gt(mut self) -> Self {
        self.condition = Some(PexpireatCondition::Gt);
        self
    }

    /// `LT`.
    pub fn lt(mut self) -> Self {
        self.condition = Some(PexpireatCondition::Lt);
        self
    }
}

/// The optional arguments of `PING`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct PingOptions {
    pub(super) message: Option<OwnedArg>,
}

impl PingOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `message`.
    pub fn message(mut self, value: impl resp_core::ToArg) -> Self {
        self.message = Some(OwnedArg::new(value));
        self
    }
}

/// The optional arguments of `PUBSUB CHANNELS`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct PubsubChannelsOptions {
    pub(super) pattern: Option<OwnedArg>,
}

impl PubsubChannelsOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `pattern`.
    pub fn pattern(mut self, value: impl resp_core::ToArg) -> Self {
        self.pattern = Some(OwnedArg::new(value));
        self
    }
}

/// The optional arguments of `PUBSUB SHARDCHANNELS`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct PubsubShardchannelsOptions {
    pub(super) pattern: Option<OwnedArg>,
}

impl PubsubShardchannelsOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `pattern`.
    pub fn pattern(mut self, value: impl resp_core::ToArg) -> Self {
        self.pattern = Some(OwnedArg::new(value));
        self
    }
}

/// One of the alternatives of `args`.
#[derive(Clone, Debug, PartialEq)]
pub enum ReplicaofArgs {
    /// `host-port`
    HostPort((OwnedArg, i64)),
    /// `no-one`
    NoOne,
}

impl ReplicaofArgs {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::HostPort(v) => {
                {
                    let v = &v.0;
                    cmd.push(v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            Self::NoOne => {
                cmd.push("NO");
                cmd.push("ONE");
            }
        }
    }
}

/// The optional arguments of `RESTORE-ASKING`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct RestoreAskingOptions {
    pub(super) replace: bool,
    pub(super) absttl: bool,
    pub(super) seconds: Option<i64>,
    pub(super) frequency: Option<i64>,
}

impl RestoreAskingOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `REPLACE`.
    pub fn replace(mut self) -> Self {
        self.replace = true;
        self
    }

    /// `ABSTTL`.
    pub fn absttl(mut self) -> Self {
        self.absttl = true;
        self
    }

    /// `IDLETIME seconds`.
    pub fn idletime(mut self, value: i64) -> Self {
        self.seconds = Some(value);
        self
    }

    /// `FREQ frequency`.
    pub fn freq(mut self, value: i64) -> Self {
        self.frequency = Some(value);
        self
    }
}

/// The optional arguments of `RESTORE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct RestoreOptions {
    pub(super) replace: bool,
    pub(super) absttl: bool,
    pub(super) seconds: Option<i64>,
    pub(super) frequency: Option<i64>,
}

impl RestoreOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `REPLACE`.
    pub fn replace(mut self) -> Self {
        self.replace = true;
        self
    }

    /// `ABSTTL`.
    pub fn absttl(mut self) -> Self {
        self.absttl = true;
        self
    }

    /// `IDLETIME seconds`.
    pub fn idletime(mut self, value: i64) -> Self {
        self.seconds = Some(value);
        self
    }

    /// `FREQ frequency`.
    pub fn freq(mut self, value: i64) -> Self {
        self.frequency = Some(value);
        self
    }
}

/// The optional arguments of `RPOP`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct RpopOptions {
    pub(super) count: Option<i64>,
}

impl RpopOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// One of the alternatives of `mode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScriptDebugMode {
    /// `YES`
    Yes,
    /// `SYNC`
    Sync,
    /// `NO`
    No,
}

impl ScriptDebugMode {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Yes => {
                cmd.push("YES");
            }
            Self::Sync => {
                cmd.push("SYNC");
            }
            Self::No => {
                cmd.push("NO");
            }
        }
    }
}

/// One of the alternatives of `async`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScriptFlushAsync {
    /// `ASYNC`
    Async,
    /// `SYNC`
    Sync,
}

impl ScriptFlushAsync {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Async => {
                cmd.push("ASYNC");
            }
            Self::Sync => {
                cmd.push("SYNC");
            }
        }
    }
}

/// The optional arguments of `SCRIPT FLUSH`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ScriptFlushOptions {
    pub(super) asynchronous: Option<ScriptFlushAsync>,
}

impl ScriptFlushOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `ASYNC`.
    pub fn asynchronous(mut self) -> Self {
        self.asynchronous = Some(ScriptFlushAsync::Async);
        self
    }

    /// `SYNC`.
    pub fn sync(mut self) -> Self {
        self.asynchronous = Some(ScriptFlushAsync::Sync);
        self
    }
}

/// One of the alternatives of `nosave_save`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShutdownNosaveSave {
    /// `NOSAVE`
    Nosave,
    /// `SAVE`
    Save,
}

impl ShutdownNosaveSave {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Nosave => {
                cmd.push("NOSAVE");
            }
            Self::Save => {
                cmd.push("SAVE");
            }
        }
    }
}

/// The optional arguments of `SHUTDOWN`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ShutdownOptions {
    pub(super) nosave_save: Option<ShutdownNosaveSave>,
    pub(super) now: bool,
    pub(super) force: bool,
    pub(super) abort: bool,
}

impl ShutdownOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `NOSAVE`.
    pub fn nosave(mut self) -> Self {
        self.nosave_save = Some(ShutdownNosaveSave::Nosave);
        self
    }

    /// `SAVE`.
    pub fn save(mut self) -> Self {
        self.nosave_save = Some(ShutdownNosaveSave::Save);
        self
    }

    /// `NOW`.
    pub fn now(mut self) -> Self {
        self.now = true;
        self
    }

    /// `FORCE`.
    pub fn force(mut self) -> Self {
        self.force = true;
        self
    }

    /// `ABORT`.
    pub fn abort(mut self) -> Self {
        self.abort = true;
        self
    }
}

/// The optional arguments of `SINTERCARD`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct SintercardOptions {
    pub(super) limit: Option<i64>,
}

impl SintercardOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `LIMIT limit`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
}

/// One of the alternatives of `args`.
#[derive(Clone, Debug, PartialEq)]
pub enum SlaveofArgs {
    /// `host-port`
    HostPort((OwnedArg, i64)),
    /// `no-one`
    NoOne,
}

impl SlaveofArgs {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::HostPort(v) => {
                {
                    let v = &v.0;
                    cmd.push(v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            Self::NoOne => {
                cmd.push("NO");
                cmd.push("ONE");
            }
        }
    }
}

/// The optional arguments of `SLOWLOG GET`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct SlowlogGetOptions {
    pub(super) count: Option<i64>,
}

impl SlowlogGetOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// The optional arguments of `SORT`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct SortOptions {
    pub(super) pattern: Option<OwnedArg>,
    pub(super) offset_count: Option<(i64, i64)>,
    pub(super) pattern2: Option<Vec<OwnedArg>>,
    pub(super) order: Option<SortOrder>,
    pub(super) sorting: bool,
    pub(super) destination: Option<OwnedArg>,
}

impl SortOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `BY pattern`.
    pub fn by(mut self, value: impl resp_core::ToArg) -> Self {
        self.pattern = Some(OwnedArg::new(value));
        self
    }

    /// `LIMIT offset_count`.
    pub fn limit(mut self, v0: i64, v1: i64) -> Self {
        self.offset_count = Some((v0, v1));
        self
    }

    /// `GET pattern`.
    pub fn get(mut self, value: impl IntoIterator<Item = impl resp_core::ToArg>) -> Self {
        self.pattern2 = Some(value.into_iter().map(OwnedArg::new).collect());
        self
    }

    /// `ASC`.
    pub fn asc(mut self) -> Self {
        self.order = Some(SortOrder::Asc);
        self
    }

    /// `DESC`.
    pub fn desc(mut self) -> Self {
        self.order = Some(SortOrder::Desc);
        self
    }

    /// `ALPHA`.
    pub fn alpha(mut self) -> Self {
        self.sorting = true;
        self
    }

    /// `STORE destination`.
    pub fn store(mut self, value: impl resp_core::ToArg) -> Self {
        self.destination = Some(OwnedArg::new(value));
        self
    }
}

/// One of the alternatives of `order`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortOrder {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
}

impl SortOrder {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Asc => {
                cmd.push("ASC");
            }
            Self::Desc => {
                cmd.push("DESC");
            }
        }
    }
}

/// The optional arguments of `SORT_RO`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct SortRoOptions {
    pub(super) pattern: Option<OwnedArg>,
    pub(super) offset_count: Option<(i64, i64)>,
    pub(super) pattern2: Option<Vec<OwnedArg>>,
    pub(super) order: Option<SortRoOrder>,
    pub(super) sorting: bool,
}

impl SortRoOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `BY pattern`.
    pub fn by(mut self, value: impl resp_core::ToArg) -> Self {
        self.pattern = Some(OwnedArg::new(value));
        self
    }

    /// `LIMIT offset_count`.
    pub fn limit(mut self, v0: i64, v1: i64) -> Self {
        self.offset_count = Some((v0, v1));
        self
    }

    /// `GET pattern`.
    pub fn get(mut self, value: impl IntoIterator<Item = impl resp_core::ToArg>) -> Self {
        self.pattern2 = Some(value.into_iter().map(OwnedArg::new).collect());
        self
    }

    /// `ASC`.
    pub fn asc(mut self) -> Self {
        self.order = Some(SortRoOrder::Asc);
        self
    }

    /// `DESC`.
    pub fn desc(mut self) -> Self {
        self.order = Some(SortRoOrder::Desc);
        self
    }

    /// `ALPHA`.
    pub fn alpha(mut self) -> Self {
        self.sorting = true;
        self
    }
}

/// One of the alternatives of `order`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortRoOrder {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
}

impl SortRoOrder {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Asc => {
                cmd.push("ASC");
            }
            Self::Desc => {
                cmd.push("DESC");
            }
        }
    }
}

/// The optional arguments of `SPOP`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct SpopOptions {
    pub(super) count: Option<i64>,
}

impl SpopOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// The optional arguments of `SRANDMEMBER`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct SrandmemberOptions {
    pub(super) count: Option<i64>,
}

impl SrandmemberOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// The optional arguments of `SSCAN`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct SscanOptions {
    pub(super) pattern: Option<OwnedArg>,
    pub(super) count: Option<i64>,
}

impl SscanOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `MATCH pattern`.
    pub fn pattern(mut self, value: impl resp_core::ToArg) -> Self {
        self.pattern = Some(OwnedArg::new(value));
        self
    }

    /// `COUNT count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// One of the alternatives of `id_or_auto`.
#[derive(Clone, Debug, PartialEq)]
pub enum XaddIdOrAuto {
    /// `*`
    AutoId,
    /// `id`
    Id(OwnedArg),
}

impl XaddIdOrAuto {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::AutoId => {
                cmd.push("*");
            }
            Self::Id(v) => {
                cmd.push(v);
            }
        }
    }
}

/// One of the alternatives of `operator`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum XaddOperator {
    /// `=`
    Equal,
    /// `~`
    Approximately,
}

impl XaddOperator {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Equal => {
                cmd.push("=");
            }
            Self::Approximately => {
                cmd.push("~");
            }
        }
    }
}

/// The optional arguments of `XADD`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct XaddOptions {
    pub(super) nomkstream: bool,
    pub(super) trim: Option<(XaddStrategy, Option<XaddOperator>, OwnedArg, Option<i64>)>,
}

impl XaddOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `NOMKSTREAM`.
    pub fn nomkstream(mut self) -> Self {
        self.nomkstream = true;
        self
    }

    /// `trim`.
    pub fn trim(
        mut self,
        v0: XaddStrategy,
        v1: Option<XaddOperator>,
        v2: impl resp_core::ToArg,
        v3: Option<i64>,
    ) -> Self {
        self.trim = Some((v0, v1, OwnedArg::new(v2), v3));
        self
    }
}

/// One of the alternatives of `strategy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum XaddStrategy {
    /// `MAXLEN`
    Maxlen,
    /// `MINID`
    Minid,
}

impl XaddStrategy {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Maxlen => {
                cmd.push("MAXLEN");
            }
            Self::Minid => {
                cmd.push("MINID");
            }
        }
    }
}

/// The optional arguments of `XAUTOCLAIM`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct XautoclaimOptions {
    pub(super) count: Option<i64>,
    pub(super) justid: bool,
}

impl XautoclaimOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `COUNT count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }

    /// `JUSTID`.
    pub fn justid(mut self) -> Self {
        self.justid = true;
        self
    }
}

/// The optional arguments of `XCLAIM`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct XclaimOptions {
    pub(super) ms: Option<i64>,
    pub(super) unix_time_milliseconds: Option<u64>,
    pub(super) count: Option<i64>,
    pub(super) force: bool,
    pub(super) justid: bool,
    pub(super) id: Option<OwnedArg>,
}

impl XclaimOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `IDLE ms`.
    pub fn idle(mut self, value: i64) -> Self {
        self.ms = Some(value);
        self
    }

    /// `TIME unix-time-milliseconds`.
    pub fn time(mut self, value: u64) -> Self {
        self.unix_time_milliseconds = Some(value);
        self
    }

    /// `RETRYCOUNT count`.
    pub fn retrycount(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }

    /// `FORCE`.
    pub fn force(mut self) -> Self {
        self.force = true;
        self
    }

    /// `JUSTID`.
    pub fn justid(mut self) -> Self {
        self.justid = true;
        self
    }

    /// `LASTID id`.
    pub fn lastid(mut self, value: impl resp_core::ToArg) -> Self {
        self.id = Some(OwnedArg::new(value));
        self
    }
}

/// One of the alternatives of `id`.
#[derive(Clone, Debug, PartialEq)]
pub enum XgroupCreateId {
    /// `id`
    Id(OwnedArg),
    /// `$`
    NewId,
}

impl XgroupCreateId {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Id(v) => {
                cmd.push(v);
            }
            Self::NewId => {
                cmd.push("$");
            }
        }
    }
}

/// The optional arguments of `XGROUP CREATE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct XgroupCreateOptions {
    pub(super) mkstream: bool,
    pub(super) entries_read: Option<i64>,
}

impl XgroupCreateOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `MKSTREAM`.
    pub fn mkstream(mut self) -> Self {
        self.mkstream = true;
        self
    }

    /// `ENTRIESREAD entries_read`.
    pub fn entriesread(mut self, value: i64) -> Self {
        self.entries_read = Some(value);
        self
    }
}

/// One of the alternatives of `id`.
#[derive(Clone, Debug, PartialEq)]
pub enum XgroupSetidId {
    /// `id`
    Id(OwnedArg),
    /// `$`
    NewId,
}

impl XgroupSetidId {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Id(v) => {
                cmd.push(v);
            }
            Self::NewId => {
                cmd.push("$");
            }
        }
    }
}

/// The optional arguments of `XGROUP SETID`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct XgroupSetidOptions {
    pub(super) entries_read: Option<i64>,
}

impl XgroupSetidOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `ENTRIESREAD entries_read`.
    pub fn entriesread(mut self, value: i64) -> Self {
        self.entries_read = Some(value);
        self
    }
}

/// The optional arguments of `XINFO STREAM`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct XinfoStreamOptions {
    pub(super) full: Option<(Option<i64>,)>,
}

impl XinfoStreamOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `FULL full`.
    pub fn full(mut self, v0: Option<i64>) -> Self {
        self.full = Some((v0,));
        self
    }
}

/// The optional arguments of `XPENDING`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct XpendingOptions {
    pub(super) filters: Option<(Option<i64>, OwnedArg, OwnedArg, i64, Option<OwnedArg>)>,
}

impl XpendingOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `filters`.
    pub fn filters(
        mut self,
        v0: Option<i64>,
        v1: impl resp_core::ToArg,
        v2: impl resp_core::ToArg,
        v3: i64,
        v4: Option<impl resp_core::ToArg>,
    ) -> Self {
        self.filters = Some((
            v0,
            OwnedArg::new(v1),
            OwnedArg::new(v2),
            v3,
            v4.map(OwnedArg::new),
        ));
        self
    }
}

/// The optional arguments of `XRANGE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct XrangeOptions {
    pub(super) count: Option<i64>,
}

impl XrangeOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `COUNT count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// The optional arguments of `XREAD`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct XreadOptions {
    pub(super) count: Option<i64>,
    pub(super) milliseconds: Option<i64>,
}

impl XreadOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `COUNT count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }

    /// `BLOCK milliseconds`.
    pub fn block(mut self, value: i64) -> Self {
        self.milliseconds = Some(value);
        self
    }
}

/// The optional arguments of `XREADGROUP`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct XreadgroupOptions {
    pub(super) count: Option<i64>,
    pub(super) milliseconds: Option<i64>,
    pub(super) noack: bool,
}

impl XreadgroupOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `COUNT count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }

    /// `BLOCK milliseconds`.
    pub fn block(mut self, value: i64) -> Self {
        self.milliseconds = Some(value);
        self
    }

    /// `NOACK`.
    pub fn noack(mut self) -> Self {
        self.noack = true;
        self
    }
}

/// The optional arguments of `XREVRANGE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct XrevrangeOptions {
    pub(super) count: Option<i64>,
}

impl XrevrangeOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `COUNT count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// The optional arguments of `XSETID`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct XsetidOptions {
    pub(super) entries_added: Option<i64>,
    pub(super) max_deleted_entry_id: Option<OwnedArg>,
}

impl XsetidOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `ENTRIESADDED entries_added`.
    pub fn entriesadded(mut self, value: i64) -> Self {
        self.entries_added = Some(value);
        self
    }

    /// `MAXDELETEDID max_deleted_entry_id`.
    pub fn maxdeletedid(mut self, value: impl resp_core::ToArg) -> Self {
        self.max_deleted_entry_id = Some(OwnedArg::new(value));
        self
    }
}

/// One of the alternatives of `operator`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum XtrimOperator {
    /// `=`
    Equal,
    /// `~`
    Approximately,
}

impl XtrimOperator {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Equal => {
                cmd.push("=");
            }
            Self::Approximately => {
                cmd.push("~");
            }
        }
    }
}

/// One of the alternatives of `strategy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum XtrimStrategy {
    /// `MAXLEN`
    Maxlen,
    /// `MINID`
    Minid,
}

impl XtrimStrategy {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Maxlen => {
                cmd.push("MAXLEN");
            }
            Self::Minid => {
                cmd.push("MINID");
            }
        }
    }
}

/// One of the alternatives of `comparison`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZaddComparison {
    /// `GT`
    Gt,
    /// `LT`
    Lt,
}

impl ZaddComparison {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Gt => {
                cmd.push("GT");
            }
            Self::Lt => {
                cmd.push("LT");
            }
        }
    }
}

/// One of the alternatives of `condition`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZaddCondition {
    /// `NX`
    Nx,
    /// `XX`
    Xx,
}

impl ZaddCondition {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Nx => {
                cmd.push("NX");
            }
            Self::Xx => {
                cmd.push("XX");
            }
        }
    }
}

/// The optional arguments of `ZADD`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZaddOptions {
    pub(super) condition: Option<ZaddCondition>,
    pub(super) comparison: Option<ZaddComparison>,
    pub(super) change: bool,
    pub(super) increment: bool,
}

impl ZaddOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `NX`.
    pub fn nx(mut self) -> Self {
        self.condition = Some(ZaddCondition::Nx);
        self
    }

    /// `XX`.
    pub fn xx(mut self) -> Self {
        self.condition = Some(ZaddCondition::Xx);
        self
    }

    /// `GT`.
    pub fn gt(mut self) -> Self {
        self.comparison = Some(ZaddComparison::Gt);
        self
    }

    /// `LT`.
    pub fn lt(mut self) -> Self {
        self.comparison = Some(ZaddComparison::Lt);
        self
    }

    /// `CH`.
    pub fn ch(mut self) -> Self {
        self.change = true;
        self
    }

    /// `INCR`.
    pub fn incr(mut self) -> Self {
        self.increment = true;
        self
    }
}

/// The optional arguments of `ZDIFF`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZdiffOptions {
    pub(super) withscores: bool,
}

impl ZdiffOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WITHSCORES`.
    pub fn withscores(mut self) -> Self {
        self.withscores = true;
        self
    }
}

/// One of the alternatives of `aggregate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZinterAggregate {
    /// `SUM`
    Sum,
    /// `MIN`
    Min,
    /// `MAX`
    Max,
}

impl ZinterAggregate {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Sum => {
                cmd.push("SUM");
            }
            Self::Min => {
                cmd.push("MIN");
            }
            Self::Max => {
                cmd.push("MAX");
            }
        }
    }
}

/// The optional arguments of `ZINTER`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZinterOptions {
    pub(super) weight: Option<Vec<i64>>,
    pub(super) aggregate: Option<ZinterAggregate>,
    pub(super) withscores: bool,
}

impl ZinterOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WEIGHTS weight`.
    pub fn weights(mut self, value: Vec<i64>) -> Self {
        self.weight = Some(value);
        self
    }

    /// `SUM`.
    pub fn sum(mut self) -> Self {
        self.aggregate = Some(ZinterAggregate::Sum);
        self
    }

    /// `MIN`.
    pub fn min(mut self) -> Self {
        self.aggregate = Some(ZinterAggregate::Min);
        self
    }

    /// `MAX`.
    pub fn max(mut self) -> Self {
        self.aggregate = Some(ZinterAggregate::Max);
        self
    }

    /// `WITHSCORES`.
    pub fn withscores(mut self) -> Self {
        self.withscores = true;
        self
    }
}

/// The optional arguments of `ZINTERCARD`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZintercardOptions {
    pub(super) limit: Option<i64>,
}

impl ZintercardOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `LIMIT limit`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
}

/// One of the alternatives of `aggregate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZinterstoreAggregate {
    /// `SUM`
    Sum,
    /// `MIN`
    Min,
    /// `MAX`
    Max,
}

impl ZinterstoreAggregate {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Sum => {
                cmd.push("SUM");
            }
            Self::Min => {
                cmd.push("MIN");
            }
            Self::Max => {
                cmd.push("MAX");
            }
        }
    }
}

/// The optional arguments of `ZINTERSTORE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZinterstoreOptions {
    pub(super) weight: Option<Vec<i64>>,
    pub(super) aggregate: Option<ZinterstoreAggregate>,
}

impl ZinterstoreOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WEIGHTS weight`.
    pub fn weights(mut self, value: Vec<i64>) -> Self {
        self.weight = Some(value);
        self
    }

    /// `SUM`.
    pub fn sum(mut self) -> Self {
        self.aggregate = Some(ZinterstoreAggregate::Sum);
        self
    }

    /// `MIN`.
    pub fn min(mut self) -> Self {
        self.aggregate = Some(ZinterstoreAggregate::Min);
        self
    }

    /// `MAX`.
    pub fn max(mut self) -> Self {
        self.aggregate = Some(ZinterstoreAggregate::Max);
        self
    }
}

/// The optional arguments of `ZMPOP`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZmpopOptions {
    pub(super) count: Option<i64>,
}

impl ZmpopOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `COUNT count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// One of the alternatives of `where`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZmpopWhere {
    /// `MIN`
    Min,
    /// `MAX`
    Max,
}

impl ZmpopWhere {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Min => {
                cmd.push("MIN");
            }
            Self::Max => {
                cmd.push("MAX");
            }
        }
    }
}

/// The optional arguments of `ZPOPMAX`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZpopmaxOptions {
    pub(super) count: Option<i64>,
}

impl ZpopmaxOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// The optional arguments of `ZPOPMIN`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZpopminOptions {
    pub(super) count: Option<i64>,
}

impl ZpopminOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// The optional arguments of `ZRANDMEMBER`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZrandmemberOptions {
    pub(super) options: Option<(i64, bool)>,
}

impl ZrandmemberOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `options`.
    pub fn options(mut self, v0: i64, v1: bool) -> Self {
        self.options = Some((v0, v1));
        self
    }
}

/// The optional arguments of `ZRANGE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZrangeOptions {
    pub(super) sortby: Option<ZrangeSortby>,
    pub(super) rev: bool,
    pub(super) offset_count: Option<(i64, i64)>,
    pub(super) withscores: bool,
}

impl ZrangeOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `BYSCORE`.
    pub fn byscore(mut self) -> Self {
        self.sortby = Some(ZrangeSortby::Byscore);
        self
    }

    /// `BYLEX`.
    pub fn bylex(mut self) -> Self {
        self.sortby = Some(ZrangeSortby::Bylex);
        self
    }

    /// `REV`.
    pub fn rev(mut self) -> Self {
        self.rev = true;
        self
    }

    /// `LIMIT offset_count`.
    pub fn limit(mut self, v0: i64, v1: i64) -> Self {
        self.offset_count = Some((v0, v1));
        self
    }

    /// `WITHSCORES`.
    pub fn withscores(mut self) -> Self {
        self.withscores = true;
        self
    }
}

/// One of the alternatives of `sortby`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZrangeSortby {
    /// `BYSCORE`
    Byscore,
    /// `BYLEX`
    Bylex,
}

impl ZrangeSortby {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Byscore => {
                cmd.push("BYSCORE");
            }
            Self::Bylex => {
                cmd.push("BYLEX");
            }
        }
    }
}

/// The optional arguments of `ZRANGEBYLEX`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZrangebylexOptions {
    pub(super) offset_count: Option<(i64, i64)>,
}

impl ZrangebylexOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `LIMIT offset_count`.
    pub fn limit(mut self, v0: i64, v1: i64) -> Self {
        self.offset_count = Some((v0, v1));
        self
    }
}

/// The optional arguments of `ZRANGEBYSCORE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZrangebyscoreOptions {
    pub(super) withscores: bool,
    pub(super) offset_count: Option<(i64, i64)>,
}

impl ZrangebyscoreOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WITHSCORES`.
    pub fn withscores(mut self) -> Self {
        self.withscores = true;
        self
    }

    /// `LIMIT offset_count`.
    pub fn limit(mut self, v0: i64, v1: i64) -> Self {
        self.offset_count = Some((v0, v1));
        self
    }
}

/// The optional arguments of `ZRANGESTORE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZrangestoreOptions {
    pub(super) sortby: Option<ZrangestoreSortby>,
    pub(super) rev: bool,
    pub(super) offset_count: Option<(i64, i64)>,
}

impl ZrangestoreOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `BYSCORE`.
    pub fn byscore(mut self) -> Self {
        self.sortby = Some(ZrangestoreSortby::Byscore);
        self
    }

    /// `BYLEX`.
    pub fn bylex(mut self) -> Self {
        self.sortby = Some(ZrangestoreSortby::Bylex);
        self
    }

    /// `REV`.
    pub fn rev(mut self) -> Self {
        self.rev = true;
        self
    }

    /// `LIMIT offset_count`.
    pub fn limit(mut self, v0: i64, v1: i64) -> Self {
        self.offset_count = Some((v0, v1));
        self
    }
}

/// One of the alternatives of `sortby`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZrangestoreSortby {
    /// `BYSCORE`
    Byscore,
    /// `BYLEX`
    Bylex,
}

impl ZrangestoreSortby {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Byscore => {
                cmd.push("BYSCORE");
            }
            Self::Bylex => {
                cmd.push("BYLEX");
            }
        }
    }
}

/// The optional arguments of `ZREVRANGE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZrevrangeOptions {
    pub(super) withscores: bool,
}

impl ZrevrangeOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WITHSCORES`.
    pub fn withscores(mut self) -> Self {
        self.withscores = true;
        self
    }
}

/// The optional arguments of `ZREVRANGEBYLEX`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZrevrangebylexOptions {
    pub(super) offset_count: Option<(i64, i64)>,
}

impl ZrevrangebylexOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `LIMIT offset_count`.
    pub fn limit(mut self, v0: i64, v1: i64) -> Self {
        self.offset_count = Some((v0, v1));
        self
    }
}

/// The optional arguments of `ZREVRANGEBYSCORE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZrevrangebyscoreOptions {
    pub(super) withscores: bool,
    pub(super) offset_count: Option<(i64, i64)>,
}

impl ZrevrangebyscoreOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WITHSCORES`.
    pub fn withscores(mut self) -> Self {
        self.withscores = true;
        self
    }

    /// `LIMIT offset_count`.
    pub fn limit(mut self, v0: i64, v1: i64) -> Self {
        self.offset_count = Some((v0, v1));
        self
    }
}

/// The optional arguments of `ZSCAN`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZscanOptions {
    pub(super) pattern: Option<OwnedArg>,
    pub(super) count: Option<i64>,
}

impl ZscanOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `MATCH pattern`.
    pub fn pattern(mut self, value: impl resp_core::ToArg) -> Self {
        self.pattern = Some(OwnedArg::new(value));
        self
    }

    /// `COUNT count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
}

/// One of the alternatives of `aggregate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZunionAggregate {
    /// `SUM`
    Sum,
    /// `MIN`
    Min,
    /// `MAX`
    Max,
}

impl ZunionAggregate {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Sum => {
                cmd.push("SUM");
            }
            Self::Min => {
                cmd.push("MIN");
            }
            Self::Max => {
                cmd.push("MAX");
            }
        }
    }
}

/// The optional arguments of `ZUNION`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZunionOptions {
    pub(super) weight: Option<Vec<i64>>,
    pub(super) aggregate: Option<ZunionAggregate>,
    pub(super) withscores: bool,
}

impl ZunionOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WEIGHTS weight`.
    pub fn weights(mut self, value: Vec<i64>) -> Self {
        self.weight = Some(value);
        self
    }

    /// `SUM`.
    pub fn sum(mut self) -> Self {
        self.aggregate = Some(ZunionAggregate::Sum);
        self
    }

    /// `MIN`.
    pub fn min(mut self) -> Self {
        self.aggregate = Some(ZunionAggregate::Min);
        self
    }

    /// `MAX`.
    pub fn max(mut self) -> Self {
        self.aggregate = Some(ZunionAggregate::Max);
        self
    }

    /// `WITHSCORES`.
    pub fn withscores(mut self) -> Self {
        self.withscores = true;
        self
    }
}

/// One of the alternatives of `aggregate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZunionstoreAggregate {
    /// `SUM`
    Sum,
    /// `MIN`
    Min,
    /// `MAX`
    Max,
}

impl ZunionstoreAggregate {
    #[allow(unused_variables)]
    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self {
            Self::Sum => {
                cmd.push("SUM");
            }
            Self::Min => {
                cmd.push("MIN");
            }
            Self::Max => {
                cmd.push("MAX");
            }
        }
    }
}

/// The optional arguments of `ZUNIONSTORE`; each builder method sets one.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ZunionstoreOptions {
    pub(super) weight: Option<Vec<i64>>,
    pub(super) aggregate: Option<ZunionstoreAggregate>,
}

impl ZunionstoreOptions {
    /// No options: the server's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// `WEIGHTS weight`.
    pub fn weights(mut self, value: Vec<i64>) -> Self {
        self.weight = Some(value);
        self
    }

    /// `SUM`.
    pub fn sum(mut self) -> Self {
        self.aggregate = Some(ZunionstoreAggregate::Sum);
        self
    }

    /// `MIN`.
    pub fn min(mut self) -> Self {
        self.aggregate = Some(ZunionstoreAggregate::Min);
        self
    }

    /// `MAX`.
    pub fn max(mut self) -> Self {
        self.aggregate = Some(ZunionstoreAggregate::Max);
        self
    }
}

/// The generated methods of [`Commands`], expanded inside the trait.
macro_rules! command_methods {
    () => {
        /// List the ACL categories or the commands inside a category: `ACL CAT [categoryname]`.
        ///
        /// Complexity: O(1) since the categories and commands are a fixed set.
        ///
        /// Since Redis 6.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::acl_cat_with`] takes them.
        fn acl_cat(self) -> Self::Output<Vec<String>> {
            self.acl_cat_with(AclCatOptions::default())
        }

        /// `ACL CAT` with options: [`AclCatOptions`]. See [`Commands::acl_cat`].
        fn acl_cat_with(self, options: AclCatOptions) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("CAT");
            if let Some(v) = &options.categoryname {
                cmd.push(v);
            }
            self.run(command)
        }

        /// Remove the specified ACL users and the associated rules: `ACL DELUSER username ...`.
        ///
        /// Complexity: O(1) amortized time considering the typical user.
        ///
        /// Since Redis 6.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn acl_deluser(self, usernames: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("DELUSER");
            usernames.write_args(cmd);
            self.run(command)
        }

        /// Returns whether the user can execute the given command without executing the command: `ACL DRYRUN username command [arg ...]`.
        ///
        /// Complexity: O(1).
        ///
        /// Since Redis 7.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn acl_dryrun<T: FromValue + Send + 'static>(
            self,
            username: impl ToArg,
            command_arg: impl ToArg,
            args: impl ToArgs,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("DRYRUN");
            cmd.push(username);
            cmd.push(command_arg);
            args.write_args(cmd);
            self.run(command)
        }

        /// Generate a pseudorandom secure password to use for ACL users: `ACL GENPASS [bits]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::acl_genpass_with`] takes them.
        fn acl_genpass(self) -> Self::Output<String> {
            self.acl_genpass_with(AclGenpassOptions::default())
        }

        /// `ACL GENPASS` with options: [`AclGenpassOptions`]. See [`Commands::acl_genpass`].
        fn acl_genpass_with(self, options: AclGenpassOptions) -> Self::Output<String> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("GENPASS");
            if let Some(v) = &options.bits {
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Get the rules for a specific ACL user: `ACL GETUSER username`.
        ///
        /// Complexity: O(N). Where N is the number of password, command and pattern rules that the user has.
        ///
        /// Since Redis 6.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn acl_getuser<T: FromValue + Send + 'static>(
            self,
            username: impl ToArg,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("GETUSER");
            cmd.push(username);
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `ACL HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn acl_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// List the current ACL rules in ACL config file format: `ACL LIST`.
        ///
        /// Complexity: O(N). Where N is the number of configured users.
        ///
        /// Since Redis 6.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn acl_list(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("LIST");
            self.run(command)
        }

        /// Reload the ACLs from the configured ACL file: `ACL LOAD`.
        ///
        /// Complexity: O(N). Where N is the number of configured users.
        ///
        /// Since Redis 6.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn acl_load(self) -> Self::Output<()> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("LOAD");
            self.run(command)
        }

        /// List latest events denied because of ACLs in place: `ACL LOG [count|RESET]`.
        ///
        /// Complexity: O(N) with N being the number of entries shown.
        ///
        /// Since Redis 6.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::acl_log_with`] takes them.
        fn acl_log<T: FromValue + Send + 'static>(self) -> Self::Output<T> {
            self.acl_log_with::<T>(AclLogOptions::default())
        }

        /// `ACL LOG` with options: [`AclLogOptions`]. See [`Commands::acl_log`].
        fn acl_log_with<T: FromValue + Send + 'static>(
            self,
            options: AclLogOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("LOG");
            if let Some(v) = &options.operation {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Save the current ACL rules in the configured ACL file: `ACL SAVE`.
        ///
        /// Complexity: O(N). Where N is the number of configured users.
        ///
        /// Since Redis 6.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn acl_save(self) -> Self::Output<()> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("SAVE");
            self.run(command)
        }

        /// Modify or create the rules for a specific ACL user: `ACL SETUSER username [rule ...]`.
        ///
        /// Complexity: O(N). Where N is the number of rules provided.
        ///
        /// Since Redis 6.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn acl_setuser(self, username: impl ToArg, rules: impl ToArgs) -> Self::Output<()> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("SETUSER");
            cmd.push(username);
            rules.write_args(cmd);
            self.run(command)
        }

        /// List the username of all the configured ACL rules: `ACL USERS`.
        ///
        /// Complexity: O(N). Where N is the number of configured users.
        ///
        /// Since Redis 6.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn acl_users(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("USERS");
            self.run(command)
        }

        /// Return the name of the user associated to the current connection: `ACL WHOAMI`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn acl_whoami(self) -> Self::Output<String> {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("WHOAMI");
            self.run(command)
        }

        /// Append a value to a key: `APPEND key value`.
        ///
        /// Complexity: O(1). The amortized time complexity is O(1) assuming the appended value is small and the already present value is of any size, since the dynamic string library used by Redis will double the free space available on every reallocation.
        ///
        /// Since Redis 2.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn append(self, key: impl ToArg, value: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("APPEND");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(value);
            self.run(command)
        }

        /// Sent by cluster clients after an -ASK redirect: `ASKING`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn asking(self) -> Self::Output<()> {
            let command = Cmd::new("ASKING");
            self.run(command)
        }

        /// Asynchronously rewrite the append-only file: `BGREWRITEAOF`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn bgrewriteaof(self) -> Self::Output<String> {
            let command = Cmd::new("BGREWRITEAOF");
            self.run(command)
        }

        /// Asynchronously save the dataset to disk: `BGSAVE [SCHEDULE]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::bgsave_with`] takes them.
        fn bgsave(self) -> Self::Output<String> {
            self.bgsave_with(BgsaveOptions::default())
        }

        /// `BGSAVE` with options: [`BgsaveOptions`]. See [`Commands::bgsave`].
        fn bgsave_with(self, options: BgsaveOptions) -> Self::Output<String> {
            let mut command = Cmd::new("BGSAVE");
            let cmd = &mut command;
            if options.schedule {
                cmd.push("SCHEDULE");
            }
            self.run(command)
        }

        /// Count set bits in a string: `BITCOUNT key [start end [BYTE|BIT]]`.
        ///
        /// Complexity: O(N)
        ///
        /// Since Redis 2.6.0, group `bitmap`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::bitcount_with`] takes them.
        fn bitcount(self, key: impl ToArg) -> Self::Output<u64> {
            self.bitcount_with(key, BitcountOptions::default())
        }

        /// `BITCOUNT` with options: [`BitcountOptions`]. See [`Commands::bitcount`].
        fn bitcount_with(self, key: impl ToArg, options: BitcountOptions) -> Self::Output<u64> {
            let mut command = Cmd::new("BITCOUNT");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.index {
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
                if let Some(v) = &v.2 {
                    v.write(cmd);
                }
            }
            self.run(command)
        }

        /// Perform arbitrary bitfield integer operations on strings: `BITFIELD key [GET encoding offset|[OVERFLOW WRAP|SAT|FAIL] <SET encoding offset value|INCRBY encoding offset increment> ...]`.
        ///
        /// Complexity: O(1) for each subcommand specified
        ///
        /// Since Redis 3.2.0, group `bitmap`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::bitfield_with`] takes them.
        fn bitfield(self, key: impl ToArg) -> Self::Output<Vec<Option<i64>>> {
            self.bitfield_with(key, BitfieldOptions::default())
        }

        /// `BITFIELD` with options: [`BitfieldOptions`]. See [`Commands::bitfield`].
        fn bitfield_with(
            self,
            key: impl ToArg,
            options: BitfieldOptions,
        ) -> Self::Output<Vec<Option<i64>>> {
            let mut command = Cmd::new("BITFIELD");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.operation {
                for v in v {
                    v.write(cmd);
                }
            }
            self.run(command)
        }

        /// Perform arbitrary bitfield integer operations on strings. Read-only variant of BITFIELD: `BITFIELD_RO key [GET encoding offset ...]`.
        ///
        /// Complexity: O(1) for each subcommand specified
        ///
        /// Since Redis 6.0.0, group `bitmap`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::bitfield_ro_with`] takes them.
        fn bitfield_ro(self, key: impl ToArg) -> Self::Output<Vec<i64>> {
            self.bitfield_ro_with(key, BitfieldRoOptions::default())
        }

        /// `BITFIELD_RO` with options: [`BitfieldRoOptions`]. See [`Commands::bitfield_ro`].
        fn bitfield_ro_with(
            self,
            key: impl ToArg,
            options: BitfieldRoOptions,
        ) -> Self::Output<Vec<i64>> {
            let mut command = Cmd::new("BITFIELD_RO");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.encoding_offset {
                for v in v {
                    cmd.push("GET");
                    {
                        let v = &v.0;
                        cmd.push(v);
                    }
                    {
                        let v = &v.1;
                        cmd.push(*v);
                    }
                }
            }
            self.run(command)
        }

        /// Perform bitwise operations between strings: `BITOP operation destkey key ...`.
        ///
        /// Complexity: O(N)
        ///
        /// Since Redis 2.6.0, group `bitmap`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `destkey`, `key`.
        fn bitop(
            self,
            operation: impl ToArg,
            destkey: impl ToArg,
            keys: impl ToArgs,
        ) -> Self::Output<u64> {
            let mut command = Cmd::new("BITOP");
            let cmd = &mut command;
            cmd.push(operation);
            cmd.push(destkey);
            keys.write_args(cmd);
            self.run(command)
        }

        /// Find first bit set or clear in a string: `BITPOS key bit [start [end [BYTE|BIT]]]`.
        ///
        /// Complexity: O(N)
        ///
        /// Since Redis 2.8.7, group `bitmap`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::bitpos_with`] takes them.
        fn bitpos(self, key: impl ToArg, bit: i64) -> Self::Output<i64> {
            self.bitpos_with(key, bit, BitposOptions::default())
        }

        /// `BITPOS` with options: [`BitposOptions`]. See [`Commands::bitpos`].
        fn bitpos_with(
            self,
            key: impl ToArg,
            bit: i64,
            options: BitposOptions,
        ) -> Self::Output<i64> {
            let mut command = Cmd::new("BITPOS");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(bit);
            if let Some(v) = &options.index {
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                if let Some(v) = &v.1 {
                    {
                        let v = &v.0;
                        cmd.push(*v);
                    }
                    if let Some(v) = &v.1 {
                        v.write(cmd);
                    }
                }
            }
            self.run(command)
        }

        /// Pop an element from a list, push it to another list and return it; or block until one is available: `BLMOVE source destination <LEFT|RIGHT> <LEFT|RIGHT> timeout`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.2.0, group `list`.
        ///
        /// It may block its connection until it returns. On a [`Client`](crate::Client) it runs, when it blocks ([`Cmd::is_blocking`](crate::Cmd::is_blocking)), on a connection leased from the client's [`Pool`](crate::Pool), so that requests on the shared connection do not wait behind it.
        ///
        /// Keys (in a cluster, routed by their hash slot): `source`, `destination`.
        fn blmove<T: FromValue + Send + 'static>(
            self,
            source: impl ToArg,
            destination: impl ToArg,
            wherefrom: BlmoveWherefrom,
            whereto: BlmoveWhereto,
            timeout: f64,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("BLMOVE");
            let cmd = &mut command;
            cmd.push(source);
            cmd.push(destination);
            {
                let v = &wherefrom;
                v.write(cmd);
            }
            {
                let v = &whereto;
                v.write(cmd);
            }
            cmd.push(timeout);
            self.run(command)
        }

        /// Pop elements from a list, or block until one is available: `BLMPOP timeout numkeys key ... <LEFT|RIGHT> [COUNT count]`.
        ///
        /// Complexity: O(N+M) where N is the number of provided keys and M is the number of elements returned.
        ///
        /// Since Redis 7.0.0, group `list`.
        ///
        /// It may block its connection until it returns. On a [`Client`](crate::Client) it runs, when it blocks ([`Cmd::is_blocking`](crate::Cmd::is_blocking)), on a connection leased from the client's [`Pool`](crate::Pool), so that requests on the shared connection do not wait behind it.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::blmpop_with`] takes them.
        fn blmpop<T: FromValue + Send + 'static>(
            self,
            timeout: f64,
            keys: impl ToArgs,
            where_arg: BlmpopWhere,
        ) -> Self::Output<T> {
            self.blmpop_with::<T>(timeout, keys, where_arg, BlmpopOptions::default())
        }

        /// `BLMPOP` with options: [`BlmpopOptions`]. See [`Commands::blmpop`].
        fn blmpop_with<T: FromValue + Send + 'static>(
            self,
            timeout: f64,
            keys: impl ToArgs,
            where_arg: BlmpopWhere,
            options: BlmpopOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("BLMPOP");
            let cmd = &mut command;
            cmd.push(timeout);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            {
                let v = &where_arg;
                v.write(cmd);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Remove and get the first element in a list, or block until one is available: `BLPOP key ... timeout`.
        ///
        /// Complexity: O(N) where N is the number of provided keys.
        ///
        /// Since Redis 2.0.0, group `list`.
        ///
        /// It may block its connection until it returns. On a [`Client`](crate::Client) it runs, when it blocks ([`Cmd::is_blocking`](crate::Cmd::is_blocking)), on a connection leased from the client's [`Pool`](crate::Pool), so that requests on the shared connection do not wait behind it.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn blpop<T: FromValue + Send + 'static>(
            self,
            keys: impl ToArgs,
            timeout: f64,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("BLPOP");
            let cmd = &mut command;
            keys.write_args(cmd);
            cmd.push(timeout);
            self.run(command)
        }

        /// Remove and get the last element in a list, or block until one is available: `BRPOP key ... timeout`.
        ///
        /// Complexity: O(N) where N is the number of provided keys.
        ///
        /// Since Redis 2.0.0, group `list`.
        ///
        /// It may block its connection until it returns. On a [`Client`](crate::Client) it runs, when it blocks ([`Cmd::is_blocking`](crate::Cmd::is_blocking)), on a connection leased from the client's [`Pool`](crate::Pool), so that requests on the shared connection do not wait behind it.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn brpop<T: FromValue + Send + 'static>(
            self,
            keys: impl ToArgs,
            timeout: f64,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("BRPOP");
            let cmd = &mut command;
            keys.write_args(cmd);
            cmd.push(timeout);
            self.run(command)
        }

        /// Pop an element from a list, push it to another list and return it; or block until one is available: `BRPOPLPUSH source destination timeout`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.2.0, group `list`.
        ///
        /// It may block its connection until it returns. On a [`Client`](crate::Client) it runs, when it blocks ([`Cmd::is_blocking`](crate::Cmd::is_blocking)), on a connection leased from the client's [`Pool`](crate::Pool), so that requests on the shared connection do not wait behind it.
        ///
        /// Keys (in a cluster, routed by their hash slot): `source`, `destination`.
        ///
        /// Deprecated: replaced by `BLMOVE` with the `RIGHT` and `LEFT` arguments.
        fn brpoplpush<T: FromValue + Send + 'static>(
            self,
            source: impl ToArg,
            destination: impl ToArg,
            timeout: f64,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("BRPOPLPUSH");
            let cmd = &mut command;
            cmd.push(source);
            cmd.push(destination);
            cmd.push(timeout);
            self.run(command)
        }

        /// Remove and return members with scores in a sorted set or block until one is available: `BZMPOP timeout numkeys key ... <MIN|MAX> [COUNT count]`.
        ///
        /// Complexity: O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.
        ///
        /// Since Redis 7.0.0, group `sorted-set`.
        ///
        /// It may block its connection until it returns. On a [`Client`](crate::Client) it runs, when it blocks ([`Cmd::is_blocking`](crate::Cmd::is_blocking)), on a connection leased from the client's [`Pool`](crate::Pool), so that requests on the shared connection do not wait behind it.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::bzmpop_with`] takes them.
        fn bzmpop<T: FromValue + Send + 'static>(
            self,
            timeout: f64,
            keys: impl ToArgs,
            where_arg: BzmpopWhere,
        ) -> Self::Output<T> {
            self.bzmpop_with::<T>(timeout, keys, where_arg, BzmpopOptions::default())
        }

        /// `BZMPOP` with options: [`BzmpopOptions`]. See [`Commands::bzmpop`].
        fn bzmpop_with<T: FromValue + Send + 'static>(
            self,
            timeout: f64,
            keys: impl ToArgs,
            where_arg: BzmpopWhere,
            options: BzmpopOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("BZMPOP");
            let cmd = &mut command;
            cmd.push(timeout);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            {
                let v = &where_arg;
                v.write(cmd);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Remove and return the member with the highest score from one or more sorted sets, or block until one is available: `BZPOPMAX key ... timeout`.
        ///
        /// Complexity: O(log(N)) with N being the number of elements in the sorted set.
        ///
        /// Since Redis 5.0.0, group `sorted-set`.
        ///
        /// It may block its connection until it returns. On a [`Client`](crate::Client) it runs, when it blocks ([`Cmd::is_blocking`](crate::Cmd::is_blocking)), on a connection leased from the client's [`Pool`](crate::Pool), so that requests on the shared connection do not wait behind it.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn bzpopmax<T: FromValue + Send + 'static>(
            self,
            keys: impl ToArgs,
            timeout: f64,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("BZPOPMAX");
            let cmd = &mut command;
            keys.write_args(cmd);
            cmd.push(timeout);
            self.run(command)
        }

        /// Remove and return the member with the lowest score from one or more sorted sets, or block until one is available: `BZPOPMIN key ... timeout`.
        ///
        /// Complexity: O(log(N)) with N being the number of elements in the sorted set.
        ///
        /// Since Redis 5.0.0, group `sorted-set`.
        ///
        /// It may block its connection until it returns. On a [`Client`](crate::Client) it runs, when it blocks ([`Cmd::is_blocking`](crate::Cmd::is_blocking)), on a connection leased from the client's [`Pool`](crate::Pool), so that requests on the shared connection do not wait behind it.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn bzpopmin<T: FromValue + Send + 'static>(
            self,
            keys: impl ToArgs,
            timeout: f64,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("BZPOPMIN");
            let cmd = &mut command;
            keys.write_args(cmd);
            cmd.push(timeout);
            self.run(command)
        }

        /// Instruct the server about tracking or not keys in the next request: `CLIENT CACHING <YES|NO>`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.0.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn client_caching(self, mode: ClientCachingMode) -> Self::Output<()> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("CACHING");
            {
                let v = &mode;
                v.write(cmd);
            }
            self.run(command)
        }

        /// Get the current connection name: `CLIENT GETNAME`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.6.9, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn client_getname(self) -> Self::Output<Option<String>> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("GETNAME");
            self.run(command)
        }

        /// Get tracking notifications redirection client ID if any: `CLIENT GETREDIR`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.0.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn client_getredir(self) -> Self::Output<i64> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("GETREDIR");
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `CLIENT HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn client_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Returns the client ID for the current connection: `CLIENT ID`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn client_id(self) -> Self::Output<u64> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("ID");
            self.run(command)
        }

        /// Returns information about the current client connection: `CLIENT INFO`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.2.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn client_info(self) -> Self::Output<ClientInfo> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("INFO");
            self.run(command)
        }

        /// Kill the connection of a client: `CLIENT KILL <ip:port|<[ID client-id]|[TYPE NORMAL|MASTER|SLAVE|REPLICA|PUBSUB]|[USER username]|[ADDR ip:port]|[LADDR ip:port]|[SKIPME yes/no] ...>>`.
        ///
        /// Complexity: O(N) where N is the number of client connections
        ///
        /// Since Redis 2.4.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn client_kill<T: FromValue + Send + 'static>(
            self,
            filter: ClientKillFilter,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("KILL");
            {
                let v = &filter;
                v.write(cmd);
            }
            self.run(command)
        }

        /// Get the list of client connections: `CLIENT LIST [TYPE NORMAL|MASTER|REPLICA|PUBSUB] [ID client-id ...]`.
        ///
        /// Complexity: O(N) where N is the number of client connections
        ///
        /// Since Redis 2.4.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::client_list_with`] takes them.
        fn client_list(self) -> Self::Output<ClientList> {
            self.client_list_with(ClientListOptions::default())
        }

        /// `CLIENT LIST` with options: [`ClientListOptions`]. See [`Commands::client_list`].
        fn client_list_with(self, options: ClientListOptions) -> Self::Output<ClientList> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("LIST");
            if let Some(v) = &options.normal_master_replica_pubsub {
                cmd.push("TYPE");
                v.write(cmd);
            }
            if let Some(v) = &options.id {
                cmd.push("ID");
                {
                    let v = &v.0;
                    for v in v {
                        cmd.push(*v);
                    }
                }
            }
            self.run(command)
        }

        /// Set client eviction mode for the current connection: `CLIENT NO-EVICT <ON|OFF>`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 7.0.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn client_no_evict(self, enabled: ClientNoEvictEnabled) -> Self::Output<()> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("NO-EVICT");
            {
                let v = &enabled;
                v.write(cmd);
            }
            self.run(command)
        }

        /// Stop processing commands from clients for some time: `CLIENT PAUSE timeout [WRITE|ALL]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.9.50, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::client_pause_with`] takes them.
        fn client_pause(self, timeout: i64) -> Self::Output<()> {
            self.client_pause_with(timeout, ClientPauseOptions::default())
        }

        /// `CLIENT PAUSE` with options: [`ClientPauseOptions`]. See [`Commands::client_pause`].
        fn client_pause_with(self, timeout: i64, options: ClientPauseOptions) -> Self::Output<()> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("PAUSE");
            cmd.push(timeout);
            if let Some(v) = &options.mode {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Set the current connection name: `CLIENT SETNAME connection-name`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.6.9, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn client_setname(self, connection_name: impl ToArg) -> Self::Output<()> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("SETNAME");
            cmd.push(connection_name);
            self.run(command)
        }

        /// Return information about server assisted client side caching for the current connection: `CLIENT TRACKINGINFO`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.2.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn client_trackinginfo<T: FromValue + Send + 'static>(self) -> Self::Output<T> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("TRACKINGINFO");
            self.run(command)
        }

        /// Unblock a client blocked in a blocking command from a different connection: `CLIENT UNBLOCK client-id [TIMEOUT|ERROR]`.
        ///
        /// Complexity: O(log N) where N is the number of client connections
        ///
        /// Since Redis 5.0.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::client_unblock_with`] takes them.
        fn client_unblock(self, client_id: i64) -> Self::Output<bool> {
            self.client_unblock_with(client_id, ClientUnblockOptions::default())
        }

        /// `CLIENT UNBLOCK` with options: [`ClientUnblockOptions`]. See [`Commands::client_unblock`].
        fn client_unblock_with(
            self,
            client_id: i64,
            options: ClientUnblockOptions,
        ) -> Self::Output<bool> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("UNBLOCK");
            cmd.push(client_id);
            if let Some(v) = &options.timeout_error {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Resume processing of clients that were paused: `CLIENT UNPAUSE`.
        ///
        /// Complexity: O(N) Where N is the number of paused clients
        ///
        /// Since Redis 6.2.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn client_unpause(self) -> Self::Output<()> {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("UNPAUSE");
            self.run(command)
        }

        /// Assign new hash slots to receiving node: `CLUSTER ADDSLOTS slot ...`.
        ///
        /// Complexity: O(N) where N is the total number of hash slot arguments
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_addslots(self, slots: impl ToArgs) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("ADDSLOTS");
            slots.write_args(cmd);
            self.run(command)
        }

        /// Assign new hash slots to receiving node: `CLUSTER ADDSLOTSRANGE start-slot end-slot ...`.
        ///
        /// Complexity: O(N) where N is the total number of the slots between the start slot and end slot arguments.
        ///
        /// Since Redis 7.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_addslotsrange(self, start_slot_end_slots: impl ToArgs) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("ADDSLOTSRANGE");
            start_slot_end_slots.write_args(cmd);
            self.run(command)
        }

        /// Advance the cluster config epoch: `CLUSTER BUMPEPOCH`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_bumpepoch(self) -> Self::Output<String> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("BUMPEPOCH");
            self.run(command)
        }

        /// Return the number of failure reports active for a given node: `CLUSTER COUNT-FAILURE-REPORTS node-id`.
        ///
        /// Complexity: O(N) where N is the number of failure reports
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_count_failure_reports(self, node_id: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("COUNT-FAILURE-REPORTS");
            cmd.push(node_id);
            self.run(command)
        }

        /// Return the number of local keys in the specified hash slot: `CLUSTER COUNTKEYSINSLOT slot`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_countkeysinslot(self, slot: i64) -> Self::Output<u64> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("COUNTKEYSINSLOT");
            cmd.push(slot);
            self.run(command)
        }

        /// Set hash slots as unbound in receiving node: `CLUSTER DELSLOTS slot ...`.
        ///
        /// Complexity: O(N) where N is the total number of hash slot arguments
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_delslots(self, slots: impl ToArgs) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("DELSLOTS");
            slots.write_args(cmd);
            self.run(command)
        }

        /// Set hash slots as unbound in receiving node: `CLUSTER DELSLOTSRANGE start-slot end-slot ...`.
        ///
        /// Complexity: O(N) where N is the total number of the slots between the start slot and end slot arguments.
        ///
        /// Since Redis 7.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_delslotsrange(self, start_slot_end_slots: impl ToArgs) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("DELSLOTSRANGE");
            start_slot_end_slots.write_args(cmd);
            self.run(command)
        }

        /// Forces a replica to perform a manual failover of its master: `CLUSTER FAILOVER [FORCE|TAKEOVER]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::cluster_failover_with`] takes them.
        fn cluster_failover(self) -> Self::Output<()> {
            self.cluster_failover_with(ClusterFailoverOptions::default())
        }

        /// `CLUSTER FAILOVER` with options: [`ClusterFailoverOptions`]. See [`Commands::cluster_failover`].
        fn cluster_failover_with(self, options: ClusterFailoverOptions) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("FAILOVER");
            if let Some(v) = &options.options {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Delete a node's own slots information: `CLUSTER FLUSHSLOTS`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_flushslots(self) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("FLUSHSLOTS");
            self.run(command)
        }

        /// Remove a node from the nodes table: `CLUSTER FORGET node-id`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_forget(self, node_id: impl ToArg) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("FORGET");
            cmd.push(node_id);
            self.run(command)
        }

        /// Return local key names in the specified hash slot: `CLUSTER GETKEYSINSLOT slot count`.
        ///
        /// Complexity: O(log(N)) where N is the number of requested keys
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_getkeysinslot<T: FromValue + Send + 'static>(
            self,
            slot: i64,
            count: i64,
        ) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("GETKEYSINSLOT");
            cmd.push(slot);
            cmd.push(count);
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `CLUSTER HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Provides info about Redis Cluster node state: `CLUSTER INFO`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_info(self) -> Self::Output<String> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("INFO");
            self.run(command)
        }

        /// Returns the hash slot of the specified key: `CLUSTER KEYSLOT key`.
        ///
        /// Complexity: O(N) where N is the number of bytes in the key
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_keyslot(self, key: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("KEYSLOT");
            cmd.push(key);
            self.run(command)
        }

        /// Returns a list of all TCP links to and from peer nodes in cluster: `CLUSTER LINKS`.
        ///
        /// Complexity: O(N) where N is the total number of Cluster nodes
        ///
        /// Since Redis 7.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_links<T: FromValue + Send + 'static>(self) -> Self::Output<T> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("LINKS");
            self.run(command)
        }

        /// Force a node cluster to handshake with another node: `CLUSTER MEET ip port [cluster_bus_port]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::cluster_meet_with`] takes them.
        fn cluster_meet(self, ip: impl ToArg, port: i64) -> Self::Output<()> {
            self.cluster_meet_with(ip, port, ClusterMeetOptions::default())
        }

        /// `CLUSTER MEET` with options: [`ClusterMeetOptions`]. See [`Commands::cluster_meet`].
        fn cluster_meet_with(
            self,
            ip: impl ToArg,
            port: i64,
            options: ClusterMeetOptions,
        ) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("MEET");
            cmd.push(ip);
            cmd.push(port);
            if let Some(v) = &options.cluster_bus_port {
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Return the node id: `CLUSTER MYID`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_myid(self) -> Self::Output<String> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("MYID");
            self.run(command)
        }

        /// Get Cluster config for the node: `CLUSTER NODES`.
        ///
        /// Complexity: O(N) where N is the total number of Cluster nodes
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_nodes(self) -> Self::Output<String> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("NODES");
            self.run(command)
        }

        /// List replica nodes of the specified master node: `CLUSTER REPLICAS node-id`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_replicas(self, node_id: impl ToArg) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("REPLICAS");
            cmd.push(node_id);
            self.run(command)
        }

        /// Reconfigure a node as a replica of the specified master node: `CLUSTER REPLICATE node-id`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_replicate(self, node_id: impl ToArg) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("REPLICATE");
            cmd.push(node_id);
            self.run(command)
        }

        /// Reset a Redis Cluster node: `CLUSTER RESET [HARD|SOFT]`.
        ///
        /// Complexity: O(N) where N is the number of known nodes. The command may execute a FLUSHALL as a side effect.
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::cluster_reset_with`] takes them.
        fn cluster_reset(self) -> Self::Output<()> {
            self.cluster_reset_with(ClusterResetOptions::default())
        }

        /// `CLUSTER RESET` with options: [`ClusterResetOptions`]. See [`Commands::cluster_reset`].
        fn cluster_reset_with(self, options: ClusterResetOptions) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("RESET");
            if let Some(v) = &options.hard_soft {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Forces the node to save cluster state on disk: `CLUSTER SAVECONFIG`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_saveconfig(self) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("SAVECONFIG");
            self.run(command)
        }

        /// Set the configuration epoch in a new node: `CLUSTER SET-CONFIG-EPOCH config-epoch`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_set_config_epoch(self, config_epoch: i64) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("SET-CONFIG-EPOCH");
            cmd.push(config_epoch);
            self.run(command)
        }

        /// Bind a hash slot to a specific node: `CLUSTER SETSLOT slot <IMPORTING node-id|MIGRATING node-id|NODE node-id|STABLE>`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_setslot(
            self,
            slot: i64,
            subcommand: ClusterSetslotSubcommand,
        ) -> Self::Output<()> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("SETSLOT");
            cmd.push(slot);
            {
                let v = &subcommand;
                v.write(cmd);
            }
            self.run(command)
        }

        /// Get array of cluster slots to node mappings: `CLUSTER SHARDS`.
        ///
        /// Complexity: O(N) where N is the total number of cluster nodes
        ///
        /// Since Redis 7.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn cluster_shards<T: FromValue + Send + 'static>(self) -> Self::Output<T> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("SHARDS");
            self.run(command)
        }

        /// List replica nodes of the specified master node: `CLUSTER SLAVES node-id`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Deprecated: replaced by `CLUSTER REPLICAS`.
        fn cluster_slaves(self, node_id: impl ToArg) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("SLAVES");
            cmd.push(node_id);
            self.run(command)
        }

        /// Get array of Cluster slot to node mappings: `CLUSTER SLOTS`.
        ///
        /// Complexity: O(N) where N is the total number of Cluster nodes
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Deprecated: replaced by `CLUSTER SHARDS`.
        fn cluster_slots<T: FromValue + Send + 'static>(self) -> Self::Output<T> {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("SLOTS");
            self.run(command)
        }

        /// Get array of Redis command details: `COMMAND`.
        ///
        /// Complexity: O(N) where N is the total number of Redis commands
        ///
        /// Since Redis 2.8.13, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn command<T: FromValue + Send + 'static>(self) -> Self::Output<T> {
            let command = Cmd::new("COMMAND");
            self.run(command)
        }

        /// Get total number of Redis commands: `COMMAND COUNT`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.8.13, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn command_count(self) -> Self::Output<u64> {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("COUNT");
            self.run(command)
        }

        /// Get array of specific Redis command documentation: `COMMAND DOCS [command-name ...]`.
        ///
        /// Complexity: O(N) where N is the number of commands to look up
        ///
        /// Since Redis 7.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn command_docs<T: FromValue + Send + 'static>(
            self,
            command_names: impl ToArgs,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("DOCS");
            command_names.write_args(cmd);
            self.run(command)
        }

        /// Extract keys given a full Redis command: `COMMAND GETKEYS`.
        ///
        /// Complexity: O(N) where N is the number of arguments to the command
        ///
        /// Since Redis 2.8.13, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn command_getkeys<T: FromValue + Send + 'static>(self) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("GETKEYS");
            self.run(command)
        }

        /// Extract keys and access flags given a full Redis command: `COMMAND GETKEYSANDFLAGS`.
        ///
        /// Complexity: O(N) where N is the number of arguments to the command
        ///
        /// Since Redis 7.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn command_getkeysandflags<T: FromValue + Send + 'static>(self) -> Self::Output<T> {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("GETKEYSANDFLAGS");
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `COMMAND HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn command_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Get array of specific Redis command details, or all when no argument is given: `COMMAND INFO [command-name ...]`.
        ///
        /// Complexity: O(N) where N is the number of commands to look up
        ///
        /// Since Redis 2.8.13, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn command_info<T: FromValue + Send + 'static>(
            self,
            command_names: impl ToArgs,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("INFO");
            command_names.write_args(cmd);
            self.run(command)
        }

        /// Get an array of Redis command names: `COMMAND LIST [FILTERBY MODULE module-name|ACLCAT category|PATTERN pattern]`.
        ///
        /// Complexity: O(N) where N is the total number of Redis commands
        ///
        /// Since Redis 7.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::command_list_with`] takes them.
        fn command_list(self) -> Self::Output<Vec<String>> {
            self.command_list_with(CommandListOptions::default())
        }

        /// `COMMAND LIST` with options: [`CommandListOptions`]. See [`Commands::command_list`].
        fn command_list_with(self, options: CommandListOptions) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("LIST");
            if let Some(v) = &options.filterby {
                cmd.push("FILTERBY");
                v.write(cmd);
            }
            self.run(command)
        }

        /// Get the values of configuration parameters: `CONFIG GET parameter ...`.
        ///
        /// Complexity: O(N) when N is the number of configuration parameters provided
        ///
        /// Since Redis 2.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn config_get(self, parameters: impl ToArgs) -> Self::Output<ConfigMap> {
            let mut command = Cmd::new("CONFIG");
            let cmd = &mut command;
            cmd.push("GET");
            parameters.write_args(cmd);
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `CONFIG HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn config_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("CONFIG");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Reset the stats returned by INFO: `CONFIG RESETSTAT`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn config_resetstat(self) -> Self::Output<()> {
            let mut command = Cmd::new("CONFIG");
            let cmd = &mut command;
            cmd.push("RESETSTAT");
            self.run(command)
        }

        /// Rewrite the configuration file with the in memory configuration: `CONFIG REWRITE`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.8.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn config_rewrite(self) -> Self::Output<()> {
            let mut command = Cmd::new("CONFIG");
            let cmd = &mut command;
            cmd.push("REWRITE");
            self.run(command)
        }

        /// Set configuration parameters to the given values: `CONFIG SET parameter value ...`.
        ///
        /// Complexity: O(N) when N is the number of configuration parameters provided
        ///
        /// Since Redis 2.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn config_set(self, parameter_values: impl ToArgs) -> Self::Output<()> {
            let mut command = Cmd::new("CONFIG");
            let cmd = &mut command;
            cmd.push("SET");
            parameter_values.write_args(cmd);
            self.run(command)
        }

        /// Copy a key: `COPY source destination [DB destination-db] [REPLACE]`.
        ///
        /// Complexity: O(N) worst case for collections, where N is the number of nested items. O(1) for string values.
        ///
        /// Since Redis 6.2.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `source`, `destination`.
        ///
        /// Without options; [`Commands::copy_with`] takes them.
        fn copy(self, source: impl ToArg, destination: impl ToArg) -> Self::Output<bool> {
            self.copy_with(source, destination, CopyOptions::default())
        }

        /// `COPY` with options: [`CopyOptions`]. See [`Commands::copy`].
        fn copy_with(
            self,
            source: impl ToArg,
            destination: impl ToArg,
            options: CopyOptions,
        ) -> Self::Output<bool> {
            let mut command = Cmd::new("COPY");
            let cmd = &mut command;
            cmd.push(source);
            cmd.push(destination);
            if let Some(v) = &options.destination_db {
                cmd.push("DB");
                cmd.push(*v);
            }
            if options.replace {
                cmd.push("REPLACE");
            }
            self.run(command)
        }

        /// Return the number of keys in the selected database: `DBSIZE`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn dbsize(self) -> Self::Output<u64> {
            let command = Cmd::new("DBSIZE");
            self.run(command)
        }

        /// A container for debugging commands: `DEBUG`.
        ///
        /// Complexity: Depends on subcommand.
        ///
        /// Since Redis 1.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn debug<T: FromValue + Send + 'static>(self) -> Self::Output<T> {
            let command = Cmd::new("DEBUG");
            self.run(command)
        }

        /// Decrement the integer value of a key by one: `DECR key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn decr(self, key: impl ToArg) -> Self::Output<i64> {
            let mut command = Cmd::new("DECR");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Decrement the integer value of a key by the given number: `DECRBY key decrement`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn decrby(self, key: impl ToArg, decrement: i64) -> Self::Output<i64> {
            let mut command = Cmd::new("DECRBY");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(decrement);
            self.run(command)
        }

        /// Delete a key: `DEL key ...`.
        ///
        /// Complexity: O(N) where N is the number of keys that will be removed. When a key to remove holds a value other than a string, the individual complexity for this key is O(M) where M is the number of elements in the list, set, sorted set or hash. Removing a single key that holds a string value is O(1).
        ///
        /// Since Redis 1.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn del(self, keys: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("DEL");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.run(command)
        }

        /// Return a serialized version of the value stored at the specified key: `DUMP key`.
        ///
        /// Complexity: O(1) to access the key and additional O(N*M) to serialize it, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1).
        ///
        /// Since Redis 2.6.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn dump(self, key: impl ToArg) -> Self::Output<Option<Vec<u8>>> {
            let mut command = Cmd::new("DUMP");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Echo the given string: `ECHO message`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn echo<T: FromValue + Send + 'static>(self, message: impl ToArg) -> Self::Output<T> {
            let mut command = Cmd::new("ECHO");
            let cmd = &mut command;
            cmd.push(message);
            self.run(command)
        }

        /// Execute a Lua script server side: `EVAL script numkeys [key ...] [arg ...]`.
        ///
        /// Complexity: Depends on the script that is executed.
        ///
        /// Since Redis 2.6.0, group `scripting`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn eval<T: FromValue + Send + 'static>(
            self,
            script: impl ToArg,
            keys: impl ToArgs,
            args: impl ToArgs,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("EVAL");
            let cmd = &mut command;
            cmd.push(script);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            args.write_args(cmd);
            self.run(command)
        }

        /// Execute a read-only Lua script server side: `EVAL_RO script numkeys [key ...] [arg ...]`.
        ///
        /// Complexity: Depends on the script that is executed.
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn eval_ro<T: FromValue + Send + 'static>(
            self,
            script: impl ToArg,
            keys: impl ToArgs,
            args: impl ToArgs,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("EVAL_RO");
            let cmd = &mut command;
            cmd.push(script);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            args.write_args(cmd);
            self.run(command)
        }

        /// Execute a Lua script server side: `EVALSHA sha1 numkeys [key ...] [arg ...]`.
        ///
        /// Complexity: Depends on the script that is executed.
        ///
        /// Since Redis 2.6.0, group `scripting`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn evalsha<T: FromValue + Send + 'static>(
            self,
            sha1: impl ToArg,
            keys: impl ToArgs,
            args: impl ToArgs,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("EVALSHA");
            let cmd = &mut command;
            cmd.push(sha1);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            args.write_args(cmd);
            self.run(command)
        }

        /// Execute a read-only Lua script server side: `EVALSHA_RO sha1 numkeys [key ...] [arg ...]`.
        ///
        /// Complexity: Depends on the script that is executed.
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn evalsha_ro<T: FromValue + Send + 'static>(
            self,
            sha1: impl ToArg,
            keys: impl ToArgs,
            args: impl ToArgs,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("EVALSHA_RO");
            let cmd = &mut command;
            cmd.push(sha1);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            args.write_args(cmd);
            self.run(command)
        }

        /// Determine if a key exists: `EXISTS key ...`.
        ///
        /// Complexity: O(N) where N is the number of keys to check.
        ///
        /// Since Redis 1.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn exists(self, keys: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("EXISTS");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.run(command)
        }

        /// Set a key's time to live in seconds: `EXPIRE key seconds [NX|XX|GT|LT]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::expire_with`] takes them.
        fn expire(self, key: impl ToArg, seconds: i64) -> Self::Output<bool> {
            self.expire_with(key, seconds, ExpireOptions::default())
        }

        /// `EXPIRE` with options: [`ExpireOptions`]. See [`Commands::expire`].
        fn expire_with(
            self,
            key: impl ToArg,
            seconds: i64,
            options: ExpireOptions,
        ) -> Self::Output<bool> {
            let mut command = Cmd::new("EXPIRE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(seconds);
            if let Some(v) = &options.condition {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Set the expiration for a key as a UNIX timestamp: `EXPIREAT key unix-time-seconds [NX|XX|GT|LT]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.2.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::expireat_with`] takes them.
        fn expireat(self, key: impl ToArg, unix_time_seconds: u64) -> Self::Output<bool> {
            self.expireat_with(key, unix_time_seconds, ExpireatOptions::default())
        }

        /// `EXPIREAT` with options: [`ExpireatOptions`]. See [`Commands::expireat`].
        fn expireat_with(
            self,
            key: impl ToArg,
            unix_time_seconds: u64,
            options: ExpireatOptions,
        ) -> Self::Output<bool> {
            let mut command = Cmd::new("EXPIREAT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(unix_time_seconds);
            if let Some(v) = &options.condition {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Get the expiration Unix timestamp for a key: `EXPIRETIME key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 7.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn expiretime(self, key: impl ToArg) -> Self::Output<i64> {
            let mut command = Cmd::new("EXPIRETIME");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Start a coordinated failover between this server and one of its replicas: `FAILOVER [TO host port [FORCE]] [ABORT] [TIMEOUT milliseconds]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.2.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::failover_with`] takes them.
        fn failover(self) -> Self::Output<()> {
            self.failover_with(FailoverOptions::default())
        }

        /// `FAILOVER` with options: [`FailoverOptions`]. See [`Commands::failover`].
        fn failover_with(self, options: FailoverOptions) -> Self::Output<()> {
            let mut command = Cmd::new("FAILOVER");
            let cmd = &mut command;
            if let Some(v) = &options.target {
                cmd.push("TO");
                {
                    let v = &v.0;
                    cmd.push(v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
                if v.2 {
                    cmd.push("FORCE");
                }
            }
            if options.abort {
                cmd.push("ABORT");
            }
            if let Some(v) = &options.milliseconds {
                cmd.push("TIMEOUT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Invoke a function: `FCALL function numkeys [key ...] [arg ...]`.
        ///
        /// Complexity: Depends on the function that is executed.
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn fcall<T: FromValue + Send + 'static>(
            self,
            function: impl ToArg,
            keys: impl ToArgs,
            args: impl ToArgs,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("FCALL");
            let cmd = &mut command;
            cmd.push(function);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            args.write_args(cmd);
            self.run(command)
        }

        /// Invoke a read-only function: `FCALL_RO function numkeys [key ...] [arg ...]`.
        ///
        /// Complexity: Depends on the function that is executed.
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn fcall_ro<T: FromValue + Send + 'static>(
            self,
            function: impl ToArg,
            keys: impl ToArgs,
            args: impl ToArgs,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("FCALL_RO");
            let cmd = &mut command;
            cmd.push(function);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            args.write_args(cmd);
            self.run(command)
        }

        /// Remove all keys from all databases: `FLUSHALL [ASYNC|SYNC]`.
        ///
        /// Complexity: O(N) where N is the total number of keys in all databases
        ///
        /// Since Redis 1.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::flushall_with`] takes them.
        fn flushall(self) -> Self::Output<()> {
            self.flushall_with(FlushallOptions::default())
        }

        /// `FLUSHALL` with options: [`FlushallOptions`]. See [`Commands::flushall`].
        fn flushall_with(self, options: FlushallOptions) -> Self::Output<()> {
            let mut command = Cmd::new("FLUSHALL");
            let cmd = &mut command;
            if let Some(v) = &options.asynchronous {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Remove all keys from the current database: `FLUSHDB [ASYNC|SYNC]`.
        ///
        /// Complexity: O(N) where N is the number of keys in the selected database
        ///
        /// Since Redis 1.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::flushdb_with`] takes them.
        fn flushdb(self) -> Self::Output<()> {
            self.flushdb_with(FlushdbOptions::default())
        }

        /// `FLUSHDB` with options: [`FlushdbOptions`]. See [`Commands::flushdb`].
        fn flushdb_with(self, options: FlushdbOptions) -> Self::Output<()> {
            let mut command = Cmd::new("FLUSHDB");
            let cmd = &mut command;
            if let Some(v) = &options.asynchronous {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Delete a function by name: `FUNCTION DELETE library-name`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn function_delete(self, library_name: impl ToArg) -> Self::Output<()> {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("DELETE");
            cmd.push(library_name);
            self.run(command)
        }

        /// Dump all functions into a serialized binary payload: `FUNCTION DUMP`.
        ///
        /// Complexity: O(N) where N is the number of functions
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn function_dump(self) -> Self::Output<Vec<u8>> {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("DUMP");
            self.run(command)
        }

        /// Deleting all functions: `FUNCTION FLUSH [ASYNC|SYNC]`.
        ///
        /// Complexity: O(N) where N is the number of functions deleted
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::function_flush_with`] takes them.
        fn function_flush(self) -> Self::Output<()> {
            self.function_flush_with(FunctionFlushOptions::default())
        }

        /// `FUNCTION FLUSH` with options: [`FunctionFlushOptions`]. See [`Commands::function_flush`].
        fn function_flush_with(self, options: FunctionFlushOptions) -> Self::Output<()> {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("FLUSH");
            if let Some(v) = &options.asynchronous {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `FUNCTION HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn function_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Kill the function currently in execution: `FUNCTION KILL`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn function_kill(self) -> Self::Output<()> {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("KILL");
            self.run(command)
        }

        /// List information about all the functions: `FUNCTION LIST [LIBRARYNAME library-name-pattern] [WITHCODE]`.
        ///
        /// Complexity: O(N) where N is the number of functions
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::function_list_with`] takes them.
        fn function_list<T: FromValue + Send + 'static>(self) -> Self::Output<T> {
            self.function_list_with::<T>(FunctionListOptions::default())
        }

        /// `FUNCTION LIST` with options: [`FunctionListOptions`]. See [`Commands::function_list`].
        fn function_list_with<T: FromValue + Send + 'static>(
            self,
            options: FunctionListOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("LIST");
            if let Some(v) = &options.library_name_pattern {
                cmd.push("LIBRARYNAME");
                cmd.push(v);
            }
            if options.withcode {
                cmd.push("WITHCODE");
            }
            self.run(command)
        }

        /// Create a function with the given arguments (name, code, description): `FUNCTION LOAD [REPLACE] function-code`.
        ///
        /// Complexity: O(1) (considering compilation time is redundant)
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::function_load_with`] takes them.
        fn function_load(self, function_code: impl ToArg) -> Self::Output<String> {
            self.function_load_with(function_code, FunctionLoadOptions::default())
        }

        /// `FUNCTION LOAD` with options: [`FunctionLoadOptions`]. See [`Commands::function_load`].
        fn function_load_with(
            self,
            function_code: impl ToArg,
            options: FunctionLoadOptions,
        ) -> Self::Output<String> {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("LOAD");
            if options.replace {
                cmd.push("REPLACE");
            }
            cmd.push(function_code);
            self.run(command)
        }

        /// Restore all the functions on the given payload: `FUNCTION RESTORE serialized-value [FLUSH|APPEND|REPLACE]`.
        ///
        /// Complexity: O(N) where N is the number of functions on the payload
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::function_restore_with`] takes them.
        fn function_restore(self, serialized_value: impl ToArg) -> Self::Output<()> {
            self.function_restore_with(serialized_value, FunctionRestoreOptions::default())
        }

        /// `FUNCTION RESTORE` with options: [`FunctionRestoreOptions`]. See [`Commands::function_restore`].
        fn function_restore_with(
            self,
            serialized_value: impl ToArg,
            options: FunctionRestoreOptions,
        ) -> Self::Output<()> {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("RESTORE");
            cmd.push(serialized_value);
            if let Some(v) = &options.policy {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Return information about the function currently running (name, description, duration): `FUNCTION STATS`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 7.0.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn function_stats<T: FromValue + Send + 'static>(self) -> Self::Output<T> {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("STATS");
            self.run(command)
        }

        /// Add one or more geospatial items in the geospatial index represented using a sorted set: `GEOADD key [NX|XX] [CH] longitude latitude member ...`.
        ///
        /// Complexity: O(log(N)) for each item added, where N is the number of elements in the sorted set.
        ///
        /// Since Redis 3.2.0, group `geo`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::geoadd_with`] takes them.
        fn geoadd(
            self,
            key: impl ToArg,
            longitude_latitude_members: impl ToArgs,
        ) -> Self::Output<u64> {
            self.geoadd_with(key, longitude_latitude_members, GeoaddOptions::default())
        }

        /// `GEOADD` with options: [`GeoaddOptions`]. See [`Commands::geoadd`].
        fn geoadd_with(
            self,
            key: impl ToArg,
            longitude_latitude_members: impl ToArgs,
            options: GeoaddOptions,
        ) -> Self::Output<u64> {
            let mut command = Cmd::new("GEOADD");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.condition {
                v.write(cmd);
            }
            if options.change {
                cmd.push("CH");
            }
            longitude_latitude_members.write_args(cmd);
            self.run(command)
        }

        /// Returns the distance between two members of a geospatial index: `GEODIST key member1 member2 [M|KM|FT|MI]`.
        ///
        /// Complexity: O(log(N))
        ///
        /// Since Redis 3.2.0, group `geo`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::geodist_with`] takes them.
        fn geodist(
            self,
            key: impl ToArg,
            member1: impl ToArg,
            member2: impl ToArg,
        ) -> Self::Output<Option<f64>> {
            self.geodist_with(key, member1, member2, GeodistOptions::default())
        }

        /// `GEODIST` with options: [`GeodistOptions`]. See [`Commands::geodist`].
        fn geodist_with(
            self,
            key: impl ToArg,
            member1: impl ToArg,
            member2: impl ToArg,
            options: GeodistOptions,
        ) -> Self::Output<Option<f64>> {
            let mut command = Cmd::new("GEODIST");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member1);
            cmd.push(member2);
            if let Some(v) = &options.unit {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Returns members of a geospatial index as standard geohash strings: `GEOHASH key member ...`.
        ///
        /// Complexity: O(log(N)) for each member requested, where N is the number of elements in the sorted set.
        ///
        /// Since Redis 3.2.0, group `geo`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn geohash(
            self,
            key: impl ToArg,
            members: impl ToArgs,
        ) -> Self::Output<Vec<Option<String>>> {
            let mut command = Cmd::new("GEOHASH");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.run(command)
        }

        /// Returns longitude and latitude of members of a geospatial index: `GEOPOS key member ...`.
        ///
        /// Complexity: O(N) where N is the number of members requested.
        ///
        /// Since Redis 3.2.0, group `geo`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn geopos(
            self,
            key: impl ToArg,
            members: impl ToArgs,
        ) -> Self::Output<Vec<Option<GeoPosition>>> {
            let mut command = Cmd::new("GEOPOS");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.run(command)
        }

        /// Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a point: `GEORADIUS key longitude latitude radius <M|KM|FT|MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC|DESC] [STORE key] [STOREDIST key]`.
        ///
        /// Complexity: O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.
        ///
        /// Since Redis 3.2.0, group `geo`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Deprecated: replaced by `GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` argument.
        ///
        /// Without options; [`Commands::georadius_with`] takes them.
        fn georadius<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            longitude: f64,
            latitude: f64,
            radius: f64,
            unit: GeoradiusUnit,
        ) -> Self::Output<T> {
            self.georadius_with::<T>(
                key,
                longitude,
                latitude,
                radius,
                unit,
                GeoradiusOptions::default(),
            )
        }

        /// `GEORADIUS` with options: [`GeoradiusOptions`]. See [`Commands::georadius`].
        fn georadius_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            longitude: f64,
            latitude: f64,
            radius: f64,
            unit: GeoradiusUnit,
            options: GeoradiusOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("GEORADIUS");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(longitude);
            cmd.push(latitude);
            cmd.push(radius);
            {
                let v = &unit;
                v.write(cmd);
            }
            if options.withcoord {
                cmd.push("WITHCOORD");
            }
            if options.withdist {
                cmd.push("WITHDIST");
            }
            if options.withhash {
                cmd.push("WITHHASH");
            }
            if let Some(v) = &options.count {
                {
                    let v = &v.0;
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("ANY");
                }
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            if let Some(v) = &options.key {
                cmd.push("STORE");
                cmd.push(v);
            }
            if let Some(v) = &options.key2 {
                cmd.push("STOREDIST");
                cmd.push(v);
            }
            self.run(command)
        }

        /// A read-only variant for GEORADIUS: `GEORADIUS_RO key longitude latitude radius <M|KM|FT|MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC|DESC]`.
        ///
        /// Complexity: O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.
        ///
        /// Since Redis 3.2.10, group `geo`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Deprecated: replaced by `GEOSEARCH` with the `BYRADIUS` argument.
        ///
        /// Without options; [`Commands::georadius_ro_with`] takes them.
        fn georadius_ro<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            longitude: f64,
            latitude: f64,
            radius: f64,
            unit: GeoradiusRoUnit,
        ) -> Self::Output<T> {
            self.georadius_ro_with::<T>(
                key,
                longitude,
                latitude,
                radius,
                unit,
                GeoradiusRoOptions::default(),
            )
        }

        /// `GEORADIUS_RO` with options: [`GeoradiusRoOptions`]. See [`Commands::georadius_ro`].
        fn georadius_ro_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            longitude: f64,
            latitude: f64,
            radius: f64,
            unit: GeoradiusRoUnit,
            options: GeoradiusRoOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("GEORADIUS_RO");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(longitude);
            cmd.push(latitude);
            cmd.push(radius);
            {
                let v = &unit;
                v.write(cmd);
            }
            if options.withcoord {
                cmd.push("WITHCOORD");
            }
            if options.withdist {
                cmd.push("WITHDIST");
            }
            if options.withhash {
                cmd.push("WITHHASH");
            }
            if let Some(v) = &options.count {
                {
                    let v = &v.0;
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("ANY");
                }
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a member: `GEORADIUSBYMEMBER key member radius <M|KM|FT|MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC|DESC] [STORE key] [STOREDIST key]`.
        ///
        /// Complexity: O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.
        ///
        /// Since Redis 3.2.0, group `geo`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Deprecated: replaced by `GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` and `FROMMEMBER` arguments.
        ///
        /// Without options; [`Commands::georadiusbymember_with`] takes them.
        fn georadiusbymember<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            member: impl ToArg,
            radius: f64,
            unit: GeoradiusbymemberUnit,
        ) -> Self::Output<T> {
            self.georadiusbymember_with::<T>(
                key,
                member,
                radius,
                unit,
                GeoradiusbymemberOptions::default(),
            )
        }

        /// `GEORADIUSBYMEMBER` with options: [`GeoradiusbymemberOptions`]. See [`Commands::georadiusbymember`].
        fn georadiusbymember_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            member: impl ToArg,
            radius: f64,
            unit: GeoradiusbymemberUnit,
            options: GeoradiusbymemberOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("GEORADIUSBYMEMBER");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member);
            cmd.push(radius);
            {
                let v = &unit;
                v.write(cmd);
            }
            if options.withcoord {
                cmd.push("WITHCOORD");
            }
            if options.withdist {
                cmd.push("WITHDIST");
            }
            if options.withhash {
                cmd.push("WITHHASH");
            }
            if let Some(v) = &options.count {
                {
                    let v = &v.0;
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("ANY");
                }
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            if let Some(v) = &options.key {
                cmd.push("STORE");
                cmd.push(v);
            }
            if let Some(v) = &options.key2 {
                cmd.push("STOREDIST");
                cmd.push(v);
            }
            self.run(command)
        }

        /// A read-only variant for GEORADIUSBYMEMBER: `GEORADIUSBYMEMBER_RO key member radius <M|KM|FT|MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC|DESC]`.
        ///
        /// Complexity: O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.
        ///
        /// Since Redis 3.2.10, group `geo`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Deprecated: replaced by `GEOSEARCH` with the `BYRADIUS` and `FROMMEMBER` arguments.
        ///
        /// Without options; [`Commands::georadiusbymember_ro_with`] takes them.
        fn georadiusbymember_ro<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            member: impl ToArg,
            radius: f64,
            unit: GeoradiusbymemberRoUnit,
        ) -> Self::Output<T> {
            self.georadiusbymember_ro_with::<T>(
                key,
                member,
                radius,
                unit,
                GeoradiusbymemberRoOptions::default(),
            )
        }

        /// `GEORADIUSBYMEMBER_RO` with options: [`GeoradiusbymemberRoOptions`]. See [`Commands::georadiusbymember_ro`].
        fn georadiusbymember_ro_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            member: impl ToArg,
            radius: f64,
            unit: GeoradiusbymemberRoUnit,
            options: GeoradiusbymemberRoOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("GEORADIUSBYMEMBER_RO");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member);
            cmd.push(radius);
            {
                let v = &unit;
                v.write(cmd);
            }
            if options.withcoord {
                cmd.push("WITHCOORD");
            }
            if options.withdist {
                cmd.push("WITHDIST");
            }
            if options.withhash {
                cmd.push("WITHHASH");
            }
            if let Some(v) = &options.count {
                {
                    let v = &v.0;
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("ANY");
                }
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle: `GEOSEARCH key <FROMMEMBER member|FROMLONLAT longitude latitude> <BYRADIUS radius <M|KM|FT|MI>|BYBOX width height <M|KM|FT|MI>> [ASC|DESC] [COUNT count [ANY]] [WITHCOORD] [WITHDIST] [WITHHASH]`.
        ///
        /// Complexity: O(N+log(M)) where N is the number of elements in the grid-aligned bounding box area around the shape provided as the filter and M is the number of items inside the shape
        ///
        /// Since Redis 6.2.0, group `geo`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::geosearch_with`] takes them.
        fn geosearch<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            from: GeosearchFrom,
            by: GeosearchBy,
        ) -> Self::Output<T> {
            self.geosearch_with::<T>(key, from, by, GeosearchOptions::default())
        }

        /// `GEOSEARCH` with options: [`GeosearchOptions`]. See [`Commands::geosearch`].
        fn geosearch_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            from: GeosearchFrom,
            by: GeosearchBy,
            options: GeosearchOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("GEOSEARCH");
            let cmd = &mut command;
            cmd.push(key);
            {
                let v = &from;
                v.write(cmd);
            }
            {
                let v = &by;
                v.write(cmd);
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            if let Some(v) = &options.count {
                {
                    let v = &v.0;
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("ANY");
                }
            }
            if options.withcoord {
                cmd.push("WITHCOORD");
            }
            if options.withdist {
                cmd.push("WITHDIST");
            }
            if options.withhash {
                cmd.push("WITHHASH");
            }
            self.run(command)
        }

        /// Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle, and store the result in another key: `GEOSEARCHSTORE destination source <FROMMEMBER member|FROMLONLAT longitude latitude> <BYRADIUS radius <M|KM|FT|MI>|BYBOX width height <M|KM|FT|MI>> [ASC|DESC] [COUNT count [ANY]] [STOREDIST]`.
        ///
        /// Complexity: O(N+log(M)) where N is the number of elements in the grid-aligned bounding box area around the shape provided as the filter and M is the number of items inside the shape
        ///
        /// Since Redis 6.2.0, group `geo`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `destination`, `source`.
        ///
        /// Without options; [`Commands::geosearchstore_with`] takes them.
        fn geosearchstore(
            self,
            destination: impl ToArg,
            source: impl ToArg,
            from: GeosearchstoreFrom,
            by: GeosearchstoreBy,
        ) -> Self::Output<u64> {
            self.geosearchstore_with(
                destination,
                source,
                from,
                by,
                GeosearchstoreOptions::default(),
            )
        }

        /// `GEOSEARCHSTORE` with options: [`GeosearchstoreOptions`]. See [`Commands::geosearchstore`].
        fn geosearchstore_with(
            self,
            destination: impl ToArg,
            source: impl ToArg,
            from: GeosearchstoreFrom,
            by: GeosearchstoreBy,
            options: GeosearchstoreOptions,
        ) -> Self::Output<u64> {
            let mut command = Cmd::new("GEOSEARCHSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            cmd.push(source);
            {
                let v = &from;
                v.write(cmd);
            }
            {
                let v = &by;
                v.write(cmd);
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            if let Some(v) = &options.count {
                {
                    let v = &v.0;
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("ANY");
                }
            }
            if options.storedist {
                cmd.push("STOREDIST");
            }
            self.run(command)
        }

        /// Get the value of a key: `GET key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn get<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            let mut command = Cmd::new("GET");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Returns the bit value at offset in the string value stored at key: `GETBIT key offset`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.2.0, group `bitmap`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn getbit(self, key: impl ToArg, offset: i64) -> Self::Output<u8> {
            let mut command = Cmd::new("GETBIT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(offset);
            self.run(command)
        }

        /// Get the value of a key and delete the key: `GETDEL key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.2.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn getdel<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            let mut command = Cmd::new("GETDEL");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Get the value of a key and optionally set its expiration: `GETEX key [EX seconds|PX milliseconds|EXAT unix-time-seconds|PXAT unix-time-milliseconds|PERSIST]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.2.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::getex_with`] takes them.
        fn getex<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            self.getex_with::<T>(key, GetexOptions::default())
        }

        /// `GETEX` with options: [`GetexOptions`]. See [`Commands::getex`].
        fn getex_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            options: GetexOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("GETEX");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.expiration {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Get a substring of the string stored at a key: `GETRANGE key start end`.
        ///
        /// Complexity: O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.
        ///
        /// Since Redis 2.4.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn getrange<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            start: i64,
            end: i64,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("GETRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(end);
            self.run(command)
        }

        /// Set the string value of a key and return its old value: `GETSET key value`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Deprecated: replaced by `SET` with the `!GET` argument.
        fn getset<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            value: impl ToArg,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("GETSET");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(value);
            self.run(command)
        }

        /// Delete one or more hash fields: `HDEL key field ...`.
        ///
        /// Complexity: O(N) where N is the number of fields to be removed.
        ///
        /// Since Redis 2.0.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hdel(self, key: impl ToArg, fields: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("HDEL");
            let cmd = &mut command;
            cmd.push(key);
            fields.write_args(cmd);
            self.run(command)
        }

        /// Determine if a hash field exists: `HEXISTS key field`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.0.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hexists(self, key: impl ToArg, field: impl ToArg) -> Self::Output<bool> {
            let mut command = Cmd::new("HEXISTS");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(field);
            self.run(command)
        }

        /// Get the value of a hash field: `HGET key field`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.0.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hget<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            field: impl ToArg,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("HGET");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(field);
            self.run(command)
        }

        /// Get all the fields and values in a hash: `HGETALL key`.
        ///
        /// Complexity: O(N) where N is the size of the hash.
        ///
        /// Since Redis 2.0.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hgetall<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            let mut command = Cmd::new("HGETALL");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Increment the integer value of a hash field by the given number: `HINCRBY key field increment`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.0.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hincrby(self, key: impl ToArg, field: impl ToArg, increment: i64) -> Self::Output<i64> {
            let mut command = Cmd::new("HINCRBY");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(field);
            cmd.push(increment);
            self.run(command)
        }

        /// Increment the float value of a hash field by the given amount: `HINCRBYFLOAT key field increment`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.6.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hincrbyfloat(
            self,
            key: impl ToArg,
            field: impl ToArg,
            increment: f64,
        ) -> Self::Output<f64> {
            let mut command = Cmd::new("HINCRBYFLOAT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(field);
            cmd.push(increment);
            self.run(command)
        }

        /// Get all the fields in a hash: `HKEYS key`.
        ///
        /// Complexity: O(N) where N is the size of the hash.
        ///
        /// Since Redis 2.0.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hkeys<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("HKEYS");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Get the number of fields in a hash: `HLEN key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.0.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hlen(self, key: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("HLEN");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Get the values of all the given hash fields: `HMGET key field ...`.
        ///
        /// Complexity: O(N) where N is the number of fields being requested.
        ///
        /// Since Redis 2.0.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hmget<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            fields: impl ToArgs,
        ) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("HMGET");
            let cmd = &mut command;
            cmd.push(key);
            fields.write_args(cmd);
            self.run(command)
        }

        /// Set multiple hash fields to multiple values: `HMSET key field value ...`.
        ///
        /// Complexity: O(N) where N is the number of fields being set.
        ///
        /// Since Redis 2.0.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Deprecated: replaced by `HSET` with multiple field-value pairs.
        fn hmset(self, key: impl ToArg, field_values: impl ToArgs) -> Self::Output<()> {
            let mut command = Cmd::new("HMSET");
            let cmd = &mut command;
            cmd.push(key);
            field_values.write_args(cmd);
            self.run(command)
        }

        /// Get one or multiple random fields from a hash: `HRANDFIELD key [count [WITHVALUES]]`.
        ///
        /// Complexity: O(N) where N is the number of fields returned
        ///
        /// Since Redis 6.2.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::hrandfield_with`] takes them.
        fn hrandfield<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            self.hrandfield_with::<T>(key, HrandfieldOptions::default())
        }

        /// `HRANDFIELD` with options: [`HrandfieldOptions`]. See [`Commands::hrandfield`].
        fn hrandfield_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            options: HrandfieldOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("HRANDFIELD");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.options {
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("WITHVALUES");
                }
            }
            self.run(command)
        }

        /// Incrementally iterate hash fields and associated values: `HSCAN key cursor [MATCH pattern] [COUNT count]`.
        ///
        /// Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
        ///
        /// Since Redis 2.8.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::hscan_with`] takes them.
        fn hscan<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            cursor: i64,
        ) -> Self::Output<T> {
            self.hscan_with::<T>(key, cursor, HscanOptions::default())
        }

        /// `HSCAN` with options: [`HscanOptions`]. See [`Commands::hscan`].
        fn hscan_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            cursor: i64,
            options: HscanOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("HSCAN");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(cursor);
            if let Some(v) = &options.pattern {
                cmd.push("MATCH");
                cmd.push(v);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Set the string value of a hash field: `HSET key field value ...`.
        ///
        /// Complexity: O(1) for each field/value pair added, so O(N) to add N field/value pairs when the command is called with multiple field/value pairs.
        ///
        /// Since Redis 2.0.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hset(self, key: impl ToArg, field_values: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("HSET");
            let cmd = &mut command;
            cmd.push(key);
            field_values.write_args(cmd);
            self.run(command)
        }

        /// Set the value of a hash field, only if the field does not exist: `HSETNX key field value`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.0.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hsetnx(
            self,
            key: impl ToArg,
            field: impl ToArg,
            value: impl ToArg,
        ) -> Self::Output<bool> {
            let mut command = Cmd::new("HSETNX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(field);
            cmd.push(value);
            self.run(command)
        }

        /// Get the length of the value of a hash field: `HSTRLEN key field`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.2.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hstrlen(self, key: impl ToArg, field: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("HSTRLEN");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(field);
            self.run(command)
        }

        /// Get all the values in a hash: `HVALS key`.
        ///
        /// Complexity: O(N) where N is the size of the hash.
        ///
        /// Since Redis 2.0.0, group `hash`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn hvals<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("HVALS");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Increment the integer value of a key by one: `INCR key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn incr(self, key: impl ToArg) -> Self::Output<i64> {
            let mut command = Cmd::new("INCR");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Increment the integer value of a key by the given amount: `INCRBY key increment`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn incrby(self, key: impl ToArg, increment: i64) -> Self::Output<i64> {
            let mut command = Cmd::new("INCRBY");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(increment);
            self.run(command)
        }

        /// Increment the float value of a key by the given amount: `INCRBYFLOAT key increment`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.6.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn incrbyfloat(self, key: impl ToArg, increment: f64) -> Self::Output<f64> {
            let mut command = Cmd::new("INCRBYFLOAT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(increment);
            self.run(command)
        }

        /// Get information and statistics about the server: `INFO [section ...]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn info(self, sections: impl ToArgs) -> Self::Output<Info> {
            let mut command = Cmd::new("INFO");
            let cmd = &mut command;
            sections.write_args(cmd);
            self.run(command)
        }

        /// Find all keys matching the given pattern: `KEYS pattern`.
        ///
        /// Complexity: O(N) with N being the number of keys in the database, under the assumption that the key names in the database and the given pattern have limited length.
        ///
        /// Since Redis 1.0.0, group `generic`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn keys<T: FromValue + Send + 'static>(self, pattern: impl ToArg) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("KEYS");
            let cmd = &mut command;
            cmd.push(pattern);
            self.run(command)
        }

        /// Get the UNIX time stamp of the last successful save to disk: `LASTSAVE`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn lastsave(self) -> Self::Output<u64> {
            let command = Cmd::new("LASTSAVE");
            self.run(command)
        }

        /// Return a human readable latency analysis report: `LATENCY DOCTOR`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.8.13, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn latency_doctor(self) -> Self::Output<String> {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("DOCTOR");
            self.run(command)
        }

        /// Return a latency graph for the event: `LATENCY GRAPH event`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.8.13, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn latency_graph(self, event: impl ToArg) -> Self::Output<String> {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("GRAPH");
            cmd.push(event);
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `LATENCY HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.8.13, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn latency_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Return the cumulative distribution of latencies of a subset of commands or all: `LATENCY HISTOGRAM [command ...]`.
        ///
        /// Complexity: O(N) where N is the number of commands with latency information being retrieved.
        ///
        /// Since Redis 7.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn latency_histogram<T: FromValue + Send + 'static>(
            self,
            commands: impl ToArgs,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("HISTOGRAM");
            commands.write_args(cmd);
            self.run(command)
        }

        /// Return timestamp-latency samples for the event: `LATENCY HISTORY event`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.8.13, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn latency_history<T: FromValue + Send + 'static>(
            self,
            event: impl ToArg,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("HISTORY");
            cmd.push(event);
            self.run(command)
        }

        /// Return the latest latency samples for all events: `LATENCY LATEST`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.8.13, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn latency_latest(self) -> Self::Output<Vec<LatencyLatest>> {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("LATEST");
            self.run(command)
        }

        /// Reset latency data for one or more events: `LATENCY RESET [event ...]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.8.13, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn latency_reset(self, events: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("RESET");
            events.write_args(cmd);
            self.run(command)
        }

        /// Find longest common substring: `LCS key1 key2 [LEN] [IDX] [MINMATCHLEN len] [WITHMATCHLEN]`.
        ///
        /// Complexity: O(N*M) where N and M are the lengths of s1 and s2, respectively
        ///
        /// Since Redis 7.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key1`, `key2`.
        ///
        /// Without options; [`Commands::lcs_with`] takes them.
        fn lcs<T: FromValue + Send + 'static>(
            self,
            key1: impl ToArg,
            key2: impl ToArg,
        ) -> Self::Output<T> {
            self.lcs_with::<T>(key1, key2, LcsOptions::default())
        }

        /// `LCS` with options: [`LcsOptions`]. See [`Commands::lcs`].
        fn lcs_with<T: FromValue + Send + 'static>(
            self,
            key1: impl ToArg,
            key2: impl ToArg,
            options: LcsOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("LCS");
            let cmd = &mut command;
            cmd.push(key1);
            cmd.push(key2);
            if options.len {
                cmd.push("LEN");
            }
            if options.idx {
                cmd.push("IDX");
            }
            if let Some(v) = &options.len2 {
                cmd.push("MINMATCHLEN");
                cmd.push(*v);
            }
            if options.withmatchlen {
                cmd.push("WITHMATCHLEN");
            }
            self.run(command)
        }

        /// Get an element from a list by its index: `LINDEX key index`.
        ///
        /// Complexity: O(N) where N is the number of elements to traverse to get to the element at index. This makes asking for the first or the last element of the list O(1).
        ///
        /// Since Redis 1.0.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn lindex<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            index: i64,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("LINDEX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(index);
            self.run(command)
        }

        /// Insert an element before or after another element in a list: `LINSERT key <BEFORE|AFTER> pivot element`.
        ///
        /// Complexity: O(N) where N is the number of elements to traverse before seeing the value pivot. This means that inserting somewhere on the left end on the list (head) can be considered O(1) and inserting somewhere on the right end (tail) is O(N).
        ///
        /// Since Redis 2.2.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn linsert(
            self,
            key: impl ToArg,
            where_arg: LinsertWhere,
            pivot: impl ToArg,
            element: impl ToArg,
        ) -> Self::Output<i64> {
            let mut command = Cmd::new("LINSERT");
            let cmd = &mut command;
            cmd.push(key);
            {
                let v = &where_arg;
                v.write(cmd);
            }
            cmd.push(pivot);
            cmd.push(element);
            self.run(command)
        }

        /// Get the length of a list: `LLEN key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn llen(self, key: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("LLEN");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Pop an element from a list, push it to another list and return it: `LMOVE source destination <LEFT|RIGHT> <LEFT|RIGHT>`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.2.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `source`, `destination`.
        fn lmove<T: FromValue + Send + 'static>(
            self,
            source: impl ToArg,
            destination: impl ToArg,
            wherefrom: LmoveWherefrom,
            whereto: LmoveWhereto,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("LMOVE");
            let cmd = &mut command;
            cmd.push(source);
            cmd.push(destination);
            {
                let v = &wherefrom;
                v.write(cmd);
            }
            {
                let v = &whereto;
                v.write(cmd);
            }
            self.run(command)
        }

        /// Pop elements from a list: `LMPOP numkeys key ... <LEFT|RIGHT> [COUNT count]`.
        ///
        /// Complexity: O(N+M) where N is the number of provided keys and M is the number of elements returned.
        ///
        /// Since Redis 7.0.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::lmpop_with`] takes them.
        fn lmpop<T: FromValue + Send + 'static>(
            self,
            keys: impl ToArgs,
            where_arg: LmpopWhere,
        ) -> Self::Output<T> {
            self.lmpop_with::<T>(keys, where_arg, LmpopOptions::default())
        }

        /// `LMPOP` with options: [`LmpopOptions`]. See [`Commands::lmpop`].
        fn lmpop_with<T: FromValue + Send + 'static>(
            self,
            keys: impl ToArgs,
            where_arg: LmpopWhere,
            options: LmpopOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("LMPOP");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            {
                let v = &where_arg;
                v.write(cmd);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Display some computer art and the Redis version: `LOLWUT [VERSION version]`.
        ///
        /// Since Redis 5.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::lolwut_with`] takes them.
        fn lolwut(self) -> Self::Output<String> {
            self.lolwut_with(LolwutOptions::default())
        }

        /// `LOLWUT` with options: [`LolwutOptions`]. See [`Commands::lolwut`].
        fn lolwut_with(self, options: LolwutOptions) -> Self::Output<String> {
            let mut command = Cmd::new("LOLWUT");
            let cmd = &mut command;
            if let Some(v) = &options.version {
                cmd.push("VERSION");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Remove and get the first elements in a list: `LPOP key [count]`.
        ///
        /// Complexity: O(N) where N is the number of elements returned
        ///
        /// Since Redis 1.0.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::lpop_with`] takes them.
        fn lpop<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            self.lpop_with::<T>(key, LpopOptions::default())
        }

        /// `LPOP` with options: [`LpopOptions`]. See [`Commands::lpop`].
        fn lpop_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            options: LpopOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("LPOP");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Return the index of matching elements on a list: `LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]`.
        ///
        /// Complexity: O(N) where N is the number of elements in the list, for the average case. When searching for elements near the head or the tail of the list, or when the MAXLEN option is provided, the command may run in constant time.
        ///
        /// Since Redis 6.0.6, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::lpos_with`] takes them.
        fn lpos(self, key: impl ToArg, element: impl ToArg) -> Self::Output<Option<i64>> {
            self.lpos_with::<Option<i64>>(key, element, LposOptions::default())
        }

        /// `LPOS` with options: [`LposOptions`]. See [`Commands::lpos`].
        fn lpos_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            element: impl ToArg,
            options: LposOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("LPOS");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(element);
            if let Some(v) = &options.rank {
                cmd.push("RANK");
                cmd.push(*v);
            }
            if let Some(v) = &options.num_matches {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            if let Some(v) = &options.len {
                cmd.push("MAXLEN");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Prepend one or multiple elements to a list: `LPUSH key element ...`.
        ///
        /// Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        ///
        /// Since Redis 1.0.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn lpush(self, key: impl ToArg, elements: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("LPUSH");
            let cmd = &mut command;
            cmd.push(key);
            elements.write_args(cmd);
            self.run(command)
        }

        /// Prepend an element to a list, only if the list exists: `LPUSHX key element ...`.
        ///
        /// Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        ///
        /// Since Redis 2.2.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn lpushx(self, key: impl ToArg, elements: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("LPUSHX");
            let cmd = &mut command;
            cmd.push(key);
            elements.write_args(cmd);
            self.run(command)
        }

        /// Get a range of elements from a list: `LRANGE key start stop`.
        ///
        /// Complexity: O(S+N) where S is the distance of start offset from HEAD for small lists, from nearest end (HEAD or TAIL) for large lists; and N is the number of elements in the specified range.
        ///
        /// Since Redis 1.0.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn lrange<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            start: i64,
            stop: i64,
        ) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("LRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(stop);
            self.run(command)
        }

        /// Remove elements from a list: `LREM key count element`.
        ///
        /// Complexity: O(N+M) where N is the length of the list and M is the number of elements removed.
        ///
        /// Since Redis 1.0.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn lrem(self, key: impl ToArg, count: i64, element: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("LREM");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(count);
            cmd.push(element);
            self.run(command)
        }

        /// Set the value of an element in a list by its index: `LSET key index element`.
        ///
        /// Complexity: O(N) where N is the length of the list. Setting either the first or the last element of the list is O(1).
        ///
        /// Since Redis 1.0.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn lset(self, key: impl ToArg, index: i64, element: impl ToArg) -> Self::Output<()> {
            let mut command = Cmd::new("LSET");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(index);
            cmd.push(element);
            self.run(command)
        }

        /// Trim a list to the specified range: `LTRIM key start stop`.
        ///
        /// Complexity: O(N) where N is the number of elements to be removed by the operation.
        ///
        /// Since Redis 1.0.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn ltrim(self, key: impl ToArg, start: i64, stop: i64) -> Self::Output<()> {
            let mut command = Cmd::new("LTRIM");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(stop);
            self.run(command)
        }

        /// Outputs memory problems report: `MEMORY DOCTOR`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 4.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn memory_doctor(self) -> Self::Output<String> {
            let mut command = Cmd::new("MEMORY");
            let cmd = &mut command;
            cmd.push("DOCTOR");
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `MEMORY HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 4.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn memory_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("MEMORY");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Show allocator internal stats: `MEMORY MALLOC-STATS`.
        ///
        /// Complexity: Depends on how much memory is allocated, could be slow
        ///
        /// Since Redis 4.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn memory_malloc_stats(self) -> Self::Output<String> {
            let mut command = Cmd::new("MEMORY");
            let cmd = &mut command;
            cmd.push("MALLOC-STATS");
            self.run(command)
        }

        /// Ask the allocator to release memory: `MEMORY PURGE`.
        ///
        /// Complexity: Depends on how much memory is allocated, could be slow
        ///
        /// Since Redis 4.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn memory_purge(self) -> Self::Output<()> {
            let mut command = Cmd::new("MEMORY");
            let cmd = &mut command;
            cmd.push("PURGE");
            self.run(command)
        }

        /// Show memory usage details: `MEMORY STATS`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 4.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn memory_stats(self) -> Self::Output<MemoryStats> {
            let mut command = Cmd::new("MEMORY");
            let cmd = &mut command;
            cmd.push("STATS");
            self.run(command)
        }

        /// Estimate the memory usage of a key: `MEMORY USAGE key [SAMPLES count]`.
        ///
        /// Complexity: O(N) where N is the number of samples.
        ///
        /// Since Redis 4.0.0, group `server`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::memory_usage_with`] takes them.
        fn memory_usage(self, key: impl ToArg) -> Self::Output<Option<u64>> {
            self.memory_usage_with(key, MemoryUsageOptions::default())
        }

        /// `MEMORY USAGE` with options: [`MemoryUsageOptions`]. See [`Commands::memory_usage`].
        fn memory_usage_with(
            self,
            key: impl ToArg,
            options: MemoryUsageOptions,
        ) -> Self::Output<Option<u64>> {
            let mut command = Cmd::new("MEMORY");
            let cmd = &mut command;
            cmd.push("USAGE");
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push("SAMPLES");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Get the values of all the given keys: `MGET key ...`.
        ///
        /// Complexity: O(N) where N is the number of keys to retrieve.
        ///
        /// Since Redis 1.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn mget<T: FromValue + Send + 'static>(self, keys: impl ToArgs) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("MGET");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.run(command)
        }

        /// Atomically transfer a key from a Redis instance to another one: `MIGRATE host port <key|> destination-db timeout [COPY] [REPLACE] [[AUTH password]|[AUTH2 username password]] [KEYS key ...]`.
        ///
        /// Complexity: This command actually executes a DUMP+DEL in the source instance, and a RESTORE in the target instance. See the pages of these commands for time complexity. Also an O(N) data transfer between the two instances is performed.
        ///
        /// Since Redis 2.6.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::migrate_with`] takes them.
        fn migrate(
            self,
            host: impl ToArg,
            port: i64,
            key_or_empty_string: MigrateKeyOrEmptyString,
            destination_db: i64,
            timeout: i64,
        ) -> Self::Output<String> {
            self.migrate_with(
                host,
                port,
                key_or_empty_string,
                destination_db,
                timeout,
                MigrateOptions::default(),
            )
        }

        /// `MIGRATE` with options: [`MigrateOptions`]. See [`Commands::migrate`].
        fn migrate_with(
            self,
            host: impl ToArg,
            port: i64,
            key_or_empty_string: MigrateKeyOrEmptyString,
            destination_db: i64,
            timeout: i64,
            options: MigrateOptions,
        ) -> Self::Output<String> {
            let mut command = Cmd::new("MIGRATE");
            let cmd = &mut command;
            cmd.push(host);
            cmd.push(port);
            {
                let v = &key_or_empty_string;
                v.write(cmd);
            }
            cmd.push(destination_db);
            cmd.push(timeout);
            if options.copy {
                cmd.push("COPY");
            }
            if options.replace {
                cmd.push("REPLACE");
            }
            if let Some(v) = &options.authentication {
                v.write(cmd);
            }
            if let Some(v) = &options.key {
                cmd.push("KEYS");
                for v in v {
                    cmd.push(v);
                }
            }
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `MODULE HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn module_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("MODULE");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// List all modules loaded by the server: `MODULE LIST`.
        ///
        /// Complexity: O(N) where N is the number of loaded modules.
        ///
        /// Since Redis 4.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn module_list<T: FromValue + Send + 'static>(self) -> Self::Output<T> {
            let mut command = Cmd::new("MODULE");
            let cmd = &mut command;
            cmd.push("LIST");
            self.run(command)
        }

        /// Load a module: `MODULE LOAD path [arg ...]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 4.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn module_load(self, path: impl ToArg, args: impl ToArgs) -> Self::Output<()> {
            let mut command = Cmd::new("MODULE");
            let cmd = &mut command;
            cmd.push("LOAD");
            cmd.push(path);
            args.write_args(cmd);
            self.run(command)
        }

        /// Load a module with extended parameters: `MODULE LOADEX path [CONFIG name value ...] [ARGS arg ...]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 7.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::module_loadex_with`] takes them.
        fn module_loadex(self, path: impl ToArg) -> Self::Output<()> {
            self.module_loadex_with(path, ModuleLoadexOptions::default())
        }

        /// `MODULE LOADEX` with options: [`ModuleLoadexOptions`]. See [`Commands::module_loadex`].
        fn module_loadex_with(
            self,
            path: impl ToArg,
            options: ModuleLoadexOptions,
        ) -> Self::Output<()> {
            let mut command = Cmd::new("MODULE");
            let cmd = &mut command;
            cmd.push("LOADEX");
            cmd.push(path);
            if let Some(v) = &options.configs {
                for v in v {
                    cmd.push("CONFIG");
                    {
                        let v = &v.0;
                        cmd.push(v);
                    }
                    {
                        let v = &v.1;
                        cmd.push(v);
                    }
                }
            }
            if let Some(v) = &options.args {
                cmd.push("ARGS");
                for v in v {
                    {
                        let v = &v.0;
                        cmd.push(v);
                    }
                }
            }
            self.run(command)
        }

        /// Unload a module: `MODULE UNLOAD name`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 4.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn module_unload(self, name: impl ToArg) -> Self::Output<()> {
            let mut command = Cmd::new("MODULE");
            let cmd = &mut command;
            cmd.push("UNLOAD");
            cmd.push(name);
            self.run(command)
        }

        /// Move a key to another database: `MOVE key db`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn move_key(self, key: impl ToArg, db: i64) -> Self::Output<bool> {
            let mut command = Cmd::new("MOVE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(db);
            self.run(command)
        }

        /// Set multiple keys to multiple values: `MSET key value ...`.
        ///
        /// Complexity: O(N) where N is the number of keys to set.
        ///
        /// Since Redis 1.0.1, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn mset(self, key_values: impl ToArgs) -> Self::Output<()> {
            let mut command = Cmd::new("MSET");
            let cmd = &mut command;
            key_values.write_args(cmd);
            self.run(command)
        }

        /// Set multiple keys to multiple values, only if none of the keys exist: `MSETNX key value ...`.
        ///
        /// Complexity: O(N) where N is the number of keys to set.
        ///
        /// Since Redis 1.0.1, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn msetnx(self, key_values: impl ToArgs) -> Self::Output<bool> {
            let mut command = Cmd::new("MSETNX");
            let cmd = &mut command;
            key_values.write_args(cmd);
            self.run(command)
        }

        /// Inspect the internal encoding of a Redis object: `OBJECT ENCODING key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.2.3, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn object_encoding(self, key: impl ToArg) -> Self::Output<Option<String>> {
            let mut command = Cmd::new("OBJECT");
            let cmd = &mut command;
            cmd.push("ENCODING");
            cmd.push(key);
            self.run(command)
        }

        /// Get the logarithmic access frequency counter of a Redis object: `OBJECT FREQ key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 4.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn object_freq(self, key: impl ToArg) -> Self::Output<Option<u64>> {
            let mut command = Cmd::new("OBJECT");
            let cmd = &mut command;
            cmd.push("FREQ");
            cmd.push(key);
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `OBJECT HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.2.0, group `generic`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn object_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("OBJECT");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Get the time since a Redis object was last accessed: `OBJECT IDLETIME key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.2.3, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn object_idletime(self, key: impl ToArg) -> Self::Output<Option<u64>> {
            let mut command = Cmd::new("OBJECT");
            let cmd = &mut command;
            cmd.push("IDLETIME");
            cmd.push(key);
            self.run(command)
        }

        /// Get the number of references to the value of the key: `OBJECT REFCOUNT key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.2.3, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn object_refcount(self, key: impl ToArg) -> Self::Output<Option<u64>> {
            let mut command = Cmd::new("OBJECT");
            let cmd = &mut command;
            cmd.push("REFCOUNT");
            cmd.push(key);
            self.run(command)
        }

        /// Remove the expiration from a key: `PERSIST key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.2.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn persist(self, key: impl ToArg) -> Self::Output<bool> {
            let mut command = Cmd::new("PERSIST");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Set a key's time to live in milliseconds: `PEXPIRE key milliseconds [NX|XX|GT|LT]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.6.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::pexpire_with`] takes them.
        fn pexpire(self, key: impl ToArg, milliseconds: i64) -> Self::Output<bool> {
            self.pexpire_with(key, milliseconds, PexpireOptions::default())
        }

        /// `PEXPIRE` with options: [`PexpireOptions`]. See [`Commands::pexpire`].
        fn pexpire_with(
            self,
            key: impl ToArg,
            milliseconds: i64,
            options: PexpireOptions,
        ) -> Self::Output<bool> {
            let mut command = Cmd::new("PEXPIRE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(milliseconds);
            if let Some(v) = &options.condition {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Set the expiration for a key as a UNIX timestamp specified in milliseconds: `PEXPIREAT key unix-time-milliseconds [NX|XX|GT|LT]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.6.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::pexpireat_with`] takes them.
        fn pexpireat(self, key: impl ToArg, unix_time_milliseconds: u64) -> Self::Output<bool> {
            self.pexpireat_with(key, unix_time_milliseconds, PexpireatOptions::default())
        }

        /// `PEXPIREAT` with options: [`PexpireatOptions`]. See [`Commands::pexpireat`].
        fn pexpireat_with(
            self,
            key: impl ToArg,
            unix_time_milliseconds: u64,
            options: PexpireatOptions,
        ) -> Self::Output<bool> {
            let mut command = Cmd::new("PEXPIREAT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(unix_time_milliseconds);
            if let Some(v) = &options.condition {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Get the expiration Unix timestamp for a key in milliseconds: `PEXPIRETIME key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 7.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn pexpiretime(self, key: impl ToArg) -> Self::Output<i64> {
            let mut command = Cmd::new("PEXPIRETIME");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Adds the specified elements to the specified HyperLogLog: `PFADD key [element ...]`.
        ///
        /// Complexity: O(1) to add every element.
        ///
        /// Since Redis 2.8.9, group `hyperloglog`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn pfadd(self, key: impl ToArg, elements: impl ToArgs) -> Self::Output<bool> {
            let mut command = Cmd::new("PFADD");
            let cmd = &mut command;
            cmd.push(key);
            elements.write_args(cmd);
            self.run(command)
        }

        /// Return the approximated cardinality of the set(s) observed by the HyperLogLog at key(s): `PFCOUNT key ...`.
        ///
        /// Complexity: O(1) with a very small average constant time when called with a single key. O(N) with N being the number of keys, and much bigger constant times, when called with multiple keys.
        ///
        /// Since Redis 2.8.9, group `hyperloglog`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn pfcount(self, keys: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("PFCOUNT");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.run(command)
        }

        /// Internal commands for debugging HyperLogLog values: `PFDEBUG subcommand key`.
        ///
        /// Complexity: N/A
        ///
        /// Since Redis 2.8.9, group `hyperloglog`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn pfdebug<T: FromValue + Send + 'static>(
            self,
            subcommand: impl ToArg,
            key: impl ToArg,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("PFDEBUG");
            let cmd = &mut command;
            cmd.push(subcommand);
            cmd.push(key);
            self.run(command)
        }

        /// Merge N different HyperLogLogs into a single one: `PFMERGE destkey sourcekey ...`.
        ///
        /// Complexity: O(N) to merge N HyperLogLogs, but with high constant times.
        ///
        /// Since Redis 2.8.9, group `hyperloglog`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `destkey`, `sourcekey`.
        fn pfmerge(self, destkey: impl ToArg, sourcekeys: impl ToArgs) -> Self::Output<()> {
            let mut command = Cmd::new("PFMERGE");
            let cmd = &mut command;
            cmd.push(destkey);
            sourcekeys.write_args(cmd);
            self.run(command)
        }

        /// An internal command for testing HyperLogLog values: `PFSELFTEST`.
        ///
        /// Complexity: N/A
        ///
        /// Since Redis 2.8.9, group `hyperloglog`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn pfselftest(self) -> Self::Output<()> {
            let command = Cmd::new("PFSELFTEST");
            self.run(command)
        }

        /// Ping the server: `PING [message]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `connection`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::ping_with`] takes them.
        fn ping(self) -> Self::Output<()> {
            self.ping_with::<()>(PingOptions::default())
        }

        /// `PING` with options: [`PingOptions`]. See [`Commands::ping`].
        fn ping_with<T: FromValue + Send + 'static>(self, options: PingOptions) -> Self::Output<T> {
            let mut command = Cmd::new("PING");
            let cmd = &mut command;
            if let Some(v) = &options.message {
                cmd.push(v);
            }
            self.run(command)
        }

        /// Set the value and expiration in milliseconds of a key: `PSETEX key milliseconds value`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.6.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn psetex(self, key: impl ToArg, milliseconds: i64, value: impl ToArg) -> Self::Output<()> {
            let mut command = Cmd::new("PSETEX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(milliseconds);
            cmd.push(value);
            self.run(command)
        }

        /// Get the time to live for a key in milliseconds: `PTTL key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.6.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn pttl(self, key: impl ToArg) -> Self::Output<i64> {
            let mut command = Cmd::new("PTTL");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Post a message to a channel: `PUBLISH channel message`.
        ///
        /// Complexity: O(N+M) where N is the number of clients subscribed to the receiving channel and M is the total number of subscribed patterns (by any client).
        ///
        /// Since Redis 2.0.0, group `pubsub`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn publish(self, channel: impl ToArg, message: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("PUBLISH");
            let cmd = &mut command;
            cmd.push(channel);
            cmd.push(message);
            self.run(command)
        }

        /// List active channels: `PUBSUB CHANNELS [pattern]`.
        ///
        /// Complexity: O(N) where N is the number of active channels, and assuming constant time pattern matching (relatively short channels and patterns)
        ///
        /// Since Redis 2.8.0, group `pubsub`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::pubsub_channels_with`] takes them.
        fn pubsub_channels<T: FromValue + Send + 'static>(self) -> Self::Output<Vec<T>> {
            self.pubsub_channels_with::<T>(PubsubChannelsOptions::default())
        }

        /// `PUBSUB CHANNELS` with options: [`PubsubChannelsOptions`]. See [`Commands::pubsub_channels`].
        fn pubsub_channels_with<T: FromValue + Send + 'static>(
            self,
            options: PubsubChannelsOptions,
        ) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("PUBSUB");
            let cmd = &mut command;
            cmd.push("CHANNELS");
            if let Some(v) = &options.pattern {
                cmd.push(v);
            }
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `PUBSUB HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.2.0, group `pubsub`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn pubsub_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("PUBSUB");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Get the count of unique patterns pattern subscriptions: `PUBSUB NUMPAT`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.8.0, group `pubsub`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn pubsub_numpat(self) -> Self::Output<u64> {
            let mut command = Cmd::new("PUBSUB");
            let cmd = &mut command;
            cmd.push("NUMPAT");
            self.run(command)
        }

        /// Get the count of subscribers for channels: `PUBSUB NUMSUB [channel ...]`.
        ///
        /// Complexity: O(N) for the NUMSUB subcommand, where N is the number of requested channels
        ///
        /// Since Redis 2.8.0, group `pubsub`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn pubsub_numsub<T: FromValue + Send + 'static>(
            self,
            channels: impl ToArgs,
        ) -> Self::Output<Vec<(T, u64)>> {
            let mut command = Cmd::new("PUBSUB");
            let cmd = &mut command;
            cmd.push("NUMSUB");
            channels.write_args(cmd);
            self.run(command)
        }

        /// List active shard channels: `PUBSUB SHARDCHANNELS [pattern]`.
        ///
        /// Complexity: O(N) where N is the number of active shard channels, and assuming constant time pattern matching (relatively short shard channels).
        ///
        /// Since Redis 7.0.0, group `pubsub`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::pubsub_shardchannels_with`] takes them.
        fn pubsub_shardchannels<T: FromValue + Send + 'static>(self) -> Self::Output<Vec<T>> {
            self.pubsub_shardchannels_with::<T>(PubsubShardchannelsOptions::default())
        }

        /// `PUBSUB SHARDCHANNELS` with options: [`PubsubShardchannelsOptions`]. See [`Commands::pubsub_shardchannels`].
        fn pubsub_shardchannels_with<T: FromValue + Send + 'static>(
            self,
            options: PubsubShardchannelsOptions,
        ) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("PUBSUB");
            let cmd = &mut command;
            cmd.push("SHARDCHANNELS");
            if let Some(v) = &options.pattern {
                cmd.push(v);
            }
            self.run(command)
        }

        /// Get the count of subscribers for shard channels: `PUBSUB SHARDNUMSUB [shardchannel ...]`.
        ///
        /// Complexity: O(N) for the SHARDNUMSUB subcommand, where N is the number of requested shard channels
        ///
        /// Since Redis 7.0.0, group `pubsub`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn pubsub_shardnumsub<T: FromValue + Send + 'static>(
            self,
            shardchannels: impl ToArgs,
        ) -> Self::Output<Vec<(T, u64)>> {
            let mut command = Cmd::new("PUBSUB");
            let cmd = &mut command;
            cmd.push("SHARDNUMSUB");
            shardchannels.write_args(cmd);
            self.run(command)
        }

        /// Return a random key from the keyspace: `RANDOMKEY`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `generic`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn randomkey<T: FromValue + Send + 'static>(self) -> Self::Output<T> {
            let command = Cmd::new("RANDOMKEY");
            self.run(command)
        }

        /// Enables read queries for a connection to a cluster replica node: `READONLY`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn readonly(self) -> Self::Output<()> {
            let command = Cmd::new("READONLY");
            self.run(command)
        }

        /// Disables read queries for a connection to a cluster replica node: `READWRITE`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `cluster`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn readwrite(self) -> Self::Output<()> {
            let command = Cmd::new("READWRITE");
            self.run(command)
        }

        /// Rename a key: `RENAME key newkey`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`, `newkey`.
        fn rename(self, key: impl ToArg, newkey: impl ToArg) -> Self::Output<()> {
            let mut command = Cmd::new("RENAME");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(newkey);
            self.run(command)
        }

        /// Rename a key, only if the new key does not exist: `RENAMENX key newkey`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`, `newkey`.
        fn renamenx(self, key: impl ToArg, newkey: impl ToArg) -> Self::Output<bool> {
            let mut command = Cmd::new("RENAMENX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(newkey);
            self.run(command)
        }

        /// Make the server a replica of another instance, or promote it as master: `REPLICAOF <host port|NO ONE>`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn replicaof(self, args: ReplicaofArgs) -> Self::Output<()> {
            let mut command = Cmd::new("REPLICAOF");
            let cmd = &mut command;
            {
                let v = &args;
                v.write(cmd);
            }
            self.run(command)
        }

        /// Create a key using the provided serialized value, previously obtained using DUMP: `RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]`.
        ///
        /// Complexity: O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1). However for sorted set values the complexity is O(N*M*log(N)) because inserting values into sorted sets is O(log(N)).
        ///
        /// Since Redis 2.6.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::restore_with`] takes them.
        fn restore(
            self,
            key: impl ToArg,
            ttl: i64,
            serialized_value: impl ToArg,
        ) -> Self::Output<()> {
            self.restore_with(key, ttl, serialized_value, RestoreOptions::default())
        }

        /// `RESTORE` with options: [`RestoreOptions`]. See [`Commands::restore`].
        fn restore_with(
            self,
            key: impl ToArg,
            ttl: i64,
            serialized_value: impl ToArg,
            options: RestoreOptions,
        ) -> Self::Output<()> {
            let mut command = Cmd::new("RESTORE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(ttl);
            cmd.push(serialized_value);
            if options.replace {
                cmd.push("REPLACE");
            }
            if options.absttl {
                cmd.push("ABSTTL");
            }
            if let Some(v) = &options.seconds {
                cmd.push("IDLETIME");
                cmd.push(*v);
            }
            if let Some(v) = &options.frequency {
                cmd.push("FREQ");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// An internal command for migrating keys in a cluster: `RESTORE-ASKING key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]`.
        ///
        /// Complexity: O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1). However for sorted set values the complexity is O(N*M*log(N)) because inserting values into sorted sets is O(log(N)).
        ///
        /// Since Redis 3.0.0, group `server`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::restore_asking_with`] takes them.
        fn restore_asking(
            self,
            key: impl ToArg,
            ttl: i64,
            serialized_value: impl ToArg,
        ) -> Self::Output<()> {
            self.restore_asking_with(key, ttl, serialized_value, RestoreAskingOptions::default())
        }

        /// `RESTORE-ASKING` with options: [`RestoreAskingOptions`]. See [`Commands::restore_asking`].
        fn restore_asking_with(
            self,
            key: impl ToArg,
            ttl: i64,
            serialized_value: impl ToArg,
            options: RestoreAskingOptions,
        ) -> Self::Output<()> {
            let mut command = Cmd::new("RESTORE-ASKING");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(ttl);
            cmd.push(serialized_value);
            if options.replace {
                cmd.push("REPLACE");
            }
            if options.absttl {
                cmd.push("ABSTTL");
            }
            if let Some(v) = &options.seconds {
                cmd.push("IDLETIME");
                cmd.push(*v);
            }
            if let Some(v) = &options.frequency {
                cmd.push("FREQ");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Return the role of the instance in the context of replication: `ROLE`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.8.12, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn role(self) -> Self::Output<Role> {
            let command = Cmd::new("ROLE");
            self.run(command)
        }

        /// Remove and get the last elements in a list: `RPOP key [count]`.
        ///
        /// Complexity: O(N) where N is the number of elements returned
        ///
        /// Since Redis 1.0.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::rpop_with`] takes them.
        fn rpop<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            self.rpop_with::<T>(key, RpopOptions::default())
        }

        /// `RPOP` with options: [`RpopOptions`]. See [`Commands::rpop`].
        fn rpop_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            options: RpopOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("RPOP");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Remove the last element in a list, prepend it to another list and return it: `RPOPLPUSH source destination`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.2.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `source`, `destination`.
        ///
        /// Deprecated: replaced by `LMOVE` with the `RIGHT` and `LEFT` arguments.
        fn rpoplpush<T: FromValue + Send + 'static>(
            self,
            source: impl ToArg,
            destination: impl ToArg,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("RPOPLPUSH");
            let cmd = &mut command;
            cmd.push(source);
            cmd.push(destination);
            self.run(command)
        }

        /// Append one or multiple elements to a list: `RPUSH key element ...`.
        ///
        /// Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        ///
        /// Since Redis 1.0.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn rpush(self, key: impl ToArg, elements: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("RPUSH");
            let cmd = &mut command;
            cmd.push(key);
            elements.write_args(cmd);
            self.run(command)
        }

        /// Append an element to a list, only if the list exists: `RPUSHX key element ...`.
        ///
        /// Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        ///
        /// Since Redis 2.2.0, group `list`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn rpushx(self, key: impl ToArg, elements: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("RPUSHX");
            let cmd = &mut command;
            cmd.push(key);
            elements.write_args(cmd);
            self.run(command)
        }

        /// Add one or more members to a set: `SADD key member ...`.
        ///
        /// Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn sadd(self, key: impl ToArg, members: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("SADD");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.run(command)
        }

        /// Synchronously save the dataset to disk: `SAVE`.
        ///
        /// Complexity: O(N) where N is the total number of keys in all databases
        ///
        /// Since Redis 1.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn save(self) -> Self::Output<()> {
            let command = Cmd::new("SAVE");
            self.run(command)
        }

        /// Incrementally iterate the keys space: `SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]`.
        ///
        /// Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.
        ///
        /// Since Redis 2.8.0, group `generic`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::scan_with`] takes them.
        fn scan<T: FromValue + Send + 'static>(self, cursor: i64) -> Self::Output<T> {
            self.scan_with::<T>(cursor, ScanOptions::default())
        }

        /// `SCAN` with options: [`ScanOptions`]. See [`Commands::scan`].
        fn scan_with<T: FromValue + Send + 'static>(
            self,
            cursor: i64,
            options: ScanOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("SCAN");
            let cmd = &mut command;
            cmd.push(cursor);
            options.write(cmd);
            self.run(command)
        }

        /// Get the number of members in a set: `SCARD key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn scard(self, key: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("SCARD");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Set the debug mode for executed scripts: `SCRIPT DEBUG <YES|SYNC|NO>`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.2.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn script_debug(self, mode: ScriptDebugMode) -> Self::Output<()> {
            let mut command = Cmd::new("SCRIPT");
            let cmd = &mut command;
            cmd.push("DEBUG");
            {
                let v = &mode;
                v.write(cmd);
            }
            self.run(command)
        }

        /// Check existence of scripts in the script cache: `SCRIPT EXISTS sha1 ...`.
        ///
        /// Complexity: O(N) with N being the number of scripts to check (so checking a single script is an O(1) operation).
        ///
        /// Since Redis 2.6.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn script_exists(self, sha1s: impl ToArgs) -> Self::Output<Vec<bool>> {
            let mut command = Cmd::new("SCRIPT");
            let cmd = &mut command;
            cmd.push("EXISTS");
            sha1s.write_args(cmd);
            self.run(command)
        }

        /// Remove all the scripts from the script cache: `SCRIPT FLUSH [ASYNC|SYNC]`.
        ///
        /// Complexity: O(N) with N being the number of scripts in cache
        ///
        /// Since Redis 2.6.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::script_flush_with`] takes them.
        fn script_flush(self) -> Self::Output<()> {
            self.script_flush_with(ScriptFlushOptions::default())
        }

        /// `SCRIPT FLUSH` with options: [`ScriptFlushOptions`]. See [`Commands::script_flush`].
        fn script_flush_with(self, options: ScriptFlushOptions) -> Self::Output<()> {
            let mut command = Cmd::new("SCRIPT");
            let cmd = &mut command;
            cmd.push("FLUSH");
            if let Some(v) = &options.asynchronous {
                v.write(cmd);
            }
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `SCRIPT HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn script_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("SCRIPT");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Kill the script currently in execution: `SCRIPT KILL`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.6.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn script_kill(self) -> Self::Output<()> {
            let mut command = Cmd::new("SCRIPT");
            let cmd = &mut command;
            cmd.push("KILL");
            self.run(command)
        }

        /// Load the specified Lua script into the script cache: `SCRIPT LOAD script`.
        ///
        /// Complexity: O(N) with N being the length in bytes of the script body.
        ///
        /// Since Redis 2.6.0, group `scripting`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn script_load(self, script: impl ToArg) -> Self::Output<String> {
            let mut command = Cmd::new("SCRIPT");
            let cmd = &mut command;
            cmd.push("LOAD");
            cmd.push(script);
            self.run(command)
        }

        /// Subtract multiple sets: `SDIFF key ...`.
        ///
        /// Complexity: O(N) where N is the total number of elements in all given sets.
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn sdiff<T: FromValue + Send + 'static>(self, keys: impl ToArgs) -> Self::Output<T> {
            let mut command = Cmd::new("SDIFF");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.run(command)
        }

        /// Subtract multiple sets and store the resulting set in a key: `SDIFFSTORE destination key ...`.
        ///
        /// Complexity: O(N) where N is the total number of elements in all given sets.
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `destination`, `key`.
        fn sdiffstore(self, destination: impl ToArg, keys: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("SDIFFSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            keys.write_args(cmd);
            self.run(command)
        }

        /// Set the string value of a key: `SET key value [NX|XX] [GET] [EX seconds|PX milliseconds|EXAT unix-time-seconds|PXAT unix-time-milliseconds|KEEPTTL]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::set_with`] takes them.
        fn set(self, key: impl ToArg, value: impl ToArg) -> Self::Output<()> {
            self.set_with::<()>(key, value, SetOptions::default())
        }

        /// `SET` with options: [`SetOptions`]. See [`Commands::set`].
        fn set_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            value: impl ToArg,
            options: SetOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("SET");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(value);
            options.write(cmd);
            self.run(command)
        }

        /// Sets or clears the bit at offset in the string value stored at key: `SETBIT key offset value`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.2.0, group `bitmap`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn setbit(self, key: impl ToArg, offset: i64, value: i64) -> Self::Output<u8> {
            let mut command = Cmd::new("SETBIT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(offset);
            cmd.push(value);
            self.run(command)
        }

        /// Set the value and expiration of a key: `SETEX key seconds value`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn setex(self, key: impl ToArg, seconds: i64, value: impl ToArg) -> Self::Output<()> {
            let mut command = Cmd::new("SETEX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(seconds);
            cmd.push(value);
            self.run(command)
        }

        /// Set the value of a key, only if the key does not exist: `SETNX key value`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn setnx(self, key: impl ToArg, value: impl ToArg) -> Self::Output<bool> {
            let mut command = Cmd::new("SETNX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(value);
            self.run(command)
        }

        /// Overwrite part of a string at key starting at the specified offset: `SETRANGE key offset value`.
        ///
        /// Complexity: O(1), not counting the time taken to copy the new string in place. Usually, this string is very small so the amortized complexity is O(1). Otherwise, complexity is O(M) with M being the length of the value argument.
        ///
        /// Since Redis 2.2.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn setrange(self, key: impl ToArg, offset: i64, value: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("SETRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(offset);
            cmd.push(value);
            self.run(command)
        }

        /// Synchronously save the dataset to disk and then shut down the server: `SHUTDOWN [NOSAVE|SAVE] [NOW] [FORCE] [ABORT]`.
        ///
        /// Complexity: O(N) when saving, where N is the total number of keys in all databases when saving data, otherwise O(1)
        ///
        /// Since Redis 1.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::shutdown_with`] takes them.
        fn shutdown(self) -> Self::Output<()> {
            self.shutdown_with(ShutdownOptions::default())
        }

        /// `SHUTDOWN` with options: [`ShutdownOptions`]. See [`Commands::shutdown`].
        fn shutdown_with(self, options: ShutdownOptions) -> Self::Output<()> {
            let mut command = Cmd::new("SHUTDOWN");
            let cmd = &mut command;
            if let Some(v) = &options.nosave_save {
                v.write(cmd);
            }
            if options.now {
                cmd.push("NOW");
            }
            if options.force {
                cmd.push("FORCE");
            }
            if options.abort {
                cmd.push("ABORT");
            }
            self.run(command)
        }

        /// Intersect multiple sets: `SINTER key ...`.
        ///
        /// Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn sinter<T: FromValue + Send + 'static>(self, keys: impl ToArgs) -> Self::Output<T> {
            let mut command = Cmd::new("SINTER");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.run(command)
        }

        /// Intersect multiple sets and return the cardinality of the result: `SINTERCARD numkeys key ... [LIMIT limit]`.
        ///
        /// Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
        ///
        /// Since Redis 7.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::sintercard_with`] takes them.
        fn sintercard(self, keys: impl ToArgs) -> Self::Output<u64> {
            self.sintercard_with(keys, SintercardOptions::default())
        }

        /// `SINTERCARD` with options: [`SintercardOptions`]. See [`Commands::sintercard`].
        fn sintercard_with(
            self,
            keys: impl ToArgs,
            options: SintercardOptions,
        ) -> Self::Output<u64> {
            let mut command = Cmd::new("SINTERCARD");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if let Some(v) = &options.limit {
                cmd.push("LIMIT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Intersect multiple sets and store the resulting set in a key: `SINTERSTORE destination key ...`.
        ///
        /// Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `destination`, `key`.
        fn sinterstore(self, destination: impl ToArg, keys: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("SINTERSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            keys.write_args(cmd);
            self.run(command)
        }

        /// Determine if a given value is a member of a set: `SISMEMBER key member`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn sismember(self, key: impl ToArg, member: impl ToArg) -> Self::Output<bool> {
            let mut command = Cmd::new("SISMEMBER");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member);
            self.run(command)
        }

        /// Make the server a replica of another instance, or promote it as master: `SLAVEOF <host port|NO ONE>`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Deprecated: replaced by `REPLICAOF`.
        fn slaveof(self, args: SlaveofArgs) -> Self::Output<()> {
            let mut command = Cmd::new("SLAVEOF");
            let cmd = &mut command;
            {
                let v = &args;
                v.write(cmd);
            }
            self.run(command)
        }

        /// Get the slow log's entries: `SLOWLOG GET [count]`.
        ///
        /// Complexity: O(N) where N is the number of entries returned
        ///
        /// Since Redis 2.2.12, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        ///
        /// Without options; [`Commands::slowlog_get_with`] takes them.
        fn slowlog_get(self) -> Self::Output<Vec<SlowlogEntry>> {
            self.slowlog_get_with(SlowlogGetOptions::default())
        }

        /// `SLOWLOG GET` with options: [`SlowlogGetOptions`]. See [`Commands::slowlog_get`].
        fn slowlog_get_with(self, options: SlowlogGetOptions) -> Self::Output<Vec<SlowlogEntry>> {
            let mut command = Cmd::new("SLOWLOG");
            let cmd = &mut command;
            cmd.push("GET");
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `SLOWLOG HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.2.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn slowlog_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("SLOWLOG");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Get the slow log's length: `SLOWLOG LEN`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.2.12, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn slowlog_len(self) -> Self::Output<u64> {
            let mut command = Cmd::new("SLOWLOG");
            let cmd = &mut command;
            cmd.push("LEN");
            self.run(command)
        }

        /// Clear all entries from the slow log: `SLOWLOG RESET`.
        ///
        /// Complexity: O(N) where N is the number of entries in the slowlog
        ///
        /// Since Redis 2.2.12, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn slowlog_reset(self) -> Self::Output<()> {
            let mut command = Cmd::new("SLOWLOG");
            let cmd = &mut command;
            cmd.push("RESET");
            self.run(command)
        }

        /// Get all the members in a set: `SMEMBERS key`.
        ///
        /// Complexity: O(N) where N is the set cardinality.
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn smembers<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            let mut command = Cmd::new("SMEMBERS");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Returns the membership associated with the given elements for a set: `SMISMEMBER key member ...`.
        ///
        /// Complexity: O(N) where N is the number of elements being checked for membership
        ///
        /// Since Redis 6.2.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn smismember(self, key: impl ToArg, members: impl ToArgs) -> Self::Output<Vec<bool>> {
            let mut command = Cmd::new("SMISMEMBER");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.run(command)
        }

        /// Move a member from one set to another: `SMOVE source destination member`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `source`, `destination`.
        fn smove(
            self,
            source: impl ToArg,
            destination: impl ToArg,
            member: impl ToArg,
        ) -> Self::Output<bool> {
            let mut command = Cmd::new("SMOVE");
            let cmd = &mut command;
            cmd.push(source);
            cmd.push(destination);
            cmd.push(member);
            self.run(command)
        }

        /// Sort the elements in a list, set or sorted set: `SORT key [BY pattern] [LIMIT offset count] [GET pattern ...] [ASC|DESC] [ALPHA] [STORE destination]`.
        ///
        /// Complexity: O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).
        ///
        /// Since Redis 1.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`, `destination`.
        ///
        /// Without options; [`Commands::sort_with`] takes them.
        fn sort<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            self.sort_with::<T>(key, SortOptions::default())
        }

        /// `SORT` with options: [`SortOptions`]. See [`Commands::sort`].
        fn sort_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            options: SortOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("SORT");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.pattern {
                cmd.push("BY");
                cmd.push(v);
            }
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            if let Some(v) = &options.pattern2 {
                for v in v {
                    cmd.push("GET");
                    cmd.push(v);
                }
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            if options.sorting {
                cmd.push("ALPHA");
            }
            if let Some(v) = &options.destination {
                cmd.push("STORE");
                cmd.push(v);
            }
            self.run(command)
        }

        /// Sort the elements in a list, set or sorted set. Read-only variant of SORT: `SORT_RO key [BY pattern] [LIMIT offset count] [GET pattern ...] [ASC|DESC] [ALPHA]`.
        ///
        /// Complexity: O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).
        ///
        /// Since Redis 7.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::sort_ro_with`] takes them.
        fn sort_ro<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            self.sort_ro_with::<T>(key, SortRoOptions::default())
        }

        /// `SORT_RO` with options: [`SortRoOptions`]. See [`Commands::sort_ro`].
        fn sort_ro_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            options: SortRoOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("SORT_RO");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.pattern {
                cmd.push("BY");
                cmd.push(v);
            }
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            if let Some(v) = &options.pattern2 {
                for v in v {
                    cmd.push("GET");
                    cmd.push(v);
                }
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            if options.sorting {
                cmd.push("ALPHA");
            }
            self.run(command)
        }

        /// Remove and return one or multiple random members from a set: `SPOP key [count]`.
        ///
        /// Complexity: Without the count argument O(1), otherwise O(N) where N is the value of the passed count.
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::spop_with`] takes them.
        fn spop<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            self.spop_with::<T>(key, SpopOptions::default())
        }

        /// `SPOP` with options: [`SpopOptions`]. See [`Commands::spop`].
        fn spop_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            options: SpopOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("SPOP");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Post a message to a shard channel: `SPUBLISH shardchannel message`.
        ///
        /// Complexity: O(N) where N is the number of clients subscribed to the receiving shard channel.
        ///
        /// Since Redis 7.0.0, group `pubsub`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn spublish(self, shardchannel: impl ToArg, message: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("SPUBLISH");
            let cmd = &mut command;
            cmd.push(shardchannel);
            cmd.push(message);
            self.run(command)
        }

        /// Get one or multiple random members from a set: `SRANDMEMBER key [count]`.
        ///
        /// Complexity: Without the count argument O(1), otherwise O(N) where N is the absolute value of the passed count.
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::srandmember_with`] takes them.
        fn srandmember<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            self.srandmember_with::<T>(key, SrandmemberOptions::default())
        }

        /// `SRANDMEMBER` with options: [`SrandmemberOptions`]. See [`Commands::srandmember`].
        fn srandmember_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            options: SrandmemberOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("SRANDMEMBER");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Remove one or more members from a set: `SREM key member ...`.
        ///
        /// Complexity: O(N) where N is the number of members to be removed.
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn srem(self, key: impl ToArg, members: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("SREM");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.run(command)
        }

        /// Incrementally iterate Set elements: `SSCAN key cursor [MATCH pattern] [COUNT count]`.
        ///
        /// Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
        ///
        /// Since Redis 2.8.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::sscan_with`] takes them.
        fn sscan<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            cursor: i64,
        ) -> Self::Output<T> {
            self.sscan_with::<T>(key, cursor, SscanOptions::default())
        }

        /// `SSCAN` with options: [`SscanOptions`]. See [`Commands::sscan`].
        fn sscan_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            cursor: i64,
            options: SscanOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("SSCAN");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(cursor);
            if let Some(v) = &options.pattern {
                cmd.push("MATCH");
                cmd.push(v);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Get the length of the value stored in a key: `STRLEN key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.2.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn strlen(self, key: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("STRLEN");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Get a substring of the string stored at a key: `SUBSTR key start end`.
        ///
        /// Complexity: O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.
        ///
        /// Since Redis 1.0.0, group `string`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Deprecated: replaced by `GETRANGE`.
        fn substr<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            start: i64,
            end: i64,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("SUBSTR");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(end);
            self.run(command)
        }

        /// Add multiple sets: `SUNION key ...`.
        ///
        /// Complexity: O(N) where N is the total number of elements in all given sets.
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn sunion<T: FromValue + Send + 'static>(self, keys: impl ToArgs) -> Self::Output<T> {
            let mut command = Cmd::new("SUNION");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.run(command)
        }

        /// Add multiple sets and store the resulting set in a key: `SUNIONSTORE destination key ...`.
        ///
        /// Complexity: O(N) where N is the total number of elements in all given sets.
        ///
        /// Since Redis 1.0.0, group `set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `destination`, `key`.
        fn sunionstore(self, destination: impl ToArg, keys: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("SUNIONSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            keys.write_args(cmd);
            self.run(command)
        }

        /// Swaps two Redis databases: `SWAPDB index1 index2`.
        ///
        /// Complexity: O(N) where N is the count of clients watching or blocking on keys from both databases.
        ///
        /// Since Redis 4.0.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn swapdb(self, index1: i64, index2: i64) -> Self::Output<()> {
            let mut command = Cmd::new("SWAPDB");
            let cmd = &mut command;
            cmd.push(index1);
            cmd.push(index2);
            self.run(command)
        }

        /// Return the current server time: `TIME`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 2.6.0, group `server`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn time(self) -> Self::Output<(u64, u64)> {
            let command = Cmd::new("TIME");
            self.run(command)
        }

        /// Alters the last access time of a key(s). Returns the number of existing keys specified: `TOUCH key ...`.
        ///
        /// Complexity: O(N) where N is the number of keys that will be touched.
        ///
        /// Since Redis 3.2.1, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn touch(self, keys: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("TOUCH");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.run(command)
        }

        /// Get the time to live for a key in seconds: `TTL key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn ttl(self, key: impl ToArg) -> Self::Output<Ttl> {
            let mut command = Cmd::new("TTL");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Determine the type stored at key: `TYPE key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn key_type(self, key: impl ToArg) -> Self::Output<String> {
            let mut command = Cmd::new("TYPE");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Delete a key asynchronously in another thread. Otherwise it is just as DEL, but non blocking: `UNLINK key ...`.
        ///
        /// Complexity: O(1) for each key removed regardless of its size. Then the command does O(N) work in a different thread in order to reclaim memory, where N is the number of allocations the deleted objects where composed of.
        ///
        /// Since Redis 4.0.0, group `generic`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn unlink(self, keys: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("UNLINK");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.run(command)
        }

        /// Wait for the synchronous replication of all the write commands sent in the context of the current connection: `WAIT numreplicas timeout`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 3.0.0, group `generic`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn wait(self, numreplicas: i64, timeout: i64) -> Self::Output<u64> {
            let mut command = Cmd::new("WAIT");
            let cmd = &mut command;
            cmd.push(numreplicas);
            cmd.push(timeout);
            self.run(command)
        }

        /// Marks a pending message as correctly processed, effectively removing it from the pending entries list of the consumer group. Return value of the command is the number of messages successfully acknowledged, that is, the IDs we were actually able to resolve in the PEL: `XACK key group id ...`.
        ///
        /// Complexity: O(1) for each message ID processed.
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn xack(self, key: impl ToArg, group: impl ToArg, ids: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("XACK");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(group);
            ids.write_args(cmd);
            self.run(command)
        }

        /// Appends a new entry to a stream: `XADD key [NOMKSTREAM] [<MAXLEN|MINID> [=|~] threshold [LIMIT count]] <*|id> field value ...`.
        ///
        /// Complexity: O(1) when adding a new entry, O(N) when trimming where N being the number of entries evicted.
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::xadd_with`] takes them.
        fn xadd<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            id_or_auto: XaddIdOrAuto,
            field_values: impl ToArgs,
        ) -> Self::Output<T> {
            self.xadd_with::<T>(key, id_or_auto, field_values, XaddOptions::default())
        }

        /// `XADD` with options: [`XaddOptions`]. See [`Commands::xadd`].
        fn xadd_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            id_or_auto: XaddIdOrAuto,
            field_values: impl ToArgs,
            options: XaddOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("XADD");
            let cmd = &mut command;
            cmd.push(key);
            if options.nomkstream {
                cmd.push("NOMKSTREAM");
            }
            if let Some(v) = &options.trim {
                {
                    let v = &v.0;
                    v.write(cmd);
                }
                if let Some(v) = &v.1 {
                    v.write(cmd);
                }
                {
                    let v = &v.2;
                    cmd.push(v);
                }
                if let Some(v) = &v.3 {
                    cmd.push("LIMIT");
                    cmd.push(*v);
                }
            }
            {
                let v = &id_or_auto;
                v.write(cmd);
            }
            field_values.write_args(cmd);
            self.run(command)
        }

        /// Changes (or acquires) ownership of messages in a consumer group, as if the messages were delivered to the specified consumer: `XAUTOCLAIM key group consumer min-idle-time start [COUNT count] [JUSTID]`.
        ///
        /// Complexity: O(1) if COUNT is small.
        ///
        /// Since Redis 6.2.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::xautoclaim_with`] takes them.
        fn xautoclaim(
            self,
            key: impl ToArg,
            group: impl ToArg,
            consumer: impl ToArg,
            min_idle_time: impl ToArg,
            start: impl ToArg,
        ) -> Self::Output<AutoClaimReply> {
            self.xautoclaim_with::<AutoClaimReply>(
                key,
                group,
                consumer,
                min_idle_time,
                start,
                XautoclaimOptions::default(),
            )
        }

        /// `XAUTOCLAIM` with options: [`XautoclaimOptions`]. See [`Commands::xautoclaim`].
        fn xautoclaim_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            group: impl ToArg,
            consumer: impl ToArg,
            min_idle_time: impl ToArg,
            start: impl ToArg,
            options: XautoclaimOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("XAUTOCLAIM");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(group);
            cmd.push(consumer);
            cmd.push(min_idle_time);
            cmd.push(start);
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            if options.justid {
                cmd.push("JUSTID");
            }
            self.run(command)
        }

        /// Changes (or acquires) ownership of a message in a consumer group, as if the message was delivered to the specified consumer: `XCLAIM key group consumer min-idle-time id ... [IDLE ms] [TIME unix-time-milliseconds] [RETRYCOUNT count] [FORCE] [JUSTID] [LASTID id]`.
        ///
        /// Complexity: O(log N) with N being the number of messages in the PEL of the consumer group.
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::xclaim_with`] takes them.
        fn xclaim(
            self,
            key: impl ToArg,
            group: impl ToArg,
            consumer: impl ToArg,
            min_idle_time: impl ToArg,
            ids: impl ToArgs,
        ) -> Self::Output<Vec<StreamEntry>> {
            self.xclaim_with::<Vec<StreamEntry>>(
                key,
                group,
                consumer,
                min_idle_time,
                ids,
                XclaimOptions::default(),
            )
        }

        /// `XCLAIM` with options: [`XclaimOptions`]. See [`Commands::xclaim`].
        fn xclaim_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            group: impl ToArg,
            consumer: impl ToArg,
            min_idle_time: impl ToArg,
            ids: impl ToArgs,
            options: XclaimOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("XCLAIM");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(group);
            cmd.push(consumer);
            cmd.push(min_idle_time);
            ids.write_args(cmd);
            if let Some(v) = &options.ms {
                cmd.push("IDLE");
                cmd.push(*v);
            }
            if let Some(v) = &options.unix_time_milliseconds {
                cmd.push("TIME");
                cmd.push(*v);
            }
            if let Some(v) = &options.count {
                cmd.push("RETRYCOUNT");
                cmd.push(*v);
            }
            if options.force {
                cmd.push("FORCE");
            }
            if options.justid {
                cmd.push("JUSTID");
            }
            if let Some(v) = &options.id {
                cmd.push("LASTID");
                cmd.push(v);
            }
            self.run(command)
        }

        /// Removes the specified entries from the stream. Returns the number of items actually deleted, that may be different from the number of IDs passed in case certain IDs do not exist: `XDEL key id ...`.
        ///
        /// Complexity: O(1) for each single item to delete in the stream, regardless of the stream size.
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn xdel(self, key: impl ToArg, ids: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("XDEL");
            let cmd = &mut command;
            cmd.push(key);
            ids.write_args(cmd);
            self.run(command)
        }

        /// Create a consumer group: `XGROUP CREATE key groupname <id|$> [MKSTREAM] [ENTRIESREAD entries_read]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::xgroup_create_with`] takes them.
        fn xgroup_create(
            self,
            key: impl ToArg,
            groupname: impl ToArg,
            id: XgroupCreateId,
        ) -> Self::Output<()> {
            self.xgroup_create_with(key, groupname, id, XgroupCreateOptions::default())
        }

        /// `XGROUP CREATE` with options: [`XgroupCreateOptions`]. See [`Commands::xgroup_create`].
        fn xgroup_create_with(
            self,
            key: impl ToArg,
            groupname: impl ToArg,
            id: XgroupCreateId,
            options: XgroupCreateOptions,
        ) -> Self::Output<()> {
            let mut command = Cmd::new("XGROUP");
            let cmd = &mut command;
            cmd.push("CREATE");
            cmd.push(key);
            cmd.push(groupname);
            {
                let v = &id;
                v.write(cmd);
            }
            if options.mkstream {
                cmd.push("MKSTREAM");
            }
            if let Some(v) = &options.entries_read {
                cmd.push("ENTRIESREAD");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Create a consumer in a consumer group: `XGROUP CREATECONSUMER key groupname consumername`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 6.2.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn xgroup_createconsumer(
            self,
            key: impl ToArg,
            groupname: impl ToArg,
            consumername: impl ToArg,
        ) -> Self::Output<bool> {
            let mut command = Cmd::new("XGROUP");
            let cmd = &mut command;
            cmd.push("CREATECONSUMER");
            cmd.push(key);
            cmd.push(groupname);
            cmd.push(consumername);
            self.run(command)
        }

        /// Delete a consumer from a consumer group: `XGROUP DELCONSUMER key groupname consumername`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn xgroup_delconsumer(
            self,
            key: impl ToArg,
            groupname: impl ToArg,
            consumername: impl ToArg,
        ) -> Self::Output<u64> {
            let mut command = Cmd::new("XGROUP");
            let cmd = &mut command;
            cmd.push("DELCONSUMER");
            cmd.push(key);
            cmd.push(groupname);
            cmd.push(consumername);
            self.run(command)
        }

        /// Destroy a consumer group: `XGROUP DESTROY key groupname`.
        ///
        /// Complexity: O(N) where N is the number of entries in the group's pending entries list (PEL).
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn xgroup_destroy(self, key: impl ToArg, groupname: impl ToArg) -> Self::Output<bool> {
            let mut command = Cmd::new("XGROUP");
            let cmd = &mut command;
            cmd.push("DESTROY");
            cmd.push(key);
            cmd.push(groupname);
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `XGROUP HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn xgroup_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("XGROUP");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Set a consumer group to an arbitrary last delivered ID value: `XGROUP SETID key groupname <id|$> [ENTRIESREAD entries_read]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::xgroup_setid_with`] takes them.
        fn xgroup_setid(
            self,
            key: impl ToArg,
            groupname: impl ToArg,
            id: XgroupSetidId,
        ) -> Self::Output<()> {
            self.xgroup_setid_with(key, groupname, id, XgroupSetidOptions::default())
        }

        /// `XGROUP SETID` with options: [`XgroupSetidOptions`]. See [`Commands::xgroup_setid`].
        fn xgroup_setid_with(
            self,
            key: impl ToArg,
            groupname: impl ToArg,
            id: XgroupSetidId,
            options: XgroupSetidOptions,
        ) -> Self::Output<()> {
            let mut command = Cmd::new("XGROUP");
            let cmd = &mut command;
            cmd.push("SETID");
            cmd.push(key);
            cmd.push(groupname);
            {
                let v = &id;
                v.write(cmd);
            }
            if let Some(v) = &options.entries_read {
                cmd.push("ENTRIESREAD");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// List the consumers in a consumer group: `XINFO CONSUMERS key groupname`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn xinfo_consumers(
            self,
            key: impl ToArg,
            groupname: impl ToArg,
        ) -> Self::Output<Vec<StreamConsumerInfo>> {
            let mut command = Cmd::new("XINFO");
            let cmd = &mut command;
            cmd.push("CONSUMERS");
            cmd.push(key);
            cmd.push(groupname);
            self.run(command)
        }

        /// List the consumer groups of a stream: `XINFO GROUPS key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn xinfo_groups(self, key: impl ToArg) -> Self::Output<Vec<StreamGroupInfo>> {
            let mut command = Cmd::new("XINFO");
            let cmd = &mut command;
            cmd.push("GROUPS");
            cmd.push(key);
            self.run(command)
        }

        /// Show helpful text about the different subcommands: `XINFO HELP`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// No key arguments: in a cluster, any node can serve it.
        fn xinfo_help(self) -> Self::Output<Vec<String>> {
            let mut command = Cmd::new("XINFO");
            let cmd = &mut command;
            cmd.push("HELP");
            self.run(command)
        }

        /// Get information about a stream: `XINFO STREAM key [FULL [COUNT count]]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::xinfo_stream_with`] takes them.
        fn xinfo_stream(self, key: impl ToArg) -> Self::Output<StreamInfo> {
            self.xinfo_stream_with(key, XinfoStreamOptions::default())
        }

        /// `XINFO STREAM` with options: [`XinfoStreamOptions`]. See [`Commands::xinfo_stream`].
        fn xinfo_stream_with(
            self,
            key: impl ToArg,
            options: XinfoStreamOptions,
        ) -> Self::Output<StreamInfo> {
            let mut command = Cmd::new("XINFO");
            let cmd = &mut command;
            cmd.push("STREAM");
            cmd.push(key);
            if let Some(v) = &options.full {
                cmd.push("FULL");
                if let Some(v) = &v.0 {
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
            }
            self.run(command)
        }

        /// Return the number of entries in a stream: `XLEN key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn xlen(self, key: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("XLEN");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Return information and entries from a stream consumer group pending entries list, that are messages fetched but never acknowledged: `XPENDING key group [[IDLE min-idle-time] start end count [consumer]]`.
        ///
        /// Complexity: O(N) with N being the number of elements returned, so asking for a small fixed number of entries per call is O(1). O(M), where M is the total number of entries scanned when used with the IDLE filter. When the command returns just the summary and the list of consumers is small, it runs in O(1) time; otherwise, an additional O(N) time for iterating every consumer.
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::xpending_with`] takes them.
        fn xpending(self, key: impl ToArg, group: impl ToArg) -> Self::Output<PendingSummary> {
            self.xpending_with::<PendingSummary>(key, group, XpendingOptions::default())
        }

        /// `XPENDING` with options: [`XpendingOptions`]. See [`Commands::xpending`].
        fn xpending_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            group: impl ToArg,
            options: XpendingOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("XPENDING");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(group);
            if let Some(v) = &options.filters {
                if let Some(v) = &v.0 {
                    cmd.push("IDLE");
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(v);
                }
                {
                    let v = &v.2;
                    cmd.push(v);
                }
                {
                    let v = &v.3;
                    cmd.push(*v);
                }
                if let Some(v) = &v.4 {
                    cmd.push(v);
                }
            }
            self.run(command)
        }

        /// Return a range of elements in a stream, with IDs matching the specified IDs interval: `XRANGE key start end [COUNT count]`.
        ///
        /// Complexity: O(N) with N being the number of elements being returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::xrange_with`] takes them.
        fn xrange(
            self,
            key: impl ToArg,
            start: impl ToArg,
            end: impl ToArg,
        ) -> Self::Output<Vec<StreamEntry>> {
            self.xrange_with(key, start, end, XrangeOptions::default())
        }

        /// `XRANGE` with options: [`XrangeOptions`]. See [`Commands::xrange`].
        fn xrange_with(
            self,
            key: impl ToArg,
            start: impl ToArg,
            end: impl ToArg,
            options: XrangeOptions,
        ) -> Self::Output<Vec<StreamEntry>> {
            let mut command = Cmd::new("XRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(end);
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Return never seen elements in multiple streams, with IDs greater than the ones reported by the caller for each stream. Can block: `XREAD [COUNT count] [BLOCK milliseconds] STREAMS key ... id ...`.
        ///
        /// Complexity: For each stream mentioned: O(N) with N being the number of elements being returned, it means that XREAD-ing with a fixed COUNT is O(1). Note that when the BLOCK option is used, XADD will pay O(M) time in order to serve the M clients blocked on the stream getting new data.
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// It may block its connection until it returns. On a [`Client`](crate::Client) it runs, when it blocks ([`Cmd::is_blocking`](crate::Cmd::is_blocking)), on a connection leased from the client's [`Pool`](crate::Pool), so that requests on the shared connection do not wait behind it.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::xread_with`] takes them.
        fn xread(self, keys: impl ToArgs, ids: impl ToArgs) -> Self::Output<StreamReadReply> {
            self.xread_with(keys, ids, XreadOptions::default())
        }

        /// `XREAD` with options: [`XreadOptions`]. See [`Commands::xread`].
        fn xread_with(
            self,
            keys: impl ToArgs,
            ids: impl ToArgs,
            options: XreadOptions,
        ) -> Self::Output<StreamReadReply> {
            let mut command = Cmd::new("XREAD");
            let cmd = &mut command;
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            if let Some(v) = &options.milliseconds {
                cmd.push("BLOCK");
                cmd.push(*v);
            }
            cmd.push("STREAMS");
            keys.write_args(cmd);
            ids.write_args(cmd);
            self.run(command)
        }

        /// Return new entries from a stream using a consumer group, or access the history of the pending entries for a given consumer. Can block: `XREADGROUP GROUP group consumer [COUNT count] [BLOCK milliseconds] [NOACK] STREAMS key ... id ...`.
        ///
        /// Complexity: For each stream mentioned: O(M) with M being the number of elements returned. If M is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1). On the other side when XREADGROUP blocks, XADD will pay the O(N) time in order to serve the N clients blocked on the stream getting new data.
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// It may block its connection until it returns. On a [`Client`](crate::Client) it runs, when it blocks ([`Cmd::is_blocking`](crate::Cmd::is_blocking)), on a connection leased from the client's [`Pool`](crate::Pool), so that requests on the shared connection do not wait behind it.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::xreadgroup_with`] takes them.
        fn xreadgroup(
            self,
            group: impl ToArg,
            consumer: impl ToArg,
            keys: impl ToArgs,
            ids: impl ToArgs,
        ) -> Self::Output<StreamReadReply> {
            self.xreadgroup_with(group, consumer, keys, ids, XreadgroupOptions::default())
        }

        /// `XREADGROUP` with options: [`XreadgroupOptions`]. See [`Commands::xreadgroup`].
        fn xreadgroup_with(
            self,
            group: impl ToArg,
            consumer: impl ToArg,
            keys: impl ToArgs,
            ids: impl ToArgs,
            options: XreadgroupOptions,
        ) -> Self::Output<StreamReadReply> {
            let mut command = Cmd::new("XREADGROUP");
            let cmd = &mut command;
            cmd.push("GROUP");
            cmd.push(group);
            cmd.push(consumer);
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            if let Some(v) = &options.milliseconds {
                cmd.push("BLOCK");
                cmd.push(*v);
            }
            if options.noack {
                cmd.push("NOACK");
            }
            cmd.push("STREAMS");
            keys.write_args(cmd);
            ids.write_args(cmd);
            self.run(command)
        }

        /// Return a range of elements in a stream, with IDs matching the specified IDs interval, in reverse order (from greater to smaller IDs) compared to XRANGE: `XREVRANGE key end start [COUNT count]`.
        ///
        /// Complexity: O(N) with N being the number of elements returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::xrevrange_with`] takes them.
        fn xrevrange(
            self,
            key: impl ToArg,
            end: impl ToArg,
            start: impl ToArg,
        ) -> Self::Output<Vec<StreamEntry>> {
            self.xrevrange_with(key, end, start, XrevrangeOptions::default())
        }

        /// `XREVRANGE` with options: [`XrevrangeOptions`]. See [`Commands::xrevrange`].
        fn xrevrange_with(
            self,
            key: impl ToArg,
            end: impl ToArg,
            start: impl ToArg,
            options: XrevrangeOptions,
        ) -> Self::Output<Vec<StreamEntry>> {
            let mut command = Cmd::new("XREVRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(end);
            cmd.push(start);
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// An internal command for replicating stream values: `XSETID key last-id [ENTRIESADDED entries_added] [MAXDELETEDID max_deleted_entry_id]`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::xsetid_with`] takes them.
        fn xsetid(self, key: impl ToArg, last_id: impl ToArg) -> Self::Output<()> {
            self.xsetid_with(key, last_id, XsetidOptions::default())
        }

        /// `XSETID` with options: [`XsetidOptions`]. See [`Commands::xsetid`].
        fn xsetid_with(
            self,
            key: impl ToArg,
            last_id: impl ToArg,
            options: XsetidOptions,
        ) -> Self::Output<()> {
            let mut command = Cmd::new("XSETID");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(last_id);
            if let Some(v) = &options.entries_added {
                cmd.push("ENTRIESADDED");
                cmd.push(*v);
            }
            if let Some(v) = &options.max_deleted_entry_id {
                cmd.push("MAXDELETEDID");
                cmd.push(v);
            }
            self.run(command)
        }

        /// Trims the stream to (approximately if '~' is passed) a certain size: `XTRIM key <MAXLEN|MINID> [=|~] threshold [LIMIT count]`.
        ///
        /// Complexity: O(N), with N being the number of evicted entries. Constant times are very small however, since entries are organized in macro nodes containing multiple entries that can be released with a single deallocation.
        ///
        /// Since Redis 5.0.0, group `stream`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn xtrim(
            self,
            key: impl ToArg,
            strategy: XtrimStrategy,
            operator: Option<XtrimOperator>,
            threshold: impl ToArg,
            count: Option<i64>,
        ) -> Self::Output<u64> {
            let mut command = Cmd::new("XTRIM");
            let cmd = &mut command;
            cmd.push(key);
            {
                let v = &strategy;
                v.write(cmd);
            }
            if let Some(v) = &operator {
                v.write(cmd);
            }
            cmd.push(threshold);
            if let Some(v) = &count {
                cmd.push("LIMIT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Add one or more members to a sorted set, or update its score if it already exists: `ZADD key [NX|XX] [GT|LT] [CH] [INCR] score member ...`.
        ///
        /// Complexity: O(log(N)) for each item added, where N is the number of elements in the sorted set.
        ///
        /// Since Redis 1.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::zadd_with`] takes them.
        fn zadd(self, key: impl ToArg, score_members: impl ToArgs) -> Self::Output<u64> {
            self.zadd_with::<u64>(key, score_members, ZaddOptions::default())
        }

        /// `ZADD` with options: [`ZaddOptions`]. See [`Commands::zadd`].
        fn zadd_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            score_members: impl ToArgs,
            options: ZaddOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("ZADD");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.condition {
                v.write(cmd);
            }
            if let Some(v) = &options.comparison {
                v.write(cmd);
            }
            if options.change {
                cmd.push("CH");
            }
            if options.increment {
                cmd.push("INCR");
            }
            score_members.write_args(cmd);
            self.run(command)
        }

        /// Get the number of members in a sorted set: `ZCARD key`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn zcard(self, key: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("ZCARD");
            let cmd = &mut command;
            cmd.push(key);
            self.run(command)
        }

        /// Count the members in a sorted set with scores within the given values: `ZCOUNT key min max`.
        ///
        /// Complexity: O(log(N)) with N being the number of elements in the sorted set.
        ///
        /// Since Redis 2.0.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn zcount(self, key: impl ToArg, min: f64, max: f64) -> Self::Output<u64> {
            let mut command = Cmd::new("ZCOUNT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(min);
            cmd.push(max);
            self.run(command)
        }

        /// Subtract multiple sorted sets: `ZDIFF numkeys key ... [WITHSCORES]`.
        ///
        /// Complexity: O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.
        ///
        /// Since Redis 6.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::zdiff_with`] takes them.
        fn zdiff<T: FromValue + Send + 'static>(self, keys: impl ToArgs) -> Self::Output<T> {
            self.zdiff_with::<T>(keys, ZdiffOptions::default())
        }

        /// `ZDIFF` with options: [`ZdiffOptions`]. See [`Commands::zdiff`].
        fn zdiff_with<T: FromValue + Send + 'static>(
            self,
            keys: impl ToArgs,
            options: ZdiffOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("ZDIFF");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            self.run(command)
        }

        /// Subtract multiple sorted sets and store the resulting sorted set in a new key: `ZDIFFSTORE destination numkeys key ...`.
        ///
        /// Complexity: O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.
        ///
        /// Since Redis 6.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `destination`, `key`.
        fn zdiffstore(self, destination: impl ToArg, keys: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("ZDIFFSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            self.run(command)
        }

        /// Increment the score of a member in a sorted set: `ZINCRBY key increment member`.
        ///
        /// Complexity: O(log(N)) where N is the number of elements in the sorted set.
        ///
        /// Since Redis 1.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn zincrby(self, key: impl ToArg, increment: i64, member: impl ToArg) -> Self::Output<f64> {
            let mut command = Cmd::new("ZINCRBY");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(increment);
            cmd.push(member);
            self.run(command)
        }

        /// Intersect multiple sorted sets: `ZINTER numkeys key ... [WEIGHTS weight ...] [AGGREGATE SUM|MIN|MAX] [WITHSCORES]`.
        ///
        /// Complexity: O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.
        ///
        /// Since Redis 6.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::zinter_with`] takes them.
        fn zinter<T: FromValue + Send + 'static>(self, keys: impl ToArgs) -> Self::Output<T> {
            self.zinter_with::<T>(keys, ZinterOptions::default())
        }

        /// `ZINTER` with options: [`ZinterOptions`]. See [`Commands::zinter`].
        fn zinter_with<T: FromValue + Send + 'static>(
            self,
            keys: impl ToArgs,
            options: ZinterOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("ZINTER");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if let Some(v) = &options.weight {
                cmd.push("WEIGHTS");
                for v in v {
                    cmd.push(*v);
                }
            }
            if let Some(v) = &options.aggregate {
                cmd.push("AGGREGATE");
                v.write(cmd);
            }
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            self.run(command)
        }

        /// Intersect multiple sorted sets and return the cardinality of the result: `ZINTERCARD numkeys key ... [LIMIT limit]`.
        ///
        /// Complexity: O(N*K) worst case with N being the smallest input sorted set, K being the number of input sorted sets.
        ///
        /// Since Redis 7.0.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::zintercard_with`] takes them.
        fn zintercard(self, keys: impl ToArgs) -> Self::Output<u64> {
            self.zintercard_with(keys, ZintercardOptions::default())
        }

        /// `ZINTERCARD` with options: [`ZintercardOptions`]. See [`Commands::zintercard`].
        fn zintercard_with(
            self,
            keys: impl ToArgs,
            options: ZintercardOptions,
        ) -> Self::Output<u64> {
            let mut command = Cmd::new("ZINTERCARD");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if let Some(v) = &options.limit {
                cmd.push("LIMIT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Intersect multiple sorted sets and store the resulting sorted set in a new key: `ZINTERSTORE destination numkeys key ... [WEIGHTS weight ...] [AGGREGATE SUM|MIN|MAX]`.
        ///
        /// Complexity: O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.
        ///
        /// Since Redis 2.0.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `destination`, `key`.
        ///
        /// Without options; [`Commands::zinterstore_with`] takes them.
        fn zinterstore(self, destination: impl ToArg, keys: impl ToArgs) -> Self::Output<u64> {
            self.zinterstore_with(destination, keys, ZinterstoreOptions::default())
        }

        /// `ZINTERSTORE` with options: [`ZinterstoreOptions`]. See [`Commands::zinterstore`].
        fn zinterstore_with(
            self,
            destination: impl ToArg,
            keys: impl ToArgs,
            options: ZinterstoreOptions,
        ) -> Self::Output<u64> {
            let mut command = Cmd::new("ZINTERSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if let Some(v) = &options.weight {
                cmd.push("WEIGHTS");
                for v in v {
                    cmd.push(*v);
                }
            }
            if let Some(v) = &options.aggregate {
                cmd.push("AGGREGATE");
                v.write(cmd);
            }
            self.run(command)
        }

        /// Count the number of members in a sorted set between a given lexicographical range: `ZLEXCOUNT key min max`.
        ///
        /// Complexity: O(log(N)) with N being the number of elements in the sorted set.
        ///
        /// Since Redis 2.8.9, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn zlexcount(self, key: impl ToArg, min: impl ToArg, max: impl ToArg) -> Self::Output<u64> {
            let mut command = Cmd::new("ZLEXCOUNT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(min);
            cmd.push(max);
            self.run(command)
        }

        /// Remove and return members with scores in a sorted set: `ZMPOP numkeys key ... <MIN|MAX> [COUNT count]`.
        ///
        /// Complexity: O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.
        ///
        /// Since Redis 7.0.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::zmpop_with`] takes them.
        fn zmpop<T: FromValue + Send + 'static>(
            self,
            keys: impl ToArgs,
            where_arg: ZmpopWhere,
        ) -> Self::Output<T> {
            self.zmpop_with::<T>(keys, where_arg, ZmpopOptions::default())
        }

        /// `ZMPOP` with options: [`ZmpopOptions`]. See [`Commands::zmpop`].
        fn zmpop_with<T: FromValue + Send + 'static>(
            self,
            keys: impl ToArgs,
            where_arg: ZmpopWhere,
            options: ZmpopOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("ZMPOP");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            {
                let v = &where_arg;
                v.write(cmd);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Get the score associated with the given members in a sorted set: `ZMSCORE key member ...`.
        ///
        /// Complexity: O(N) where N is the number of members being requested.
        ///
        /// Since Redis 6.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn zmscore(self, key: impl ToArg, members: impl ToArgs) -> Self::Output<Vec<Option<f64>>> {
            let mut command = Cmd::new("ZMSCORE");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.run(command)
        }

        /// Remove and return members with the highest scores in a sorted set: `ZPOPMAX key [count]`.
        ///
        /// Complexity: O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.
        ///
        /// Since Redis 5.0.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::zpopmax_with`] takes them.
        fn zpopmax<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            self.zpopmax_with::<T>(key, ZpopmaxOptions::default())
        }

        /// `ZPOPMAX` with options: [`ZpopmaxOptions`]. See [`Commands::zpopmax`].
        fn zpopmax_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            options: ZpopmaxOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("ZPOPMAX");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Remove and return members with the lowest scores in a sorted set: `ZPOPMIN key [count]`.
        ///
        /// Complexity: O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.
        ///
        /// Since Redis 5.0.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::zpopmin_with`] takes them.
        fn zpopmin<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            self.zpopmin_with::<T>(key, ZpopminOptions::default())
        }

        /// `ZPOPMIN` with options: [`ZpopminOptions`]. See [`Commands::zpopmin`].
        fn zpopmin_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            options: ZpopminOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("ZPOPMIN");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Get one or multiple random elements from a sorted set: `ZRANDMEMBER key [count [WITHSCORES]]`.
        ///
        /// Complexity: O(N) where N is the number of elements returned
        ///
        /// Since Redis 6.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::zrandmember_with`] takes them.
        fn zrandmember<T: FromValue + Send + 'static>(self, key: impl ToArg) -> Self::Output<T> {
            self.zrandmember_with::<T>(key, ZrandmemberOptions::default())
        }

        /// `ZRANDMEMBER` with options: [`ZrandmemberOptions`]. See [`Commands::zrandmember`].
        fn zrandmember_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            options: ZrandmemberOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("ZRANDMEMBER");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.options {
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("WITHSCORES");
                }
            }
            self.run(command)
        }

        /// Return a range of members in a sorted set: `ZRANGE key start stop [BYSCORE|BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`.
        ///
        /// Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.
        ///
        /// Since Redis 1.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::zrange_with`] takes them.
        fn zrange<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            start: impl ToArg,
            stop: impl ToArg,
        ) -> Self::Output<Vec<T>> {
            self.zrange_with::<T>(key, start, stop, ZrangeOptions::default())
        }

        /// `ZRANGE` with options: [`ZrangeOptions`]. See [`Commands::zrange`].
        fn zrange_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            start: impl ToArg,
            stop: impl ToArg,
            options: ZrangeOptions,
        ) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("ZRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(stop);
            if let Some(v) = &options.sortby {
                v.write(cmd);
            }
            if options.rev {
                cmd.push("REV");
            }
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            self.run(command)
        }

        /// Return a range of members in a sorted set, by lexicographical range: `ZRANGEBYLEX key min max [LIMIT offset count]`.
        ///
        /// Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        ///
        /// Since Redis 2.8.9, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Deprecated: replaced by `ZRANGE` with the `BYLEX` argument.
        ///
        /// Without options; [`Commands::zrangebylex_with`] takes them.
        fn zrangebylex<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            min: impl ToArg,
            max: impl ToArg,
        ) -> Self::Output<Vec<T>> {
            self.zrangebylex_with::<T>(key, min, max, ZrangebylexOptions::default())
        }

        /// `ZRANGEBYLEX` with options: [`ZrangebylexOptions`]. See [`Commands::zrangebylex`].
        fn zrangebylex_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            min: impl ToArg,
            max: impl ToArg,
            options: ZrangebylexOptions,
        ) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("ZRANGEBYLEX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(min);
            cmd.push(max);
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            self.run(command)
        }

        /// Return a range of members in a sorted set, by score: `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`.
        ///
        /// Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        ///
        /// Since Redis 1.0.5, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Deprecated: replaced by `ZRANGE` with the `BYSCORE` argument.
        ///
        /// Without options; [`Commands::zrangebyscore_with`] takes them.
        fn zrangebyscore<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            min: f64,
            max: f64,
        ) -> Self::Output<Vec<T>> {
            self.zrangebyscore_with::<T>(key, min, max, ZrangebyscoreOptions::default())
        }

        /// `ZRANGEBYSCORE` with options: [`ZrangebyscoreOptions`]. See [`Commands::zrangebyscore`].
        fn zrangebyscore_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            min: f64,
            max: f64,
            options: ZrangebyscoreOptions,
        ) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("ZRANGEBYSCORE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(min);
            cmd.push(max);
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            self.run(command)
        }

        /// Store a range of members from sorted set into another key: `ZRANGESTORE dst src min max [BYSCORE|BYLEX] [REV] [LIMIT offset count]`.
        ///
        /// Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements stored into the destination key.
        ///
        /// Since Redis 6.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `dst`, `src`.
        ///
        /// Without options; [`Commands::zrangestore_with`] takes them.
        fn zrangestore(
            self,
            dst: impl ToArg,
            src: impl ToArg,
            min: impl ToArg,
            max: impl ToArg,
        ) -> Self::Output<u64> {
            self.zrangestore_with(dst, src, min, max, ZrangestoreOptions::default())
        }

        /// `ZRANGESTORE` with options: [`ZrangestoreOptions`]. See [`Commands::zrangestore`].
        fn zrangestore_with(
            self,
            dst: impl ToArg,
            src: impl ToArg,
            min: impl ToArg,
            max: impl ToArg,
            options: ZrangestoreOptions,
        ) -> Self::Output<u64> {
            let mut command = Cmd::new("ZRANGESTORE");
            let cmd = &mut command;
            cmd.push(dst);
            cmd.push(src);
            cmd.push(min);
            cmd.push(max);
            if let Some(v) = &options.sortby {
                v.write(cmd);
            }
            if options.rev {
                cmd.push("REV");
            }
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            self.run(command)
        }

        /// Determine the index of a member in a sorted set: `ZRANK key member`.
        ///
        /// Complexity: O(log(N))
        ///
        /// Since Redis 2.0.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn zrank(self, key: impl ToArg, member: impl ToArg) -> Self::Output<Option<u64>> {
            let mut command = Cmd::new("ZRANK");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member);
            self.run(command)
        }

        /// Remove one or more members from a sorted set: `ZREM key member ...`.
        ///
        /// Complexity: O(M*log(N)) with N being the number of elements in the sorted set and M the number of elements to be removed.
        ///
        /// Since Redis 1.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn zrem(self, key: impl ToArg, members: impl ToArgs) -> Self::Output<u64> {
            let mut command = Cmd::new("ZREM");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.run(command)
        }

        /// Remove all members in a sorted set between the given lexicographical range: `ZREMRANGEBYLEX key min max`.
        ///
        /// Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
        ///
        /// Since Redis 2.8.9, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn zremrangebylex(
            self,
            key: impl ToArg,
            min: impl ToArg,
            max: impl ToArg,
        ) -> Self::Output<u64> {
            let mut command = Cmd::new("ZREMRANGEBYLEX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(min);
            cmd.push(max);
            self.run(command)
        }

        /// Remove all members in a sorted set within the given indexes: `ZREMRANGEBYRANK key start stop`.
        ///
        /// Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
        ///
        /// Since Redis 2.0.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn zremrangebyrank(self, key: impl ToArg, start: i64, stop: i64) -> Self::Output<u64> {
            let mut command = Cmd::new("ZREMRANGEBYRANK");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(stop);
            self.run(command)
        }

        /// Remove all members in a sorted set within the given scores: `ZREMRANGEBYSCORE key min max`.
        ///
        /// Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
        ///
        /// Since Redis 1.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn zremrangebyscore(self, key: impl ToArg, min: f64, max: f64) -> Self::Output<u64> {
            let mut command = Cmd::new("ZREMRANGEBYSCORE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(min);
            cmd.push(max);
            self.run(command)
        }

        /// Return a range of members in a sorted set, by index, with scores ordered from high to low: `ZREVRANGE key start stop [WITHSCORES]`.
        ///
        /// Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.
        ///
        /// Since Redis 1.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Deprecated: replaced by `ZRANGE` with the `REV` argument.
        ///
        /// Without options; [`Commands::zrevrange_with`] takes them.
        fn zrevrange<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            start: i64,
            stop: i64,
        ) -> Self::Output<Vec<T>> {
            self.zrevrange_with::<T>(key, start, stop, ZrevrangeOptions::default())
        }

        /// `ZREVRANGE` with options: [`ZrevrangeOptions`]. See [`Commands::zrevrange`].
        fn zrevrange_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            start: i64,
            stop: i64,
            options: ZrevrangeOptions,
        ) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("ZREVRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(stop);
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            self.run(command)
        }

        /// Return a range of members in a sorted set, by lexicographical range, ordered from higher to lower strings: `ZREVRANGEBYLEX key max min [LIMIT offset count]`.
        ///
        /// Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        ///
        /// Since Redis 2.8.9, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Deprecated: replaced by `ZRANGE` with the `REV` and `BYLEX` arguments.
        ///
        /// Without options; [`Commands::zrevrangebylex_with`] takes them.
        fn zrevrangebylex<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            max: impl ToArg,
            min: impl ToArg,
        ) -> Self::Output<Vec<T>> {
            self.zrevrangebylex_with::<T>(key, max, min, ZrevrangebylexOptions::default())
        }

        /// `ZREVRANGEBYLEX` with options: [`ZrevrangebylexOptions`]. See [`Commands::zrevrangebylex`].
        fn zrevrangebylex_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            max: impl ToArg,
            min: impl ToArg,
            options: ZrevrangebylexOptions,
        ) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("ZREVRANGEBYLEX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(max);
            cmd.push(min);
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            self.run(command)
        }

        /// Return a range of members in a sorted set, by score, with scores ordered from high to low: `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`.
        ///
        /// Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
        ///
        /// Since Redis 2.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Deprecated: replaced by `ZRANGE` with the `REV` and `BYSCORE` arguments.
        ///
        /// Without options; [`Commands::zrevrangebyscore_with`] takes them.
        fn zrevrangebyscore<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            max: f64,
            min: f64,
        ) -> Self::Output<Vec<T>> {
            self.zrevrangebyscore_with::<T>(key, max, min, ZrevrangebyscoreOptions::default())
        }

        /// `ZREVRANGEBYSCORE` with options: [`ZrevrangebyscoreOptions`]. See [`Commands::zrevrangebyscore`].
        fn zrevrangebyscore_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            max: f64,
            min: f64,
            options: ZrevrangebyscoreOptions,
        ) -> Self::Output<Vec<T>> {
            let mut command = Cmd::new("ZREVRANGEBYSCORE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(max);
            cmd.push(min);
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            self.run(command)
        }

        /// Determine the index of a member in a sorted set, with scores ordered from high to low: `ZREVRANK key member`.
        ///
        /// Complexity: O(log(N))
        ///
        /// Since Redis 2.0.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn zrevrank(self, key: impl ToArg, member: impl ToArg) -> Self::Output<Option<u64>> {
            let mut command = Cmd::new("ZREVRANK");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member);
            self.run(command)
        }

        /// Incrementally iterate sorted sets elements and associated scores: `ZSCAN key cursor [MATCH pattern] [COUNT count]`.
        ///
        /// Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
        ///
        /// Since Redis 2.8.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::zscan_with`] takes them.
        fn zscan<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            cursor: i64,
        ) -> Self::Output<T> {
            self.zscan_with::<T>(key, cursor, ZscanOptions::default())
        }

        /// `ZSCAN` with options: [`ZscanOptions`]. See [`Commands::zscan`].
        fn zscan_with<T: FromValue + Send + 'static>(
            self,
            key: impl ToArg,
            cursor: i64,
            options: ZscanOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("ZSCAN");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(cursor);
            if let Some(v) = &options.pattern {
                cmd.push("MATCH");
                cmd.push(v);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.run(command)
        }

        /// Get the score associated with the given member in a sorted set: `ZSCORE key member`.
        ///
        /// Complexity: O(1)
        ///
        /// Since Redis 1.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        fn zscore(self, key: impl ToArg, member: impl ToArg) -> Self::Output<Option<f64>> {
            let mut command = Cmd::new("ZSCORE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member);
            self.run(command)
        }

        /// Add multiple sorted sets: `ZUNION numkeys key ... [WEIGHTS weight ...] [AGGREGATE SUM|MIN|MAX] [WITHSCORES]`.
        ///
        /// Complexity: O(N)+O(M*log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.
        ///
        /// Since Redis 6.2.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `key`.
        ///
        /// Without options; [`Commands::zunion_with`] takes them.
        fn zunion<T: FromValue + Send + 'static>(self, keys: impl ToArgs) -> Self::Output<T> {
            self.zunion_with::<T>(keys, ZunionOptions::default())
        }

        /// `ZUNION` with options: [`ZunionOptions`]. See [`Commands::zunion`].
        fn zunion_with<T: FromValue + Send + 'static>(
            self,
            keys: impl ToArgs,
            options: ZunionOptions,
        ) -> Self::Output<T> {
            let mut command = Cmd::new("ZUNION");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if let Some(v) = &options.weight {
                cmd.push("WEIGHTS");
                for v in v {
                    cmd.push(*v);
                }
            }
            if let Some(v) = &options.aggregate {
                cmd.push("AGGREGATE");
                v.write(cmd);
            }
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            self.run(command)
        }

        /// Add multiple sorted sets and store the resulting sorted set in a new key: `ZUNIONSTORE destination numkeys key ... [WEIGHTS weight ...] [AGGREGATE SUM|MIN|MAX]`.
        ///
        /// Complexity: O(N)+O(M log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.
        ///
        /// Since Redis 2.0.0, group `sorted-set`.
        ///
        /// Keys (in a cluster, routed by their hash slot): `destination`, `key`.
        ///
        /// Without options; [`Commands::zunionstore_with`] takes them.
        fn zunionstore(self, destination: impl ToArg, keys: impl ToArgs) -> Self::Output<u64> {
            self.zunionstore_with(destination, keys, ZunionstoreOptions::default())
        }

        /// `ZUNIONSTORE` with options: [`ZunionstoreOptions`]. See [`Commands::zunionstore`].
        fn zunionstore_with(
            self,
            destination: impl ToArg,
            keys: impl ToArgs,
            options: ZunionstoreOptions,
        ) -> Self::Output<u64> {
            let mut command = Cmd::new("ZUNIONSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if let Some(v) = &options.weight {
                cmd.push("WEIGHTS");
                for v in v {
                    cmd.push(*v);
                }
            }
            if let Some(v) = &options.aggregate {
                cmd.push("AGGREGATE");
                v.write(cmd);
            }
            self.run(command)
        }
    };
}
pub(crate) use command_methods;

/// The generated methods of [`PipelineCommands`](super::PipelineCommands),
/// expanded inside the trait.
macro_rules! pipeline_methods {
    () => {
        /// Queues `ACL CAT`; see [`Commands::acl_cat`](crate::Commands::acl_cat).
        fn acl_cat(&mut self) -> &mut Self {
            self.acl_cat_with(AclCatOptions::default())
        }

        /// Queues `ACL CAT` with options; see [`Commands::acl_cat_with`](crate::Commands::acl_cat_with).
        fn acl_cat_with(&mut self, options: AclCatOptions) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("CAT");
            if let Some(v) = &options.categoryname {
                cmd.push(v);
            }
            self.queue(command)
        }

        /// Queues `ACL DELUSER`; see [`Commands::acl_deluser`](crate::Commands::acl_deluser).
        fn acl_deluser(&mut self, usernames: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("DELUSER");
            usernames.write_args(cmd);
            self.queue(command)
        }

        /// Queues `ACL DRYRUN`; see [`Commands::acl_dryrun`](crate::Commands::acl_dryrun).
        fn acl_dryrun(
            &mut self,
            username: impl ToArg,
            command_arg: impl ToArg,
            args: impl ToArgs,
        ) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("DRYRUN");
            cmd.push(username);
            cmd.push(command_arg);
            args.write_args(cmd);
            self.queue(command)
        }

        /// Queues `ACL GENPASS`; see [`Commands::acl_genpass`](crate::Commands::acl_genpass).
        fn acl_genpass(&mut self) -> &mut Self {
            self.acl_genpass_with(AclGenpassOptions::default())
        }

        /// Queues `ACL GENPASS` with options; see [`Commands::acl_genpass_with`](crate::Commands::acl_genpass_with).
        fn acl_genpass_with(&mut self, options: AclGenpassOptions) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("GENPASS");
            if let Some(v) = &options.bits {
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `ACL GETUSER`; see [`Commands::acl_getuser`](crate::Commands::acl_getuser).
        fn acl_getuser(&mut self, username: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("GETUSER");
            cmd.push(username);
            self.queue(command)
        }

        /// Queues `ACL HELP`; see [`Commands::acl_help`](crate::Commands::acl_help).
        fn acl_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `ACL LIST`; see [`Commands::acl_list`](crate::Commands::acl_list).
        fn acl_list(&mut self) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("LIST");
            self.queue(command)
        }

        /// Queues `ACL LOAD`; see [`Commands::acl_load`](crate::Commands::acl_load).
        fn acl_load(&mut self) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("LOAD");
            self.queue(command)
        }

        /// Queues `ACL LOG`; see [`Commands::acl_log`](crate::Commands::acl_log).
        fn acl_log(&mut self) -> &mut Self {
            self.acl_log_with(AclLogOptions::default())
        }

        /// Queues `ACL LOG` with options; see [`Commands::acl_log_with`](crate::Commands::acl_log_with).
        fn acl_log_with(&mut self, options: AclLogOptions) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("LOG");
            if let Some(v) = &options.operation {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `ACL SAVE`; see [`Commands::acl_save`](crate::Commands::acl_save).
        fn acl_save(&mut self) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("SAVE");
            self.queue(command)
        }

        /// Queues `ACL SETUSER`; see [`Commands::acl_setuser`](crate::Commands::acl_setuser).
        fn acl_setuser(&mut self, username: impl ToArg, rules: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("SETUSER");
            cmd.push(username);
            rules.write_args(cmd);
            self.queue(command)
        }

        /// Queues `ACL USERS`; see [`Commands::acl_users`](crate::Commands::acl_users).
        fn acl_users(&mut self) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("USERS");
            self.queue(command)
        }

        /// Queues `ACL WHOAMI`; see [`Commands::acl_whoami`](crate::Commands::acl_whoami).
        fn acl_whoami(&mut self) -> &mut Self {
            let mut command = Cmd::new("ACL");
            let cmd = &mut command;
            cmd.push("WHOAMI");
            self.queue(command)
        }

        /// Queues `APPEND`; see [`Commands::append`](crate::Commands::append).
        fn append(&mut self, key: impl ToArg, value: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("APPEND");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(value);
            self.queue(command)
        }

        /// Queues `ASKING`; see [`Commands::asking`](crate::Commands::asking).
        fn asking(&mut self) -> &mut Self {
            let command = Cmd::new("ASKING");
            self.queue(command)
        }

        /// Queues `BGREWRITEAOF`; see [`Commands::bgrewriteaof`](crate::Commands::bgrewriteaof).
        fn bgrewriteaof(&mut self) -> &mut Self {
            let command = Cmd::new("BGREWRITEAOF");
            self.queue(command)
        }

        /// Queues `BGSAVE`; see [`Commands::bgsave`](crate::Commands::bgsave).
        fn bgsave(&mut self) -> &mut Self {
            self.bgsave_with(BgsaveOptions::default())
        }

        /// Queues `BGSAVE` with options; see [`Commands::bgsave_with`](crate::Commands::bgsave_with).
        fn bgsave_with(&mut self, options: BgsaveOptions) -> &mut Self {
            let mut command = Cmd::new("BGSAVE");
            let cmd = &mut command;
            if options.schedule {
                cmd.push("SCHEDULE");
            }
            self.queue(command)
        }

        /// Queues `BITCOUNT`; see [`Commands::bitcount`](crate::Commands::bitcount).
        fn bitcount(&mut self, key: impl ToArg) -> &mut Self {
            self.bitcount_with(key, BitcountOptions::default())
        }

        /// Queues `BITCOUNT` with options; see [`Commands::bitcount_with`](crate::Commands::bitcount_with).
        fn bitcount_with(&mut self, key: impl ToArg, options: BitcountOptions) -> &mut Self {
            let mut command = Cmd::new("BITCOUNT");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.index {
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
                if let Some(v) = &v.2 {
                    v.write(cmd);
                }
            }
            self.queue(command)
        }

        /// Queues `BITFIELD`; see [`Commands::bitfield`](crate::Commands::bitfield).
        fn bitfield(&mut self, key: impl ToArg) -> &mut Self {
            self.bitfield_with(key, BitfieldOptions::default())
        }

        /// Queues `BITFIELD` with options; see [`Commands::bitfield_with`](crate::Commands::bitfield_with).
        fn bitfield_with(&mut self, key: impl ToArg, options: BitfieldOptions) -> &mut Self {
            let mut command = Cmd::new("BITFIELD");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.operation {
                for v in v {
                    v.write(cmd);
                }
            }
            self.queue(command)
        }

        /// Queues `BITFIELD_RO`; see [`Commands::bitfield_ro`](crate::Commands::bitfield_ro).
        fn bitfield_ro(&mut self, key: impl ToArg) -> &mut Self {
            self.bitfield_ro_with(key, BitfieldRoOptions::default())
        }

        /// Queues `BITFIELD_RO` with options; see [`Commands::bitfield_ro_with`](crate::Commands::bitfield_ro_with).
        fn bitfield_ro_with(&mut self, key: impl ToArg, options: BitfieldRoOptions) -> &mut Self {
            let mut command = Cmd::new("BITFIELD_RO");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.encoding_offset {
                for v in v {
                    cmd.push("GET");
                    {
                        let v = &v.0;
                        cmd.push(v);
                    }
                    {
                        let v = &v.1;
                        cmd.push(*v);
                    }
                }
            }
            self.queue(command)
        }

        /// Queues `BITOP`; see [`Commands::bitop`](crate::Commands::bitop).
        fn bitop(
            &mut self,
            operation: impl ToArg,
            destkey: impl ToArg,
            keys: impl ToArgs,
        ) -> &mut Self {
            let mut command = Cmd::new("BITOP");
            let cmd = &mut command;
            cmd.push(operation);
            cmd.push(destkey);
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `BITPOS`; see [`Commands::bitpos`](crate::Commands::bitpos).
        fn bitpos(&mut self, key: impl ToArg, bit: i64) -> &mut Self {
            self.bitpos_with(key, bit, BitposOptions::default())
        }

        /// Queues `BITPOS` with options; see [`Commands::bitpos_with`](crate::Commands::bitpos_with).
        fn bitpos_with(&mut self, key: impl ToArg, bit: i64, options: BitposOptions) -> &mut Self {
            let mut command = Cmd::new("BITPOS");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(bit);
            if let Some(v) = &options.index {
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                if let Some(v) = &v.1 {
                    {
                        let v = &v.0;
                        cmd.push(*v);
                    }
                    if let Some(v) = &v.1 {
                        v.write(cmd);
                    }
                }
            }
            self.queue(command)
        }

        /// Queues `BLMOVE`; see [`Commands::blmove`](crate::Commands::blmove).
        fn blmove(
            &mut self,
            source: impl ToArg,
            destination: impl ToArg,
            wherefrom: BlmoveWherefrom,
            whereto: BlmoveWhereto,
            timeout: f64,
        ) -> &mut Self {
            let mut command = Cmd::new("BLMOVE");
            let cmd = &mut command;
            cmd.push(source);
            cmd.push(destination);
            {
                let v = &wherefrom;
                v.write(cmd);
            }
            {
                let v = &whereto;
                v.write(cmd);
            }
            cmd.push(timeout);
            self.queue(command)
        }

        /// Queues `BLMPOP`; see [`Commands::blmpop`](crate::Commands::blmpop).
        fn blmpop(&mut self, timeout: f64, keys: impl ToArgs, where_arg: BlmpopWhere) -> &mut Self {
            self.blmpop_with(timeout, keys, where_arg, BlmpopOptions::default())
        }

        /// Queues `BLMPOP` with options; see [`Commands::blmpop_with`](crate::Commands::blmpop_with).
        fn blmpop_with(
            &mut self,
            timeout: f64,
            keys: impl ToArgs,
            where_arg: BlmpopWhere,
            options: BlmpopOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("BLMPOP");
            let cmd = &mut command;
            cmd.push(timeout);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            {
                let v = &where_arg;
                v.write(cmd);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `BLPOP`; see [`Commands::blpop`](crate::Commands::blpop).
        fn blpop(&mut self, keys: impl ToArgs, timeout: f64) -> &mut Self {
            let mut command = Cmd::new("BLPOP");
            let cmd = &mut command;
            keys.write_args(cmd);
            cmd.push(timeout);
            self.queue(command)
        }

        /// Queues `BRPOP`; see [`Commands::brpop`](crate::Commands::brpop).
        fn brpop(&mut self, keys: impl ToArgs, timeout: f64) -> &mut Self {
            let mut command = Cmd::new("BRPOP");
            let cmd = &mut command;
            keys.write_args(cmd);
            cmd.push(timeout);
            self.queue(command)
        }

        /// Queues `BRPOPLPUSH`; see [`Commands::brpoplpush`](crate::Commands::brpoplpush).
        fn brpoplpush(
            &mut self,
            source: impl ToArg,
            destination: impl ToArg,
            timeout: f64,
        ) -> &mut Self {
            let mut command = Cmd::new("BRPOPLPUSH");
            let cmd = &mut command;
            cmd.push(source);
            cmd.push(destination);
            cmd.push(timeout);
            self.queue(command)
        }

        /// Queues `BZMPOP`; see [`Commands::bzmpop`](crate::Commands::bzmpop).
        fn bzmpop(&mut self, timeout: f64, keys: impl ToArgs, where_arg: BzmpopWhere) -> &mut Self {
            self.bzmpop_with(timeout, keys, where_arg, BzmpopOptions::default())
        }

        /// Queues `BZMPOP` with options; see [`Commands::bzmpop_with`](crate::Commands::bzmpop_with).
        fn bzmpop_with(
            &mut self,
            timeout: f64,
            keys: impl ToArgs,
            where_arg: BzmpopWhere,
            options: BzmpopOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("BZMPOP");
            let cmd = &mut command;
            cmd.push(timeout);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            {
                let v = &where_arg;
                v.write(cmd);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `BZPOPMAX`; see [`Commands::bzpopmax`](crate::Commands::bzpopmax).
        fn bzpopmax(&mut self, keys: impl ToArgs, timeout: f64) -> &mut Self {
            let mut command = Cmd::new("BZPOPMAX");
            let cmd = &mut command;
            keys.write_args(cmd);
            cmd.push(timeout);
            self.queue(command)
        }

        /// Queues `BZPOPMIN`; see [`Commands::bzpopmin`](crate::Commands::bzpopmin).
        fn bzpopmin(&mut self, keys: impl ToArgs, timeout: f64) -> &mut Self {
            let mut command = Cmd::new("BZPOPMIN");
            let cmd = &mut command;
            keys.write_args(cmd);
            cmd.push(timeout);
            self.queue(command)
        }

        /// Queues `CLIENT CACHING`; see [`Commands::client_caching`](crate::Commands::client_caching).
        fn client_caching(&mut self, mode: ClientCachingMode) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("CACHING");
            {
                let v = &mode;
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `CLIENT GETNAME`; see [`Commands::client_getname`](crate::Commands::client_getname).
        fn client_getname(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("GETNAME");
            self.queue(command)
        }

        /// Queues `CLIENT GETREDIR`; see [`Commands::client_getredir`](crate::Commands::client_getredir).
        fn client_getredir(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("GETREDIR");
            self.queue(command)
        }

        /// Queues `CLIENT HELP`; see [`Commands::client_help`](crate::Commands::client_help).
        fn client_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `CLIENT ID`; see [`Commands::client_id`](crate::Commands::client_id).
        fn client_id(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("ID");
            self.queue(command)
        }

        /// Queues `CLIENT INFO`; see [`Commands::client_info`](crate::Commands::client_info).
        fn client_info(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("INFO");
            self.queue(command)
        }

        /// Queues `CLIENT KILL`; see [`Commands::client_kill`](crate::Commands::client_kill).
        fn client_kill(&mut self, filter: ClientKillFilter) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("KILL");
            {
                let v = &filter;
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `CLIENT LIST`; see [`Commands::client_list`](crate::Commands::client_list).
        fn client_list(&mut self) -> &mut Self {
            self.client_list_with(ClientListOptions::default())
        }

        /// Queues `CLIENT LIST` with options; see [`Commands::client_list_with`](crate::Commands::client_list_with).
        fn client_list_with(&mut self, options: ClientListOptions) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("LIST");
            if let Some(v) = &options.normal_master_replica_pubsub {
                cmd.push("TYPE");
                v.write(cmd);
            }
            if let Some(v) = &options.id {
                cmd.push("ID");
                {
                    let v = &v.0;
                    for v in v {
                        cmd.push(*v);
                    }
                }
            }
            self.queue(command)
        }

        /// Queues `CLIENT NO-EVICT`; see [`Commands::client_no_evict`](crate::Commands::client_no_evict).
        fn client_no_evict(&mut self, enabled: ClientNoEvictEnabled) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("NO-EVICT");
            {
                let v = &enabled;
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `CLIENT PAUSE`; see [`Commands::client_pause`](crate::Commands::client_pause).
        fn client_pause(&mut self, timeout: i64) -> &mut Self {
            self.client_pause_with(timeout, ClientPauseOptions::default())
        }

        /// Queues `CLIENT PAUSE` with options; see [`Commands::client_pause_with`](crate::Commands::client_pause_with).
        fn client_pause_with(&mut self, timeout: i64, options: ClientPauseOptions) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("PAUSE");
            cmd.push(timeout);
            if let Some(v) = &options.mode {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `CLIENT SETNAME`; see [`Commands::client_setname`](crate::Commands::client_setname).
        fn client_setname(&mut self, connection_name: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("SETNAME");
            cmd.push(connection_name);
            self.queue(command)
        }

        /// Queues `CLIENT TRACKINGINFO`; see [`Commands::client_trackinginfo`](crate::Commands::client_trackinginfo).
        fn client_trackinginfo(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("TRACKINGINFO");
            self.queue(command)
        }

        /// Queues `CLIENT UNBLOCK`; see [`Commands::client_unblock`](crate::Commands::client_unblock).
        fn client_unblock(&mut self, client_id: i64) -> &mut Self {
            self.client_unblock_with(client_id, ClientUnblockOptions::default())
        }

        /// Queues `CLIENT UNBLOCK` with options; see [`Commands::client_unblock_with`](crate::Commands::client_unblock_with).
        fn client_unblock_with(
            &mut self,
            client_id: i64,
            options: ClientUnblockOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("UNBLOCK");
            cmd.push(client_id);
            if let Some(v) = &options.timeout_error {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `CLIENT UNPAUSE`; see [`Commands::client_unpause`](crate::Commands::client_unpause).
        fn client_unpause(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLIENT");
            let cmd = &mut command;
            cmd.push("UNPAUSE");
            self.queue(command)
        }

        /// Queues `CLUSTER ADDSLOTS`; see [`Commands::cluster_addslots`](crate::Commands::cluster_addslots).
        fn cluster_addslots(&mut self, slots: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("ADDSLOTS");
            slots.write_args(cmd);
            self.queue(command)
        }

        /// Queues `CLUSTER ADDSLOTSRANGE`; see [`Commands::cluster_addslotsrange`](crate::Commands::cluster_addslotsrange).
        fn cluster_addslotsrange(&mut self, start_slot_end_slots: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("ADDSLOTSRANGE");
            start_slot_end_slots.write_args(cmd);
            self.queue(command)
        }

        /// Queues `CLUSTER BUMPEPOCH`; see [`Commands::cluster_bumpepoch`](crate::Commands::cluster_bumpepoch).
        fn cluster_bumpepoch(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("BUMPEPOCH");
            self.queue(command)
        }

        /// Queues `CLUSTER COUNT-FAILURE-REPORTS`; see [`Commands::cluster_count_failure_reports`](crate::Commands::cluster_count_failure_reports).
        fn cluster_count_failure_reports(&mut self, node_id: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("COUNT-FAILURE-REPORTS");
            cmd.push(node_id);
            self.queue(command)
        }

        /// Queues `CLUSTER COUNTKEYSINSLOT`; see [`Commands::cluster_countkeysinslot`](crate::Commands::cluster_countkeysinslot).
        fn cluster_countkeysinslot(&mut self, slot: i64) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("COUNTKEYSINSLOT");
            cmd.push(slot);
            self.queue(command)
        }

        /// Queues `CLUSTER DELSLOTS`; see [`Commands::cluster_delslots`](crate::Commands::cluster_delslots).
        fn cluster_delslots(&mut self, slots: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("DELSLOTS");
            slots.write_args(cmd);
            self.queue(command)
        }

        /// Queues `CLUSTER DELSLOTSRANGE`; see [`Commands::cluster_delslotsrange`](crate::Commands::cluster_delslotsrange).
        fn cluster_delslotsrange(&mut self, start_slot_end_slots: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("DELSLOTSRANGE");
            start_slot_end_slots.write_args(cmd);
            self.queue(command)
        }

        /// Queues `CLUSTER FAILOVER`; see [`Commands::cluster_failover`](crate::Commands::cluster_failover).
        fn cluster_failover(&mut self) -> &mut Self {
            self.cluster_failover_with(ClusterFailoverOptions::default())
        }

        /// Queues `CLUSTER FAILOVER` with options; see [`Commands::cluster_failover_with`](crate::Commands::cluster_failover_with).
        fn cluster_failover_with(&mut self, options: ClusterFailoverOptions) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("FAILOVER");
            if let Some(v) = &options.options {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `CLUSTER FLUSHSLOTS`; see [`Commands::cluster_flushslots`](crate::Commands::cluster_flushslots).
        fn cluster_flushslots(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("FLUSHSLOTS");
            self.queue(command)
        }

        /// Queues `CLUSTER FORGET`; see [`Commands::cluster_forget`](crate::Commands::cluster_forget).
        fn cluster_forget(&mut self, node_id: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("FORGET");
            cmd.push(node_id);
            self.queue(command)
        }

        /// Queues `CLUSTER GETKEYSINSLOT`; see [`Commands::cluster_getkeysinslot`](crate::Commands::cluster_getkeysinslot).
        fn cluster_getkeysinslot(&mut self, slot: i64, count: i64) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("GETKEYSINSLOT");
            cmd.push(slot);
            cmd.push(count);
            self.queue(command)
        }

        /// Queues `CLUSTER HELP`; see [`Commands::cluster_help`](crate::Commands::cluster_help).
        fn cluster_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `CLUSTER INFO`; see [`Commands::cluster_info`](crate::Commands::cluster_info).
        fn cluster_info(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("INFO");
            self.queue(command)
        }

        /// Queues `CLUSTER KEYSLOT`; see [`Commands::cluster_keyslot`](crate::Commands::cluster_keyslot).
        fn cluster_keyslot(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("KEYSLOT");
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `CLUSTER LINKS`; see [`Commands::cluster_links`](crate::Commands::cluster_links).
        fn cluster_links(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("LINKS");
            self.queue(command)
        }

        /// Queues `CLUSTER MEET`; see [`Commands::cluster_meet`](crate::Commands::cluster_meet).
        fn cluster_meet(&mut self, ip: impl ToArg, port: i64) -> &mut Self {
            self.cluster_meet_with(ip, port, ClusterMeetOptions::default())
        }

        /// Queues `CLUSTER MEET` with options; see [`Commands::cluster_meet_with`](crate::Commands::cluster_meet_with).
        fn cluster_meet_with(
            &mut self,
            ip: impl ToArg,
            port: i64,
            options: ClusterMeetOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("MEET");
            cmd.push(ip);
            cmd.push(port);
            if let Some(v) = &options.cluster_bus_port {
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `CLUSTER MYID`; see [`Commands::cluster_myid`](crate::Commands::cluster_myid).
        fn cluster_myid(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("MYID");
            self.queue(command)
        }

        /// Queues `CLUSTER NODES`; see [`Commands::cluster_nodes`](crate::Commands::cluster_nodes).
        fn cluster_nodes(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("NODES");
            self.queue(command)
        }

        /// Queues `CLUSTER REPLICAS`; see [`Commands::cluster_replicas`](crate::Commands::cluster_replicas).
        fn cluster_replicas(&mut self, node_id: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("REPLICAS");
            cmd.push(node_id);
            self.queue(command)
        }

        /// Queues `CLUSTER REPLICATE`; see [`Commands::cluster_replicate`](crate::Commands::cluster_replicate).
        fn cluster_replicate(&mut self, node_id: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("REPLICATE");
            cmd.push(node_id);
            self.queue(command)
        }

        /// Queues `CLUSTER RESET`; see [`Commands::cluster_reset`](crate::Commands::cluster_reset).
        fn cluster_reset(&mut self) -> &mut Self {
            self.cluster_reset_with(ClusterResetOptions::default())
        }

        /// Queues `CLUSTER RESET` with options; see [`Commands::cluster_reset_with`](crate::Commands::cluster_reset_with).
        fn cluster_reset_with(&mut self, options: ClusterResetOptions) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("RESET");
            if let Some(v) = &options.hard_soft {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `CLUSTER SAVECONFIG`; see [`Commands::cluster_saveconfig`](crate::Commands::cluster_saveconfig).
        fn cluster_saveconfig(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("SAVECONFIG");
            self.queue(command)
        }

        /// Queues `CLUSTER SET-CONFIG-EPOCH`; see [`Commands::cluster_set_config_epoch`](crate::Commands::cluster_set_config_epoch).
        fn cluster_set_config_epoch(&mut self, config_epoch: i64) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("SET-CONFIG-EPOCH");
            cmd.push(config_epoch);
            self.queue(command)
        }

        /// Queues `CLUSTER SETSLOT`; see [`Commands::cluster_setslot`](crate::Commands::cluster_setslot).
        fn cluster_setslot(
            &mut self,
            slot: i64,
            subcommand: ClusterSetslotSubcommand,
        ) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("SETSLOT");
            cmd.push(slot);
            {
                let v = &subcommand;
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `CLUSTER SHARDS`; see [`Commands::cluster_shards`](crate::Commands::cluster_shards).
        fn cluster_shards(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("SHARDS");
            self.queue(command)
        }

        /// Queues `CLUSTER SLAVES`; see [`Commands::cluster_slaves`](crate::Commands::cluster_slaves).
        fn cluster_slaves(&mut self, node_id: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("SLAVES");
            cmd.push(node_id);
            self.queue(command)
        }

        /// Queues `CLUSTER SLOTS`; see [`Commands::cluster_slots`](crate::Commands::cluster_slots).
        fn cluster_slots(&mut self) -> &mut Self {
            let mut command = Cmd::new("CLUSTER");
            let cmd = &mut command;
            cmd.push("SLOTS");
            self.queue(command)
        }

        /// Queues `COMMAND`; see [`Commands::command`](crate::Commands::command).
        fn command(&mut self) -> &mut Self {
            let command = Cmd::new("COMMAND");
            self.queue(command)
        }

        /// Queues `COMMAND COUNT`; see [`Commands::command_count`](crate::Commands::command_count).
        fn command_count(&mut self) -> &mut Self {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("COUNT");
            self.queue(command)
        }

        /// Queues `COMMAND DOCS`; see [`Commands::command_docs`](crate::Commands::command_docs).
        fn command_docs(&mut self, command_names: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("DOCS");
            command_names.write_args(cmd);
            self.queue(command)
        }

        /// Queues `COMMAND GETKEYS`; see [`Commands::command_getkeys`](crate::Commands::command_getkeys).
        fn command_getkeys(&mut self) -> &mut Self {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("GETKEYS");
            self.queue(command)
        }

        /// Queues `COMMAND GETKEYSANDFLAGS`; see [`Commands::command_getkeysandflags`](crate::Commands::command_getkeysandflags).
        fn command_getkeysandflags(&mut self) -> &mut Self {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("GETKEYSANDFLAGS");
            self.queue(command)
        }

        /// Queues `COMMAND HELP`; see [`Commands::command_help`](crate::Commands::command_help).
        fn command_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `COMMAND INFO`; see [`Commands::command_info`](crate::Commands::command_info).
        fn command_info(&mut self, command_names: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("INFO");
            command_names.write_args(cmd);
            self.queue(command)
        }

        /// Queues `COMMAND LIST`; see [`Commands::command_list`](crate::Commands::command_list).
        fn command_list(&mut self) -> &mut Self {
            self.command_list_with(CommandListOptions::default())
        }

        /// Queues `COMMAND LIST` with options; see [`Commands::command_list_with`](crate::Commands::command_list_with).
        fn command_list_with(&mut self, options: CommandListOptions) -> &mut Self {
            let mut command = Cmd::new("COMMAND");
            let cmd = &mut command;
            cmd.push("LIST");
            if let Some(v) = &options.filterby {
                cmd.push("FILTERBY");
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `CONFIG GET`; see [`Commands::config_get`](crate::Commands::config_get).
        fn config_get(&mut self, parameters: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("CONFIG");
            let cmd = &mut command;
            cmd.push("GET");
            parameters.write_args(cmd);
            self.queue(command)
        }

        /// Queues `CONFIG HELP`; see [`Commands::config_help`](crate::Commands::config_help).
        fn config_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("CONFIG");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `CONFIG RESETSTAT`; see [`Commands::config_resetstat`](crate::Commands::config_resetstat).
        fn config_resetstat(&mut self) -> &mut Self {
            let mut command = Cmd::new("CONFIG");
            let cmd = &mut command;
            cmd.push("RESETSTAT");
            self.queue(command)
        }

        /// Queues `CONFIG REWRITE`; see [`Commands::config_rewrite`](crate::Commands::config_rewrite).
        fn config_rewrite(&mut self) -> &mut Self {
            let mut command = Cmd::new("CONFIG");
            let cmd = &mut command;
            cmd.push("REWRITE");
            self.queue(command)
        }

        /// Queues `CONFIG SET`; see [`Commands::config_set`](crate::Commands::config_set).
        fn config_set(&mut self, parameter_values: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("CONFIG");
            let cmd = &mut command;
            cmd.push("SET");
            parameter_values.write_args(cmd);
            self.queue(command)
        }

        /// Queues `COPY`; see [`Commands::copy`](crate::Commands::copy).
        fn copy(&mut self, source: impl ToArg, destination: impl ToArg) -> &mut Self {
            self.copy_with(source, destination, CopyOptions::default())
        }

        /// Queues `COPY` with options; see [`Commands::copy_with`](crate::Commands::copy_with).
        fn copy_with(
            &mut self,
            source: impl ToArg,
            destination: impl ToArg,
            options: CopyOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("COPY");
            let cmd = &mut command;
            cmd.push(source);
            cmd.push(destination);
            if let Some(v) = &options.destination_db {
                cmd.push("DB");
                cmd.push(*v);
            }
            if options.replace {
                cmd.push("REPLACE");
            }
            self.queue(command)
        }

        /// Queues `DBSIZE`; see [`Commands::dbsize`](crate::Commands::dbsize).
        fn dbsize(&mut self) -> &mut Self {
            let command = Cmd::new("DBSIZE");
            self.queue(command)
        }

        /// Queues `DEBUG`; see [`Commands::debug`](crate::Commands::debug).
        fn debug(&mut self) -> &mut Self {
            let command = Cmd::new("DEBUG");
            self.queue(command)
        }

        /// Queues `DECR`; see [`Commands::decr`](crate::Commands::decr).
        fn decr(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("DECR");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `DECRBY`; see [`Commands::decrby`](crate::Commands::decrby).
        fn decrby(&mut self, key: impl ToArg, decrement: i64) -> &mut Self {
            let mut command = Cmd::new("DECRBY");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(decrement);
            self.queue(command)
        }

        /// Queues `DEL`; see [`Commands::del`](crate::Commands::del).
        fn del(&mut self, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("DEL");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `DUMP`; see [`Commands::dump`](crate::Commands::dump).
        fn dump(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("DUMP");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `ECHO`; see [`Commands::echo`](crate::Commands::echo).
        fn echo(&mut self, message: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("ECHO");
            let cmd = &mut command;
            cmd.push(message);
            self.queue(command)
        }

        /// Queues `EVAL`; see [`Commands::eval`](crate::Commands::eval).
        fn eval(&mut self, script: impl ToArg, keys: impl ToArgs, args: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("EVAL");
            let cmd = &mut command;
            cmd.push(script);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            args.write_args(cmd);
            self.queue(command)
        }

        /// Queues `EVAL_RO`; see [`Commands::eval_ro`](crate::Commands::eval_ro).
        fn eval_ro(
            &mut self,
            script: impl ToArg,
            keys: impl ToArgs,
            args: impl ToArgs,
        ) -> &mut Self {
            let mut command = Cmd::new("EVAL_RO");
            let cmd = &mut command;
            cmd.push(script);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            args.write_args(cmd);
            self.queue(command)
        }

        /// Queues `EVALSHA`; see [`Commands::evalsha`](crate::Commands::evalsha).
        fn evalsha(&mut self, sha1: impl ToArg, keys: impl ToArgs, args: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("EVALSHA");
            let cmd = &mut command;
            cmd.push(sha1);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            args.write_args(cmd);
            self.queue(command)
        }

        /// Queues `EVALSHA_RO`; see [`Commands::evalsha_ro`](crate::Commands::evalsha_ro).
        fn evalsha_ro(
            &mut self,
            sha1: impl ToArg,
            keys: impl ToArgs,
            args: impl ToArgs,
        ) -> &mut Self {
            let mut command = Cmd::new("EVALSHA_RO");
            let cmd = &mut command;
            cmd.push(sha1);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            args.write_args(cmd);
            self.queue(command)
        }

        /// Queues `EXISTS`; see [`Commands::exists`](crate::Commands::exists).
        fn exists(&mut self, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("EXISTS");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `EXPIRE`; see [`Commands::expire`](crate::Commands::expire).
        fn expire(&mut self, key: impl ToArg, seconds: i64) -> &mut Self {
            self.expire_with(key, seconds, ExpireOptions::default())
        }

        /// Queues `EXPIRE` with options; see [`Commands::expire_with`](crate::Commands::expire_with).
        fn expire_with(
            &mut self,
            key: impl ToArg,
            seconds: i64,
            options: ExpireOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("EXPIRE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(seconds);
            if let Some(v) = &options.condition {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `EXPIREAT`; see [`Commands::expireat`](crate::Commands::expireat).
        fn expireat(&mut self, key: impl ToArg, unix_time_seconds: u64) -> &mut Self {
            self.expireat_with(key, unix_time_seconds, ExpireatOptions::default())
        }

        /// Queues `EXPIREAT` with options; see [`Commands::expireat_with`](crate::Commands::expireat_with).
        fn expireat_with(
            &mut self,
            key: impl ToArg,
            unix_time_seconds: u64,
            options: ExpireatOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("EXPIREAT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(unix_time_seconds);
            if let Some(v) = &options.condition {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `EXPIRETIME`; see [`Commands::expiretime`](crate::Commands::expiretime).
        fn expiretime(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("EXPIRETIME");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `FAILOVER`; see [`Commands::failover`](crate::Commands::failover).
        fn failover(&mut self) -> &mut Self {
            self.failover_with(FailoverOptions::default())
        }

        /// Queues `FAILOVER` with options; see [`Commands::failover_with`](crate::Commands::failover_with).
        fn failover_with(&mut self, options: FailoverOptions) -> &mut Self {
            let mut command = Cmd::new("FAILOVER");
            let cmd = &mut command;
            if let Some(v) = &options.target {
                cmd.push("TO");
                {
                    let v = &v.0;
                    cmd.push(v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
                if v.2 {
                    cmd.push("FORCE");
                }
            }
            if options.abort {
                cmd.push("ABORT");
            }
            if let Some(v) = &options.milliseconds {
                cmd.push("TIMEOUT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `FCALL`; see [`Commands::fcall`](crate::Commands::fcall).
        fn fcall(
            &mut self,
            function: impl ToArg,
            keys: impl ToArgs,
            args: impl ToArgs,
        ) -> &mut Self {
            let mut command = Cmd::new("FCALL");
            let cmd = &mut command;
            cmd.push(function);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            args.write_args(cmd);
            self.queue(command)
        }

        /// Queues `FCALL_RO`; see [`Commands::fcall_ro`](crate::Commands::fcall_ro).
        fn fcall_ro(
            &mut self,
            function: impl ToArg,
            keys: impl ToArgs,
            args: impl ToArgs,
        ) -> &mut Self {
            let mut command = Cmd::new("FCALL_RO");
            let cmd = &mut command;
            cmd.push(function);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            args.write_args(cmd);
            self.queue(command)
        }

        /// Queues `FLUSHALL`; see [`Commands::flushall`](crate::Commands::flushall).
        fn flushall(&mut self) -> &mut Self {
            self.flushall_with(FlushallOptions::default())
        }

        /// Queues `FLUSHALL` with options; see [`Commands::flushall_with`](crate::Commands::flushall_with).
        fn flushall_with(&mut self, options: FlushallOptions) -> &mut Self {
            let mut command = Cmd::new("FLUSHALL");
            let cmd = &mut command;
            if let Some(v) = &options.asynchronous {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `FLUSHDB`; see [`Commands::flushdb`](crate::Commands::flushdb).
        fn flushdb(&mut self) -> &mut Self {
            self.flushdb_with(FlushdbOptions::default())
        }

        /// Queues `FLUSHDB` with options; see [`Commands::flushdb_with`](crate::Commands::flushdb_with).
        fn flushdb_with(&mut self, options: FlushdbOptions) -> &mut Self {
            let mut command = Cmd::new("FLUSHDB");
            let cmd = &mut command;
            if let Some(v) = &options.asynchronous {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `FUNCTION DELETE`; see [`Commands::function_delete`](crate::Commands::function_delete).
        fn function_delete(&mut self, library_name: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("DELETE");
            cmd.push(library_name);
            self.queue(command)
        }

        /// Queues `FUNCTION DUMP`; see [`Commands::function_dump`](crate::Commands::function_dump).
        fn function_dump(&mut self) -> &mut Self {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("DUMP");
            self.queue(command)
        }

        /// Queues `FUNCTION FLUSH`; see [`Commands::function_flush`](crate::Commands::function_flush).
        fn function_flush(&mut self) -> &mut Self {
            self.function_flush_with(FunctionFlushOptions::default())
        }

        /// Queues `FUNCTION FLUSH` with options; see [`Commands::function_flush_with`](crate::Commands::function_flush_with).
        fn function_flush_with(&mut self, options: FunctionFlushOptions) -> &mut Self {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("FLUSH");
            if let Some(v) = &options.asynchronous {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `FUNCTION HELP`; see [`Commands::function_help`](crate::Commands::function_help).
        fn function_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `FUNCTION KILL`; see [`Commands::function_kill`](crate::Commands::function_kill).
        fn function_kill(&mut self) -> &mut Self {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("KILL");
            self.queue(command)
        }

        /// Queues `FUNCTION LIST`; see [`Commands::function_list`](crate::Commands::function_list).
        fn function_list(&mut self) -> &mut Self {
            self.function_list_with(FunctionListOptions::default())
        }

        /// Queues `FUNCTION LIST` with options; see [`Commands::function_list_with`](crate::Commands::function_list_with).
        fn function_list_with(&mut self, options: FunctionListOptions) -> &mut Self {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("LIST");
            if let Some(v) = &options.library_name_pattern {
                cmd.push("LIBRARYNAME");
                cmd.push(v);
            }
            if options.withcode {
                cmd.push("WITHCODE");
            }
            self.queue(command)
        }

        /// Queues `FUNCTION LOAD`; see [`Commands::function_load`](crate::Commands::function_load).
        fn function_load(&mut self, function_code: impl ToArg) -> &mut Self {
            self.function_load_with(function_code, FunctionLoadOptions::default())
        }

        /// Queues `FUNCTION LOAD` with options; see [`Commands::function_load_with`](crate::Commands::function_load_with).
        fn function_load_with(
            &mut self,
            function_code: impl ToArg,
            options: FunctionLoadOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("LOAD");
            if options.replace {
                cmd.push("REPLACE");
            }
            cmd.push(function_code);
            self.queue(command)
        }

        /// Queues `FUNCTION RESTORE`; see [`Commands::function_restore`](crate::Commands::function_restore).
        fn function_restore(&mut self, serialized_value: impl ToArg) -> &mut Self {
            self.function_restore_with(serialized_value, FunctionRestoreOptions::default())
        }

        /// Queues `FUNCTION RESTORE` with options; see [`Commands::function_restore_with`](crate::Commands::function_restore_with).
        fn function_restore_with(
            &mut self,
            serialized_value: impl ToArg,
            options: FunctionRestoreOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("RESTORE");
            cmd.push(serialized_value);
            if let Some(v) = &options.policy {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `FUNCTION STATS`; see [`Commands::function_stats`](crate::Commands::function_stats).
        fn function_stats(&mut self) -> &mut Self {
            let mut command = Cmd::new("FUNCTION");
            let cmd = &mut command;
            cmd.push("STATS");
            self.queue(command)
        }

        /// Queues `GEOADD`; see [`Commands::geoadd`](crate::Commands::geoadd).
        fn geoadd(
            &mut self,
            key: impl ToArg,
            longitude_latitude_members: impl ToArgs,
        ) -> &mut Self {
            self.geoadd_with(key, longitude_latitude_members, GeoaddOptions::default())
        }

        /// Queues `GEOADD` with options; see [`Commands::geoadd_with`](crate::Commands::geoadd_with).
        fn geoadd_with(
            &mut self,
            key: impl ToArg,
            longitude_latitude_members: impl ToArgs,
            options: GeoaddOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("GEOADD");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.condition {
                v.write(cmd);
            }
            if options.change {
                cmd.push("CH");
            }
            longitude_latitude_members.write_args(cmd);
            self.queue(command)
        }

        /// Queues `GEODIST`; see [`Commands::geodist`](crate::Commands::geodist).
        fn geodist(
            &mut self,
            key: impl ToArg,
            member1: impl ToArg,
            member2: impl ToArg,
        ) -> &mut Self {
            self.geodist_with(key, member1, member2, GeodistOptions::default())
        }

        /// Queues `GEODIST` with options; see [`Commands::geodist_with`](crate::Commands::geodist_with).
        fn geodist_with(
            &mut self,
            key: impl ToArg,
            member1: impl ToArg,
            member2: impl ToArg,
            options: GeodistOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("GEODIST");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member1);
            cmd.push(member2);
            if let Some(v) = &options.unit {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `GEOHASH`; see [`Commands::geohash`](crate::Commands::geohash).
        fn geohash(&mut self, key: impl ToArg, members: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("GEOHASH");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.queue(command)
        }

        /// Queues `GEOPOS`; see [`Commands::geopos`](crate::Commands::geopos).
        fn geopos(&mut self, key: impl ToArg, members: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("GEOPOS");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.queue(command)
        }

        /// Queues `GEORADIUS`; see [`Commands::georadius`](crate::Commands::georadius).
        fn georadius(
            &mut self,
            key: impl ToArg,
            longitude: f64,
            latitude: f64,
            radius: f64,
            unit: GeoradiusUnit,
        ) -> &mut Self {
            self.georadius_with(
                key,
                longitude,
                latitude,
                radius,
                unit,
                GeoradiusOptions::default(),
            )
        }

        /// Queues `GEORADIUS` with options; see [`Commands::georadius_with`](crate::Commands::georadius_with).
        fn georadius_with(
            &mut self,
            key: impl ToArg,
            longitude: f64,
            latitude: f64,
            radius: f64,
            unit: GeoradiusUnit,
            options: GeoradiusOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("GEORADIUS");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(longitude);
            cmd.push(latitude);
            cmd.push(radius);
            {
                let v = &unit;
                v.write(cmd);
            }
            if options.withcoord {
                cmd.push("WITHCOORD");
            }
            if options.withdist {
                cmd.push("WITHDIST");
            }
            if options.withhash {
                cmd.push("WITHHASH");
            }
            if let Some(v) = &options.count {
                {
                    let v = &v.0;
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("ANY");
                }
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            if let Some(v) = &options.key {
                cmd.push("STORE");
                cmd.push(v);
            }
            if let Some(v) = &options.key2 {
                cmd.push("STOREDIST");
                cmd.push(v);
            }
            self.queue(command)
        }

        /// Queues `GEORADIUS_RO`; see [`Commands::georadius_ro`](crate::Commands::georadius_ro).
        fn georadius_ro(
            &mut self,
            key: impl ToArg,
            longitude: f64,
            latitude: f64,
            radius: f64,
            unit: GeoradiusRoUnit,
        ) -> &mut Self {
            self.georadius_ro_with(
                key,
                longitude,
                latitude,
                radius,
                unit,
                GeoradiusRoOptions::default(),
            )
        }

        /// Queues `GEORADIUS_RO` with options; see [`Commands::georadius_ro_with`](crate::Commands::georadius_ro_with).
        fn georadius_ro_with(
            &mut self,
            key: impl ToArg,
            longitude: f64,
            latitude: f64,
            radius: f64,
            unit: GeoradiusRoUnit,
            options: GeoradiusRoOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("GEORADIUS_RO");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(longitude);
            cmd.push(latitude);
            cmd.push(radius);
            {
                let v = &unit;
                v.write(cmd);
            }
            if options.withcoord {
                cmd.push("WITHCOORD");
            }
            if options.withdist {
                cmd.push("WITHDIST");
            }
            if options.withhash {
                cmd.push("WITHHASH");
            }
            if let Some(v) = &options.count {
                {
                    let v = &v.0;
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("ANY");
                }
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `GEORADIUSBYMEMBER`; see [`Commands::georadiusbymember`](crate::Commands::georadiusbymember).
        fn georadiusbymember(
            &mut self,
            key: impl ToArg,
            member: impl ToArg,
            radius: f64,
            unit: GeoradiusbymemberUnit,
        ) -> &mut Self {
            self.georadiusbymember_with(
                key,
                member,
                radius,
                unit,
                GeoradiusbymemberOptions::default(),
            )
        }

        /// Queues `GEORADIUSBYMEMBER` with options; see [`Commands::georadiusbymember_with`](crate::Commands::georadiusbymember_with).
        fn georadiusbymember_with(
            &mut self,
            key: impl ToArg,
            member: impl ToArg,
            radius: f64,
            unit: GeoradiusbymemberUnit,
            options: GeoradiusbymemberOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("GEORADIUSBYMEMBER");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member);
            cmd.push(radius);
            {
                let v = &unit;
                v.write(cmd);
            }
            if options.withcoord {
                cmd.push("WITHCOORD");
            }
            if options.withdist {
                cmd.push("WITHDIST");
            }
            if options.withhash {
                cmd.push("WITHHASH");
            }
            if let Some(v) = &options.count {
                {
                    let v = &v.0;
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("ANY");
                }
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            if let Some(v) = &options.key {
                cmd.push("STORE");
                cmd.push(v);
            }
            if let Some(v) = &options.key2 {
                cmd.push("STOREDIST");
                cmd.push(v);
            }
            self.queue(command)
        }

        /// Queues `GEORADIUSBYMEMBER_RO`; see [`Commands::georadiusbymember_ro`](crate::Commands::georadiusbymember_ro).
        fn georadiusbymember_ro(
            &mut self,
            key: impl ToArg,
            member: impl ToArg,
            radius: f64,
            unit: GeoradiusbymemberRoUnit,
        ) -> &mut Self {
            self.georadiusbymember_ro_with(
                key,
                member,
                radius,
                unit,
                GeoradiusbymemberRoOptions::default(),
            )
        }

        /// Queues `GEORADIUSBYMEMBER_RO` with options; see [`Commands::georadiusbymember_ro_with`](crate::Commands::georadiusbymember_ro_with).
        fn georadiusbymember_ro_with(
            &mut self,
            key: impl ToArg,
            member: impl ToArg,
            radius: f64,
            unit: GeoradiusbymemberRoUnit,
            options: GeoradiusbymemberRoOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("GEORADIUSBYMEMBER_RO");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member);
            cmd.push(radius);
            {
                let v = &unit;
                v.write(cmd);
            }
            if options.withcoord {
                cmd.push("WITHCOORD");
            }
            if options.withdist {
                cmd.push("WITHDIST");
            }
            if options.withhash {
                cmd.push("WITHHASH");
            }
            if let Some(v) = &options.count {
                {
                    let v = &v.0;
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("ANY");
                }
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `GEOSEARCH`; see [`Commands::geosearch`](crate::Commands::geosearch).
        fn geosearch(
            &mut self,
            key: impl ToArg,
            from: GeosearchFrom,
            by: GeosearchBy,
        ) -> &mut Self {
            self.geosearch_with(key, from, by, GeosearchOptions::default())
        }

        /// Queues `GEOSEARCH` with options; see [`Commands::geosearch_with`](crate::Commands::geosearch_with).
        fn geosearch_with(
            &mut self,
            key: impl ToArg,
            from: GeosearchFrom,
            by: GeosearchBy,
            options: GeosearchOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("GEOSEARCH");
            let cmd = &mut command;
            cmd.push(key);
            {
                let v = &from;
                v.write(cmd);
            }
            {
                let v = &by;
                v.write(cmd);
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            if let Some(v) = &options.count {
                {
                    let v = &v.0;
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("ANY");
                }
            }
            if options.withcoord {
                cmd.push("WITHCOORD");
            }
            if options.withdist {
                cmd.push("WITHDIST");
            }
            if options.withhash {
                cmd.push("WITHHASH");
            }
            self.queue(command)
        }

        /// Queues `GEOSEARCHSTORE`; see [`Commands::geosearchstore`](crate::Commands::geosearchstore).
        fn geosearchstore(
            &mut self,
            destination: impl ToArg,
            source: impl ToArg,
            from: GeosearchstoreFrom,
            by: GeosearchstoreBy,
        ) -> &mut Self {
            self.geosearchstore_with(
                destination,
                source,
                from,
                by,
                GeosearchstoreOptions::default(),
            )
        }

        /// Queues `GEOSEARCHSTORE` with options; see [`Commands::geosearchstore_with`](crate::Commands::geosearchstore_with).
        fn geosearchstore_with(
            &mut self,
            destination: impl ToArg,
            source: impl ToArg,
            from: GeosearchstoreFrom,
            by: GeosearchstoreBy,
            options: GeosearchstoreOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("GEOSEARCHSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            cmd.push(source);
            {
                let v = &from;
                v.write(cmd);
            }
            {
                let v = &by;
                v.write(cmd);
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            if let Some(v) = &options.count {
                {
                    let v = &v.0;
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("ANY");
                }
            }
            if options.storedist {
                cmd.push("STOREDIST");
            }
            self.queue(command)
        }

        /// Queues `GET`; see [`Commands::get`](crate::Commands::get).
        fn get(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("GET");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `GETBIT`; see [`Commands::getbit`](crate::Commands::getbit).
        fn getbit(&mut self, key: impl ToArg, offset: i64) -> &mut Self {
            let mut command = Cmd::new("GETBIT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(offset);
            self.queue(command)
        }

        /// Queues `GETDEL`; see [`Commands::getdel`](crate::Commands::getdel).
        fn getdel(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("GETDEL");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `GETEX`; see [`Commands::getex`](crate::Commands::getex).
        fn getex(&mut self, key: impl ToArg) -> &mut Self {
            self.getex_with(key, GetexOptions::default())
        }

        /// Queues `GETEX` with options; see [`Commands::getex_with`](crate::Commands::getex_with).
        fn getex_with(&mut self, key: impl ToArg, options: GetexOptions) -> &mut Self {
            let mut command = Cmd::new("GETEX");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.expiration {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `GETRANGE`; see [`Commands::getrange`](crate::Commands::getrange).
        fn getrange(&mut self, key: impl ToArg, start: i64, end: i64) -> &mut Self {
            let mut command = Cmd::new("GETRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(end);
            self.queue(command)
        }

        /// Queues `GETSET`; see [`Commands::getset`](crate::Commands::getset).
        fn getset(&mut self, key: impl ToArg, value: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("GETSET");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(value);
            self.queue(command)
        }

        /// Queues `HDEL`; see [`Commands::hdel`](crate::Commands::hdel).
        fn hdel(&mut self, key: impl ToArg, fields: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("HDEL");
            let cmd = &mut command;
            cmd.push(key);
            fields.write_args(cmd);
            self.queue(command)
        }

        /// Queues `HEXISTS`; see [`Commands::hexists`](crate::Commands::hexists).
        fn hexists(&mut self, key: impl ToArg, field: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("HEXISTS");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(field);
            self.queue(command)
        }

        /// Queues `HGET`; see [`Commands::hget`](crate::Commands::hget).
        fn hget(&mut self, key: impl ToArg, field: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("HGET");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(field);
            self.queue(command)
        }

        /// Queues `HGETALL`; see [`Commands::hgetall`](crate::Commands::hgetall).
        fn hgetall(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("HGETALL");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `HINCRBY`; see [`Commands::hincrby`](crate::Commands::hincrby).
        fn hincrby(&mut self, key: impl ToArg, field: impl ToArg, increment: i64) -> &mut Self {
            let mut command = Cmd::new("HINCRBY");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(field);
            cmd.push(increment);
            self.queue(command)
        }

        /// Queues `HINCRBYFLOAT`; see [`Commands::hincrbyfloat`](crate::Commands::hincrbyfloat).
        fn hincrbyfloat(
            &mut self,
            key: impl ToArg,
            field: impl ToArg,
            increment: f64,
        ) -> &mut Self {
            let mut command = Cmd::new("HINCRBYFLOAT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(field);
            cmd.push(increment);
            self.queue(command)
        }

        /// Queues `HKEYS`; see [`Commands::hkeys`](crate::Commands::hkeys).
        fn hkeys(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("HKEYS");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `HLEN`; see [`Commands::hlen`](crate::Commands::hlen).
        fn hlen(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("HLEN");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `HMGET`; see [`Commands::hmget`](crate::Commands::hmget).
        fn hmget(&mut self, key: impl ToArg, fields: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("HMGET");
            let cmd = &mut command;
            cmd.push(key);
            fields.write_args(cmd);
            self.queue(command)
        }

        /// Queues `HMSET`; see [`Commands::hmset`](crate::Commands::hmset).
        fn hmset(&mut self, key: impl ToArg, field_values: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("HMSET");
            let cmd = &mut command;
            cmd.push(key);
            field_values.write_args(cmd);
            self.queue(command)
        }

        /// Queues `HRANDFIELD`; see [`Commands::hrandfield`](crate::Commands::hrandfield).
        fn hrandfield(&mut self, key: impl ToArg) -> &mut Self {
            self.hrandfield_with(key, HrandfieldOptions::default())
        }

        /// Queues `HRANDFIELD` with options; see [`Commands::hrandfield_with`](crate::Commands::hrandfield_with).
        fn hrandfield_with(&mut self, key: impl ToArg, options: HrandfieldOptions) -> &mut Self {
            let mut command = Cmd::new("HRANDFIELD");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.options {
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("WITHVALUES");
                }
            }
            self.queue(command)
        }

        /// Queues `HSCAN`; see [`Commands::hscan`](crate::Commands::hscan).
        fn hscan(&mut self, key: impl ToArg, cursor: i64) -> &mut Self {
            self.hscan_with(key, cursor, HscanOptions::default())
        }

        /// Queues `HSCAN` with options; see [`Commands::hscan_with`](crate::Commands::hscan_with).
        fn hscan_with(&mut self, key: impl ToArg, cursor: i64, options: HscanOptions) -> &mut Self {
            let mut command = Cmd::new("HSCAN");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(cursor);
            if let Some(v) = &options.pattern {
                cmd.push("MATCH");
                cmd.push(v);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `HSET`; see [`Commands::hset`](crate::Commands::hset).
        fn hset(&mut self, key: impl ToArg, field_values: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("HSET");
            let cmd = &mut command;
            cmd.push(key);
            field_values.write_args(cmd);
            self.queue(command)
        }

        /// Queues `HSETNX`; see [`Commands::hsetnx`](crate::Commands::hsetnx).
        fn hsetnx(&mut self, key: impl ToArg, field: impl ToArg, value: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("HSETNX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(field);
            cmd.push(value);
            self.queue(command)
        }

        /// Queues `HSTRLEN`; see [`Commands::hstrlen`](crate::Commands::hstrlen).
        fn hstrlen(&mut self, key: impl ToArg, field: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("HSTRLEN");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(field);
            self.queue(command)
        }

        /// Queues `HVALS`; see [`Commands::hvals`](crate::Commands::hvals).
        fn hvals(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("HVALS");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `INCR`; see [`Commands::incr`](crate::Commands::incr).
        fn incr(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("INCR");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `INCRBY`; see [`Commands::incrby`](crate::Commands::incrby).
        fn incrby(&mut self, key: impl ToArg, increment: i64) -> &mut Self {
            let mut command = Cmd::new("INCRBY");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(increment);
            self.queue(command)
        }

        /// Queues `INCRBYFLOAT`; see [`Commands::incrbyfloat`](crate::Commands::incrbyfloat).
        fn incrbyfloat(&mut self, key: impl ToArg, increment: f64) -> &mut Self {
            let mut command = Cmd::new("INCRBYFLOAT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(increment);
            self.queue(command)
        }

        /// Queues `INFO`; see [`Commands::info`](crate::Commands::info).
        fn info(&mut self, sections: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("INFO");
            let cmd = &mut command;
            sections.write_args(cmd);
            self.queue(command)
        }

        /// Queues `KEYS`; see [`Commands::keys`](crate::Commands::keys).
        fn keys(&mut self, pattern: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("KEYS");
            let cmd = &mut command;
            cmd.push(pattern);
            self.queue(command)
        }

        /// Queues `LASTSAVE`; see [`Commands::lastsave`](crate::Commands::lastsave).
        fn lastsave(&mut self) -> &mut Self {
            let command = Cmd::new("LASTSAVE");
            self.queue(command)
        }

        /// Queues `LATENCY DOCTOR`; see [`Commands::latency_doctor`](crate::Commands::latency_doctor).
        fn latency_doctor(&mut self) -> &mut Self {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("DOCTOR");
            self.queue(command)
        }

        /// Queues `LATENCY GRAPH`; see [`Commands::latency_graph`](crate::Commands::latency_graph).
        fn latency_graph(&mut self, event: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("GRAPH");
            cmd.push(event);
            self.queue(command)
        }

        /// Queues `LATENCY HELP`; see [`Commands::latency_help`](crate::Commands::latency_help).
        fn latency_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `LATENCY HISTOGRAM`; see [`Commands::latency_histogram`](crate::Commands::latency_histogram).
        fn latency_histogram(&mut self, commands: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("HISTOGRAM");
            commands.write_args(cmd);
            self.queue(command)
        }

        /// Queues `LATENCY HISTORY`; see [`Commands::latency_history`](crate::Commands::latency_history).
        fn latency_history(&mut self, event: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("HISTORY");
            cmd.push(event);
            self.queue(command)
        }

        /// Queues `LATENCY LATEST`; see [`Commands::latency_latest`](crate::Commands::latency_latest).
        fn latency_latest(&mut self) -> &mut Self {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("LATEST");
            self.queue(command)
        }

        /// Queues `LATENCY RESET`; see [`Commands::latency_reset`](crate::Commands::latency_reset).
        fn latency_reset(&mut self, events: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("LATENCY");
            let cmd = &mut command;
            cmd.push("RESET");
            events.write_args(cmd);
            self.queue(command)
        }

        /// Queues `LCS`; see [`Commands::lcs`](crate::Commands::lcs).
        fn lcs(&mut self, key1: impl ToArg, key2: impl ToArg) -> &mut Self {
            self.lcs_with(key1, key2, LcsOptions::default())
        }

        /// Queues `LCS` with options; see [`Commands::lcs_with`](crate::Commands::lcs_with).
        fn lcs_with(
            &mut self,
            key1: impl ToArg,
            key2: impl ToArg,
            options: LcsOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("LCS");
            let cmd = &mut command;
            cmd.push(key1);
            cmd.push(key2);
            if options.len {
                cmd.push("LEN");
            }
            if options.idx {
                cmd.push("IDX");
            }
            if let Some(v) = &options.len2 {
                cmd.push("MINMATCHLEN");
                cmd.push(*v);
            }
            if options.withmatchlen {
                cmd.push("WITHMATCHLEN");
            }
            self.queue(command)
        }

        /// Queues `LINDEX`; see [`Commands::lindex`](crate::Commands::lindex).
        fn lindex(&mut self, key: impl ToArg, index: i64) -> &mut Self {
            let mut command = Cmd::new("LINDEX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(index);
            self.queue(command)
        }

        /// Queues `LINSERT`; see [`Commands::linsert`](crate::Commands::linsert).
        fn linsert(
            &mut self,
            key: impl ToArg,
            where_arg: LinsertWhere,
            pivot: impl ToArg,
            element: impl ToArg,
        ) -> &mut Self {
            let mut command = Cmd::new("LINSERT");
            let cmd = &mut command;
            cmd.push(key);
            {
                let v = &where_arg;
                v.write(cmd);
            }
            cmd.push(pivot);
            cmd.push(element);
            self.queue(command)
        }

        /// Queues `LLEN`; see [`Commands::llen`](crate::Commands::llen).
        fn llen(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("LLEN");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `LMOVE`; see [`Commands::lmove`](crate::Commands::lmove).
        fn lmove(
            &mut self,
            source: impl ToArg,
            destination: impl ToArg,
            wherefrom: LmoveWherefrom,
            whereto: LmoveWhereto,
        ) -> &mut Self {
            let mut command = Cmd::new("LMOVE");
            let cmd = &mut command;
            cmd.push(source);
            cmd.push(destination);
            {
                let v = &wherefrom;
                v.write(cmd);
            }
            {
                let v = &whereto;
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `LMPOP`; see [`Commands::lmpop`](crate::Commands::lmpop).
        fn lmpop(&mut self, keys: impl ToArgs, where_arg: LmpopWhere) -> &mut Self {
            self.lmpop_with(keys, where_arg, LmpopOptions::default())
        }

        /// Queues `LMPOP` with options; see [`Commands::lmpop_with`](crate::Commands::lmpop_with).
        fn lmpop_with(
            &mut self,
            keys: impl ToArgs,
            where_arg: LmpopWhere,
            options: LmpopOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("LMPOP");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            {
                let v = &where_arg;
                v.write(cmd);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `LOLWUT`; see [`Commands::lolwut`](crate::Commands::lolwut).
        fn lolwut(&mut self) -> &mut Self {
            self.lolwut_with(LolwutOptions::default())
        }

        /// Queues `LOLWUT` with options; see [`Commands::lolwut_with`](crate::Commands::lolwut_with).
        fn lolwut_with(&mut self, options: LolwutOptions) -> &mut Self {
            let mut command = Cmd::new("LOLWUT");
            let cmd = &mut command;
            if let Some(v) = &options.version {
                cmd.push("VERSION");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `LPOP`; see [`Commands::lpop`](crate::Commands::lpop).
        fn lpop(&mut self, key: impl ToArg) -> &mut Self {
            self.lpop_with(key, LpopOptions::default())
        }

        /// Queues `LPOP` with options; see [`Commands::lpop_with`](crate::Commands::lpop_with).
        fn lpop_with(&mut self, key: impl ToArg, options: LpopOptions) -> &mut Self {
            let mut command = Cmd::new("LPOP");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `LPOS`; see [`Commands::lpos`](crate::Commands::lpos).
        fn lpos(&mut self, key: impl ToArg, element: impl ToArg) -> &mut Self {
            self.lpos_with(key, element, LposOptions::default())
        }

        /// Queues `LPOS` with options; see [`Commands::lpos_with`](crate::Commands::lpos_with).
        fn lpos_with(
            &mut self,
            key: impl ToArg,
            element: impl ToArg,
            options: LposOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("LPOS");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(element);
            if let Some(v) = &options.rank {
                cmd.push("RANK");
                cmd.push(*v);
            }
            if let Some(v) = &options.num_matches {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            if let Some(v) = &options.len {
                cmd.push("MAXLEN");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `LPUSH`; see [`Commands::lpush`](crate::Commands::lpush).
        fn lpush(&mut self, key: impl ToArg, elements: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("LPUSH");
            let cmd = &mut command;
            cmd.push(key);
            elements.write_args(cmd);
            self.queue(command)
        }

        /// Queues `LPUSHX`; see [`Commands::lpushx`](crate::Commands::lpushx).
        fn lpushx(&mut self, key: impl ToArg, elements: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("LPUSHX");
            let cmd = &mut command;
            cmd.push(key);
            elements.write_args(cmd);
            self.queue(command)
        }

        /// Queues `LRANGE`; see [`Commands::lrange`](crate::Commands::lrange).
        fn lrange(&mut self, key: impl ToArg, start: i64, stop: i64) -> &mut Self {
            let mut command = Cmd::new("LRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(stop);
            self.queue(command)
        }

        /// Queues `LREM`; see [`Commands::lrem`](crate::Commands::lrem).
        fn lrem(&mut self, key: impl ToArg, count: i64, element: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("LREM");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(count);
            cmd.push(element);
            self.queue(command)
        }

        /// Queues `LSET`; see [`Commands::lset`](crate::Commands::lset).
        fn lset(&mut self, key: impl ToArg, index: i64, element: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("LSET");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(index);
            cmd.push(element);
            self.queue(command)
        }

        /// Queues `LTRIM`; see [`Commands::ltrim`](crate::Commands::ltrim).
        fn ltrim(&mut self, key: impl ToArg, start: i64, stop: i64) -> &mut Self {
            let mut command = Cmd::new("LTRIM");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(stop);
            self.queue(command)
        }

        /// Queues `MEMORY DOCTOR`; see [`Commands::memory_doctor`](crate::Commands::memory_doctor).
        fn memory_doctor(&mut self) -> &mut Self {
            let mut command = Cmd::new("MEMORY");
            let cmd = &mut command;
            cmd.push("DOCTOR");
            self.queue(command)
        }

        /// Queues `MEMORY HELP`; see [`Commands::memory_help`](crate::Commands::memory_help).
        fn memory_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("MEMORY");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `MEMORY MALLOC-STATS`; see [`Commands::memory_malloc_stats`](crate::Commands::memory_malloc_stats).
        fn memory_malloc_stats(&mut self) -> &mut Self {
            let mut command = Cmd::new("MEMORY");
            let cmd = &mut command;
            cmd.push("MALLOC-STATS");
            self.queue(command)
        }

        /// Queues `MEMORY PURGE`; see [`Commands::memory_purge`](crate::Commands::memory_purge).
        fn memory_purge(&mut self) -> &mut Self {
            let mut command = Cmd::new("MEMORY");
            let cmd = &mut command;
            cmd.push("PURGE");
            self.queue(command)
        }

        /// Queues `MEMORY STATS`; see [`Commands::memory_stats`](crate::Commands::memory_stats).
        fn memory_stats(&mut self) -> &mut Self {
            let mut command = Cmd::new("MEMORY");
            let cmd = &mut command;
            cmd.push("STATS");
            self.queue(command)
        }

        /// Queues `MEMORY USAGE`; see [`Commands::memory_usage`](crate::Commands::memory_usage).
        fn memory_usage(&mut self, key: impl ToArg) -> &mut Self {
            self.memory_usage_with(key, MemoryUsageOptions::default())
        }

        /// Queues `MEMORY USAGE` with options; see [`Commands::memory_usage_with`](crate::Commands::memory_usage_with).
        fn memory_usage_with(&mut self, key: impl ToArg, options: MemoryUsageOptions) -> &mut Self {
            let mut command = Cmd::new("MEMORY");
            let cmd = &mut command;
            cmd.push("USAGE");
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push("SAMPLES");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `MGET`; see [`Commands::mget`](crate::Commands::mget).
        fn mget(&mut self, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("MGET");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `MIGRATE`; see [`Commands::migrate`](crate::Commands::migrate).
        fn migrate(
            &mut self,
            host: impl ToArg,
            port: i64,
            key_or_empty_string: MigrateKeyOrEmptyString,
            destination_db: i64,
            timeout: i64,
        ) -> &mut Self {
            self.migrate_with(
                host,
                port,
                key_or_empty_string,
                destination_db,
                timeout,
                MigrateOptions::default(),
            )
        }

        /// Queues `MIGRATE` with options; see [`Commands::migrate_with`](crate::Commands::migrate_with).
        fn migrate_with(
            &mut self,
            host: impl ToArg,
            port: i64,
            key_or_empty_string: MigrateKeyOrEmptyString,
            destination_db: i64,
            timeout: i64,
            options: MigrateOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("MIGRATE");
            let cmd = &mut command;
            cmd.push(host);
            cmd.push(port);
            {
                let v = &key_or_empty_string;
                v.write(cmd);
            }
            cmd.push(destination_db);
            cmd.push(timeout);
            if options.copy {
                cmd.push("COPY");
            }
            if options.replace {
                cmd.push("REPLACE");
            }
            if let Some(v) = &options.authentication {
                v.write(cmd);
            }
            if let Some(v) = &options.key {
                cmd.push("KEYS");
                for v in v {
                    cmd.push(v);
                }
            }
            self.queue(command)
        }

        /// Queues `MODULE HELP`; see [`Commands::module_help`](crate::Commands::module_help).
        fn module_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("MODULE");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `MODULE LIST`; see [`Commands::module_list`](crate::Commands::module_list).
        fn module_list(&mut self) -> &mut Self {
            let mut command = Cmd::new("MODULE");
            let cmd = &mut command;
            cmd.push("LIST");
            self.queue(command)
        }

        /// Queues `MODULE LOAD`; see [`Commands::module_load`](crate::Commands::module_load).
        fn module_load(&mut self, path: impl ToArg, args: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("MODULE");
            let cmd = &mut command;
            cmd.push("LOAD");
            cmd.push(path);
            args.write_args(cmd);
            self.queue(command)
        }

        /// Queues `MODULE LOADEX`; see [`Commands::module_loadex`](crate::Commands::module_loadex).
        fn module_loadex(&mut self, path: impl ToArg) -> &mut Self {
            self.module_loadex_with(path, ModuleLoadexOptions::default())
        }

        /// Queues `MODULE LOADEX` with options; see [`Commands::module_loadex_with`](crate::Commands::module_loadex_with).
        fn module_loadex_with(
            &mut self,
            path: impl ToArg,
            options: ModuleLoadexOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("MODULE");
            let cmd = &mut command;
            cmd.push("LOADEX");
            cmd.push(path);
            if let Some(v) = &options.configs {
                for v in v {
                    cmd.push("CONFIG");
                    {
                        let v = &v.0;
                        cmd.push(v);
                    }
                    {
                        let v = &v.1;
                        cmd.push(v);
                    }
                }
            }
            if let Some(v) = &options.args {
                cmd.push("ARGS");
                for v in v {
                    {
                        let v = &v.0;
                        cmd.push(v);
                    }
                }
            }
            self.queue(command)
        }

        /// Queues `MODULE UNLOAD`; see [`Commands::module_unload`](crate::Commands::module_unload).
        fn module_unload(&mut self, name: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("MODULE");
            let cmd = &mut command;
            cmd.push("UNLOAD");
            cmd.push(name);
            self.queue(command)
        }

        /// Queues `MOVE`; see [`Commands::move_key`](crate::Commands::move_key).
        fn move_key(&mut self, key: impl ToArg, db: i64) -> &mut Self {
            let mut command = Cmd::new("MOVE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(db);
            self.queue(command)
        }

        /// Queues `MSET`; see [`Commands::mset`](crate::Commands::mset).
        fn mset(&mut self, key_values: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("MSET");
            let cmd = &mut command;
            key_values.write_args(cmd);
            self.queue(command)
        }

        /// Queues `MSETNX`; see [`Commands::msetnx`](crate::Commands::msetnx).
        fn msetnx(&mut self, key_values: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("MSETNX");
            let cmd = &mut command;
            key_values.write_args(cmd);
            self.queue(command)
        }

        /// Queues `OBJECT ENCODING`; see [`Commands::object_encoding`](crate::Commands::object_encoding).
        fn object_encoding(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("OBJECT");
            let cmd = &mut command;
            cmd.push("ENCODING");
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `OBJECT FREQ`; see [`Commands::object_freq`](crate::Commands::object_freq).
        fn object_freq(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("OBJECT");
            let cmd = &mut command;
            cmd.push("FREQ");
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `OBJECT HELP`; see [`Commands::object_help`](crate::Commands::object_help).
        fn object_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("OBJECT");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `OBJECT IDLETIME`; see [`Commands::object_idletime`](crate::Commands::object_idletime).
        fn object_idletime(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("OBJECT");
            let cmd = &mut command;
            cmd.push("IDLETIME");
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `OBJECT REFCOUNT`; see [`Commands::object_refcount`](crate::Commands::object_refcount).
        fn object_refcount(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("OBJECT");
            let cmd = &mut command;
            cmd.push("REFCOUNT");
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `PERSIST`; see [`Commands::persist`](crate::Commands::persist).
        fn persist(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("PERSIST");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `PEXPIRE`; see [`Commands::pexpire`](crate::Commands::pexpire).
        fn pexpire(&mut self, key: impl ToArg, milliseconds: i64) -> &mut Self {
            self.pexpire_with(key, milliseconds, PexpireOptions::default())
        }

        /// Queues `PEXPIRE` with options; see [`Commands::pexpire_with`](crate::Commands::pexpire_with).
        fn pexpire_with(
            &mut self,
            key: impl ToArg,
            milliseconds: i64,
            options: PexpireOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("PEXPIRE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(milliseconds);
            if let Some(v) = &options.condition {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `PEXPIREAT`; see [`Commands::pexpireat`](crate::Commands::pexpireat).
        fn pexpireat(&mut self, key: impl ToArg, unix_time_milliseconds: u64) -> &mut Self {
            self.pexpireat_with(key, unix_time_milliseconds, PexpireatOptions::default())
        }

        /// Queues `PEXPIREAT` with options; see [`Commands::pexpireat_with`](crate::Commands::pexpireat_with).
        fn pexpireat_with(
            &mut self,
            key: impl ToArg,
            unix_time_milliseconds: u64,
            options: PexpireatOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("PEXPIREAT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(unix_time_milliseconds);
            if let Some(v) = &options.condition {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `PEXPIRETIME`; see [`Commands::pexpiretime`](crate::Commands::pexpiretime).
        fn pexpiretime(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("PEXPIRETIME");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `PFADD`; see [`Commands::pfadd`](crate::Commands::pfadd).
        fn pfadd(&mut self, key: impl ToArg, elements: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("PFADD");
            let cmd = &mut command;
            cmd.push(key);
            elements.write_args(cmd);
            self.queue(command)
        }

        /// Queues `PFCOUNT`; see [`Commands::pfcount`](crate::Commands::pfcount).
        fn pfcount(&mut self, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("PFCOUNT");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `PFDEBUG`; see [`Commands::pfdebug`](crate::Commands::pfdebug).
        fn pfdebug(&mut self, subcommand: impl ToArg, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("PFDEBUG");
            let cmd = &mut command;
            cmd.push(subcommand);
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `PFMERGE`; see [`Commands::pfmerge`](crate::Commands::pfmerge).
        fn pfmerge(&mut self, destkey: impl ToArg, sourcekeys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("PFMERGE");
            let cmd = &mut command;
            cmd.push(destkey);
            sourcekeys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `PFSELFTEST`; see [`Commands::pfselftest`](crate::Commands::pfselftest).
        fn pfselftest(&mut self) -> &mut Self {
            let command = Cmd::new("PFSELFTEST");
            self.queue(command)
        }

        /// Queues `PING`; see [`Commands::ping`](crate::Commands::ping).
        fn ping(&mut self) -> &mut Self {
            self.ping_with(PingOptions::default())
        }

        /// Queues `PING` with options; see [`Commands::ping_with`](crate::Commands::ping_with).
        fn ping_with(&mut self, options: PingOptions) -> &mut Self {
            let mut command = Cmd::new("PING");
            let cmd = &mut command;
            if let Some(v) = &options.message {
                cmd.push(v);
            }
            self.queue(command)
        }

        /// Queues `PSETEX`; see [`Commands::psetex`](crate::Commands::psetex).
        fn psetex(&mut self, key: impl ToArg, milliseconds: i64, value: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("PSETEX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(milliseconds);
            cmd.push(value);
            self.queue(command)
        }

        /// Queues `PTTL`; see [`Commands::pttl`](crate::Commands::pttl).
        fn pttl(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("PTTL");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `PUBLISH`; see [`Commands::publish`](crate::Commands::publish).
        fn publish(&mut self, channel: impl ToArg, message: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("PUBLISH");
            let cmd = &mut command;
            cmd.push(channel);
            cmd.push(message);
            self.queue(command)
        }

        /// Queues `PUBSUB CHANNELS`; see [`Commands::pubsub_channels`](crate::Commands::pubsub_channels).
        fn pubsub_channels(&mut self) -> &mut Self {
            self.pubsub_channels_with(PubsubChannelsOptions::default())
        }

        /// Queues `PUBSUB CHANNELS` with options; see [`Commands::pubsub_channels_with`](crate::Commands::pubsub_channels_with).
        fn pubsub_channels_with(&mut self, options: PubsubChannelsOptions) -> &mut Self {
            let mut command = Cmd::new("PUBSUB");
            let cmd = &mut command;
            cmd.push("CHANNELS");
            if let Some(v) = &options.pattern {
                cmd.push(v);
            }
            self.queue(command)
        }

        /// Queues `PUBSUB HELP`; see [`Commands::pubsub_help`](crate::Commands::pubsub_help).
        fn pubsub_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("PUBSUB");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `PUBSUB NUMPAT`; see [`Commands::pubsub_numpat`](crate::Commands::pubsub_numpat).
        fn pubsub_numpat(&mut self) -> &mut Self {
            let mut command = Cmd::new("PUBSUB");
            let cmd = &mut command;
            cmd.push("NUMPAT");
            self.queue(command)
        }

        /// Queues `PUBSUB NUMSUB`; see [`Commands::pubsub_numsub`](crate::Commands::pubsub_numsub).
        fn pubsub_numsub(&mut self, channels: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("PUBSUB");
            let cmd = &mut command;
            cmd.push("NUMSUB");
            channels.write_args(cmd);
            self.queue(command)
        }

        /// Queues `PUBSUB SHARDCHANNELS`; see [`Commands::pubsub_shardchannels`](crate::Commands::pubsub_shardchannels).
        fn pubsub_shardchannels(&mut self) -> &mut Self {
            self.pubsub_shardchannels_with(PubsubShardchannelsOptions::default())
        }

        /// Queues `PUBSUB SHARDCHANNELS` with options; see [`Commands::pubsub_shardchannels_with`](crate::Commands::pubsub_shardchannels_with).
        fn pubsub_shardchannels_with(&mut self, options: PubsubShardchannelsOptions) -> &mut Self {
            let mut command = Cmd::new("PUBSUB");
            let cmd = &mut command;
            cmd.push("SHARDCHANNELS");
            if let Some(v) = &options.pattern {
                cmd.push(v);
            }
            self.queue(command)
        }

        /// Queues `PUBSUB SHARDNUMSUB`; see [`Commands::pubsub_shardnumsub`](crate::Commands::pubsub_shardnumsub).
        fn pubsub_shardnumsub(&mut self, shardchannels: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("PUBSUB");
            let cmd = &mut command;
            cmd.push("SHARDNUMSUB");
            shardchannels.write_args(cmd);
            self.queue(command)
        }

        /// Queues `RANDOMKEY`; see [`Commands::randomkey`](crate::Commands::randomkey).
        fn randomkey(&mut self) -> &mut Self {
            let command = Cmd::new("RANDOMKEY");
            self.queue(command)
        }

        /// Queues `READONLY`; see [`Commands::readonly`](crate::Commands::readonly).
        fn readonly(&mut self) -> &mut Self {
            let command = Cmd::new("READONLY");
            self.queue(command)
        }

        /// Queues `READWRITE`; see [`Commands::readwrite`](crate::Commands::readwrite).
        fn readwrite(&mut self) -> &mut Self {
            let command = Cmd::new("READWRITE");
            self.queue(command)
        }

        /// Queues `RENAME`; see [`Commands::rename`](crate::Commands::rename).
        fn rename(&mut self, key: impl ToArg, newkey: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("RENAME");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(newkey);
            self.queue(command)
        }

        /// Queues `RENAMENX`; see [`Commands::renamenx`](crate::Commands::renamenx).
        fn renamenx(&mut self, key: impl ToArg, newkey: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("RENAMENX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(newkey);
            self.queue(command)
        }

        /// Queues `REPLICAOF`; see [`Commands::replicaof`](crate::Commands::replicaof).
        fn replicaof(&mut self, args: ReplicaofArgs) -> &mut Self {
            let mut command = Cmd::new("REPLICAOF");
            let cmd = &mut command;
            {
                let v = &args;
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `RESTORE`; see [`Commands::restore`](crate::Commands::restore).
        fn restore(
            &mut self,
            key: impl ToArg,
            ttl: i64,
            serialized_value: impl ToArg,
        ) -> &mut Self {
            self.restore_with(key, ttl, serialized_value, RestoreOptions::default())
        }

        /// Queues `RESTORE` with options; see [`Commands::restore_with`](crate::Commands::restore_with).
        fn restore_with(
            &mut self,
            key: impl ToArg,
            ttl: i64,
            serialized_value: impl ToArg,
            options: RestoreOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("RESTORE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(ttl);
            cmd.push(serialized_value);
            if options.replace {
                cmd.push("REPLACE");
            }
            if options.absttl {
                cmd.push("ABSTTL");
            }
            if let Some(v) = &options.seconds {
                cmd.push("IDLETIME");
                cmd.push(*v);
            }
            if let Some(v) = &options.frequency {
                cmd.push("FREQ");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `RESTORE-ASKING`; see [`Commands::restore_asking`](crate::Commands::restore_asking).
        fn restore_asking(
            &mut self,
            key: impl ToArg,
            ttl: i64,
            serialized_value: impl ToArg,
        ) -> &mut Self {
            self.restore_asking_with(key, ttl, serialized_value, RestoreAskingOptions::default())
        }

        /// Queues `RESTORE-ASKING` with options; see [`Commands::restore_asking_with`](crate::Commands::restore_asking_with).
        fn restore_asking_with(
            &mut self,
            key: impl ToArg,
            ttl: i64,
            serialized_value: impl ToArg,
            options: RestoreAskingOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("RESTORE-ASKING");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(ttl);
            cmd.push(serialized_value);
            if options.replace {
                cmd.push("REPLACE");
            }
            if options.absttl {
                cmd.push("ABSTTL");
            }
            if let Some(v) = &options.seconds {
                cmd.push("IDLETIME");
                cmd.push(*v);
            }
            if let Some(v) = &options.frequency {
                cmd.push("FREQ");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `ROLE`; see [`Commands::role`](crate::Commands::role).
        fn role(&mut self) -> &mut Self {
            let command = Cmd::new("ROLE");
            self.queue(command)
        }

        /// Queues `RPOP`; see [`Commands::rpop`](crate::Commands::rpop).
        fn rpop(&mut self, key: impl ToArg) -> &mut Self {
            self.rpop_with(key, RpopOptions::default())
        }

        /// Queues `RPOP` with options; see [`Commands::rpop_with`](crate::Commands::rpop_with).
        fn rpop_with(&mut self, key: impl ToArg, options: RpopOptions) -> &mut Self {
            let mut command = Cmd::new("RPOP");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `RPOPLPUSH`; see [`Commands::rpoplpush`](crate::Commands::rpoplpush).
        fn rpoplpush(&mut self, source: impl ToArg, destination: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("RPOPLPUSH");
            let cmd = &mut command;
            cmd.push(source);
            cmd.push(destination);
            self.queue(command)
        }

        /// Queues `RPUSH`; see [`Commands::rpush`](crate::Commands::rpush).
        fn rpush(&mut self, key: impl ToArg, elements: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("RPUSH");
            let cmd = &mut command;
            cmd.push(key);
            elements.write_args(cmd);
            self.queue(command)
        }

        /// Queues `RPUSHX`; see [`Commands::rpushx`](crate::Commands::rpushx).
        fn rpushx(&mut self, key: impl ToArg, elements: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("RPUSHX");
            let cmd = &mut command;
            cmd.push(key);
            elements.write_args(cmd);
            self.queue(command)
        }

        /// Queues `SADD`; see [`Commands::sadd`](crate::Commands::sadd).
        fn sadd(&mut self, key: impl ToArg, members: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("SADD");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.queue(command)
        }

        /// Queues `SAVE`; see [`Commands::save`](crate::Commands::save).
        fn save(&mut self) -> &mut Self {
            let command = Cmd::new("SAVE");
            self.queue(command)
        }

        /// Queues `SCAN`; see [`Commands::scan`](crate::Commands::scan).
        fn scan(&mut self, cursor: i64) -> &mut Self {
            self.scan_with(cursor, ScanOptions::default())
        }

        /// Queues `SCAN` with options; see [`Commands::scan_with`](crate::Commands::scan_with).
        fn scan_with(&mut self, cursor: i64, options: ScanOptions) -> &mut Self {
            let mut command = Cmd::new("SCAN");
            let cmd = &mut command;
            cmd.push(cursor);
            options.write(cmd);
            self.queue(command)
        }

        /// Queues `SCARD`; see [`Commands::scard`](crate::Commands::scard).
        fn scard(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("SCARD");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `SCRIPT DEBUG`; see [`Commands::script_debug`](crate::Commands::script_debug).
        fn script_debug(&mut self, mode: ScriptDebugMode) -> &mut Self {
            let mut command = Cmd::new("SCRIPT");
            let cmd = &mut command;
            cmd.push("DEBUG");
            {
                let v = &mode;
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `SCRIPT EXISTS`; see [`Commands::script_exists`](crate::Commands::script_exists).
        fn script_exists(&mut self, sha1s: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("SCRIPT");
            let cmd = &mut command;
            cmd.push("EXISTS");
            sha1s.write_args(cmd);
            self.queue(command)
        }

        /// Queues `SCRIPT FLUSH`; see [`Commands::script_flush`](crate::Commands::script_flush).
        fn script_flush(&mut self) -> &mut Self {
            self.script_flush_with(ScriptFlushOptions::default())
        }

        /// Queues `SCRIPT FLUSH` with options; see [`Commands::script_flush_with`](crate::Commands::script_flush_with).
        fn script_flush_with(&mut self, options: ScriptFlushOptions) -> &mut Self {
            let mut command = Cmd::new("SCRIPT");
            let cmd = &mut command;
            cmd.push("FLUSH");
            if let Some(v) = &options.asynchronous {
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `SCRIPT HELP`; see [`Commands::script_help`](crate::Commands::script_help).
        fn script_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("SCRIPT");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `SCRIPT KILL`; see [`Commands::script_kill`](crate::Commands::script_kill).
        fn script_kill(&mut self) -> &mut Self {
            let mut command = Cmd::new("SCRIPT");
            let cmd = &mut command;
            cmd.push("KILL");
            self.queue(command)
        }

        /// Queues `SCRIPT LOAD`; see [`Commands::script_load`](crate::Commands::script_load).
        fn script_load(&mut self, script: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("SCRIPT");
            let cmd = &mut command;
            cmd.push("LOAD");
            cmd.push(script);
            self.queue(command)
        }

        /// Queues `SDIFF`; see [`Commands::sdiff`](crate::Commands::sdiff).
        fn sdiff(&mut self, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("SDIFF");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `SDIFFSTORE`; see [`Commands::sdiffstore`](crate::Commands::sdiffstore).
        fn sdiffstore(&mut self, destination: impl ToArg, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("SDIFFSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `SET`; see [`Commands::set`](crate::Commands::set).
        fn set(&mut self, key: impl ToArg, value: impl ToArg) -> &mut Self {
            self.set_with(key, value, SetOptions::default())
        }

        /// Queues `SET` with options; see [`Commands::set_with`](crate::Commands::set_with).
        fn set_with(
            &mut self,
            key: impl ToArg,
            value: impl ToArg,
            options: SetOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("SET");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(value);
            options.write(cmd);
            self.queue(command)
        }

        /// Queues `SETBIT`; see [`Commands::setbit`](crate::Commands::setbit).
        fn setbit(&mut self, key: impl ToArg, offset: i64, value: i64) -> &mut Self {
            let mut command = Cmd::new("SETBIT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(offset);
            cmd.push(value);
            self.queue(command)
        }

        /// Queues `SETEX`; see [`Commands::setex`](crate::Commands::setex).
        fn setex(&mut self, key: impl ToArg, seconds: i64, value: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("SETEX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(seconds);
            cmd.push(value);
            self.queue(command)
        }

        /// Queues `SETNX`; see [`Commands::setnx`](crate::Commands::setnx).
        fn setnx(&mut self, key: impl ToArg, value: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("SETNX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(value);
            self.queue(command)
        }

        /// Queues `SETRANGE`; see [`Commands::setrange`](crate::Commands::setrange).
        fn setrange(&mut self, key: impl ToArg, offset: i64, value: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("SETRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(offset);
            cmd.push(value);
            self.queue(command)
        }

        /// Queues `SHUTDOWN`; see [`Commands::shutdown`](crate::Commands::shutdown).
        fn shutdown(&mut self) -> &mut Self {
            self.shutdown_with(ShutdownOptions::default())
        }

        /// Queues `SHUTDOWN` with options; see [`Commands::shutdown_with`](crate::Commands::shutdown_with).
        fn shutdown_with(&mut self, options: ShutdownOptions) -> &mut Self {
            let mut command = Cmd::new("SHUTDOWN");
            let cmd = &mut command;
            if let Some(v) = &options.nosave_save {
                v.write(cmd);
            }
            if options.now {
                cmd.push("NOW");
            }
            if options.force {
                cmd.push("FORCE");
            }
            if options.abort {
                cmd.push("ABORT");
            }
            self.queue(command)
        }

        /// Queues `SINTER`; see [`Commands::sinter`](crate::Commands::sinter).
        fn sinter(&mut self, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("SINTER");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `SINTERCARD`; see [`Commands::sintercard`](crate::Commands::sintercard).
        fn sintercard(&mut self, keys: impl ToArgs) -> &mut Self {
            self.sintercard_with(keys, SintercardOptions::default())
        }

        /// Queues `SINTERCARD` with options; see [`Commands::sintercard_with`](crate::Commands::sintercard_with).
        fn sintercard_with(&mut self, keys: impl ToArgs, options: SintercardOptions) -> &mut Self {
            let mut command = Cmd::new("SINTERCARD");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if let Some(v) = &options.limit {
                cmd.push("LIMIT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `SINTERSTORE`; see [`Commands::sinterstore`](crate::Commands::sinterstore).
        fn sinterstore(&mut self, destination: impl ToArg, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("SINTERSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `SISMEMBER`; see [`Commands::sismember`](crate::Commands::sismember).
        fn sismember(&mut self, key: impl ToArg, member: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("SISMEMBER");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member);
            self.queue(command)
        }

        /// Queues `SLAVEOF`; see [`Commands::slaveof`](crate::Commands::slaveof).
        fn slaveof(&mut self, args: SlaveofArgs) -> &mut Self {
            let mut command = Cmd::new("SLAVEOF");
            let cmd = &mut command;
            {
                let v = &args;
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `SLOWLOG GET`; see [`Commands::slowlog_get`](crate::Commands::slowlog_get).
        fn slowlog_get(&mut self) -> &mut Self {
            self.slowlog_get_with(SlowlogGetOptions::default())
        }

        /// Queues `SLOWLOG GET` with options; see [`Commands::slowlog_get_with`](crate::Commands::slowlog_get_with).
        fn slowlog_get_with(&mut self, options: SlowlogGetOptions) -> &mut Self {
            let mut command = Cmd::new("SLOWLOG");
            let cmd = &mut command;
            cmd.push("GET");
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `SLOWLOG HELP`; see [`Commands::slowlog_help`](crate::Commands::slowlog_help).
        fn slowlog_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("SLOWLOG");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `SLOWLOG LEN`; see [`Commands::slowlog_len`](crate::Commands::slowlog_len).
        fn slowlog_len(&mut self) -> &mut Self {
            let mut command = Cmd::new("SLOWLOG");
            let cmd = &mut command;
            cmd.push("LEN");
            self.queue(command)
        }

        /// Queues `SLOWLOG RESET`; see [`Commands::slowlog_reset`](crate::Commands::slowlog_reset).
        fn slowlog_reset(&mut self) -> &mut Self {
            let mut command = Cmd::new("SLOWLOG");
            let cmd = &mut command;
            cmd.push("RESET");
            self.queue(command)
        }

        /// Queues `SMEMBERS`; see [`Commands::smembers`](crate::Commands::smembers).
        fn smembers(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("SMEMBERS");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `SMISMEMBER`; see [`Commands::smismember`](crate::Commands::smismember).
        fn smismember(&mut self, key: impl ToArg, members: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("SMISMEMBER");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.queue(command)
        }

        /// Queues `SMOVE`; see [`Commands::smove`](crate::Commands::smove).
        fn smove(
            &mut self,
            source: impl ToArg,
            destination: impl ToArg,
            member: impl ToArg,
        ) -> &mut Self {
            let mut command = Cmd::new("SMOVE");
            let cmd = &mut command;
            cmd.push(source);
            cmd.push(destination);
            cmd.push(member);
            self.queue(command)
        }

        /// Queues `SORT`; see [`Commands::sort`](crate::Commands::sort).
        fn sort(&mut self, key: impl ToArg) -> &mut Self {
            self.sort_with(key, SortOptions::default())
        }

        /// Queues `SORT` with options; see [`Commands::sort_with`](crate::Commands::sort_with).
        fn sort_with(&mut self, key: impl ToArg, options: SortOptions) -> &mut Self {
            let mut command = Cmd::new("SORT");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.pattern {
                cmd.push("BY");
                cmd.push(v);
            }
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            if let Some(v) = &options.pattern2 {
                for v in v {
                    cmd.push("GET");
                    cmd.push(v);
                }
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            if options.sorting {
                cmd.push("ALPHA");
            }
            if let Some(v) = &options.destination {
                cmd.push("STORE");
                cmd.push(v);
            }
            self.queue(command)
        }

        /// Queues `SORT_RO`; see [`Commands::sort_ro`](crate::Commands::sort_ro).
        fn sort_ro(&mut self, key: impl ToArg) -> &mut Self {
            self.sort_ro_with(key, SortRoOptions::default())
        }

        /// Queues `SORT_RO` with options; see [`Commands::sort_ro_with`](crate::Commands::sort_ro_with).
        fn sort_ro_with(&mut self, key: impl ToArg, options: SortRoOptions) -> &mut Self {
            let mut command = Cmd::new("SORT_RO");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.pattern {
                cmd.push("BY");
                cmd.push(v);
            }
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            if let Some(v) = &options.pattern2 {
                for v in v {
                    cmd.push("GET");
                    cmd.push(v);
                }
            }
            if let Some(v) = &options.order {
                v.write(cmd);
            }
            if options.sorting {
                cmd.push("ALPHA");
            }
            self.queue(command)
        }

        /// Queues `SPOP`; see [`Commands::spop`](crate::Commands::spop).
        fn spop(&mut self, key: impl ToArg) -> &mut Self {
            self.spop_with(key, SpopOptions::default())
        }

        /// Queues `SPOP` with options; see [`Commands::spop_with`](crate::Commands::spop_with).
        fn spop_with(&mut self, key: impl ToArg, options: SpopOptions) -> &mut Self {
            let mut command = Cmd::new("SPOP");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `SPUBLISH`; see [`Commands::spublish`](crate::Commands::spublish).
        fn spublish(&mut self, shardchannel: impl ToArg, message: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("SPUBLISH");
            let cmd = &mut command;
            cmd.push(shardchannel);
            cmd.push(message);
            self.queue(command)
        }

        /// Queues `SRANDMEMBER`; see [`Commands::srandmember`](crate::Commands::srandmember).
        fn srandmember(&mut self, key: impl ToArg) -> &mut Self {
            self.srandmember_with(key, SrandmemberOptions::default())
        }

        /// Queues `SRANDMEMBER` with options; see [`Commands::srandmember_with`](crate::Commands::srandmember_with).
        fn srandmember_with(&mut self, key: impl ToArg, options: SrandmemberOptions) -> &mut Self {
            let mut command = Cmd::new("SRANDMEMBER");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `SREM`; see [`Commands::srem`](crate::Commands::srem).
        fn srem(&mut self, key: impl ToArg, members: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("SREM");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.queue(command)
        }

        /// Queues `SSCAN`; see [`Commands::sscan`](crate::Commands::sscan).
        fn sscan(&mut self, key: impl ToArg, cursor: i64) -> &mut Self {
            self.sscan_with(key, cursor, SscanOptions::default())
        }

        /// Queues `SSCAN` with options; see [`Commands::sscan_with`](crate::Commands::sscan_with).
        fn sscan_with(&mut self, key: impl ToArg, cursor: i64, options: SscanOptions) -> &mut Self {
            let mut command = Cmd::new("SSCAN");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(cursor);
            if let Some(v) = &options.pattern {
                cmd.push("MATCH");
                cmd.push(v);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `STRLEN`; see [`Commands::strlen`](crate::Commands::strlen).
        fn strlen(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("STRLEN");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `SUBSTR`; see [`Commands::substr`](crate::Commands::substr).
        fn substr(&mut self, key: impl ToArg, start: i64, end: i64) -> &mut Self {
            let mut command = Cmd::new("SUBSTR");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(end);
            self.queue(command)
        }

        /// Queues `SUNION`; see [`Commands::sunion`](crate::Commands::sunion).
        fn sunion(&mut self, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("SUNION");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `SUNIONSTORE`; see [`Commands::sunionstore`](crate::Commands::sunionstore).
        fn sunionstore(&mut self, destination: impl ToArg, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("SUNIONSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `SWAPDB`; see [`Commands::swapdb`](crate::Commands::swapdb).
        fn swapdb(&mut self, index1: i64, index2: i64) -> &mut Self {
            let mut command = Cmd::new("SWAPDB");
            let cmd = &mut command;
            cmd.push(index1);
            cmd.push(index2);
            self.queue(command)
        }

        /// Queues `TIME`; see [`Commands::time`](crate::Commands::time).
        fn time(&mut self) -> &mut Self {
            let command = Cmd::new("TIME");
            self.queue(command)
        }

        /// Queues `TOUCH`; see [`Commands::touch`](crate::Commands::touch).
        fn touch(&mut self, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("TOUCH");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `TTL`; see [`Commands::ttl`](crate::Commands::ttl).
        fn ttl(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("TTL");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `TYPE`; see [`Commands::key_type`](crate::Commands::key_type).
        fn key_type(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("TYPE");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `UNLINK`; see [`Commands::unlink`](crate::Commands::unlink).
        fn unlink(&mut self, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("UNLINK");
            let cmd = &mut command;
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `WAIT`; see [`Commands::wait`](crate::Commands::wait).
        fn wait(&mut self, numreplicas: i64, timeout: i64) -> &mut Self {
            let mut command = Cmd::new("WAIT");
            let cmd = &mut command;
            cmd.push(numreplicas);
            cmd.push(timeout);
            self.queue(command)
        }

        /// Queues `XACK`; see [`Commands::xack`](crate::Commands::xack).
        fn xack(&mut self, key: impl ToArg, group: impl ToArg, ids: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("XACK");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(group);
            ids.write_args(cmd);
            self.queue(command)
        }

        /// Queues `XADD`; see [`Commands::xadd`](crate::Commands::xadd).
        fn xadd(
            &mut self,
            key: impl ToArg,
            id_or_auto: XaddIdOrAuto,
            field_values: impl ToArgs,
        ) -> &mut Self {
            self.xadd_with(key, id_or_auto, field_values, XaddOptions::default())
        }

        /// Queues `XADD` with options; see [`Commands::xadd_with`](crate::Commands::xadd_with).
        fn xadd_with(
            &mut self,
            key: impl ToArg,
            id_or_auto: XaddIdOrAuto,
            field_values: impl ToArgs,
            options: XaddOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("XADD");
            let cmd = &mut command;
            cmd.push(key);
            if options.nomkstream {
                cmd.push("NOMKSTREAM");
            }
            if let Some(v) = &options.trim {
                {
                    let v = &v.0;
                    v.write(cmd);
                }
                if let Some(v) = &v.1 {
                    v.write(cmd);
                }
                {
                    let v = &v.2;
                    cmd.push(v);
                }
                if let Some(v) = &v.3 {
                    cmd.push("LIMIT");
                    cmd.push(*v);
                }
            }
            {
                let v = &id_or_auto;
                v.write(cmd);
            }
            field_values.write_args(cmd);
            self.queue(command)
        }

        /// Queues `XAUTOCLAIM`; see [`Commands::xautoclaim`](crate::Commands::xautoclaim).
        fn xautoclaim(
            &mut self,
            key: impl ToArg,
            group: impl ToArg,
            consumer: impl ToArg,
            min_idle_time: impl ToArg,
            start: impl ToArg,
        ) -> &mut Self {
            self.xautoclaim_with(
                key,
                group,
                consumer,
                min_idle_time,
                start,
                XautoclaimOptions::default(),
            )
        }

        /// Queues `XAUTOCLAIM` with options; see [`Commands::xautoclaim_with`](crate::Commands::xautoclaim_with).
        fn xautoclaim_with(
            &mut self,
            key: impl ToArg,
            group: impl ToArg,
            consumer: impl ToArg,
            min_idle_time: impl ToArg,
            start: impl ToArg,
            options: XautoclaimOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("XAUTOCLAIM");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(group);
            cmd.push(consumer);
            cmd.push(min_idle_time);
            cmd.push(start);
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            if options.justid {
                cmd.push("JUSTID");
            }
            self.queue(command)
        }

        /// Queues `XCLAIM`; see [`Commands::xclaim`](crate::Commands::xclaim).
        fn xclaim(
            &mut self,
            key: impl ToArg,
            group: impl ToArg,
            consumer: impl ToArg,
            min_idle_time: impl ToArg,
            ids: impl ToArgs,
        ) -> &mut Self {
            self.xclaim_with(
                key,
                group,
                consumer,
                min_idle_time,
                ids,
                XclaimOptions::default(),
            )
        }

        /// Queues `XCLAIM` with options; see [`Commands::xclaim_with`](crate::Commands::xclaim_with).
        fn xclaim_with(
            &mut self,
            key: impl ToArg,
            group: impl ToArg,
            consumer: impl ToArg,
            min_idle_time: impl ToArg,
            ids: impl ToArgs,
            options: XclaimOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("XCLAIM");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(group);
            cmd.push(consumer);
            cmd.push(min_idle_time);
            ids.write_args(cmd);
            if let Some(v) = &options.ms {
                cmd.push("IDLE");
                cmd.push(*v);
            }
            if let Some(v) = &options.unix_time_milliseconds {
                cmd.push("TIME");
                cmd.push(*v);
            }
            if let Some(v) = &options.count {
                cmd.push("RETRYCOUNT");
                cmd.push(*v);
            }
            if options.force {
                cmd.push("FORCE");
            }
            if options.justid {
                cmd.push("JUSTID");
            }
            if let Some(v) = &options.id {
                cmd.push("LASTID");
                cmd.push(v);
            }
            self.queue(command)
        }

        /// Queues `XDEL`; see [`Commands::xdel`](crate::Commands::xdel).
        fn xdel(&mut self, key: impl ToArg, ids: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("XDEL");
            let cmd = &mut command;
            cmd.push(key);
            ids.write_args(cmd);
            self.queue(command)
        }

        /// Queues `XGROUP CREATE`; see [`Commands::xgroup_create`](crate::Commands::xgroup_create).
        fn xgroup_create(
            &mut self,
            key: impl ToArg,
            groupname: impl ToArg,
            id: XgroupCreateId,
        ) -> &mut Self {
            self.xgroup_create_with(key, groupname, id, XgroupCreateOptions::default())
        }

        /// Queues `XGROUP CREATE` with options; see [`Commands::xgroup_create_with`](crate::Commands::xgroup_create_with).
        fn xgroup_create_with(
            &mut self,
            key: impl ToArg,
            groupname: impl ToArg,
            id: XgroupCreateId,
            options: XgroupCreateOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("XGROUP");
            let cmd = &mut command;
            cmd.push("CREATE");
            cmd.push(key);
            cmd.push(groupname);
            {
                let v = &id;
                v.write(cmd);
            }
            if options.mkstream {
                cmd.push("MKSTREAM");
            }
            if let Some(v) = &options.entries_read {
                cmd.push("ENTRIESREAD");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `XGROUP CREATECONSUMER`; see [`Commands::xgroup_createconsumer`](crate::Commands::xgroup_createconsumer).
        fn xgroup_createconsumer(
            &mut self,
            key: impl ToArg,
            groupname: impl ToArg,
            consumername: impl ToArg,
        ) -> &mut Self {
            let mut command = Cmd::new("XGROUP");
            let cmd = &mut command;
            cmd.push("CREATECONSUMER");
            cmd.push(key);
            cmd.push(groupname);
            cmd.push(consumername);
            self.queue(command)
        }

        /// Queues `XGROUP DELCONSUMER`; see [`Commands::xgroup_delconsumer`](crate::Commands::xgroup_delconsumer).
        fn xgroup_delconsumer(
            &mut self,
            key: impl ToArg,
            groupname: impl ToArg,
            consumername: impl ToArg,
        ) -> &mut Self {
            let mut command = Cmd::new("XGROUP");
            let cmd = &mut command;
            cmd.push("DELCONSUMER");
            cmd.push(key);
            cmd.push(groupname);
            cmd.push(consumername);
            self.queue(command)
        }

        /// Queues `XGROUP DESTROY`; see [`Commands::xgroup_destroy`](crate::Commands::xgroup_destroy).
        fn xgroup_destroy(&mut self, key: impl ToArg, groupname: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("XGROUP");
            let cmd = &mut command;
            cmd.push("DESTROY");
            cmd.push(key);
            cmd.push(groupname);
            self.queue(command)
        }

        /// Queues `XGROUP HELP`; see [`Commands::xgroup_help`](crate::Commands::xgroup_help).
        fn xgroup_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("XGROUP");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `XGROUP SETID`; see [`Commands::xgroup_setid`](crate::Commands::xgroup_setid).
        fn xgroup_setid(
            &mut self,
            key: impl ToArg,
            groupname: impl ToArg,
            id: XgroupSetidId,
        ) -> &mut Self {
            self.xgroup_setid_with(key, groupname, id, XgroupSetidOptions::default())
        }

        /// Queues `XGROUP SETID` with options; see [`Commands::xgroup_setid_with`](crate::Commands::xgroup_setid_with).
        fn xgroup_setid_with(
            &mut self,
            key: impl ToArg,
            groupname: impl ToArg,
            id: XgroupSetidId,
            options: XgroupSetidOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("XGROUP");
            let cmd = &mut command;
            cmd.push("SETID");
            cmd.push(key);
            cmd.push(groupname);
            {
                let v = &id;
                v.write(cmd);
            }
            if let Some(v) = &options.entries_read {
                cmd.push("ENTRIESREAD");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `XINFO CONSUMERS`; see [`Commands::xinfo_consumers`](crate::Commands::xinfo_consumers).
        fn xinfo_consumers(&mut self, key: impl ToArg, groupname: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("XINFO");
            let cmd = &mut command;
            cmd.push("CONSUMERS");
            cmd.push(key);
            cmd.push(groupname);
            self.queue(command)
        }

        /// Queues `XINFO GROUPS`; see [`Commands::xinfo_groups`](crate::Commands::xinfo_groups).
        fn xinfo_groups(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("XINFO");
            let cmd = &mut command;
            cmd.push("GROUPS");
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `XINFO HELP`; see [`Commands::xinfo_help`](crate::Commands::xinfo_help).
        fn xinfo_help(&mut self) -> &mut Self {
            let mut command = Cmd::new("XINFO");
            let cmd = &mut command;
            cmd.push("HELP");
            self.queue(command)
        }

        /// Queues `XINFO STREAM`; see [`Commands::xinfo_stream`](crate::Commands::xinfo_stream).
        fn xinfo_stream(&mut self, key: impl ToArg) -> &mut Self {
            self.xinfo_stream_with(key, XinfoStreamOptions::default())
        }

        /// Queues `XINFO STREAM` with options; see [`Commands::xinfo_stream_with`](crate::Commands::xinfo_stream_with).
        fn xinfo_stream_with(&mut self, key: impl ToArg, options: XinfoStreamOptions) -> &mut Self {
            let mut command = Cmd::new("XINFO");
            let cmd = &mut command;
            cmd.push("STREAM");
            cmd.push(key);
            if let Some(v) = &options.full {
                cmd.push("FULL");
                if let Some(v) = &v.0 {
                    cmd.push("COUNT");
                    cmd.push(*v);
                }
            }
            self.queue(command)
        }

        /// Queues `XLEN`; see [`Commands::xlen`](crate::Commands::xlen).
        fn xlen(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("XLEN");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `XPENDING`; see [`Commands::xpending`](crate::Commands::xpending).
        fn xpending(&mut self, key: impl ToArg, group: impl ToArg) -> &mut Self {
            self.xpending_with(key, group, XpendingOptions::default())
        }

        /// Queues `XPENDING` with options; see [`Commands::xpending_with`](crate::Commands::xpending_with).
        fn xpending_with(
            &mut self,
            key: impl ToArg,
            group: impl ToArg,
            options: XpendingOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("XPENDING");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(group);
            if let Some(v) = &options.filters {
                if let Some(v) = &v.0 {
                    cmd.push("IDLE");
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(v);
                }
                {
                    let v = &v.2;
                    cmd.push(v);
                }
                {
                    let v = &v.3;
                    cmd.push(*v);
                }
                if let Some(v) = &v.4 {
                    cmd.push(v);
                }
            }
            self.queue(command)
        }

        /// Queues `XRANGE`; see [`Commands::xrange`](crate::Commands::xrange).
        fn xrange(&mut self, key: impl ToArg, start: impl ToArg, end: impl ToArg) -> &mut Self {
            self.xrange_with(key, start, end, XrangeOptions::default())
        }

        /// Queues `XRANGE` with options; see [`Commands::xrange_with`](crate::Commands::xrange_with).
        fn xrange_with(
            &mut self,
            key: impl ToArg,
            start: impl ToArg,
            end: impl ToArg,
            options: XrangeOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("XRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(end);
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `XREAD`; see [`Commands::xread`](crate::Commands::xread).
        fn xread(&mut self, keys: impl ToArgs, ids: impl ToArgs) -> &mut Self {
            self.xread_with(keys, ids, XreadOptions::default())
        }

        /// Queues `XREAD` with options; see [`Commands::xread_with`](crate::Commands::xread_with).
        fn xread_with(
            &mut self,
            keys: impl ToArgs,
            ids: impl ToArgs,
            options: XreadOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("XREAD");
            let cmd = &mut command;
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            if let Some(v) = &options.milliseconds {
                cmd.push("BLOCK");
                cmd.push(*v);
            }
            cmd.push("STREAMS");
            keys.write_args(cmd);
            ids.write_args(cmd);
            self.queue(command)
        }

        /// Queues `XREADGROUP`; see [`Commands::xreadgroup`](crate::Commands::xreadgroup).
        fn xreadgroup(
            &mut self,
            group: impl ToArg,
            consumer: impl ToArg,
            keys: impl ToArgs,
            ids: impl ToArgs,
        ) -> &mut Self {
            self.xreadgroup_with(group, consumer, keys, ids, XreadgroupOptions::default())
        }

        /// Queues `XREADGROUP` with options; see [`Commands::xreadgroup_with`](crate::Commands::xreadgroup_with).
        fn xreadgroup_with(
            &mut self,
            group: impl ToArg,
            consumer: impl ToArg,
            keys: impl ToArgs,
            ids: impl ToArgs,
            options: XreadgroupOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("XREADGROUP");
            let cmd = &mut command;
            cmd.push("GROUP");
            cmd.push(group);
            cmd.push(consumer);
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            if let Some(v) = &options.milliseconds {
                cmd.push("BLOCK");
                cmd.push(*v);
            }
            if options.noack {
                cmd.push("NOACK");
            }
            cmd.push("STREAMS");
            keys.write_args(cmd);
            ids.write_args(cmd);
            self.queue(command)
        }

        /// Queues `XREVRANGE`; see [`Commands::xrevrange`](crate::Commands::xrevrange).
        fn xrevrange(&mut self, key: impl ToArg, end: impl ToArg, start: impl ToArg) -> &mut Self {
            self.xrevrange_with(key, end, start, XrevrangeOptions::default())
        }

        /// Queues `XREVRANGE` with options; see [`Commands::xrevrange_with`](crate::Commands::xrevrange_with).
        fn xrevrange_with(
            &mut self,
            key: impl ToArg,
            end: impl ToArg,
            start: impl ToArg,
            options: XrevrangeOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("XREVRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(end);
            cmd.push(start);
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `XSETID`; see [`Commands::xsetid`](crate::Commands::xsetid).
        fn xsetid(&mut self, key: impl ToArg, last_id: impl ToArg) -> &mut Self {
            self.xsetid_with(key, last_id, XsetidOptions::default())
        }

        /// Queues `XSETID` with options; see [`Commands::xsetid_with`](crate::Commands::xsetid_with).
        fn xsetid_with(
            &mut self,
            key: impl ToArg,
            last_id: impl ToArg,
            options: XsetidOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("XSETID");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(last_id);
            if let Some(v) = &options.entries_added {
                cmd.push("ENTRIESADDED");
                cmd.push(*v);
            }
            if let Some(v) = &options.max_deleted_entry_id {
                cmd.push("MAXDELETEDID");
                cmd.push(v);
            }
            self.queue(command)
        }

        /// Queues `XTRIM`; see [`Commands::xtrim`](crate::Commands::xtrim).
        fn xtrim(
            &mut self,
            key: impl ToArg,
            strategy: XtrimStrategy,
            operator: Option<XtrimOperator>,
            threshold: impl ToArg,
            count: Option<i64>,
        ) -> &mut Self {
            let mut command = Cmd::new("XTRIM");
            let cmd = &mut command;
            cmd.push(key);
            {
                let v = &strategy;
                v.write(cmd);
            }
            if let Some(v) = &operator {
                v.write(cmd);
            }
            cmd.push(threshold);
            if let Some(v) = &count {
                cmd.push("LIMIT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `ZADD`; see [`Commands::zadd`](crate::Commands::zadd).
        fn zadd(&mut self, key: impl ToArg, score_members: impl ToArgs) -> &mut Self {
            self.zadd_with(key, score_members, ZaddOptions::default())
        }

        /// Queues `ZADD` with options; see [`Commands::zadd_with`](crate::Commands::zadd_with).
        fn zadd_with(
            &mut self,
            key: impl ToArg,
            score_members: impl ToArgs,
            options: ZaddOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("ZADD");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.condition {
                v.write(cmd);
            }
            if let Some(v) = &options.comparison {
                v.write(cmd);
            }
            if options.change {
                cmd.push("CH");
            }
            if options.increment {
                cmd.push("INCR");
            }
            score_members.write_args(cmd);
            self.queue(command)
        }

        /// Queues `ZCARD`; see [`Commands::zcard`](crate::Commands::zcard).
        fn zcard(&mut self, key: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("ZCARD");
            let cmd = &mut command;
            cmd.push(key);
            self.queue(command)
        }

        /// Queues `ZCOUNT`; see [`Commands::zcount`](crate::Commands::zcount).
        fn zcount(&mut self, key: impl ToArg, min: f64, max: f64) -> &mut Self {
            let mut command = Cmd::new("ZCOUNT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(min);
            cmd.push(max);
            self.queue(command)
        }

        /// Queues `ZDIFF`; see [`Commands::zdiff`](crate::Commands::zdiff).
        fn zdiff(&mut self, keys: impl ToArgs) -> &mut Self {
            self.zdiff_with(keys, ZdiffOptions::default())
        }

        /// Queues `ZDIFF` with options; see [`Commands::zdiff_with`](crate::Commands::zdiff_with).
        fn zdiff_with(&mut self, keys: impl ToArgs, options: ZdiffOptions) -> &mut Self {
            let mut command = Cmd::new("ZDIFF");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            self.queue(command)
        }

        /// Queues `ZDIFFSTORE`; see [`Commands::zdiffstore`](crate::Commands::zdiffstore).
        fn zdiffstore(&mut self, destination: impl ToArg, keys: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("ZDIFFSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            self.queue(command)
        }

        /// Queues `ZINCRBY`; see [`Commands::zincrby`](crate::Commands::zincrby).
        fn zincrby(&mut self, key: impl ToArg, increment: i64, member: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("ZINCRBY");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(increment);
            cmd.push(member);
            self.queue(command)
        }

        /// Queues `ZINTER`; see [`Commands::zinter`](crate::Commands::zinter).
        fn zinter(&mut self, keys: impl ToArgs) -> &mut Self {
            self.zinter_with(keys, ZinterOptions::default())
        }

        /// Queues `ZINTER` with options; see [`Commands::zinter_with`](crate::Commands::zinter_with).
        fn zinter_with(&mut self, keys: impl ToArgs, options: ZinterOptions) -> &mut Self {
            let mut command = Cmd::new("ZINTER");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if let Some(v) = &options.weight {
                cmd.push("WEIGHTS");
                for v in v {
                    cmd.push(*v);
                }
            }
            if let Some(v) = &options.aggregate {
                cmd.push("AGGREGATE");
                v.write(cmd);
            }
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            self.queue(command)
        }

        /// Queues `ZINTERCARD`; see [`Commands::zintercard`](crate::Commands::zintercard).
        fn zintercard(&mut self, keys: impl ToArgs) -> &mut Self {
            self.zintercard_with(keys, ZintercardOptions::default())
        }

        /// Queues `ZINTERCARD` with options; see [`Commands::zintercard_with`](crate::Commands::zintercard_with).
        fn zintercard_with(&mut self, keys: impl ToArgs, options: ZintercardOptions) -> &mut Self {
            let mut command = Cmd::new("ZINTERCARD");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if let Some(v) = &options.limit {
                cmd.push("LIMIT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `ZINTERSTORE`; see [`Commands::zinterstore`](crate::Commands::zinterstore).
        fn zinterstore(&mut self, destination: impl ToArg, keys: impl ToArgs) -> &mut Self {
            self.zinterstore_with(destination, keys, ZinterstoreOptions::default())
        }

        /// Queues `ZINTERSTORE` with options; see [`Commands::zinterstore_with`](crate::Commands::zinterstore_with).
        fn zinterstore_with(
            &mut self,
            destination: impl ToArg,
            keys: impl ToArgs,
            options: ZinterstoreOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("ZINTERSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if let Some(v) = &options.weight {
                cmd.push("WEIGHTS");
                for v in v {
                    cmd.push(*v);
                }
            }
            if let Some(v) = &options.aggregate {
                cmd.push("AGGREGATE");
                v.write(cmd);
            }
            self.queue(command)
        }

        /// Queues `ZLEXCOUNT`; see [`Commands::zlexcount`](crate::Commands::zlexcount).
        fn zlexcount(&mut self, key: impl ToArg, min: impl ToArg, max: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("ZLEXCOUNT");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(min);
            cmd.push(max);
            self.queue(command)
        }

        /// Queues `ZMPOP`; see [`Commands::zmpop`](crate::Commands::zmpop).
        fn zmpop(&mut self, keys: impl ToArgs, where_arg: ZmpopWhere) -> &mut Self {
            self.zmpop_with(keys, where_arg, ZmpopOptions::default())
        }

        /// Queues `ZMPOP` with options; see [`Commands::zmpop_with`](crate::Commands::zmpop_with).
        fn zmpop_with(
            &mut self,
            keys: impl ToArgs,
            where_arg: ZmpopWhere,
            options: ZmpopOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("ZMPOP");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            {
                let v = &where_arg;
                v.write(cmd);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `ZMSCORE`; see [`Commands::zmscore`](crate::Commands::zmscore).
        fn zmscore(&mut self, key: impl ToArg, members: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("ZMSCORE");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.queue(command)
        }

        /// Queues `ZPOPMAX`; see [`Commands::zpopmax`](crate::Commands::zpopmax).
        fn zpopmax(&mut self, key: impl ToArg) -> &mut Self {
            self.zpopmax_with(key, ZpopmaxOptions::default())
        }

        /// Queues `ZPOPMAX` with options; see [`Commands::zpopmax_with`](crate::Commands::zpopmax_with).
        fn zpopmax_with(&mut self, key: impl ToArg, options: ZpopmaxOptions) -> &mut Self {
            let mut command = Cmd::new("ZPOPMAX");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `ZPOPMIN`; see [`Commands::zpopmin`](crate::Commands::zpopmin).
        fn zpopmin(&mut self, key: impl ToArg) -> &mut Self {
            self.zpopmin_with(key, ZpopminOptions::default())
        }

        /// Queues `ZPOPMIN` with options; see [`Commands::zpopmin_with`](crate::Commands::zpopmin_with).
        fn zpopmin_with(&mut self, key: impl ToArg, options: ZpopminOptions) -> &mut Self {
            let mut command = Cmd::new("ZPOPMIN");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.count {
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `ZRANDMEMBER`; see [`Commands::zrandmember`](crate::Commands::zrandmember).
        fn zrandmember(&mut self, key: impl ToArg) -> &mut Self {
            self.zrandmember_with(key, ZrandmemberOptions::default())
        }

        /// Queues `ZRANDMEMBER` with options; see [`Commands::zrandmember_with`](crate::Commands::zrandmember_with).
        fn zrandmember_with(&mut self, key: impl ToArg, options: ZrandmemberOptions) -> &mut Self {
            let mut command = Cmd::new("ZRANDMEMBER");
            let cmd = &mut command;
            cmd.push(key);
            if let Some(v) = &options.options {
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                if v.1 {
                    cmd.push("WITHSCORES");
                }
            }
            self.queue(command)
        }

        /// Queues `ZRANGE`; see [`Commands::zrange`](crate::Commands::zrange).
        fn zrange(&mut self, key: impl ToArg, start: impl ToArg, stop: impl ToArg) -> &mut Self {
            self.zrange_with(key, start, stop, ZrangeOptions::default())
        }

        /// Queues `ZRANGE` with options; see [`Commands::zrange_with`](crate::Commands::zrange_with).
        fn zrange_with(
            &mut self,
            key: impl ToArg,
            start: impl ToArg,
            stop: impl ToArg,
            options: ZrangeOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("ZRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(stop);
            if let Some(v) = &options.sortby {
                v.write(cmd);
            }
            if options.rev {
                cmd.push("REV");
            }
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            self.queue(command)
        }

        /// Queues `ZRANGEBYLEX`; see [`Commands::zrangebylex`](crate::Commands::zrangebylex).
        fn zrangebylex(&mut self, key: impl ToArg, min: impl ToArg, max: impl ToArg) -> &mut Self {
            self.zrangebylex_with(key, min, max, ZrangebylexOptions::default())
        }

        /// Queues `ZRANGEBYLEX` with options; see [`Commands::zrangebylex_with`](crate::Commands::zrangebylex_with).
        fn zrangebylex_with(
            &mut self,
            key: impl ToArg,
            min: impl ToArg,
            max: impl ToArg,
            options: ZrangebylexOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("ZRANGEBYLEX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(min);
            cmd.push(max);
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            self.queue(command)
        }

        /// Queues `ZRANGEBYSCORE`; see [`Commands::zrangebyscore`](crate::Commands::zrangebyscore).
        fn zrangebyscore(&mut self, key: impl ToArg, min: f64, max: f64) -> &mut Self {
            self.zrangebyscore_with(key, min, max, ZrangebyscoreOptions::default())
        }

        /// Queues `ZRANGEBYSCORE` with options; see [`Commands::zrangebyscore_with`](crate::Commands::zrangebyscore_with).
        fn zrangebyscore_with(
            &mut self,
            key: impl ToArg,
            min: f64,
            max: f64,
            options: ZrangebyscoreOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("ZRANGEBYSCORE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(min);
            cmd.push(max);
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            self.queue(command)
        }

        /// Queues `ZRANGESTORE`; see [`Commands::zrangestore`](crate::Commands::zrangestore).
        fn zrangestore(
            &mut self,
            dst: impl ToArg,
            src: impl ToArg,
            min: impl ToArg,
            max: impl ToArg,
        ) -> &mut Self {
            self.zrangestore_with(dst, src, min, max, ZrangestoreOptions::default())
        }

        /// Queues `ZRANGESTORE` with options; see [`Commands::zrangestore_with`](crate::Commands::zrangestore_with).
        fn zrangestore_with(
            &mut self,
            dst: impl ToArg,
            src: impl ToArg,
            min: impl ToArg,
            max: impl ToArg,
            options: ZrangestoreOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("ZRANGESTORE");
            let cmd = &mut command;
            cmd.push(dst);
            cmd.push(src);
            cmd.push(min);
            cmd.push(max);
            if let Some(v) = &options.sortby {
                v.write(cmd);
            }
            if options.rev {
                cmd.push("REV");
            }
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            self.queue(command)
        }

        /// Queues `ZRANK`; see [`Commands::zrank`](crate::Commands::zrank).
        fn zrank(&mut self, key: impl ToArg, member: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("ZRANK");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member);
            self.queue(command)
        }

        /// Queues `ZREM`; see [`Commands::zrem`](crate::Commands::zrem).
        fn zrem(&mut self, key: impl ToArg, members: impl ToArgs) -> &mut Self {
            let mut command = Cmd::new("ZREM");
            let cmd = &mut command;
            cmd.push(key);
            members.write_args(cmd);
            self.queue(command)
        }

        /// Queues `ZREMRANGEBYLEX`; see [`Commands::zremrangebylex`](crate::Commands::zremrangebylex).
        fn zremrangebylex(
            &mut self,
            key: impl ToArg,
            min: impl ToArg,
            max: impl ToArg,
        ) -> &mut Self {
            let mut command = Cmd::new("ZREMRANGEBYLEX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(min);
            cmd.push(max);
            self.queue(command)
        }

        /// Queues `ZREMRANGEBYRANK`; see [`Commands::zremrangebyrank`](crate::Commands::zremrangebyrank).
        fn zremrangebyrank(&mut self, key: impl ToArg, start: i64, stop: i64) -> &mut Self {
            let mut command = Cmd::new("ZREMRANGEBYRANK");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(stop);
            self.queue(command)
        }

        /// Queues `ZREMRANGEBYSCORE`; see [`Commands::zremrangebyscore`](crate::Commands::zremrangebyscore).
        fn zremrangebyscore(&mut self, key: impl ToArg, min: f64, max: f64) -> &mut Self {
            let mut command = Cmd::new("ZREMRANGEBYSCORE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(min);
            cmd.push(max);
            self.queue(command)
        }

        /// Queues `ZREVRANGE`; see [`Commands::zrevrange`](crate::Commands::zrevrange).
        fn zrevrange(&mut self, key: impl ToArg, start: i64, stop: i64) -> &mut Self {
            self.zrevrange_with(key, start, stop, ZrevrangeOptions::default())
        }

        /// Queues `ZREVRANGE` with options; see [`Commands::zrevrange_with`](crate::Commands::zrevrange_with).
        fn zrevrange_with(
            &mut self,
            key: impl ToArg,
            start: i64,
            stop: i64,
            options: ZrevrangeOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("ZREVRANGE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(start);
            cmd.push(stop);
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            self.queue(command)
        }

        /// Queues `ZREVRANGEBYLEX`; see [`Commands::zrevrangebylex`](crate::Commands::zrevrangebylex).
        fn zrevrangebylex(
            &mut self,
            key: impl ToArg,
            max: impl ToArg,
            min: impl ToArg,
        ) -> &mut Self {
            self.zrevrangebylex_with(key, max, min, ZrevrangebylexOptions::default())
        }

        /// Queues `ZREVRANGEBYLEX` with options; see [`Commands::zrevrangebylex_with`](crate::Commands::zrevrangebylex_with).
        fn zrevrangebylex_with(
            &mut self,
            key: impl ToArg,
            max: impl ToArg,
            min: impl ToArg,
            options: ZrevrangebylexOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("ZREVRANGEBYLEX");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(max);
            cmd.push(min);
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            self.queue(command)
        }

        /// Queues `ZREVRANGEBYSCORE`; see [`Commands::zrevrangebyscore`](crate::Commands::zrevrangebyscore).
        fn zrevrangebyscore(&mut self, key: impl ToArg, max: f64, min: f64) -> &mut Self {
            self.zrevrangebyscore_with(key, max, min, ZrevrangebyscoreOptions::default())
        }

        /// Queues `ZREVRANGEBYSCORE` with options; see [`Commands::zrevrangebyscore_with`](crate::Commands::zrevrangebyscore_with).
        fn zrevrangebyscore_with(
            &mut self,
            key: impl ToArg,
            max: f64,
            min: f64,
            options: ZrevrangebyscoreOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("ZREVRANGEBYSCORE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(max);
            cmd.push(min);
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            if let Some(v) = &options.offset_count {
                cmd.push("LIMIT");
                {
                    let v = &v.0;
                    cmd.push(*v);
                }
                {
                    let v = &v.1;
                    cmd.push(*v);
                }
            }
            self.queue(command)
        }

        /// Queues `ZREVRANK`; see [`Commands::zrevrank`](crate::Commands::zrevrank).
        fn zrevrank(&mut self, key: impl ToArg, member: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("ZREVRANK");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member);
            self.queue(command)
        }

        /// Queues `ZSCAN`; see [`Commands::zscan`](crate::Commands::zscan).
        fn zscan(&mut self, key: impl ToArg, cursor: i64) -> &mut Self {
            self.zscan_with(key, cursor, ZscanOptions::default())
        }

        /// Queues `ZSCAN` with options; see [`Commands::zscan_with`](crate::Commands::zscan_with).
        fn zscan_with(&mut self, key: impl ToArg, cursor: i64, options: ZscanOptions) -> &mut Self {
            let mut command = Cmd::new("ZSCAN");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(cursor);
            if let Some(v) = &options.pattern {
                cmd.push("MATCH");
                cmd.push(v);
            }
            if let Some(v) = &options.count {
                cmd.push("COUNT");
                cmd.push(*v);
            }
            self.queue(command)
        }

        /// Queues `ZSCORE`; see [`Commands::zscore`](crate::Commands::zscore).
        fn zscore(&mut self, key: impl ToArg, member: impl ToArg) -> &mut Self {
            let mut command = Cmd::new("ZSCORE");
            let cmd = &mut command;
            cmd.push(key);
            cmd.push(member);
            self.queue(command)
        }

        /// Queues `ZUNION`; see [`Commands::zunion`](crate::Commands::zunion).
        fn zunion(&mut self, keys: impl ToArgs) -> &mut Self {
            self.zunion_with(keys, ZunionOptions::default())
        }

        /// Queues `ZUNION` with options; see [`Commands::zunion_with`](crate::Commands::zunion_with).
        fn zunion_with(&mut self, keys: impl ToArgs, options: ZunionOptions) -> &mut Self {
            let mut command = Cmd::new("ZUNION");
            let cmd = &mut command;
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if let Some(v) = &options.weight {
                cmd.push("WEIGHTS");
                for v in v {
                    cmd.push(*v);
                }
            }
            if let Some(v) = &options.aggregate {
                cmd.push("AGGREGATE");
                v.write(cmd);
            }
            if options.withscores {
                cmd.push("WITHSCORES");
            }
            self.queue(command)
        }

        /// Queues `ZUNIONSTORE`; see [`Commands::zunionstore`](crate::Commands::zunionstore).
        fn zunionstore(&mut self, destination: impl ToArg, keys: impl ToArgs) -> &mut Self {
            self.zunionstore_with(destination, keys, ZunionstoreOptions::default())
        }

        /// Queues `ZUNIONSTORE` with options; see [`Commands::zunionstore_with`](crate::Commands::zunionstore_with).
        fn zunionstore_with(
            &mut self,
            destination: impl ToArg,
            keys: impl ToArgs,
            options: ZunionstoreOptions,
        ) -> &mut Self {
            let mut command = Cmd::new("ZUNIONSTORE");
            let cmd = &mut command;
            cmd.push(destination);
            cmd.push(keys.arg_count());
            keys.write_args(cmd);
            if let Some(v) = &options.weight {
                cmd.push("WEIGHTS");
                for v in v {
                    cmd.push(*v);
                }
            }
            if let Some(v) = &options.aggregate {
                cmd.push("AGGREGATE");
                v.write(cmd);
            }
            self.queue(command)
        }
    };
}
pub(crate) use pipeline_methods;

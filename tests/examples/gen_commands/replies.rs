//! The reply type of every command: `COMMAND DOCS` on Redis 7.0 has no
//! reply schema, so this table is kept by hand. A command the server has
//! and this table lacks stops the generator, which is how a new server
//! version shows what needs typing.
//!
//! `T` is a type parameter of the method, for replies whose Rust type is
//! the caller's choice (a value that may be bytes, text or a number; a
//! reply whose shape depends on the options). `plain|with` gives the
//! method without options and its `_with` twin different types (the twin's
//! must then be `T`: options such as `GET` or `INCR` change the reply).

/// Commands whose reply has a structure that is typed elsewhere and that
/// return the caller's `T` until then.
pub(crate) const AWAITING_STRUCTURED_REPLIES: &[&str] = &[
    "client|info",
    "client|list",
    "config|get",
    "geopos",
    "memory|stats",
    "role",
    "slowlog|get",
    "xautoclaim",
    "xclaim",
    "xinfo|consumers",
    "xinfo|groups",
    "xinfo|stream",
    "xrange",
    "xread",
    "xreadgroup",
    "xrevrange",
];

/// `command: type` (or `command: plain|with`).
pub(crate) const REPLIES: &str = "
acl|cat: Vec<String>
acl|deluser: u64
acl|dryrun: T
acl|genpass: String
acl|getuser: T
acl|help: Vec<String>
acl|list: Vec<String>
acl|load: ()
acl|log: T
acl|save: ()
acl|setuser: ()
acl|users: Vec<String>
acl|whoami: String
append: u64
asking: ()
bgrewriteaof: String
bgsave: String
bitcount: u64
bitfield: Vec<Option<i64>>
bitfield_ro: Vec<i64>
bitop: u64
bitpos: i64
blmove: T
blmpop: T
blpop: T
brpop: T
brpoplpush: T
bzmpop: T
bzpopmax: T
bzpopmin: T
client|caching: ()
client|getname: Option<String>
client|getredir: i64
client|help: Vec<String>
client|id: u64
client|info: T
client|kill: T
client|list: T
client|no-evict: ()
client|pause: ()
client|setname: ()
client|trackinginfo: T
client|unblock: bool
client|unpause: ()
cluster|addslots: ()
cluster|addslotsrange: ()
cluster|bumpepoch: String
cluster|count-failure-reports: u64
cluster|countkeysinslot: u64
cluster|delslots: ()
cluster|delslotsrange: ()
cluster|failover: ()
cluster|flushslots: ()
cluster|forget: ()
cluster|getkeysinslot: Vec<T>
cluster|help: Vec<String>
cluster|info: String
cluster|keyslot: u64
cluster|links: T
cluster|meet: ()
cluster|myid: String
cluster|nodes: String
cluster|replicas: Vec<String>
cluster|replicate: ()
cluster|reset: ()
cluster|saveconfig: ()
cluster|set-config-epoch: ()
cluster|setslot: ()
cluster|shards: T
cluster|slaves: Vec<String>
cluster|slots: T
command: T
command|count: u64
command|docs: T
command|getkeys: Vec<T>
command|getkeysandflags: T
command|help: Vec<String>
command|info: T
command|list: Vec<String>
config|get: T
config|help: Vec<String>
config|resetstat: ()
config|rewrite: ()
config|set: ()
copy: bool
dbsize: u64
debug: T
decr: i64
decrby: i64
del: u64
dump: Option<Vec<u8>>
echo: T
eval: T
eval_ro: T
evalsha: T
evalsha_ro: T
exists: u64
expire: bool
expireat: bool
expiretime: i64
failover: ()
fcall: T
fcall_ro: T
flushall: ()
flushdb: ()
function|delete: ()
function|dump: Vec<u8>
function|flush: ()
function|help: Vec<String>
function|kill: ()
function|list: T
function|load: String
function|restore: ()
function|stats: T
geoadd: u64
geodist: Option<f64>
geohash: Vec<Option<String>>
geopos: T
georadius: T
georadius_ro: T
georadiusbymember: T
georadiusbymember_ro: T
geosearch: T
geosearchstore: u64
get: T
getbit: u8
getdel: T
getex: T
getrange: T
getset: T
hdel: u64
hexists: bool
hget: T
hgetall: T
hincrby: i64
hincrbyfloat: f64
hkeys: Vec<T>
hlen: u64
hmget: Vec<T>
hmset: ()
hrandfield: T
hscan: T
hset: u64
hsetnx: bool
hstrlen: u64
hvals: Vec<T>
incr: i64
incrby: i64
incrbyfloat: f64
info: Info
keys: Vec<T>
lastsave: u64
latency|doctor: String
latency|graph: String
latency|help: Vec<String>
latency|histogram: T
latency|history: T
latency|latest: T
latency|reset: u64
lcs: T
lindex: T
linsert: i64
llen: u64
lmove: T
lmpop: T
lolwut: String
lpop: T
lpos: Option<i64>|T
lpush: u64
lpushx: u64
lrange: Vec<T>
lrem: u64
lset: ()
ltrim: ()
memory|doctor: String
memory|help: Vec<String>
memory|malloc-stats: String
memory|purge: ()
memory|stats: T
memory|usage: Option<u64>
mget: Vec<T>
migrate: String
module|help: Vec<String>
module|list: T
module|load: ()
module|loadex: ()
module|unload: ()
move: bool
mset: ()
msetnx: bool
object|encoding: Option<String>
object|freq: Option<u64>
object|help: Vec<String>
object|idletime: Option<u64>
object|refcount: Option<u64>
persist: bool
pexpire: bool
pexpireat: bool
pexpiretime: i64
pfadd: bool
pfcount: u64
pfdebug: T
pfmerge: ()
pfselftest: ()
ping: ()|T
psetex: ()
pttl: i64
publish: u64
pubsub|channels: Vec<T>
pubsub|help: Vec<String>
pubsub|numpat: u64
pubsub|numsub: Vec<(T, u64)>
pubsub|shardchannels: Vec<T>
pubsub|shardnumsub: Vec<(T, u64)>
randomkey: T
readonly: ()
readwrite: ()
rename: ()
renamenx: bool
replicaof: ()
restore: ()
restore-asking: ()
role: T
rpop: T
rpoplpush: T
rpush: u64
rpushx: u64
sadd: u64
save: ()
scan: T
scard: u64
script|debug: ()
script|exists: Vec<bool>
script|flush: ()
script|help: Vec<String>
script|kill: ()
script|load: String
sdiff: T
sdiffstore: u64
set: ()|T
setbit: u8
setex: ()
setnx: bool
setrange: u64
shutdown: ()
sinter: T
sintercard: u64
sinterstore: u64
sismember: bool
slaveof: ()
slowlog|get: T
slowlog|help: Vec<String>
slowlog|len: u64
slowlog|reset: ()
smembers: T
smismember: Vec<bool>
smove: bool
sort: T
sort_ro: T
spop: T
spublish: u64
srandmember: T
srem: u64
sscan: T
strlen: u64
substr: T
sunion: T
sunionstore: u64
swapdb: ()
time: (u64, u64)
touch: u64
ttl: Ttl
type: String
unlink: u64
wait: u64
xack: u64
xadd: T
xautoclaim: T
xclaim: T
xdel: u64
xgroup|create: ()
xgroup|createconsumer: bool
xgroup|delconsumer: u64
xgroup|destroy: bool
xgroup|help: Vec<String>
xgroup|setid: ()
xinfo|consumers: T
xinfo|groups: T
xinfo|help: Vec<String>
xinfo|stream: T
xlen: u64
xpending: T
xrange: T
xread: T
xreadgroup: T
xrevrange: T
xsetid: ()
xtrim: u64
zadd: u64|T
zcard: u64
zcount: u64
zdiff: T
zdiffstore: u64
zincrby: f64
zinter: T
zintercard: u64
zinterstore: u64
zlexcount: u64
zmpop: T
zmscore: Vec<Option<f64>>
zpopmax: T
zpopmin: T
zrandmember: T
zrange: Vec<T>
zrangebylex: Vec<T>
zrangebyscore: Vec<T>
zrangestore: u64
zrank: Option<u64>
zrem: u64
zremrangebylex: u64
zremrangebyrank: u64
zremrangebyscore: u64
zrevrange: Vec<T>
zrevrangebylex: Vec<T>
zrevrangebyscore: Vec<T>
zrevrank: Option<u64>
zscan: T
zscore: Option<f64>
zunion: T
zunionstore: u64
";

/// [`REPLIES`], read; checks [`AWAITING_STRUCTURED_REPLIES`] against it.
pub(crate) fn table() -> Result<std::collections::BTreeMap<&'static str, crate::Reply>, String> {
    let mut table = std::collections::BTreeMap::new();
    for line in REPLIES.lines().filter(|line| !line.trim().is_empty()) {
        let (name, ty) = line
            .split_once(": ")
            .ok_or_else(|| format!("replies.rs: bad line {line:?}"))?;
        let (plain, with) = ty.split_once('|').unwrap_or((ty, ty));
        let reply = crate::Reply {
            plain: plain.to_owned(),
            with: with.to_owned(),
        };
        if table.insert(name, reply).is_some() {
            return Err(format!("replies.rs: {name} twice"));
        }
    }
    for name in AWAITING_STRUCTURED_REPLIES {
        match table.get(name) {
            Some(reply) if reply.plain == "T" => {}
            _ => {
                return Err(format!(
                    "replies.rs: {name} awaits a structured reply but is not `T`"
                ));
            }
        }
    }
    Ok(table)
}

//! resp-core's `cluster::key_indices` against redis-server's `COMMAND GETKEYS`
//! on a few hundred command lines, and resp-core's command table against the
//! server's `COMMAND INFO`.

use std::collections::BTreeSet;

use resp_core::cluster::{
    BeginSearch, CommandFlags, CommandSpec, FindKeys, KeySpec, KeySpecFlags, KeysError,
    RequestPolicy, ResponsePolicy, key_indices,
};
use resp_core::{Cmd, Frame};
use resp_tests::{
    BeginSearchInfo, CommandInfo, FindKeysInfo, KeySpecInfo, Protocol, RawConnection, RedisServer,
};

/// Command lines, as words separated by spaces; `""` is the empty string.
/// Every shape of key spec is here: index and keyword begin searches, range
/// and keynum finds, negative last keys, steps, limits, subcommands, keyless
/// commands, the commands Redis finds keys for with code of its own, and
/// lines the server refuses.
const LINES: &[&str] = &[
    // Strings: one key at index 1.
    "GET k",
    "get K",
    "SET k v",
    "SET k v GET",
    "SET k v EX 10 NX",
    "SET k v KEEPTTL XX GET",
    "GETEX k PX 5",
    "GETDEL k",
    "GETSET k v",
    "APPEND k v",
    "STRLEN k",
    "INCR k",
    "INCRBY k 5",
    "DECR k",
    "DECRBY k 2",
    "INCRBYFLOAT k 1.5",
    "GETRANGE k 0 -1",
    "SUBSTR k 0 1",
    "SETRANGE k 0 v",
    "SETEX k 10 v",
    "PSETEX k 10 v",
    "SETNX k v",
    // Two fixed keys.
    "LCS a b",
    "LCS a b LEN MINMATCHLEN 2",
    "COPY a b",
    "COPY a b DB 1 REPLACE",
    "RENAME a b",
    "RENAMENX a b",
    "SMOVE a b m",
    "LMOVE a b LEFT RIGHT",
    "BLMOVE a b LEFT RIGHT 0",
    "RPOPLPUSH a b",
    "BRPOPLPUSH a b 0",
    "ZRANGESTORE d k 0 -1",
    "GEOSEARCHSTORE d k FROMLONLAT 15 37 BYBOX 1 1 km STOREDIST",
    // Generic keyspace commands.
    "MOVE k 1",
    "DUMP k",
    "RESTORE k 0 payload",
    "RESTORE k 0 payload REPLACE ABSTTL IDLETIME 5",
    "RESTORE-ASKING k 0 payload",
    "TYPE k",
    "TTL k",
    "PTTL k",
    "EXPIRE k 10",
    "EXPIRE k 10 NX",
    "PEXPIRE k 10 GT",
    "EXPIREAT k 1",
    "PEXPIREAT k 1",
    "EXPIRETIME k",
    "PEXPIRETIME k",
    "PERSIST k",
    // Ranges to the end of the line, and before it.
    "DEL a",
    "DEL a b c",
    "UNLINK a b",
    "EXISTS a b c d",
    "TOUCH a",
    "TOUCH a b c",
    "MGET a b c",
    "WATCH a b",
    "SINTER a b c",
    "SUNION a",
    "SDIFF a b",
    "SINTERSTORE d a b",
    "SUNIONSTORE d a",
    "SDIFFSTORE d a b c",
    "PFCOUNT a b",
    "PFMERGE d a b",
    "BITOP AND d a b c",
    "BITOP NOT d a",
    "BLPOP a 0",
    "BLPOP a b c 0",
    "BRPOP a b 1.5",
    "BZPOPMIN a b 0",
    "BZPOPMAX a 1",
    // Steps of 2.
    "MSET a 1",
    "MSET a 1 b 2 c 3",
    "MSETNX a 1 b 2",
    "MSET a 1 b",
    // Bits.
    "SETBIT k 7 1",
    "GETBIT k 7",
    "BITCOUNT k",
    "BITCOUNT k 0 -1 BIT",
    "BITPOS k 1 0",
    "BITFIELD k GET u8 0",
    "BITFIELD k SET u8 0 1 INCRBY u8 0 1",
    "BITFIELD_RO k GET u8 0",
    // Lists.
    "LPUSH k a b",
    "RPUSH k a",
    "LPUSHX k a",
    "RPUSHX k a b",
    "LPOP k",
    "LPOP k 2",
    "RPOP k",
    "LRANGE k 0 -1",
    "LINDEX k 0",
    "LINSERT k BEFORE p v",
    "LLEN k",
    "LREM k 0 v",
    "LSET k 0 v",
    "LTRIM k 0 1",
    "LPOS k v RANK 1 COUNT 2",
    // Hashes.
    "HSET k f v f2 v2",
    "HGET k f",
    "HMGET k a b",
    "HMSET k f v",
    "HDEL k a b",
    "HEXISTS k f",
    "HGETALL k",
    "HINCRBY k f 1",
    "HINCRBYFLOAT k f 1.5",
    "HKEYS k",
    "HVALS k",
    "HLEN k",
    "HSTRLEN k f",
    "HSETNX k f v",
    "HRANDFIELD k 2 WITHVALUES",
    "HSCAN k 0 MATCH * COUNT 10",
    // Sets.
    "SADD k a b",
    "SREM k a",
    "SMEMBERS k",
    "SISMEMBER k a",
    "SMISMEMBER k a b",
    "SCARD k",
    "SPOP k",
    "SPOP k 2",
    "SRANDMEMBER k -3",
    "SSCAN k 0",
    // Sorted sets.
    "ZADD k 1 a 2 b",
    "ZADD k NX CH 1 a",
    "ZINCRBY k 1 a",
    "ZSCORE k a",
    "ZMSCORE k a b",
    "ZRANGE k 0 -1 WITHSCORES",
    "ZRANGE k (1 5 BYSCORE LIMIT 0 2",
    "ZRANGEBYSCORE k 0 10",
    "ZREVRANGEBYLEX k + -",
    "ZRANK k a",
    "ZREVRANK k a",
    "ZREM k a b",
    "ZREMRANGEBYSCORE k 0 1",
    "ZCARD k",
    "ZCOUNT k 0 1",
    "ZLEXCOUNT k - +",
    "ZPOPMIN k 2",
    "ZPOPMAX k",
    "ZRANDMEMBER k 2",
    "ZSCAN k 0",
    // Number of keys given by an argument.
    "ZUNION 2 a b",
    "ZUNION 1 a WEIGHTS 2 AGGREGATE MAX WITHSCORES",
    "ZINTER 3 a b c",
    "ZDIFF 2 a b WITHSCORES",
    "ZUNIONSTORE d 2 a b",
    "ZINTERSTORE d 3 a b c WEIGHTS 1 2 3",
    "ZDIFFSTORE d 1 a",
    "ZINTERCARD 2 a b LIMIT 1",
    "ZMPOP 2 a b MIN",
    "ZMPOP 1 a MAX COUNT 3",
    "BZMPOP 0 2 a b MIN",
    "BZMPOP 1.5 1 a MAX COUNT 2",
    "LMPOP 1 a LEFT",
    "LMPOP 3 a b c RIGHT COUNT 2",
    "BLMPOP 0 2 a b LEFT",
    "BLMPOP 0.5 1 a RIGHT COUNT 5",
    "SINTERCARD 2 a b",
    "SINTERCARD 1 a LIMIT 3",
    "EVAL s 0",
    "EVAL s 0 x y",
    "EVAL s 1 a",
    "EVAL s 2 a b x y",
    "EVALSHA sha 1 a v",
    "EVAL_RO s 2 a b",
    "EVALSHA_RO sha 0 x",
    "FCALL f 1 a",
    "FCALL f 0",
    "FCALL_RO f 3 a b c",
    // HyperLogLog and geo.
    "PFADD k a b",
    "GEOADD k 13.3 38.1 p",
    "GEODIST k a b km",
    "GEOHASH k a",
    "GEOPOS k a b",
    "GEOSEARCH k FROMMEMBER m BYRADIUS 1 km",
    "GEORADIUS_RO k 15 37 200 km",
    "GEORADIUSBYMEMBER_RO k m 100 km WITHCOORD",
    // Keywords searched from a fixed index.
    "GEORADIUS k 15 37 200 km",
    "GEORADIUS k 15 37 200 km WITHDIST ASC COUNT 5",
    "GEORADIUS k 15 37 200 km STORE d",
    "GEORADIUS k 15 37 200 km STOREDIST d",
    "GEORADIUS k 15 37 200 km STORE d STOREDIST e",
    "GEORADIUS k 15 37 200 km storedist e store d",
    "GEORADIUS k 15 37 200 km COUNT 1 STORE",
    "GEORADIUSBYMEMBER k m 100 km STORE d",
    "GEORADIUSBYMEMBER k STORE 100 km",
    // Streams: a keyword, then half of what follows it.
    "XADD s * f v",
    "XADD s MAXLEN ~ 100 * f v",
    "XLEN s",
    "XRANGE s - +",
    "XREVRANGE s + - COUNT 1",
    "XDEL s 1-0",
    "XTRIM s MAXLEN 10",
    "XREAD STREAMS a 0",
    "XREAD COUNT 2 STREAMS a b 0 0",
    "XREAD BLOCK 0 STREAMS a b c 0 0 0",
    "XREAD streams a b 0",
    "XREAD COUNT 1 STREAMS a",
    "XREAD COUNT 1 STREAMS",
    "XREADGROUP GROUP g c STREAMS a >",
    "XREADGROUP GROUP g c COUNT 1 BLOCK 0 NOACK STREAMS a b > >",
    "XREADGROUP GROUP g STREAMS STREAMS a >",
    "XREADGROUP GROUP g c COUNT 1 BLOCK",
    "XACK s g 1-0",
    "XPENDING s g",
    "XPENDING s g - + 10 c",
    "XCLAIM s g c 0 1-0",
    "XAUTOCLAIM s g c 0 0-0",
    "XSETID s 1-0",
    // Subcommands.
    "XGROUP CREATE s g $ MKSTREAM",
    "XGROUP DESTROY s g",
    "XGROUP CREATECONSUMER s g c",
    "XGROUP DELCONSUMER s g c",
    "XGROUP SETID s g 0",
    "XINFO STREAM s",
    "XiNfO sTrEaM s FULL COUNT 5",
    "XINFO GROUPS s",
    "XINFO CONSUMERS s g",
    "XINFO HELP",
    "OBJECT ENCODING k",
    "OBJECT FREQ k",
    "OBJECT IDLETIME k",
    "OBJECT REFCOUNT k",
    "OBJECT HELP",
    "MEMORY USAGE k",
    "MEMORY USAGE k SAMPLES 0",
    "MEMORY STATS",
    "MEMORY DOCTOR",
    // SORT, and MIGRATE's two forms.
    "SORT k",
    "SORT k STORE d",
    "SORT k BY w_* GET o_* STORE d ALPHA DESC",
    "SORT k LIMIT 0 10 STORE d",
    "SORT k STORE a STORE b",
    "SORT k LIMIT store d 1 store e",
    "SORT k BY store GET store",
    "SORT k STORE",
    "SORT_RO k BY w_* GET #",
    "MIGRATE h 6379 k 0 5000",
    "MIGRATE h 6379 k 0 5000 COPY REPLACE",
    "MIGRATE h 6379 \"\" 0 5000 KEYS a b c",
    "MIGRATE h 6379 \"\" 0 5000 COPY AUTH pw KEYS a",
    "MIGRATE h 6379 \"\" 0 5000 AUTH2 u p KEYS a b",
    "MIGRATE h 6379 \"\" 0 5000 AUTH keys KEYS a",
    "MIGRATE h 6379 \"\" 0 5000",
    "MIGRATE h 6379 k 0 5000 KEYS a b",
    // No keys.
    "PING",
    "PING hello",
    "ECHO x",
    "INFO",
    "INFO server",
    "DBSIZE",
    "TIME",
    "LASTSAVE",
    "FLUSHALL",
    "FLUSHDB ASYNC",
    "RANDOMKEY",
    "KEYS *",
    "SCAN 0 MATCH a* COUNT 10",
    "SELECT 1",
    "SWAPDB 0 1",
    "CLIENT LIST",
    "CLIENT SETNAME n",
    "CLIENT ID",
    "CONFIG GET maxmemory",
    "CONFIG SET maxmemory 0",
    "CLUSTER INFO",
    "CLUSTER KEYSLOT k",
    "CLUSTER COUNTKEYSINSLOT 1",
    "CLUSTER GETKEYSINSLOT 1 10",
    "CLUSTER NODES",
    "CLUSTER SHARDS",
    "CLUSTER INFO extra",
    "LATENCY LATEST",
    "SLOWLOG GET 10",
    "COMMAND COUNT",
    "COMMAND INFO get",
    "COMMAND GETKEYS get k",
    "PUBLISH ch msg",
    "SPUBLISH ch msg",
    "SUBSCRIBE a b",
    "SSUBSCRIBE a b",
    "SUNSUBSCRIBE a",
    "PSUBSCRIBE a*",
    "UNSUBSCRIBE",
    "PUBSUB CHANNELS",
    "PUBSUB NUMSUB a b",
    "PUBSUB SHARDCHANNELS",
    "MULTI",
    "EXEC",
    "DISCARD",
    "UNWATCH",
    "WAIT 1 0",
    "ACL WHOAMI",
    "ACL SETUSER u on",
    "HELLO 3",
    "AUTH pw",
    "READONLY",
    "READWRITE",
    "ASKING",
    "ROLE",
    "LOLWUT",
    "MODULE LIST",
    "FUNCTION STATS",
    "FUNCTION DELETE lib",
    "SCRIPT LOAD s",
    "SCRIPT EXISTS a b",
    "SCRIPT FLUSH",
    "SCRIPT KILL",
    // Lines the server refuses.
    "GET",
    "GET a b",
    "XINFO STREAM",
    "NOSUCHCOMMAND a",
    "XINFO BOGUS s",
    "ZUNION 0 a",
    "ZUNION x a",
    "ZUNIONSTORE d 3 a b",
    "ZINTERSTORE d 0 a",
    "LMPOP 0 a LEFT",
    "SINTERCARD 5 a b",
    "BLMPOP 0 x a LEFT",
    "BZMPOP 0 -1 a MIN",
    "XREADGROUP STREAMS a b c d 0",
];

/// A line where `key_indices` and `COMMAND GETKEYS` disagree on purpose
/// (see `key_indices`' docs).
struct Divergence {
    /// The command line.
    line: &'static str,
    /// What `COMMAND GETKEYS` answers: key names, or an error.
    getkeys: Result<&'static [&'static str], &'static str>,
    /// What the command itself answers when run: a reply, or an error.
    run: Result<(), &'static str>,
}

/// The lines where `key_indices` and `COMMAND GETKEYS` disagree on purpose.
const DIVERGENCES: &[Divergence] = &[
    // GETKEYS reads numkeys with atoi(); the commands refuse it.
    Divergence {
        line: "EVAL return 03 a b c",
        getkeys: Ok(&["a", "b", "c"]),
        run: Err("ERR value is not an integer or out of range"),
    },
    Divergence {
        line: "ZUNIONSTORE d 02 a b",
        getkeys: Ok(&["a", "b", "d"]),
        run: Err("ERR value is not an integer or out of range"),
    },
    // For EVAL and FCALL, a bad numkeys gives GETKEYS no keys.
    Divergence {
        line: "EVAL return x a",
        getkeys: Ok(&[]),
        run: Err("ERR value is not an integer or out of range"),
    },
    Divergence {
        line: "EVAL return -1 a",
        getkeys: Ok(&[]),
        run: Err("ERR Number of keys can't be negative"),
    },
    Divergence {
        line: "EVAL return 3 a b",
        getkeys: Ok(&[]),
        run: Err("ERR Number of keys can't be greater than number of args"),
    },
    Divergence {
        line: "FCALL f 2 a",
        getkeys: Ok(&[]),
        run: Err("ERR Number of keys can't be greater than number of args"),
    },
    // A valid command that GETKEYS finds no key in.
    Divergence {
        line: "PFMERGE d",
        getkeys: Err("ERR Invalid arguments specified for command"),
        run: Ok(()),
    },
];

/// The words of `line`, `""` standing for the empty string.
fn words(line: &str) -> Vec<Vec<u8>> {
    line.split_whitespace()
        .map(|word| match word {
            "\"\"" => Vec::new(),
            _ => word.as_bytes().to_vec(),
        })
        .collect()
}

/// What `COMMAND GETKEYS` answers.
#[derive(Debug)]
enum GetKeys {
    /// The names of the keys, in order.
    Keys(Vec<Vec<u8>>),
    /// An error reply.
    Error(String),
}

fn getkeys(conn: &mut RawConnection, args: &[Vec<u8>]) -> GetKeys {
    let reply = conn
        .request(&Cmd::new("COMMAND").arg("GETKEYS").args(args))
        .expect("COMMAND GETKEYS");
    match reply {
        Frame::Array(keys) => GetKeys::Keys(
            keys.into_iter()
                .map(|key| match key {
                    Frame::BulkString(key) => key.to_vec(),
                    other => panic!("a key name is {other:?}"),
                })
                .collect(),
        ),
        Frame::SimpleError(text) => GetKeys::Error(String::from_utf8_lossy(&text).into_owned()),
        other => panic!("COMMAND GETKEYS replied {other:?}"),
    }
}

/// Whether the server knows `name` as a command with keys, for the lines
/// `COMMAND GETKEYS` cannot take: a name alone.
fn server_says_has_keys(conn: &mut RawConnection, name: &[u8]) -> Option<bool> {
    let reply = conn
        .request(&Cmd::new("COMMAND").arg("INFO").arg(name))
        .expect("COMMAND INFO");
    let info = CommandInfo::from_reply(&reply).expect("a COMMAND INFO reply");
    info.first().map(|command| {
        command
            .key_specs
            .iter()
            .any(|spec| !spec.flags.iter().any(|flag| flag == "not_key"))
    })
}

/// `None` when `key_indices` agrees with the server on `args`, else what
/// each said.
fn disagreement(conn: &mut RawConnection, args: &[Vec<u8>]) -> Option<String> {
    let refs: Vec<&[u8]> = args.iter().map(Vec::as_slice).collect();
    let ours = key_indices(&refs);
    if args.len() == 1 {
        // COMMAND GETKEYS needs a command and at least one argument.
        let server = server_says_has_keys(conn, &args[0]);
        let agree = match (server, &ours) {
            (None, Err(KeysError::UnknownCommand(_))) => true,
            (Some(false), Ok(keys)) => keys.is_empty(),
            (Some(true), Err(KeysError::WrongArity { .. })) => true,
            _ => false,
        };
        return (!agree).then(|| format!("server knows it with keys: {server:?}, ours: {ours:?}"));
    }
    let server = getkeys(conn, args);
    let agree = match (&server, &ours) {
        (GetKeys::Keys(names), Ok(keys)) => {
            let ours: Vec<&[u8]> = keys.iter().map(|&at| refs[at]).collect();
            *names == ours
        }
        (GetKeys::Error(text), Ok(keys)) => {
            text == "ERR The command has no key arguments" && keys.is_empty()
        }
        (GetKeys::Error(text), Err(err)) => match err {
            KeysError::UnknownCommand(_) => text == "ERR Invalid command specified",
            KeysError::WrongArity { .. } => {
                text == "ERR Invalid number of arguments specified for command"
            }
            KeysError::BadNumKeys { .. } | KeysError::MissingKeys { .. } => {
                text == "ERR Invalid arguments specified for command"
            }
            _ => false,
        },
        _ => false,
    };
    (!agree).then(|| format!("server: {server:?}, ours: {ours:?}"))
}

fn show(args: &[Vec<u8>]) -> String {
    args.iter()
        .map(|arg| String::from_utf8_lossy(arg).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn key_indices_agree_with_command_getkeys() {
    let server = RedisServer::start();
    let mut conn = server.connect();
    assert!(LINES.len() >= 300, "{} lines", LINES.len());
    let mut disagreements = Vec::new();
    let mut seen = BTreeSet::new();
    for line in LINES {
        assert!(seen.insert(*line), "{line} twice");
        let args = words(line);
        if let Some(what) = disagreement(&mut conn, &args) {
            disagreements.push(format!("{line}: {what}"));
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {} lines disagree:\n{}",
        disagreements.len(),
        LINES.len(),
        disagreements.join("\n")
    );
}

/// Whether `args` has the command and length of one of the [`DIVERGENCES`].
fn is_a_divergence(args: &[Vec<u8>]) -> bool {
    DIVERGENCES.iter().any(|divergence| {
        let words = words(divergence.line);
        words.len() == args.len() && words[0].eq_ignore_ascii_case(&args[0])
    })
}

/// Lines of `spec`'s shape with arguments `a1`, `a2`...: as many as the
/// arity asks, and for a variable arity one and two more too.
fn lines_of_arity(spec: &CommandSpec) -> Vec<Vec<Vec<u8>>> {
    let name: Vec<Vec<u8>> = spec.name.split('|').map(|part| part.into()).collect();
    let least = spec.arity.unsigned_abs() as usize;
    let counts = if spec.arity < 0 {
        vec![least, least + 1, least + 2]
    } else {
        vec![least]
    };
    counts
        .into_iter()
        .filter(|&count| count > name.len())
        .map(|count| {
            let mut line = name.clone();
            line.extend((1..=count - name.len()).map(|n| format!("a{n}").into_bytes()));
            line
        })
        .collect()
}

#[test]
fn every_command_whose_keys_do_not_move_agrees_on_plain_arguments() {
    let server = RedisServer::start();
    let mut conn = server.connect();
    let mut checked = 0;
    let mut disagreements = Vec::new();
    for spec in CommandSpec::all()
        .iter()
        .flat_map(|spec| std::iter::once(spec).chain(spec.subcommands))
        .filter(|spec| !spec.flags.contains(CommandFlags::MOVABLE_KEYS))
    {
        for args in lines_of_arity(spec) {
            if is_a_divergence(&args) {
                continue;
            }
            checked += 1;
            if let Some(what) = disagreement(&mut conn, &args) {
                disagreements.push(format!("{}: {what}", show(&args)));
            }
        }
    }
    assert!(checked > 400, "only {checked} lines");
    assert!(
        disagreements.is_empty(),
        "{} of {checked} lines disagree:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}

#[test]
fn divergences_from_command_getkeys_are_the_documented_ones() {
    let server = RedisServer::start();
    let mut conn = server.connect();
    conn.request(&Cmd::new("FUNCTION").args([
        "LOAD",
        "#!lua name=lib\nredis.register_function('f', function(keys, args) return 1 end)",
    ]))
    .expect("FUNCTION LOAD");
    for Divergence {
        line,
        getkeys: server_keys,
        run,
    } in DIVERGENCES
    {
        let args = words(line);
        let refs: Vec<&[u8]> = args.iter().map(Vec::as_slice).collect();
        match (getkeys(&mut conn, &args), server_keys) {
            (GetKeys::Keys(names), Ok(expected)) => {
                let expected: Vec<&[u8]> = expected.iter().map(|name| name.as_bytes()).collect();
                assert_eq!(names, expected, "{line}");
            }
            (GetKeys::Error(text), Err(expected)) => assert_eq!(text, *expected, "{line}"),
            (got, _) => panic!("{line}: COMMAND GETKEYS answered {got:?}"),
        }
        let reply = conn
            .request(&Cmd::new(&args[0][..]).args(&args[1..]))
            .expect("a reply");
        match (run, &reply) {
            (Ok(()), reply) => assert!(!reply.is_error(), "{line}: {reply:?}"),
            (Err(expected), Frame::SimpleError(text)) => {
                assert_eq!(String::from_utf8_lossy(text), *expected, "{line}");
            }
            (Err(_), reply) => panic!("{line}: {reply:?}"),
        }
        let ours = key_indices(&refs);
        match run {
            Ok(()) => assert_eq!(ours, Ok(vec![1]), "{line}"),
            Err(_) => assert!(
                matches!(ours, Err(KeysError::BadNumKeys { .. })),
                "{line}: {ours:?}"
            ),
        }
    }
}

/// The differences between what the server says of a command and its row
/// in resp-core's table.
fn differences(info: &CommandInfo, spec: &CommandSpec) -> Vec<String> {
    let mut diffs = Vec::new();
    if i64::from(spec.arity) != info.arity {
        diffs.push(format!("arity {} vs {}", info.arity, spec.arity));
    }
    let flags = info
        .flags
        .iter()
        .try_fold(CommandFlags::empty(), |all, name| {
            CommandFlags::from_name(name).map(|flag| all.union(flag))
        });
    if flags != Some(spec.flags) {
        diffs.push(format!("flags {:?} vs {:?}", info.flags, spec.flags));
    }
    let mut tips = Vec::new();
    if spec.request_policy != RequestPolicy::Default {
        tips.push(format!("request_policy:{}", spec.request_policy.as_str()));
    }
    if spec.response_policy != ResponsePolicy::Default {
        tips.push(format!("response_policy:{}", spec.response_policy.as_str()));
    }
    if spec.nondeterministic_output {
        tips.push("nondeterministic_output".to_owned());
    }
    if spec.nondeterministic_output_order {
        tips.push("nondeterministic_output_order".to_owned());
    }
    let mut server_tips = info.tips.clone();
    server_tips.sort();
    tips.sort();
    if server_tips != tips {
        diffs.push(format!("tips {server_tips:?} vs {tips:?}"));
    }
    if info.key_specs.len() != spec.key_specs.len()
        || info
            .key_specs
            .iter()
            .zip(spec.key_specs)
            .any(|(info, spec)| !same_key_spec(info, spec))
    {
        diffs.push(format!(
            "key specs {:?} vs {:?}",
            info.key_specs, spec.key_specs
        ));
    }
    let subs: Vec<&str> = info
        .subcommands
        .iter()
        .map(|sub| sub.name.as_str())
        .collect();
    let table_subs: Vec<&str> = spec.subcommands.iter().map(|sub| sub.name).collect();
    if subs != table_subs {
        diffs.push(format!("subcommands {subs:?} vs {table_subs:?}"));
    }
    diffs
}

fn same_key_spec(info: &KeySpecInfo, spec: &KeySpec) -> bool {
    let flags = info
        .flags
        .iter()
        .try_fold(KeySpecFlags::empty(), |all, name| {
            KeySpecFlags::from_name(name).map(|flag| all.union(flag))
        });
    let begin = match (&info.begin_search, spec.begin_search) {
        (BeginSearchInfo::Index(a), BeginSearch::Index(b)) => *a == i64::from(b),
        (
            BeginSearchInfo::Keyword {
                keyword,
                start_from,
            },
            BeginSearch::Keyword {
                keyword: k,
                start_from: s,
            },
        ) => keyword == k && *start_from == i64::from(s),
        (BeginSearchInfo::Unknown, BeginSearch::Unknown) => true,
        _ => false,
    };
    let find = match (&info.find_keys, spec.find_keys) {
        (
            FindKeysInfo::Range {
                last_key,
                step,
                limit,
            },
            FindKeys::Range {
                last_key: l,
                step: s,
                limit: m,
            },
        ) => *last_key == i64::from(l) && *step == i64::from(s) && *limit == i64::from(m),
        (
            FindKeysInfo::KeyNum {
                num_keys_index,
                first_key,
                step,
            },
            FindKeys::KeyNum {
                num_keys_index: n,
                first_key: f,
                step: s,
            },
        ) => *num_keys_index == i64::from(n) && *first_key == i64::from(f) && *step == i64::from(s),
        (FindKeysInfo::Unknown, FindKeys::Unknown) => true,
        _ => false,
    };
    flags == Some(spec.flags) && begin && find
}

#[test]
fn the_table_agrees_with_command_info() {
    let server = RedisServer::start();
    // RESP3 here: the generator reads the RESP2 form.
    let mut conn = server.connect_with(Protocol::Resp3);
    let commands = CommandInfo::all(&mut conn).expect("COMMAND INFO");
    let same_version = server.version().to_string() == CommandSpec::SERVER_VERSION;

    let mut problems = Vec::new();
    let mut compared = 0;
    let mut on_server = BTreeSet::new();
    for info in commands.iter().flat_map(CommandInfo::with_subcommands) {
        on_server.insert(info.name.clone());
        match CommandSpec::named(&info.name) {
            Some(spec) => {
                compared += 1;
                for diff in differences(info, spec) {
                    problems.push(format!("{}: {diff}", info.name));
                }
            }
            None if same_version => problems.push(format!("{}: not in the table", info.name)),
            None => {}
        }
    }
    if same_version {
        for spec in CommandSpec::all()
            .iter()
            .flat_map(|spec| std::iter::once(spec).chain(spec.subcommands))
        {
            if !on_server.contains(spec.name) {
                problems.push(format!("{}: not on the server", spec.name));
            }
        }
    }
    assert!(compared > 300, "only {compared} commands compared");
    assert!(
        problems.is_empty(),
        "redis-server {} and the table of {} differ:\n{}",
        server.version(),
        CommandSpec::SERVER_VERSION,
        problems.join("\n")
    );
}

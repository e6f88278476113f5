//! A spread of the generated `Commands` methods, family by family, against
//! a real server on every runtime: each checks the typed reply, not only
//! that the command was accepted.

mod support;

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use resp_client::{
    BitfieldOperation, BitfieldOptions, BitfieldWrapSatFail, BitfieldWriteOperation, Commands,
    CopyOptions, ErrorKind, FlushdbOptions, GeodistOptions, GeosearchBy, GeosearchFrom,
    GeosearchOptions, GeosearchUnit, GetexOptions, LmoveWherefrom, LmoveWhereto, LposOptions,
    OwnedArg, SintercardOptions, SortOptions, ZaddOptions, ZmpopOptions, ZmpopWhere, ZrangeOptions,
};
use resp_tests::RedisServer;
use support::runtime_suite;

runtime_suite! {
    /// SETRANGE, GETRANGE, APPEND, STRLEN, GETDEL, GETEX.
    async fn strings() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        client.set("s", "Hello World").await.unwrap();
        assert_eq!(client.setrange("s", 6, "Redis").await.unwrap(), 11);
        let part: String = client.getrange("s", 0, 4).await.unwrap();
        assert_eq!(part, "Hello");
        assert_eq!(client.append("s", "!").await.unwrap(), 12);
        assert_eq!(client.strlen("s").await.unwrap(), 12);
        let value: Option<String> = client.getex_with("s", GetexOptions::new().ex(100)).await.unwrap();
        assert_eq!(value.as_deref(), Some("Hello Redis!"));
        assert!(client.pttl("s").await.unwrap() > 90_000);
        let value: Option<String> = client.getdel("s").await.unwrap();
        assert_eq!(value.as_deref(), Some("Hello Redis!"));
        let gone: Option<String> = client.getdel("s").await.unwrap();
        assert_eq!(gone, None);
        assert_eq!(client.incrby("n", 5).await.unwrap(), 5);
        assert_eq!(client.decrby("n", 7).await.unwrap(), -2);
        assert!((client.incrbyfloat("n", 0.5).await.unwrap() + 1.5).abs() < 1e-9);
    }

    /// COPY, EXPIRETIME, OBJECT ENCODING, SORT, TYPE, RENAME.
    async fn keys() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        client.set("a", "1").await.unwrap();
        assert!(client.copy("a", "b").await.unwrap());
        assert!(!client.copy("a", "b").await.unwrap(), "COPY does not overwrite");
        assert!(client.copy_with("a", "b", CopyOptions::new().replace()).await.unwrap());
        assert_eq!(client.expiretime("a").await.unwrap(), -1, "no expiry");
        assert!(client.expireat("a", 4_000_000_000).await.unwrap());
        assert_eq!(client.expiretime("a").await.unwrap(), 4_000_000_000);
        assert_eq!(client.object_encoding("a").await.unwrap().as_deref(), Some("int"));
        assert_eq!(client.object_encoding("missing").await.unwrap(), None);
        assert_eq!(client.key_type("a").await.unwrap(), "string");
        client.rename("b", "c").await.unwrap();
        assert_eq!(client.exists(["b", "c"]).await.unwrap(), 1);
        client.rpush("nums", [3, 1, 2]).await.unwrap();
        let sorted: Vec<i64> = client.sort("nums").await.unwrap();
        assert_eq!(sorted, [1, 2, 3]);
        let sorted: Vec<i64> = client
            .sort_with("nums", SortOptions::new().desc().limit(0, 2))
            .await
            .unwrap();
        assert_eq!(sorted, [3, 2]);
        client.rpush("words", ["b", "a"]).await.unwrap();
        let stored: u64 = client
            .sort_with("words", SortOptions::new().alpha().store("sorted"))
            .await
            .unwrap();
        assert_eq!(stored, 2);
        let words: Vec<String> = client.lrange("sorted", 0, -1).await.unwrap();
        assert_eq!(words, ["a", "b"]);
    }

    /// HSET, HINCRBY, HMGET, HEXISTS, HKEYS, HLEN.
    async fn hashes() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let fields = BTreeMap::from([("f", "1"), ("g", "2")]);
        assert_eq!(client.hset("h", &fields).await.unwrap(), 2);
        assert_eq!(client.hincrby("h", "f", 10).await.unwrap(), 11);
        let values: Vec<Option<i64>> = client.hmget("h", ["f", "g", "x"]).await.unwrap();
        assert_eq!(values, [Some(11), Some(2), None]);
        assert!(client.hexists("h", "g").await.unwrap());
        assert!(!client.hsetnx("h", "g", "3").await.unwrap());
        let mut keys: Vec<String> = client.hkeys("h").await.unwrap();
        keys.sort();
        assert_eq!(keys, ["f", "g"]);
        assert_eq!(client.hlen("h").await.unwrap(), 2);
        assert_eq!(client.hdel("h", ["f", "x"]).await.unwrap(), 1);
    }

    /// LPOS, LMOVE, BLPOP (a timeout, then a value), LINSERT.
    async fn lists() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        client.rpush("l", ["a", "b", "c", "b"]).await.unwrap();
        assert_eq!(client.lpos("l", "b").await.unwrap(), Some(1));
        assert_eq!(client.lpos("l", "z").await.unwrap(), None);
        let all: Vec<i64> = client.lpos_with("l", "b", LposOptions::new().count(0)).await.unwrap();
        assert_eq!(all, [1, 3]);
        let last: Option<i64> = client.lpos_with("l", "b", LposOptions::new().rank(-1)).await.unwrap();
        assert_eq!(last, Some(3));
        let moved: String = client
            .lmove("l", "m", LmoveWherefrom::Left, LmoveWhereto::Right)
            .await
            .unwrap();
        assert_eq!(moved, "a");
        assert_eq!(client.llen("m").await.unwrap(), 1);
        // An empty list: BLPOP waits out its timeout and answers nil.
        let none: Option<(String, String)> = client.blpop(["empty"], 0.1).await.unwrap();
        assert_eq!(none, None);
        let popped: Option<(String, String)> = client.blpop(["empty", "l"], 1.0).await.unwrap();
        assert_eq!(popped, Some(("l".to_owned(), "b".to_owned())));
        assert_eq!(client.linsert("l", resp_client::LinsertWhere::Before, "c", "x").await.unwrap(), 3);
        let list: Vec<String> = client.lrange("l", 0, -1).await.unwrap();
        assert_eq!(list, ["x", "c", "b"]);
    }

    /// SMISMEMBER, SINTERCARD, SISMEMBER, SINTER.
    async fn sets() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        client.sadd("{s}1", ["a", "b", "c"]).await.unwrap();
        client.sadd("{s}2", ["b", "c", "d"]).await.unwrap();
        assert_eq!(
            client.smismember("{s}1", ["a", "d"]).await.unwrap(),
            [true, false]
        );
        assert!(client.sismember("{s}1", "c").await.unwrap());
        assert_eq!(client.sintercard(["{s}1", "{s}2"]).await.unwrap(), 2);
        assert_eq!(
            client
                .sintercard_with(["{s}1", "{s}2"], SintercardOptions::new().limit(1))
                .await
                .unwrap(),
            1
        );
        let both: HashSet<String> = client.sinter(["{s}1", "{s}2"]).await.unwrap();
        assert_eq!(both, HashSet::from(["b".to_owned(), "c".to_owned()]));
    }

    /// ZADD with options, ZRANGE BYSCORE / REV / LIMIT, ZMPOP, ZSCORE.
    async fn sorted_sets() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        assert_eq!(client.zadd("z", [(1.0, "a"), (2.0, "b"), (3.0, "c")]).await.unwrap(), 3);
        // NX: existing members are left alone.
        let added: u64 = client.zadd_with("z", [(10.0, "a"), (4.0, "d")], ZaddOptions::new().nx()).await.unwrap();
        assert_eq!(added, 1);
        assert_eq!(client.zscore("z", "a").await.unwrap(), Some(1.0));
        // XX CH: only updates, counted.
        let changed: u64 = client
            .zadd_with("z", [(5.0, "a"), (9.0, "e")], ZaddOptions::new().xx().ch())
            .await
            .unwrap();
        assert_eq!(changed, 1);
        assert_eq!(client.zscore("z", "e").await.unwrap(), None);
        // GT: only raises.
        let _: u64 = client.zadd_with("z", [(0.5, "a")], ZaddOptions::new().gt()).await.unwrap();
        assert_eq!(client.zscore("z", "a").await.unwrap(), Some(5.0));
        let score: Option<f64> = client.zadd_with("z", [(1.5, "b")], ZaddOptions::new().incr()).await.unwrap();
        assert_eq!(score, Some(3.5));
        // b=3.5 c=3 d=4 a=5
        let by_score: Vec<String> = client
            .zrange_with("z", 3.5, "+inf", ZrangeOptions::new().byscore().limit(1, 2))
            .await
            .unwrap();
        assert_eq!(by_score, ["d", "a"]);
        let reversed: Vec<String> = client
            .zrange_with("z", 0, 1, ZrangeOptions::new().rev())
            .await
            .unwrap();
        assert_eq!(reversed, ["a", "d"]);
        let popped: Option<(String, Vec<(String, f64)>)> = client
            .zmpop_with(["empty", "z"], ZmpopWhere::Min, ZmpopOptions::new().count(2))
            .await
            .unwrap();
        assert_eq!(
            popped,
            Some(("z".to_owned(), vec![("c".to_owned(), 3.0), ("b".to_owned(), 3.5)]))
        );
        assert_eq!(client.zcard("z").await.unwrap(), 2);
        assert_eq!(client.zrank("z", "a").await.unwrap(), Some(1));
    }

    /// SETBIT, GETBIT, BITCOUNT, BITFIELD with GET, SET, INCRBY and
    /// OVERFLOW (WRAP, SAT, FAIL).
    async fn bitmaps() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        assert_eq!(client.setbit("b", 7, 1).await.unwrap(), 0);
        assert_eq!(client.getbit("b", 7).await.unwrap(), 1);
        assert_eq!(client.bitcount("b").await.unwrap(), 1);
        let u8_ = || OwnedArg::new("u8");
        let set = |offset, value| {
            BitfieldOperation::Write((None, BitfieldWriteOperation::Set((u8_(), offset, value))))
        };
        let incr = |overflow, by| {
            BitfieldOperation::Write((Some(overflow), BitfieldWriteOperation::Incrby((u8_(), 0, by))))
        };
        let replies = client
            .bitfield_with(
                "f",
                BitfieldOptions::new().operation(vec![
                    set(0, 250),
                    BitfieldOperation::Get((u8_(), 0)),
                    incr(BitfieldWrapSatFail::Wrap, 10),
                    incr(BitfieldWrapSatFail::Sat, 300),
                    incr(BitfieldWrapSatFail::Fail, 1),
                ]),
            )
            .await
            .unwrap();
        // SET gives the old value; WRAP wraps 250 + 10 to 4; SAT stops at
        // 255; FAIL refuses to go past it and answers nil.
        assert_eq!(replies, [Some(0), Some(250), Some(4), Some(255), None]);
        let read = client
            .bitfield_ro_with("f", resp_client::BitfieldRoOptions::new().get(vec![(u8_(), 0)]))
            .await
            .unwrap();
        assert_eq!(read, [255]);
    }

    /// PFADD, PFCOUNT, PFMERGE.
    async fn hyperloglog() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        assert!(client.pfadd("{h}1", ["a", "b", "c"]).await.unwrap());
        assert!(!client.pfadd("{h}1", ["a"]).await.unwrap(), "nothing new");
        client.pfadd("{h}2", ["c", "d"]).await.unwrap();
        assert_eq!(client.pfcount(["{h}1"]).await.unwrap(), 3);
        client.pfmerge("{h}3", ["{h}1", "{h}2"]).await.unwrap();
        assert_eq!(client.pfcount(["{h}3"]).await.unwrap(), 4);
    }

    /// GEOADD, GEODIST, GEOSEARCH.
    async fn geo() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let added = client
            .geoadd("g", [(13.361389, 38.115556, "Palermo"), (15.087269, 37.502669, "Catania")])
            .await
            .unwrap();
        assert_eq!(added, 2);
        let km = client
            .geodist_with("g", "Palermo", "Catania", GeodistOptions::new().km())
            .await
            .unwrap()
            .unwrap();
        assert!((km - 166.2742).abs() < 0.01, "{km}");
        assert_eq!(client.geodist("g", "Palermo", "Nowhere").await.unwrap(), None);
        let near: Vec<String> = client
            .geosearch_with(
                "g",
                GeosearchFrom::Fromlonlat((15.0, 37.0)),
                GeosearchBy::Circle((100.0, GeosearchUnit::Km)),
                GeosearchOptions::new().asc(),
            )
            .await
            .unwrap();
        assert_eq!(near, ["Catania"]);
        let both: Vec<String> = client
            .geosearch_with(
                "g",
                GeosearchFrom::Frommember(OwnedArg::new("Palermo")),
                GeosearchBy::Circle((200.0, GeosearchUnit::Km)),
                GeosearchOptions::new().asc(),
            )
            .await
            .unwrap();
        assert_eq!(both, ["Palermo", "Catania"]);
    }

    /// DBSIZE, TIME, CONFIG SET then CONFIG GET, FLUSHDB ASYNC, CLIENT
    /// SETNAME / GETNAME / ID.
    async fn server() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        client.mset([("x", "1"), ("y", "2")]).await.unwrap();
        assert_eq!(client.dbsize().await.unwrap(), 2);
        let (seconds, micros) = client.time().await.unwrap();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        assert!(seconds.abs_diff(now) < 60 && micros < 1_000_000);
        client.config_set([("maxmemory-samples", "7")]).await.unwrap();
        let config = client.config_get(["maxmemory-samples"]).await.unwrap();
        assert_eq!(config.get_parsed::<u32>("maxmemory-samples").unwrap(), Some(7));
        client.flushdb_with(FlushdbOptions::new().asynchronous()).await.unwrap();
        assert_eq!(client.dbsize().await.unwrap(), 0);
        assert_eq!(client.client_getname().await.unwrap(), None);
        client.client_setname("generated").await.unwrap();
        assert_eq!(client.client_getname().await.unwrap().as_deref(), Some("generated"));
        let id = client.client_id().await.unwrap();
        let ids: String = client.cmd("CLIENT").arg("LIST").arg("ID").arg(id).query().await.unwrap();
        assert!(ids.contains("name=generated"), "{ids}");
        let list = client.client_list().await.unwrap();
        let me = list.by_id(id).expect("our connection is listed");
        assert_eq!(me.name.as_deref(), Some("generated"));
        let own = client.client_info().await.unwrap();
        assert_eq!(own.id, me.id);
        let info = client.info(["server"]).await.unwrap();
        assert!(info.get("server", "redis_version").is_some());
        assert!(client.echo::<String>("e").await.is_ok_and(|e| e == "e"));
        client.ping().await.unwrap();
    }

    /// A wrong argument is the server's typed error, and the connection
    /// goes on.
    async fn errors_are_typed() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        client.set("s", "text").await.unwrap();
        let error = client.incrby("s", 1).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server);
        let error = client.lpos_with::<Option<i64>>("s", "x", LposOptions::new().rank(0)).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server);
        let error = client.set_with::<()>("k", "v", resp_client::SetOptions::new().expire_in(Duration::ZERO)).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server);
        assert_eq!(client.dbsize().await.unwrap(), 1);
    }
}

//! The parsed replies of administrative, stream and geo commands against a
//! real server, in RESP2 and RESP3, on every runtime.

mod support;

use std::collections::BTreeSet;
use std::time::Duration;

use resp_client::{
    AutoClaimReply, Client, ClientInfo, ClientList, Commands, ConfigMap, GeoPosition,
    GeoSearchResult, LatencyLatest, MaxMemoryPolicy, MemoryStats, PendingEntry, PendingSummary,
    Role, Runtime, SlowlogEntry, StreamConsumerInfo, StreamEntry, StreamGroupInfo, StreamId,
    StreamInfo, StreamReadReply,
};
use resp_tests::RedisServer;

use support::runtime_suite;

/// Both protocols, as URL options.
const PROTOCOLS: [(&str, i64); 2] = [("resp2", 2), ("resp3", 3)];

/// A client of `server` speaking `protocol`, named `name`.
async fn connect<R: Runtime>(server: &RedisServer, protocol: &str, name: &str) -> Client<R> {
    Client::<R>::connect(&format!(
        "redis://{}?protocol={protocol}&client_name={name}",
        server.addr()
    ))
    .await
    .unwrap()
}

async fn client_list<R: Runtime>() {
    let server = RedisServer::start();
    for (protocol, resp) in PROTOCOLS {
        let name = format!("lister-{protocol}");
        let client = connect::<R>(&server, protocol, &name).await;
        let clients: ClientList = client.cmd("CLIENT").arg("LIST").query().await.unwrap();
        let me = clients.by_name(&name).expect("our client is listed");
        assert_eq!(me.resp, Some(resp as u8), "{me:?}");
        assert_eq!(me.db, 0);
        assert!(me.addr.starts_with("127.0.0.1:"), "{me:?}");
        assert_eq!(me.laddr.as_deref(), Some(&*server.addr().to_string()));
        assert_eq!(me.multi, None);
        assert_eq!(me.user.as_deref(), Some("default"));
        assert!(me.fields.contains_key("qbuf-free"), "{me:?}");

        let info: ClientInfo = client.cmd("CLIENT").arg("INFO").query().await.unwrap();
        assert_eq!(info.id, me.id);
        assert_eq!(info.name.as_deref(), Some(&*name));
        assert_eq!(info.cmd, "client|info");
        let id: u64 = client.cmd("CLIENT").arg("ID").query().await.unwrap();
        assert_eq!(info.id, id);
    }
}

async fn config_get<R: Runtime>() {
    let server = RedisServer::start();
    for (protocol, _) in PROTOCOLS {
        let client = connect::<R>(&server, protocol, "config").await;
        let () = client
            .cmd("CONFIG")
            .arg("SET")
            .arg("maxmemory-policy")
            .arg("allkeys-lru")
            .query()
            .await
            .unwrap();
        let config: ConfigMap = client
            .cmd("CONFIG")
            .arg("GET")
            .arg("maxmemory*")
            .query()
            .await
            .unwrap();
        assert_eq!(config.maxmemory_policy(), Some(MaxMemoryPolicy::AllKeysLru));
        assert_eq!(config.get_parsed::<u64>("maxmemory").unwrap(), Some(0));
        assert_eq!(
            config.get_parsed::<u32>("maxmemory-samples").unwrap(),
            Some(5)
        );
        assert!(config.len() >= 3, "{config:?}");
        let config: ConfigMap = client
            .cmd("CONFIG")
            .arg("GET")
            .arg("appendonly")
            .query()
            .await
            .unwrap();
        assert_eq!(config.get_bool("appendonly").unwrap(), Some(false));
        let none: ConfigMap = client
            .cmd("CONFIG")
            .arg("GET")
            .arg("no-such-parameter")
            .query()
            .await
            .unwrap();
        assert!(none.is_empty());
    }
}

async fn role<R: Runtime>() {
    let server = RedisServer::start();
    for (protocol, _) in PROTOCOLS {
        let client = connect::<R>(&server, protocol, "role").await;
        let role: Role = client.cmd("ROLE").query().await.unwrap();
        assert!(
            matches!(&role, Role::Master { replication_offset, replicas } if *replication_offset >= 0 && replicas.is_empty()),
            "{role:?}"
        );
    }
}

async fn slowlog<R: Runtime>() {
    let server = RedisServer::start();
    for (protocol, _) in PROTOCOLS {
        let name = format!("slow-{protocol}");
        let client = connect::<R>(&server, protocol, &name).await;
        let () = client
            .cmd("CONFIG")
            .arg("SET")
            .arg("slowlog-log-slower-than")
            .arg(0)
            .query()
            .await
            .unwrap();
        let () = client.cmd("SLOWLOG").arg("RESET").query().await.unwrap();
        client.set("slow-key", protocol).await.unwrap();
        let entries: Vec<SlowlogEntry> = client
            .cmd("SLOWLOG")
            .arg("GET")
            .arg(100)
            .query()
            .await
            .unwrap();
        let set = entries
            .iter()
            .find(|entry| entry.args.first().is_some_and(|name| name == "SET"))
            .unwrap_or_else(|| panic!("no SET in {entries:?}"));
        assert_eq!(set.args, ["SET", "slow-key", protocol]);
        assert_eq!(set.client_name.as_deref(), Some(&*name));
        assert!(
            set.client_addr
                .as_ref()
                .is_some_and(|addr| addr.starts_with("127.0.0.1:"))
        );
        assert!(set.duration < Duration::from_secs(1));
        let age = std::time::SystemTime::now()
            .duration_since(set.time())
            .unwrap_or_default();
        assert!(age < Duration::from_secs(60), "{set:?}");
        let ids: BTreeSet<u64> = entries.iter().map(|entry| entry.id).collect();
        assert_eq!(ids.len(), entries.len(), "ids are unique");
    }
}

async fn streams<R: Runtime>() {
    let server = RedisServer::start();
    for (protocol, _) in PROTOCOLS {
        let client = connect::<R>(&server, protocol, "streams").await;
        let key = format!("events-{protocol}");
        let mut ids = Vec::new();
        for i in 0..3 {
            let id: StreamId = client
                .cmd("XADD")
                .arg(&key)
                .arg("*")
                .arg("n")
                .arg(i)
                .query()
                .await
                .unwrap();
            ids.push(id);
        }
        assert!(ids.windows(2).all(|pair| pair[0] < pair[1]), "{ids:?}");
        let () = client
            .cmd("XGROUP")
            .arg("CREATE")
            .arg(&key)
            .arg("workers")
            .arg("0")
            .query()
            .await
            .unwrap();
        let read: StreamReadReply = client
            .cmd("XREADGROUP")
            .args(["GROUP", "workers", "alice", "COUNT", "2", "STREAMS"])
            .arg(&key)
            .arg(">")
            .query()
            .await
            .unwrap();
        let entries = read.get(&key).expect("our stream");
        assert_eq!(entries.iter().map(|e| e.id).collect::<Vec<_>>(), ids[..2]);
        assert_eq!(entries[1].get("n").map(|v| &v[..]), Some(&b"1"[..]));

        let info: StreamInfo = client
            .cmd("XINFO")
            .arg("STREAM")
            .arg(&key)
            .query()
            .await
            .unwrap();
        assert_eq!((info.length, info.groups), (3, 1));
        assert_eq!(info.last_generated_id, ids[2]);
        assert_eq!(info.first_entry.as_ref().map(|e| e.id), Some(ids[0]));
        assert_eq!(info.last_entry.as_ref().map(|e| e.id), Some(ids[2]));
        assert_eq!(info.entries_added, Some(3));
        assert!(info.group_details.is_none());

        let full: StreamInfo = client
            .cmd("XINFO")
            .arg("STREAM")
            .arg(&key)
            .arg("FULL")
            .query()
            .await
            .unwrap();
        assert_eq!(full.entries.as_ref().map(Vec::len), Some(3));
        let groups = full.group_details.expect("FULL lists the groups");
        assert_eq!(groups[0].name, "workers");
        assert_eq!(groups[0].pel_count, 2);
        assert_eq!(groups[0].pending[0].consumer.as_deref(), Some("alice"));
        assert_eq!(groups[0].consumers[0].name, "alice");
        assert_eq!(groups[0].consumers[0].pending.len(), 2);

        let groups: Vec<StreamGroupInfo> = client
            .cmd("XINFO")
            .arg("GROUPS")
            .arg(&key)
            .query()
            .await
            .unwrap();
        assert_eq!(groups.len(), 1);
        assert_eq!((groups[0].consumers, groups[0].pending), (1, 2));
        assert_eq!(groups[0].last_delivered_id, ids[1]);
        assert_eq!(groups[0].entries_read, Some(2));
        assert_eq!(groups[0].lag, Some(1));

        let consumers: Vec<StreamConsumerInfo> = client
            .cmd("XINFO")
            .arg("CONSUMERS")
            .arg(&key)
            .arg("workers")
            .query()
            .await
            .unwrap();
        assert_eq!(consumers.len(), 1);
        assert_eq!(
            (consumers[0].name.as_str(), consumers[0].pending),
            ("alice", 2)
        );
        assert!(consumers[0].idle < Duration::from_secs(60));

        let summary: PendingSummary = client
            .cmd("XPENDING")
            .arg(&key)
            .arg("workers")
            .query()
            .await
            .unwrap();
        assert_eq!(summary.count, 2);
        assert_eq!(
            (summary.smallest, summary.greatest),
            (Some(ids[0]), Some(ids[1]))
        );
        assert_eq!(summary.consumers, [("alice".to_owned(), 2)]);

        let pending: Vec<PendingEntry> = client
            .cmd("XPENDING")
            .args([&*key, "workers", "-", "+", "10"])
            .query()
            .await
            .unwrap();
        assert_eq!(pending.len(), 2);
        assert!(
            pending
                .iter()
                .all(|p| p.consumer == "alice" && p.delivery_count == 1)
        );

        let claimed: AutoClaimReply = client
            .cmd("XAUTOCLAIM")
            .args([&*key, "workers", "bob", "0", "0-0"])
            .query()
            .await
            .unwrap();
        assert_eq!(claimed.next, StreamId::MIN);
        assert_eq!(
            claimed.entries.iter().map(|e| e.id).collect::<Vec<_>>(),
            ids[..2]
        );
        assert!(claimed.deleted.is_empty());

        let range: Vec<StreamEntry> = client
            .cmd("XRANGE")
            .args([&*key, "-", "+"])
            .query()
            .await
            .unwrap();
        assert_eq!(range.len(), 3);

        // Nothing new: BLOCK times out with null.
        let nothing: StreamReadReply = client
            .cmd("XREAD")
            .args(["BLOCK", "10", "STREAMS"])
            .arg(&key)
            .arg("$")
            .query()
            .await
            .unwrap();
        assert!(nothing.is_empty());
        let nothing: Option<StreamReadReply> = client
            .cmd("XREAD")
            .args(["BLOCK", "10", "STREAMS"])
            .arg(&key)
            .arg("$")
            .query()
            .await
            .unwrap();
        assert_eq!(nothing, None);
    }
}

async fn geo<R: Runtime>() {
    let server = RedisServer::start();
    for (protocol, _) in PROTOCOLS {
        let client = connect::<R>(&server, protocol, "geo").await;
        let key = format!("sicily-{protocol}");
        let added: u64 = client
            .cmd("GEOADD")
            .arg(&key)
            .args((13.361389, 38.115556, "Palermo"))
            .args((15.087269, 37.502669, "Catania"))
            .query()
            .await
            .unwrap();
        assert_eq!(added, 2);
        let positions: Vec<Option<GeoPosition>> = client
            .cmd("GEOPOS")
            .args([&*key, "Palermo", "Nowhere", "Catania"])
            .query()
            .await
            .unwrap();
        let close = |position: Option<GeoPosition>, lon: f64, lat: f64| {
            let position = position.expect("a position");
            (position.longitude - lon).abs() < 1e-5 && (position.latitude - lat).abs() < 1e-5
        };
        assert!(close(positions[0], 13.361389, 38.115556), "{positions:?}");
        assert_eq!(positions[1], None);
        assert!(close(positions[2], 15.087269, 37.502669), "{positions:?}");

        let found: Vec<GeoSearchResult<String>> = client
            .cmd("GEOSEARCH")
            .arg(&key)
            .args(["FROMLONLAT", "15", "37", "BYRADIUS", "200", "km", "ASC"])
            .args(["WITHCOORD", "WITHDIST", "WITHHASH"])
            .query()
            .await
            .unwrap();
        assert_eq!(
            found.iter().map(|r| r.member.as_str()).collect::<Vec<_>>(),
            ["Catania", "Palermo"]
        );
        let catania = &found[0];
        assert!(
            (catania.distance.unwrap() - 56.4413).abs() < 1e-3,
            "{catania:?}"
        );
        assert!(catania.hash.is_some_and(|hash| hash > 0 && hash < 1 << 52));
        assert!(close(catania.position, 15.087269, 37.502669));

        let members: Vec<GeoSearchResult<String>> = client
            .cmd("GEOSEARCH")
            .arg(&key)
            .args([
                "FROMMEMBER",
                "Palermo",
                "BYBOX",
                "400",
                "400",
                "km",
                "ASC",
                "WITHDIST",
            ])
            .query()
            .await
            .unwrap();
        assert_eq!(members[0].member, "Palermo");
        assert_eq!(members[0].distance, Some(0.0));
        assert_eq!((members[0].hash, members[0].position), (None, None));
        let plain: Vec<GeoSearchResult<String>> = client
            .cmd("GEOSEARCH")
            .arg(&key)
            .args(["FROMMEMBER", "Palermo", "BYRADIUS", "1", "km"])
            .query()
            .await
            .unwrap();
        assert_eq!(plain.len(), 1);
        assert_eq!(
            (plain[0].member.as_str(), plain[0].distance),
            ("Palermo", None)
        );
    }
}

async fn memory_and_latency<R: Runtime>() {
    let server = RedisServer::builder().enable_debug_command().start();
    for (protocol, _) in PROTOCOLS {
        let client = connect::<R>(&server, protocol, "memory").await;
        client.set(format!("mem-{protocol}"), "x").await.unwrap();
        let stats: MemoryStats = client.cmd("MEMORY").arg("STATS").query().await.unwrap();
        assert!(
            stats.peak_allocated.is_some_and(|bytes| bytes > 0),
            "{stats:?}"
        );
        assert!(
            stats.total_allocated.is_some_and(|bytes| bytes > 0),
            "{stats:?}"
        );
        assert!(stats.keys_count.is_some_and(|keys| keys >= 1), "{stats:?}");
        assert!(stats.overhead_total.is_some(), "{stats:?}");
        assert!(stats.dataset_bytes.is_some(), "{stats:?}");
        assert!(
            stats
                .dataset_percentage
                .is_some_and(|p| (0.0..=100.0).contains(&p)),
            "{stats:?}"
        );
        assert!(
            stats.fragmentation.is_some_and(|ratio| ratio > 0.0),
            "{stats:?}"
        );
        assert!(
            stats.databases.get(&0).is_some_and(|db| db.main > 0),
            "{stats:?}"
        );
        assert!(
            stats
                .fields
                .keys()
                .any(|name| name.starts_with("allocator")),
            "{stats:?}"
        );

        let () = client
            .cmd("CONFIG")
            .args(["SET", "latency-monitor-threshold", "1"])
            .query()
            .await
            .unwrap();
        let () = client
            .cmd("DEBUG")
            .args(["SLEEP", "0.02"])
            .query()
            .await
            .unwrap();
        let events: Vec<LatencyLatest> = client.cmd("LATENCY").arg("LATEST").query().await.unwrap();
        let command = events
            .iter()
            .find(|event| event.event == "command")
            .unwrap_or_else(|| panic!("no command event in {events:?}"));
        assert!(command.max >= Duration::from_millis(15), "{command:?}");
        assert!(command.latest >= Duration::from_millis(15), "{command:?}");
        let () = client.cmd("LATENCY").arg("RESET").query().await.unwrap();
    }
}

runtime_suite! {
    /// CLIENT LIST and CLIENT INFO describe our connection, named by the URL.
    async fn client_list_and_info() {
        client_list::<rt::Runtime>().await;
    }

    /// CONFIG GET reads typed values.
    async fn config_get_is_typed() {
        config_get::<rt::Runtime>().await;
    }

    /// A standalone server is a master without replicas.
    async fn role_of_a_standalone_server() {
        role::<rt::Runtime>().await;
    }

    /// SLOWLOG GET lists our commands once every command is slow.
    async fn slowlog_entries() {
        slowlog::<rt::Runtime>().await;
    }

    /// XREADGROUP, XINFO, XPENDING, XAUTOCLAIM and XREAD's timeout.
    async fn stream_replies() {
        streams::<rt::Runtime>().await;
    }

    /// GEOPOS and GEOSEARCH with and without its options.
    async fn geo_replies() {
        geo::<rt::Runtime>().await;
    }

    /// MEMORY STATS and LATENCY LATEST.
    async fn memory_stats_and_latency() {
        memory_and_latency::<rt::Runtime>().await;
    }
}

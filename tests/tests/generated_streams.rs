//! Streams, consumer groups, blocking commands, scripts and functions
//! through the generated `Commands` methods only, against a real server on
//! every runtime, in RESP2 and RESP3 where the replies differ in shape.
//! Every check is on the typed reply.

mod support;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use resp_client::{
    AutoClaimReply, BlmoveWherefrom, BlmoveWhereto, BlmpopOptions, BlmpopWhere, Client, Commands,
    ErrorKind, Frame, FromValue, FunctionFlushOptions, FunctionListOptions, FunctionLoadOptions,
    FunctionRestoreOptions, OwnedArg, PendingEntry, Runtime, Script, ScriptFlushOptions,
    StreamEntry, StreamId, XaddIdOrAuto, XaddOperator, XaddOptions, XaddStrategy,
    XautoclaimOptions, XclaimOptions, XgroupCreateId, XgroupCreateOptions, XgroupSetidId,
    XgroupSetidOptions, XinfoStreamOptions, XpendingOptions, XrangeOptions, XreadOptions,
    XreadgroupOptions, XrevrangeOptions, XtrimOperator, XtrimStrategy,
};
use resp_tests::RedisServer;
use support::runtime_suite;

/// Both protocols, as the URL option's value.
const PROTOCOLS: [&str; 2] = ["resp2", "resp3"];

/// A client of `server` speaking `protocol`, on an empty server.
async fn connect<R: Runtime>(server: &RedisServer, protocol: &str) -> Client<R> {
    let client = Client::<R>::connect(&format!("{}?protocol={protocol}", server.url()))
        .await
        .unwrap();
    client.flushall().await.unwrap();
    client
}

/// An explicit XADD id.
fn id(text: &str) -> XaddIdOrAuto {
    XaddIdOrAuto::Id(OwnedArg::new(text))
}

/// `ms-0`.
fn sid(ms: u64) -> StreamId {
    StreamId::new(ms, 0)
}

/// The ids of `entries`, in order.
fn ids(entries: &[StreamEntry]) -> Vec<StreamId> {
    entries.iter().map(|entry| entry.id).collect()
}

/// An entry's fields as text.
fn fields(entry: &StreamEntry) -> Vec<(String, String)> {
    entry
        .fields
        .iter()
        .map(|(field, value)| {
            (
                String::from_utf8(field.to_vec()).unwrap(),
                String::from_utf8(value.to_vec()).unwrap(),
            )
        })
        .collect()
}

/// `(field, value)` pairs as owned text, to compare with [`fields`].
fn pairs<const N: usize>(expected: [(&str, &str); N]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(field, value)| ((*field).to_owned(), (*value).to_owned()))
        .collect()
}

/// The extended XPENDING form, every entry of the group (or of one
/// consumer).
async fn pending_entries<R: Runtime>(
    client: &Client<R>,
    key: &str,
    consumer: Option<&str>,
) -> Vec<PendingEntry> {
    client
        .xpending_with(
            key,
            "workers",
            XpendingOptions::new().filters(None, "-", "+", 100, consumer),
        )
        .await
        .unwrap()
}

/// XADD with explicit and automatic ids, NOMKSTREAM, MAXLEN and MINID
/// trimming, XLEN, XRANGE, XREVRANGE, XREAD, XDEL, XTRIM, XINFO STREAM.
async fn entries_and_trimming<R: Runtime>(server: &RedisServer, protocol: &str) {
    let client = connect::<R>(server, protocol).await;
    let key = "readings";

    let first: StreamId = client
        .xadd(key, id("1-1"), [("temp", "20"), ("unit", "C")])
        .await
        .unwrap();
    assert_eq!(first, StreamId::new(1, 1));
    let second: StreamId = client.xadd(key, id("2-0"), [("temp", "21")]).await.unwrap();
    assert_eq!(second, sid(2));
    // An id not above the last is refused.
    let error = client
        .xadd::<StreamId>(key, id("2-0"), [("temp", "x")])
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server, "{error}");
    // `3-*`: the server picks the sequence.
    let third: StreamId = client.xadd(key, id("3-*"), [("temp", "22")]).await.unwrap();
    assert_eq!(third, sid(3));
    let fourth: StreamId = client
        .xadd(key, id("4-7"), [("temp", "23"), ("note", "")])
        .await
        .unwrap();
    assert_eq!(fourth, StreamId::new(4, 7));
    assert_eq!(client.xlen(key).await.unwrap(), 4);

    // An automatic id is the server's clock in ms.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64;
    let auto: StreamId = client
        .xadd("auto", XaddIdOrAuto::AutoId, [("n", 1)])
        .await
        .unwrap();
    assert!(auto.ms.abs_diff(now) < 60_000, "{auto} vs {now}");
    let next: StreamId = client
        .xadd("auto", XaddIdOrAuto::AutoId, [("n", 2)])
        .await
        .unwrap();
    assert!(next > auto, "{next} after {auto}");

    // XRANGE / XREVRANGE with COUNT: exact ids and fields.
    let head = client
        .xrange_with(key, "-", "+", XrangeOptions::new().count(2))
        .await
        .unwrap();
    assert_eq!(ids(&head), [first, second]);
    assert_eq!(fields(&head[0]), pairs([("temp", "20"), ("unit", "C")]));
    assert_eq!(fields(&head[1]), pairs([("temp", "21")]));
    let after_second = client.xrange(key, "(2-0", "+").await.unwrap();
    assert_eq!(ids(&after_second), [third, fourth]);
    assert_eq!(
        fields(&after_second[1]),
        pairs([("temp", "23"), ("note", "")])
    );
    let tail = client
        .xrevrange_with(key, "+", "-", XrevrangeOptions::new().count(3))
        .await
        .unwrap();
    assert_eq!(ids(&tail), [fourth, third, second]);
    assert_eq!(fields(&tail[1]), pairs([("temp", "22")]));
    assert!(client.xrange("missing", "-", "+").await.unwrap().is_empty());

    // XREAD with COUNT, on one stream and then two.
    let read = client
        .xread_with([key], ["1-1"], XreadOptions::new().count(2))
        .await
        .unwrap();
    assert_eq!(read.streams.len(), 1);
    assert_eq!(&read.streams[0].0[..], key.as_bytes());
    assert_eq!(ids(read.get(key).unwrap()), [second, third]);
    let both = client
        .xread([key, "auto"], ["3-0".to_owned(), auto.to_string()])
        .await
        .unwrap();
    assert_eq!(both.entry_count(), 2);
    assert_eq!(ids(both.get(key).unwrap()), [fourth]);
    assert_eq!(ids(both.get("auto").unwrap()), [next]);
    assert_eq!(fields(&both.get("auto").unwrap()[0]), pairs([("n", "2")]));
    // Nothing after the last entry: null, read as an empty reply.
    let nothing = client.xread([key], [fourth.to_string()]).await.unwrap();
    assert!(
        nothing.is_empty() && nothing.streams.is_empty(),
        "{nothing:?}"
    );

    // NOMKSTREAM: nothing added to a missing key, and no key made.
    let none: Option<StreamId> = client
        .xadd_with(
            "absent",
            XaddIdOrAuto::AutoId,
            [("f", "v")],
            XaddOptions::new().nomkstream(),
        )
        .await
        .unwrap();
    assert_eq!(none, None);
    assert_eq!(client.exists(["absent"]).await.unwrap(), 0);
    let added: Option<StreamId> = client
        .xadd_with(
            key,
            id("5-0"),
            [("temp", "24")],
            XaddOptions::new().nomkstream(),
        )
        .await
        .unwrap();
    assert_eq!(added, Some(sid(5)));

    // MAXLEN = 3: exactly the three newest stay.
    let trimmed = "trimmed";
    for n in 1..=5 {
        let _: StreamId = client
            .xadd(trimmed, id(&format!("{n}-0")), [("n", n)])
            .await
            .unwrap();
    }
    let _: StreamId = client
        .xadd_with(
            trimmed,
            id("6-0"),
            [("n", 6)],
            XaddOptions::new().trim(XaddStrategy::Maxlen, Some(XaddOperator::Equal), 3, None),
        )
        .await
        .unwrap();
    let kept = client.xrange(trimmed, "-", "+").await.unwrap();
    assert_eq!(ids(&kept), [sid(4), sid(5), sid(6)]);
    // MINID = 6-0: everything below goes.
    let _: StreamId = client
        .xadd_with(
            trimmed,
            id("7-0"),
            [("n", 7)],
            XaddOptions::new().trim(XaddStrategy::Minid, Some(XaddOperator::Equal), "6-0", None),
        )
        .await
        .unwrap();
    let kept = client.xrange(trimmed, "-", "+").await.unwrap();
    assert_eq!(ids(&kept), [sid(6), sid(7)]);

    // MAXLEN ~ 10 removes whole nodes only: at least 10 entries stay, the
    // newest, and fewer than there were.
    let approx = "approx";
    for n in 1..=250 {
        let _: StreamId = client
            .xadd(approx, id(&format!("{n}-0")), [("n", n)])
            .await
            .unwrap();
    }
    let _: StreamId = client
        .xadd_with(
            approx,
            id("251-0"),
            [("n", 251)],
            XaddOptions::new().trim(
                XaddStrategy::Maxlen,
                Some(XaddOperator::Approximately),
                10,
                Some(1000),
            ),
        )
        .await
        .unwrap();
    let length = client.xlen(approx).await.unwrap();
    assert!(
        (10..251).contains(&length),
        "{length} entries after MAXLEN ~ 10"
    );
    let oldest = client
        .xrange_with(approx, "-", "+", XrangeOptions::new().count(1))
        .await
        .unwrap();
    assert_eq!(ids(&oldest), [sid(251 - length + 1)]);

    // XDEL, then XINFO STREAM's view of the deletion.
    assert_eq!(client.xdel(trimmed, ["6-0", "99-0"]).await.unwrap(), 1);
    assert_eq!(client.xdel(trimmed, ["6-0"]).await.unwrap(), 0);
    let info = client.xinfo_stream(trimmed).await.unwrap();
    assert_eq!(info.length, 1);
    assert_eq!(info.groups, 0);
    assert_eq!(info.last_generated_id, sid(7));
    assert_eq!(info.max_deleted_entry_id, Some(sid(6)));
    assert_eq!(info.entries_added, Some(7));
    assert_eq!(info.first_entry.as_ref().map(|e| e.id), Some(sid(7)));
    assert_eq!(
        info.last_entry.as_ref().map(fields),
        Some(pairs([("n", "7")]))
    );
    let full = client
        .xinfo_stream_with(key, XinfoStreamOptions::new().full(Some(2)))
        .await
        .unwrap();
    assert_eq!(full.length, 5);
    assert_eq!(full.entries.as_deref().map(ids), Some(vec![first, second]));
    assert_eq!(full.group_details.map(|groups| groups.len()), Some(0));

    // XTRIM: MAXLEN = 1 then MINID past the end.
    for n in 8..=9 {
        let _: StreamId = client
            .xadd(trimmed, id(&format!("{n}-0")), [("n", n)])
            .await
            .unwrap();
    }
    assert_eq!(
        client
            .xtrim(trimmed, XtrimStrategy::Maxlen, None, 1, None)
            .await
            .unwrap(),
        2
    );
    assert_eq!(
        ids(&client.xrange(trimmed, "-", "+").await.unwrap()),
        [sid(9)]
    );
    assert_eq!(
        client
            .xtrim(
                trimmed,
                XtrimStrategy::Minid,
                Some(XtrimOperator::Equal),
                "10-0",
                None
            )
            .await
            .unwrap(),
        1
    );
    assert_eq!(client.xlen(trimmed).await.unwrap(), 0);
    let info = client.xinfo_stream(trimmed).await.unwrap();
    assert_eq!((info.length, info.first_entry), (0, None));
    assert_eq!(info.last_generated_id, sid(9));
}

/// XGROUP CREATE / CREATECONSUMER / SETID / DELCONSUMER / DESTROY,
/// XREADGROUP, XPENDING in both forms, XACK, XCLAIM, XAUTOCLAIM, XINFO
/// GROUPS and CONSUMERS.
async fn consumer_groups<R: Runtime>(server: &RedisServer, protocol: &str) {
    let client = connect::<R>(server, protocol).await;
    let key = "jobs";

    // MKSTREAM makes the empty stream; without it a missing key is an error.
    client
        .xgroup_create_with(
            key,
            "workers",
            XgroupCreateId::Id(OwnedArg::new("0")),
            XgroupCreateOptions::new().mkstream(),
        )
        .await
        .unwrap();
    assert_eq!(client.key_type(key).await.unwrap(), "stream");
    assert_eq!(client.xlen(key).await.unwrap(), 0);
    let error = client
        .xgroup_create("nothing", "workers", XgroupCreateId::NewId)
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server, "{error}");
    let error = client
        .xgroup_create(key, "workers", XgroupCreateId::NewId)
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some("BUSYGROUP"), "{error}");

    assert!(
        client
            .xgroup_createconsumer(key, "workers", "alice")
            .await
            .unwrap()
    );
    assert!(
        !client
            .xgroup_createconsumer(key, "workers", "alice")
            .await
            .unwrap()
    );

    for n in 1..=4 {
        let _: StreamId = client
            .xadd(key, id(&format!("{n}-0")), [("job", n)])
            .await
            .unwrap();
    }

    // `>`: entries never delivered to the group.
    let alice = client
        .xreadgroup_with(
            "workers",
            "alice",
            [key],
            [">"],
            XreadgroupOptions::new().count(2),
        )
        .await
        .unwrap();
    let alices = alice.get(key).unwrap();
    assert_eq!(ids(alices), [sid(1), sid(2)]);
    assert_eq!(fields(&alices[1]), pairs([("job", "2")]));
    let groups = client.xinfo_groups(key).await.unwrap();
    assert_eq!((groups[0].entries_read, groups[0].lag), (Some(2), Some(2)));
    let bob = client
        .xreadgroup("workers", "bob", [key], [">"])
        .await
        .unwrap();
    assert_eq!(ids(bob.get(key).unwrap()), [sid(3), sid(4)]);
    let groups = client.xinfo_groups(key).await.unwrap();
    assert_eq!((groups[0].entries_read, groups[0].lag), (Some(4), Some(0)));
    let nothing = client
        .xreadgroup("workers", "bob", [key], [">"])
        .await
        .unwrap();
    assert!(nothing.is_empty(), "{nothing:?}");

    let summary = client.xpending(key, "workers").await.unwrap();
    assert_eq!(summary.count, 4);
    assert_eq!(
        (summary.smallest, summary.greatest),
        (Some(sid(1)), Some(sid(4)))
    );
    assert_eq!(
        summary.consumers,
        [("alice".to_owned(), 2), ("bob".to_owned(), 2)]
    );
    let pending = pending_entries(&client, key, None).await;
    assert_eq!(
        pending
            .iter()
            .map(|p| (p.id, p.consumer.as_str(), p.delivery_count))
            .collect::<Vec<_>>(),
        [
            (sid(1), "alice", 1),
            (sid(2), "alice", 1),
            (sid(3), "bob", 1),
            (sid(4), "bob", 1)
        ]
    );
    assert!(pending.iter().all(|p| p.idle < Duration::from_secs(60)));
    let bobs = pending_entries(&client, key, Some("bob")).await;
    assert_eq!(
        bobs.iter().map(|p| p.id).collect::<Vec<_>>(),
        [sid(3), sid(4)]
    );
    let idle_an_hour: Vec<PendingEntry> = client
        .xpending_with(
            key,
            "workers",
            XpendingOptions::new().filters(Some(3_600_000), "-", "+", 10, None::<&str>),
        )
        .await
        .unwrap();
    assert!(idle_an_hour.is_empty(), "{idle_an_hour:?}");

    // XACK takes entries off the pending list, once.
    assert_eq!(
        client.xack(key, "workers", ["1-0", "3-0"]).await.unwrap(),
        2
    );
    assert_eq!(client.xack(key, "workers", ["1-0"]).await.unwrap(), 0);
    let summary = client.xpending(key, "workers").await.unwrap();
    assert_eq!(summary.count, 2);
    assert_eq!(
        (summary.smallest, summary.greatest),
        (Some(sid(2)), Some(sid(4)))
    );
    assert_eq!(
        summary.consumers,
        [("alice".to_owned(), 1), ("bob".to_owned(), 1)]
    );

    // XCLAIM moves 2-0 to bob and counts a delivery.
    let claimed = client
        .xclaim(key, "workers", "bob", 0, ["2-0"])
        .await
        .unwrap();
    assert_eq!(ids(&claimed), [sid(2)]);
    assert_eq!(fields(&claimed[0]), pairs([("job", "2")]));
    // Not idle long enough: nothing claimed.
    let too_soon = client
        .xclaim(key, "workers", "carol", 3_600_000, ["2-0"])
        .await
        .unwrap();
    assert!(too_soon.is_empty(), "{too_soon:?}");
    // JUSTID: ids only, and no delivery counted.
    let just_ids: Vec<StreamId> = client
        .xclaim_with(
            key,
            "workers",
            "alice",
            0,
            ["4-0"],
            XclaimOptions::new().justid(),
        )
        .await
        .unwrap();
    assert_eq!(just_ids, [sid(4)]);
    let pending = pending_entries(&client, key, None).await;
    assert_eq!(
        pending
            .iter()
            .map(|p| (p.id, p.consumer.as_str(), p.delivery_count))
            .collect::<Vec<_>>(),
        [(sid(2), "bob", 2), (sid(4), "alice", 1)]
    );

    // XAUTOCLAIM: everything pending goes to carol.
    let auto = client
        .xautoclaim(key, "workers", "carol", 0, "0-0")
        .await
        .unwrap();
    assert_eq!(auto.next, StreamId::MIN);
    assert_eq!(ids(&auto.entries), [sid(2), sid(4)]);
    assert_eq!(fields(&auto.entries[1]), pairs([("job", "4")]));
    assert!(auto.deleted.is_empty());
    let pending = pending_entries(&client, key, None).await;
    assert_eq!(
        pending
            .iter()
            .map(|p| (p.id, p.consumer.as_str(), p.delivery_count))
            .collect::<Vec<_>>(),
        [(sid(2), "carol", 3), (sid(4), "carol", 2)]
    );
    // COUNT 1 JUSTID: one id, and where to go on from.
    let page: AutoClaimReply = client
        .xautoclaim_with(
            key,
            "workers",
            "dave",
            0,
            "0-0",
            XautoclaimOptions::new().count(1).justid(),
        )
        .await
        .unwrap();
    assert_eq!(ids(&page.entries), [sid(2)]);
    assert!(page.entries[0].fields.is_empty());
    assert_eq!(page.next, sid(4));
    let daves = pending_entries(&client, key, Some("dave")).await;
    assert_eq!(
        daves
            .iter()
            .map(|p| (p.id, p.delivery_count))
            .collect::<Vec<_>>(),
        [(sid(2), 3)]
    );

    // An entry deleted while pending: in the consumer's history without
    // fields, then reported as deleted by XAUTOCLAIM.
    assert_eq!(client.xdel(key, ["4-0"]).await.unwrap(), 1);
    let history = client
        .xreadgroup("workers", "carol", [key], ["0"])
        .await
        .unwrap();
    let carols = history.get(key).unwrap();
    assert_eq!(ids(carols), [sid(4)]);
    assert!(carols[0].fields.is_empty());
    let auto = client
        .xautoclaim(key, "workers", "dave", 0, "0-0")
        .await
        .unwrap();
    assert_eq!(ids(&auto.entries), [sid(2)]);
    assert_eq!(auto.deleted, [sid(4)]);
    assert_eq!(client.xpending(key, "workers").await.unwrap().count, 1);

    // XINFO GROUPS and CONSUMERS.
    let groups = client.xinfo_groups(key).await.unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].name, "workers");
    assert_eq!((groups[0].consumers, groups[0].pending), (4, 1));
    assert_eq!(groups[0].last_delivered_id, sid(4));
    assert_eq!(groups[0].entries_read, Some(4));
    let consumers = client.xinfo_consumers(key, "workers").await.unwrap();
    assert_eq!(
        consumers
            .iter()
            .map(|c| (c.name.as_str(), c.pending))
            .collect::<Vec<_>>(),
        [("alice", 0), ("bob", 0), ("carol", 0), ("dave", 1)]
    );
    assert!(consumers.iter().all(|c| c.idle < Duration::from_secs(60)));
    let info = client.xinfo_stream(key).await.unwrap();
    assert_eq!((info.length, info.groups), (3, 1));
    let full = client
        .xinfo_stream_with(key, XinfoStreamOptions::new().full(None))
        .await
        .unwrap();
    assert_eq!(
        full.entries.as_deref().map(ids),
        Some(vec![sid(1), sid(2), sid(3)])
    );
    let details = full.group_details.expect("FULL lists the groups");
    assert_eq!(details.len(), 1);
    assert_eq!(
        (details[0].name.as_str(), details[0].pel_count),
        ("workers", 1)
    );
    assert_eq!(
        details[0]
            .pending
            .iter()
            .map(|p| (p.id, p.consumer.as_deref(), p.delivery_count))
            .collect::<Vec<_>>(),
        [(sid(2), Some("dave"), 4)]
    );
    assert_eq!(
        details[0]
            .consumers
            .iter()
            .map(|c| (c.name.as_str(), c.pel_count))
            .collect::<Vec<_>>(),
        [("alice", 0), ("bob", 0), ("carol", 0), ("dave", 1)]
    );

    // XGROUP SETID: back to the start, then to the end.
    client
        .xgroup_setid_with(
            key,
            "workers",
            XgroupSetidId::Id(OwnedArg::new("0")),
            XgroupSetidOptions::new().entriesread(0),
        )
        .await
        .unwrap();
    let groups = client.xinfo_groups(key).await.unwrap();
    assert_eq!(groups[0].last_delivered_id, StreamId::MIN);
    assert_eq!(groups[0].entries_read, Some(0));
    let again = client
        .xreadgroup_with(
            "workers",
            "erin",
            [key],
            [">"],
            XreadgroupOptions::new().count(1),
        )
        .await
        .unwrap();
    assert_eq!(ids(again.get(key).unwrap()), [sid(1)]);
    client
        .xgroup_setid(key, "workers", XgroupSetidId::NewId)
        .await
        .unwrap();
    let groups = client.xinfo_groups(key).await.unwrap();
    assert_eq!(groups[0].last_delivered_id, sid(4));
    assert_eq!(groups[0].consumers, 5);

    // DELCONSUMER answers how many entries the consumer had pending.
    assert_eq!(
        client
            .xgroup_delconsumer(key, "workers", "dave")
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        client
            .xgroup_delconsumer(key, "workers", "alice")
            .await
            .unwrap(),
        0
    );
    let consumers = client.xinfo_consumers(key, "workers").await.unwrap();
    assert_eq!(
        consumers
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        ["bob", "carol", "erin"]
    );

    // NOACK: delivered without going on the pending list.
    let _: StreamId = client.xadd(key, id("5-0"), [("job", 5)]).await.unwrap();
    let unacked = client
        .xreadgroup_with(
            "workers",
            "bob",
            [key],
            [">"],
            XreadgroupOptions::new().noack(),
        )
        .await
        .unwrap();
    assert_eq!(ids(unacked.get(key).unwrap()), [sid(5)]);
    let summary = client.xpending(key, "workers").await.unwrap();
    assert_eq!(summary.count, 1);
    assert_eq!(summary.consumers, [("erin".to_owned(), 1)]);

    assert!(client.xgroup_destroy(key, "workers").await.unwrap());
    assert!(!client.xgroup_destroy(key, "workers").await.unwrap());
    assert!(client.xinfo_groups(key).await.unwrap().is_empty());
    assert_eq!(client.xinfo_stream(key).await.unwrap().groups, 0);
}

/// EVAL, EVAL_RO, EVALSHA, EVALSHA_RO, SCRIPT LOAD / EXISTS / FLUSH.
async fn scripts<R: Runtime>(server: &RedisServer, protocol: &str) {
    let client = connect::<R>(server, protocol).await;
    client.script_flush().await.unwrap();
    const INCR_BY: &str = "return redis.call('INCRBY', KEYS[1], ARGV[1])";
    const GET: &str = "return redis.call('GET', KEYS[1])";

    let n: i64 = client.eval(INCR_BY, ["counter"], [5]).await.unwrap();
    assert_eq!(n, 5);
    let echoed: Vec<String> = client
        .eval(
            "return {KEYS[1], KEYS[2], ARGV[1], ARGV[2]}",
            ["k1", "k2"],
            ["a1", "a2"],
        )
        .await
        .unwrap();
    assert_eq!(echoed, ["k1", "k2", "a1", "a2"]);
    let no_keys: String = client.eval("return ARGV[1]", (), ["only"]).await.unwrap();
    assert_eq!(no_keys, "only");
    let nothing: Option<String> = client.eval(GET, ["missing"], ()).await.unwrap();
    assert_eq!(nothing, None);

    let sha = client.script_load(INCR_BY).await.unwrap();
    assert_eq!(sha, Script::new(INCR_BY).hash());
    let unknown = "0".repeat(40);
    assert_eq!(
        client
            .script_exists([sha.as_str(), &unknown])
            .await
            .unwrap(),
        [true, false]
    );
    let n: i64 = client.evalsha(&sha, ["counter"], [10]).await.unwrap();
    assert_eq!(n, 15);

    // The read-only forms read, and refuse to write.
    let read: Option<String> = client.eval_ro(GET, ["counter"], ()).await.unwrap();
    assert_eq!(read.as_deref(), Some("15"));
    let error = client
        .eval_ro::<i64>(INCR_BY, ["counter"], [1])
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server, "{error}");
    let get_sha = client.script_load(GET).await.unwrap();
    let read: i64 = client.evalsha_ro(&get_sha, ["counter"], ()).await.unwrap();
    assert_eq!(read, 15);
    let error = client
        .evalsha_ro::<i64>(&sha, ["counter"], [1])
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server, "{error}");
    assert_eq!(client.get::<i64>("counter").await.unwrap(), 15);

    client
        .script_flush_with(ScriptFlushOptions::new().sync())
        .await
        .unwrap();
    assert_eq!(
        client.script_exists([&sha, &get_sha]).await.unwrap(),
        [false, false]
    );
    let error = client
        .evalsha::<i64>(&sha, ["counter"], [1])
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some("NOSCRIPT"), "{error}");
}

/// A library of two functions, one of them read-only.
const LIBRARY: &str = "#!lua name=counters
redis.register_function('bump', function(keys, args)
  return redis.call('INCRBY', keys[1], args[1])
end)
redis.register_function{
  function_name = 'peek',
  callback = function(keys, args) return redis.call('GET', keys[1]) end,
  flags = {'no-writes'},
}
";

/// The same library with a third function.
const LIBRARY_V2: &str = "#!lua name=counters
redis.register_function('bump', function(keys, args)
  return redis.call('INCRBY', keys[1], args[1])
end)
redis.register_function{
  function_name = 'peek',
  callback = function(keys, args) return redis.call('GET', keys[1]) end,
  flags = {'no-writes'},
}
redis.register_function('join', function(keys, args)
  return keys[1] .. ':' .. table.concat(args, ',')
end)
";

/// The function names of a library of `FUNCTION LIST`, sorted.
fn function_names(library: &BTreeMap<String, Frame>) -> Vec<String> {
    let functions: Vec<BTreeMap<String, Frame>> =
        FromValue::from_value(library["functions"].clone()).unwrap();
    let mut names: Vec<String> = functions
        .into_iter()
        .map(|function| String::from_value(function["name"].clone()).unwrap())
        .collect();
    names.sort();
    names
}

/// FUNCTION LOAD (and REPLACE), FCALL, FCALL_RO, FUNCTION LIST / STATS /
/// DUMP / FLUSH / RESTORE / DELETE.
async fn functions<R: Runtime>(server: &RedisServer, protocol: &str) {
    let client = connect::<R>(server, protocol).await;
    client.function_flush().await.unwrap();

    assert_eq!(client.function_load(LIBRARY).await.unwrap(), "counters");
    let error = client.function_load(LIBRARY).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server, "{error}");
    assert_eq!(
        client
            .function_load_with(LIBRARY_V2, FunctionLoadOptions::new().replace())
            .await
            .unwrap(),
        "counters"
    );

    let n: i64 = client.fcall("bump", ["n"], [3]).await.unwrap();
    assert_eq!(n, 3);
    let n: i64 = client.fcall("bump", ["n"], [4]).await.unwrap();
    assert_eq!(n, 7);
    let peeked: Option<String> = client.fcall_ro("peek", ["n"], ()).await.unwrap();
    assert_eq!(peeked.as_deref(), Some("7"));
    let joined: String = client.fcall("join", ["k"], ["a", "b", "c"]).await.unwrap();
    assert_eq!(joined, "k:a,b,c");
    // A function without `no-writes` cannot be called read-only.
    let error = client
        .fcall_ro::<i64>("bump", ["n"], [1])
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server, "{error}");

    // FUNCTION LIST: one library, its engine and functions.
    let libraries: Vec<BTreeMap<String, Frame>> = client.function_list().await.unwrap();
    assert_eq!(libraries.len(), 1);
    let library = &libraries[0];
    assert_eq!(
        String::from_value(library["library_name"].clone()).unwrap(),
        "counters"
    );
    assert_eq!(
        String::from_value(library["engine"].clone()).unwrap(),
        "LUA"
    );
    assert_eq!(function_names(library), ["bump", "join", "peek"]);
    assert!(!library.contains_key("library_code"));
    let with_code: Vec<BTreeMap<String, Frame>> = client
        .function_list_with(FunctionListOptions::new().libraryname("count*").withcode())
        .await
        .unwrap();
    assert_eq!(
        String::from_value(with_code[0]["library_code"].clone()).unwrap(),
        LIBRARY_V2
    );
    let none: Vec<Frame> = client
        .function_list_with(FunctionListOptions::new().libraryname("other*"))
        .await
        .unwrap();
    assert!(none.is_empty());

    // FUNCTION STATS: nothing running, the Lua engine's counts.
    let stats: BTreeMap<String, Frame> = client.function_stats().await.unwrap();
    assert_eq!(stats["running_script"], Frame::Null);
    let engines: BTreeMap<String, BTreeMap<String, u64>> =
        FromValue::from_value(stats["engines"].clone()).unwrap();
    assert_eq!(engines["LUA"]["libraries_count"], 1);
    assert_eq!(engines["LUA"]["functions_count"], 3);

    // DUMP, FLUSH, RESTORE: the functions come back.
    let dump = client.function_dump().await.unwrap();
    assert!(!dump.is_empty());
    client
        .function_flush_with(FunctionFlushOptions::new().asynchronous())
        .await
        .unwrap();
    let error = client.fcall::<i64>("bump", ["n"], [1]).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server, "{error}");
    assert!(
        client
            .function_list::<Vec<Frame>>()
            .await
            .unwrap()
            .is_empty()
    );
    client.function_restore(&dump).await.unwrap();
    let n: i64 = client.fcall("bump", ["n"], [1]).await.unwrap();
    assert_eq!(n, 8);
    // Restoring over an existing library: APPEND (the default) refuses,
    // REPLACE does not.
    let error = client.function_restore(&dump).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server, "{error}");
    client
        .function_restore_with(&dump, FunctionRestoreOptions::new().replace())
        .await
        .unwrap();

    // DELETE: the library goes, and a second delete is an error.
    client.function_delete("counters").await.unwrap();
    let error = client
        .fcall_ro::<Option<String>>("peek", ["n"], ())
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server, "{error}");
    let error = client.function_delete("counters").await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server, "{error}");
    let stats: BTreeMap<String, Frame> = client.function_stats().await.unwrap();
    let engines: BTreeMap<String, BTreeMap<String, u64>> =
        FromValue::from_value(stats["engines"].clone()).unwrap();
    assert_eq!(engines["LUA"]["functions_count"], 0);
}

runtime_suite! {
    /// Ids taken from replies go straight back as arguments: XADD with an
    /// explicit id, XRANGE bounds, XDEL.
    async fn stream_ids_go_back_as_arguments() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let first: StreamId = client.xadd("ids", XaddIdOrAuto::AutoId, [("n", 1)]).await.unwrap();
        let second = StreamId { ms: first.ms + 1, seq: 7 };
        let added: StreamId = client
            .xadd("ids", XaddIdOrAuto::Id(OwnedArg::new(second)), [("n", 2)])
            .await
            .unwrap();
        assert_eq!(added, second);
        let from_second = client.xrange("ids", second, "+").await.unwrap();
        assert_eq!(from_second.iter().map(|entry| entry.id).collect::<Vec<_>>(), [second]);
        let both = client.xrange("ids", first, second).await.unwrap();
        assert_eq!(both.len(), 2);
        assert_eq!(client.xdel("ids", [first, second]).await.unwrap(), 2);
    }

    /// XADD, XLEN, XRANGE, XREVRANGE, XREAD, XDEL, XTRIM, XINFO STREAM,
    /// with explicit and automatic ids and each kind of trimming.
    async fn stream_entries_and_trimming() {
        let server = RedisServer::start();
        for protocol in PROTOCOLS {
            entries_and_trimming::<rt::Runtime>(&server, protocol).await;
        }
    }

    /// A consumer group's life: reading, pending lists, acknowledging,
    /// claiming, inspecting and removing.
    async fn stream_consumer_groups() {
        let server = RedisServer::start();
        for protocol in PROTOCOLS {
            consumer_groups::<rt::Runtime>(&server, protocol).await;
        }
    }

    /// XREAD BLOCK and XREADGROUP BLOCK on a dedicated connection: an
    /// empty reply when they time out, the entry when another client adds
    /// one while they wait.
    async fn stream_reads_block() {
        let server = RedisServer::start();
        for protocol in PROTOCOLS {
            let client = connect::<rt::Runtime>(&server, protocol).await;
            let mut conn = client.dedicated().await.unwrap();
            let _: StreamId = client.xadd("feed", id("1-0"), [("n", 1)]).await.unwrap();
            client.xgroup_create("feed", "readers", XgroupCreateId::NewId).await.unwrap();

            let start = Instant::now();
            let timed_out = conn
                .xread_with(["feed"], ["$"], XreadOptions::new().block(100))
                .await
                .unwrap();
            assert!(timed_out.streams.is_empty(), "{timed_out:?}");
            assert!(start.elapsed() >= Duration::from_millis(90), "{:?}", start.elapsed());
            let start = Instant::now();
            let timed_out = conn
                .xreadgroup_with(
                    "readers",
                    "r1",
                    ["feed"],
                    [">"],
                    XreadgroupOptions::new().block(100),
                )
                .await
                .unwrap();
            assert!(timed_out.streams.is_empty(), "{timed_out:?}");
            assert!(start.elapsed() >= Duration::from_millis(90), "{:?}", start.elapsed());

            // Woken by an XADD from the shared client.
            let writer = client.clone();
            let add = rt::spawn(async move {
                rt::sleep(Duration::from_millis(200)).await;
                writer.xadd::<StreamId>("feed", id("2-0"), [("n", 2)]).await.unwrap()
            });
            let start = Instant::now();
            let woken = conn
                .xread_with(["feed"], ["$"], XreadOptions::new().block(5000))
                .await
                .unwrap();
            assert!(start.elapsed() < Duration::from_secs(4), "{:?}", start.elapsed());
            assert_eq!(add.await, sid(2));
            assert_eq!(ids(woken.get("feed").unwrap()), [sid(2)]);
            assert_eq!(fields(&woken.get("feed").unwrap()[0]), pairs([("n", "2")]));

            // The group had not delivered 2-0: XREADGROUP gets it at once,
            // then waits for 3-0.
            let first = conn
                .xreadgroup_with(
                    "readers",
                    "r1",
                    ["feed"],
                    [">"],
                    XreadgroupOptions::new().block(5000),
                )
                .await
                .unwrap();
            assert_eq!(ids(first.get("feed").unwrap()), [sid(2)]);
            let writer = client.clone();
            let add = rt::spawn(async move {
                rt::sleep(Duration::from_millis(200)).await;
                writer.xadd::<StreamId>("feed", id("3-0"), [("n", 3)]).await.unwrap()
            });
            let start = Instant::now();
            let woken = conn
                .xreadgroup_with(
                    "readers",
                    "r2",
                    ["feed"],
                    [">"],
                    XreadgroupOptions::new().block(5000).count(10),
                )
                .await
                .unwrap();
            assert!(start.elapsed() < Duration::from_secs(4), "{:?}", start.elapsed());
            assert_eq!(add.await, sid(3));
            assert_eq!(ids(woken.get("feed").unwrap()), [sid(3)]);
            let summary = client.xpending("feed", "readers").await.unwrap();
            assert_eq!(
                summary.consumers,
                [("r1".to_owned(), 1), ("r2".to_owned(), 1)]
            );
        }
    }

    /// BLPOP, BRPOP, BLMOVE, BZPOPMIN and BLMPOP on a dedicated connection
    /// (a blocking command would hold up every caller of a shared one):
    /// `None` when the timeout expires, the value when there is one or
    /// when another client pushes one while they wait.
    async fn blocking_pops_on_a_dedicated_connection() {
        let server = RedisServer::start();
        for protocol in PROTOCOLS {
            let client = connect::<rt::Runtime>(&server, protocol).await;
            let mut conn = client.dedicated().await.unwrap();

            let start = Instant::now();
            let none: Option<(String, String)> = conn.blpop(["empty"], 0.1).await.unwrap();
            assert_eq!(none, None);
            let none: Option<(String, String)> =
                conn.brpop(["empty", "empty2"], 0.1).await.unwrap();
            assert_eq!(none, None);
            let none: Option<String> = conn
                .blmove("empty", "dst", BlmoveWherefrom::Left, BlmoveWhereto::Right, 0.1)
                .await
                .unwrap();
            assert_eq!(none, None);
            let none: Option<(String, String, f64)> = conn.bzpopmin(["zempty"], 0.1).await.unwrap();
            assert_eq!(none, None);
            let none: Option<(String, Vec<String>)> =
                conn.blmpop(0.1, ["empty"], BlmpopWhere::Left).await.unwrap();
            assert_eq!(none, None);
            let elapsed = start.elapsed();
            assert!(elapsed >= Duration::from_millis(450), "five 100 ms waits took {elapsed:?}");
            assert_eq!(client.exists(["dst"]).await.unwrap(), 0);

            // Values already there: served at once.
            client.rpush("list", ["a", "b", "c", "d", "e"]).await.unwrap();
            let start = Instant::now();
            let popped: Option<(String, String)> =
                conn.blpop(["empty", "list"], 5.0).await.unwrap();
            assert_eq!(popped, Some(("list".to_owned(), "a".to_owned())));
            let popped: Option<(String, String)> = conn.brpop(["list"], 5.0).await.unwrap();
            assert_eq!(popped, Some(("list".to_owned(), "e".to_owned())));
            let moved: Option<String> = conn
                .blmove("list", "dst", BlmoveWherefrom::Left, BlmoveWhereto::Right, 5.0)
                .await
                .unwrap();
            assert_eq!(moved.as_deref(), Some("b"));
            assert_eq!(client.lrange::<String>("dst", 0, -1).await.unwrap(), ["b"]);
            let popped: Option<(String, Vec<String>)> = conn
                .blmpop_with(
                    5.0,
                    ["empty", "list"],
                    BlmpopWhere::Right,
                    BlmpopOptions::new().count(5),
                )
                .await
                .unwrap();
            assert_eq!(
                popped,
                Some(("list".to_owned(), vec!["d".to_owned(), "c".to_owned()]))
            );
            client.zadd("z", [(2.5, "x"), (1.5, "y")]).await.unwrap();
            let popped: Option<(String, String, f64)> =
                conn.bzpopmin(["zempty", "z"], 5.0).await.unwrap();
            assert_eq!(popped, Some(("z".to_owned(), "y".to_owned(), 1.5)));
            assert!(start.elapsed() < Duration::from_secs(4), "{:?}", start.elapsed());

            // Woken by a push from the shared client, which the blocked
            // connection does not hold up.
            let pusher = client.clone();
            let push = rt::spawn(async move {
                rt::sleep(Duration::from_millis(200)).await;
                pusher.lpush("later", ["job"]).await.unwrap()
            });
            let start = Instant::now();
            let popped: Option<(String, String)> = conn.blpop(["later"], 5.0).await.unwrap();
            assert!(start.elapsed() < Duration::from_secs(4), "{:?}", start.elapsed());
            assert_eq!(popped, Some(("later".to_owned(), "job".to_owned())));
            assert_eq!(push.await, 1);
            let pusher = client.clone();
            let push = rt::spawn(async move {
                rt::sleep(Duration::from_millis(200)).await;
                pusher.zadd("zlater", [(7.0, "m")]).await.unwrap()
            });
            let popped: Option<(String, String, f64)> =
                conn.bzpopmin(["zlater"], 5.0).await.unwrap();
            assert_eq!(popped, Some(("zlater".to_owned(), "m".to_owned(), 7.0)));
            assert_eq!(push.await, 1);
        }
    }

    /// On the shared client, a blocking command waits for its own timeout
    /// even past a shorter response timeout, and returns early when
    /// served.
    async fn blocking_on_the_shared_client_outlives_the_response_timeout() {
        let server = RedisServer::start();
        let client = Client::connect(&format!("{}?response_timeout=200ms", server.url()))
            .await
            .unwrap();
        let start = Instant::now();
        let none: Option<(String, String)> = client.blpop(["nothing"], 1.0).await.unwrap();
        let elapsed = start.elapsed();
        assert_eq!(none, None);
        assert!(elapsed >= Duration::from_millis(950), "{elapsed:?}");
        assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");

        let start = Instant::now();
        let nothing = client
            .xread_with(["stream"], ["$"], XreadOptions::new().block(600))
            .await
            .unwrap();
        assert!(nothing.is_empty(), "{nothing:?}");
        assert!(start.elapsed() >= Duration::from_millis(550), "{:?}", start.elapsed());

        // Served by another client after the response timeout has passed:
        // the push goes on a client of its own, as a command behind the
        // BLPOP on the shared connection would wait for it.
        let pusher = Client::connect(&server.url()).await.unwrap();
        let push = rt::spawn(async move {
            rt::sleep(Duration::from_millis(400)).await;
            pusher.rpush("queue", ["job"]).await.unwrap()
        });
        let start = Instant::now();
        let popped: Option<(String, String)> = client.blpop(["queue"], 2.5).await.unwrap();
        assert_eq!(popped, Some(("queue".to_owned(), "job".to_owned())));
        assert!(start.elapsed() < Duration::from_secs(2), "{:?}", start.elapsed());
        assert_eq!(push.await, 1);
    }

    /// EVAL, EVALSHA and their read-only forms, with keys and arguments;
    /// SCRIPT LOAD, EXISTS and FLUSH.
    async fn scripting() {
        let server = RedisServer::start();
        for protocol in PROTOCOLS {
            scripts::<rt::Runtime>(&server, protocol).await;
        }
    }

    /// A function library loaded, replaced, called, listed, dumped,
    /// flushed, restored and deleted.
    async fn function_libraries() {
        let server = RedisServer::start();
        for protocol in PROTOCOLS {
            functions::<rt::Runtime>(&server, protocol).await;
        }
    }
}

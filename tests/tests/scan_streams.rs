//! SCAN, HSCAN, SSCAN and ZSCAN as streams, against a real server, on
//! every runtime.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::future::poll_fn;
use std::pin::Pin;
use std::time::Duration;

use futures_core::Stream;
use resp_client::{Client, Commands, ErrorKind, Result, Runtime, ScanOptions};
use resp_tests::RedisServer;

use support::{poll_once, race, runtime_suite};

/// The next item of `stream`.
async fn next<S: Stream + Unpin>(stream: &mut S) -> Option<S::Item> {
    poll_fn(|cx| Pin::new(&mut *stream).poll_next(cx)).await
}

/// Every item of `stream`, the first error failing the test.
async fn collect<T, S: Stream<Item = Result<T>> + Unpin>(mut stream: S) -> Vec<T> {
    let mut items = Vec::new();
    while let Some(item) = next(&mut stream).await {
        items.push(item.unwrap());
    }
    items
}

async fn connect<R: Runtime>(server: &RedisServer, protocol: &str) -> Client<R> {
    Client::<R>::connect(&format!("redis://{}?protocol={protocol}", server.addr()))
        .await
        .unwrap()
}

async fn scan_keys<R: Runtime>() {
    let server = RedisServer::start();
    let client = connect::<R>(&server, "resp3").await;
    let wanted: BTreeSet<String> = (0..1000).map(|i| format!("match:{i}")).collect();
    let pairs: Vec<(String, u32)> = wanted.iter().map(|key| (key.clone(), 1)).collect();
    client.mset(&pairs).await.unwrap();
    let others: Vec<(String, u32)> = (0..200).map(|i| (format!("other:{i}"), 1)).collect();
    client.mset(&others).await.unwrap();

    let keys: Vec<String> =
        collect(client.scan_iter(ScanOptions::new().pattern("match:*").count(100))).await;
    // SCAN may return a key twice; every key comes out at least once.
    assert!(keys.len() >= 1000, "{}", keys.len());
    let found: BTreeSet<String> = keys.into_iter().collect();
    assert_eq!(found, wanted);

    // Without options, in RESP2, as bytes: every key.
    let client = connect::<R>(&server, "resp2").await;
    let all: BTreeSet<bytes::Bytes> = collect(client.scan_iter(ScanOptions::new()))
        .await
        .into_iter()
        .collect();
    assert_eq!(all.len(), 1200);
    // A pattern that matches nothing still walks every page, then ends.
    let none: Vec<String> =
        collect(client.scan_iter(ScanOptions::new().pattern("nothing:*"))).await;
    assert!(none.is_empty());
}

async fn scan_by_type<R: Runtime>() {
    let server = RedisServer::start();
    let client = connect::<R>(&server, "resp3").await;
    for i in 0..50 {
        client.set(format!("string:{i}"), i).await.unwrap();
        client.hset(format!("hash:{i}"), [("f", i)]).await.unwrap();
        client.sadd(format!("set:{i}"), i).await.unwrap();
    }
    let hashes: BTreeSet<String> =
        collect(client.scan_iter(ScanOptions::new().key_type("hash").count(20)))
            .await
            .into_iter()
            .collect();
    assert_eq!(hashes, (0..50).map(|i| format!("hash:{i}")).collect());
    let sets: BTreeSet<String> = collect(client.scan_iter(ScanOptions::new().key_type("set")))
        .await
        .into_iter()
        .collect();
    assert_eq!(sets.len(), 50);
    assert!(sets.iter().all(|key| key.starts_with("set:")));
}

async fn collection_scans<R: Runtime>() {
    let server = RedisServer::start();
    for protocol in ["resp2", "resp3"] {
        let client = connect::<R>(&server, protocol).await;
        // Small collections come back in one page (listpack encoding),
        // large ones in many (hash table encoding).
        for size in [5, 600] {
            let hash = format!("h:{protocol}:{size}");
            let fields: BTreeMap<String, String> = (0..size)
                .map(|i| (format!("f{i}"), format!("value {i}")))
                .collect();
            client.hset(&hash, &fields).await.unwrap();
            let scanned: BTreeMap<String, String> =
                collect(client.hscan_iter(&hash, ScanOptions::new().count(50)))
                    .await
                    .into_iter()
                    .collect();
            assert_eq!(scanned, fields);
            let some: BTreeMap<String, String> =
                collect(client.hscan_iter(&hash, ScanOptions::new().pattern("f1*")))
                    .await
                    .into_iter()
                    .collect();
            assert_eq!(
                some,
                fields
                    .iter()
                    .filter(|(f, _)| f.starts_with("f1"))
                    .map(|(f, v)| (f.clone(), v.clone()))
                    .collect()
            );

            let set = format!("s:{protocol}:{size}");
            let members: BTreeSet<i64> = (0..size).map(|i| i * 7 - 1000).collect();
            client
                .sadd(&set, members.iter().copied().collect::<Vec<_>>())
                .await
                .unwrap();
            let scanned: BTreeSet<i64> =
                collect(client.sscan_iter(&set, ScanOptions::new().count(64)))
                    .await
                    .into_iter()
                    .collect();
            assert_eq!(scanned, members);

            let zset = format!("z:{protocol}:{size}");
            let scores: BTreeMap<String, f64> = (0..size)
                .map(|i| (format!("m{i}"), i as f64 * 0.25 - 10.0))
                .chain([
                    ("inf".to_owned(), f64::INFINITY),
                    ("neg".to_owned(), f64::NEG_INFINITY),
                ])
                .collect();
            let pairs: Vec<(f64, &str)> = scores.iter().map(|(m, s)| (*s, m.as_str())).collect();
            client.zadd(&zset, pairs).await.unwrap();
            let scanned: BTreeMap<String, f64> =
                collect(client.zscan_iter(&zset, ScanOptions::new().count(40)))
                    .await
                    .into_iter()
                    .collect();
            assert_eq!(scanned, scores);
        }
        // A missing key is an empty collection.
        let nothing: Vec<(String, f64)> =
            collect(client.zscan_iter("missing", ScanOptions::new())).await;
        assert!(nothing.is_empty());
    }
}

async fn dropped_midway<R: Runtime>() {
    let server = RedisServer::start();
    let client = connect::<R>(&server, "resp3").await;
    let pairs: Vec<(String, u32)> = (0..300).map(|i| (format!("k{i}"), i)).collect();
    client.mset(&pairs).await.unwrap();

    // Dropped between pages, with items buffered.
    let mut scan = client.scan_iter::<String>(ScanOptions::new().count(10));
    for _ in 0..15 {
        next(&mut scan).await.unwrap().unwrap();
    }
    drop(scan);
    client.ping().await.unwrap();

    // Dropped with a page in flight: another connection pauses the
    // server's clients, so the page cannot come back before the drop.
    let control = connect::<R>(&server, "resp3").await;
    let () = control
        .cmd("CLIENT")
        .args(["PAUSE", "300", "ALL"])
        .query()
        .await
        .unwrap();
    let mut scan = client.scan_iter::<String>(ScanOptions::new().count(10));
    let first = race(
        next(&mut scan),
        R::default().sleep(Duration::from_millis(50)),
    )
    .await;
    assert!(first.is_none(), "the server is paused");
    drop(scan);
    let value: Option<u32> = client.get("k7").await.unwrap();
    assert_eq!(value, Some(7));

    // Many abandoned scans, then a whole one: nothing went astray.
    for _ in 0..20 {
        let mut scan = client.hscan_iter::<String, String>("nohash", ScanOptions::new());
        let _ = poll_once(next(&mut scan));
    }
    let keys: BTreeSet<String> = collect(client.scan_iter(ScanOptions::new().count(1000)))
        .await
        .into_iter()
        .collect();
    assert_eq!(keys.len(), 300);
    client.ping().await.unwrap();
}

async fn errors_are_items<R: Runtime>() {
    let server = RedisServer::start();
    let client = connect::<R>(&server, "resp3").await;
    client.set("text", "abc").await.unwrap();

    let mut scan = client.hscan_iter::<String, String>("text", ScanOptions::new());
    let error = next(&mut scan).await.unwrap().unwrap_err();
    assert_eq!(
        (error.kind(), error.code()),
        (ErrorKind::Server, Some("WRONGTYPE"))
    );
    assert!(
        next(&mut scan).await.is_none(),
        "the stream ends after its error"
    );
    assert!(next(&mut scan).await.is_none());

    // TYPE is for SCAN only: the server refuses it, and the refusal comes out.
    client.sadd("set", "m").await.unwrap();
    let mut scan = client.sscan_iter::<String>("set", ScanOptions::new().key_type("set"));
    let error = next(&mut scan).await.unwrap().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    assert!(next(&mut scan).await.is_none());

    // A member that does not convert is a conversion error.
    client.sadd("words", "not a number").await.unwrap();
    let mut scan = client.sscan_iter::<i64>("words", ScanOptions::new());
    let error = next(&mut scan).await.unwrap().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Conversion);
    assert!(next(&mut scan).await.is_none());

    client.ping().await.unwrap();
}

runtime_suite! {
    /// SCAN with MATCH and COUNT over 1,000 keys finds exactly those keys.
    async fn scan_finds_exactly_the_matching_keys() {
        scan_keys::<rt::Runtime>().await;
    }

    /// SCAN's TYPE filter.
    async fn scan_filters_by_type() {
        scan_by_type::<rt::Runtime>().await;
    }

    /// HSCAN, SSCAN and ZSCAN give back exactly what was stored, scores
    /// included, in one page and in many.
    async fn hscan_sscan_zscan_contents() {
        collection_scans::<rt::Runtime>().await;
    }

    /// A scan dropped between pages or with a page in flight leaves the
    /// client working.
    async fn dropping_a_scan_midway() {
        dropped_midway::<rt::Runtime>().await;
    }

    /// Server and conversion errors come out as one `Err` item, then the
    /// stream ends.
    async fn errors_come_out_as_items() {
        errors_are_items::<rt::Runtime>().await;
    }
}

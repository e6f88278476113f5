//! Scripted exchanges between a [`Connection`](crate::Connection) and the
//! fake server, replayed with the server's bytes cut at every offset and
//! with each request abandoned at every point between two frames: every
//! other request must still get exactly its own reply.

use std::string::String;
use std::time::Duration;
use std::vec::Vec;
use std::{format, vec};

use bytes::Bytes;
use proptest::prelude::*;

use super::fake_server::{Fault, ServerConfig, Target};
use super::pair::{Chunking, Event, Pair, Step};
use crate::cmd::Cmd;
use crate::connection::{Config, ConnectionError, Output, Protocol, RequestId};
use crate::encode::encode;
use crate::frame::Frame;
use crate::pubsub::Push;

/// One exchange: how both sides are set up, and what happens.
#[derive(Clone)]
struct Exchange {
    name: String,
    config: Config,
    server: ServerConfig,
    faults: Vec<(Target, Fault)>,
    steps: Vec<Step>,
    /// Cut the server's bytes at every offset; otherwise (a megabyte of
    /// reply) at sampled offsets.
    every_cut: bool,
}

impl Exchange {
    fn new(name: &str, protocol: Protocol) -> Self {
        Self {
            name: format!("{name} ({protocol:?})"),
            config: Config::new()
                .with_protocol(protocol)
                .with_response_timeout(Some(Duration::from_secs(5))),
            server: ServerConfig::new(),
            faults: Vec::new(),
            steps: Vec::new(),
            every_cut: true,
        }
    }

    fn config(mut self, config: impl FnOnce(Config) -> Config) -> Self {
        self.config = config(self.config);
        self
    }

    fn server(mut self, server: ServerConfig) -> Self {
        self.server = server;
        self
    }

    fn fault(mut self, target: Target, fault: Fault) -> Self {
        self.faults.push((target, fault));
        self
    }

    fn send(mut self, args: &[&str]) -> Self {
        self.steps.push(Step::Send(cmd(args)));
        self
    }

    fn batch(mut self, cmds: &[&[&str]]) -> Self {
        self.steps
            .push(Step::Batch(cmds.iter().map(|args| cmd(args)).collect()));
        self
    }

    fn step(mut self, step: Step) -> Self {
        self.steps.push(step);
        self
    }

    fn then(self, action: fn(&mut super::fake_server::FakeServer)) -> Self {
        self.step(Step::Server(action))
    }

    fn sampled(mut self) -> Self {
        self.every_cut = false;
        self
    }

    /// A pair set up for this exchange, with the server's bytes cut as
    /// `chunking` says.
    fn pair(&self, chunking: Chunking) -> Pair {
        let mut pair = Pair::new(self.config.clone(), self.server.clone());
        for (target, fault) in &self.faults {
            pair.server.fault(target.clone(), fault.clone());
        }
        pair.set_to_client(chunking);
        pair
    }

    fn run(&self, chunking: Chunking) -> Pair {
        let mut pair = self.pair(chunking);
        pair.play(&self.steps);
        pair
    }
}

fn cmd(args: &[&str]) -> Cmd {
    Cmd::new(args[0]).args(&args[1..])
}

/// A push frame as RESP3 bytes.
fn push_bytes(items: &[&str]) -> Bytes {
    let frame = Frame::Push(
        items
            .iter()
            .map(|item| Frame::bulk(Bytes::copy_from_slice(item.as_bytes())))
            .collect(),
    );
    let mut out = bytes::BytesMut::new();
    encode(&frame, &mut out).expect("a push encodes");
    out.freeze()
}

/// The scripts run in both protocols.
fn scripts(p: Protocol) -> Vec<Exchange> {
    let ex = |name: &str| Exchange::new(name, p);
    vec![
        ex("strings")
            .send(&["SET", "k", "v"])
            .send(&["GET", "k"])
            .send(&["GET", "missing"])
            .send(&["DEL", "k", "missing"])
            .send(&["INCR", "n"])
            .send(&["INCR", "n"])
            .send(&["SET", "s", "x"])
            .send(&["INCR", "s"])
            .send(&["ECHO", "hi"]),
        ex("lists")
            .send(&["LPUSH", "l", "a", "b"])
            .send(&["RPUSH", "l", "c"])
            .send(&["LRANGE", "l", "0", "-1"])
            .send(&["LRANGE", "l", "5", "9"])
            .send(&["GET", "l"]),
        ex("hashes")
            .send(&["HSET", "h", "a", "1", "b", "2"])
            .send(&["HGETALL", "h"])
            .send(&["HGETALL", "none"])
            .send(&["HSET", "h", "a"]),
        ex("every reply type")
            .send(&["DEBUG", "PROTOCOL", "string"])
            .send(&["DEBUG", "PROTOCOL", "integer"])
            .send(&["DEBUG", "PROTOCOL", "double"])
            .send(&["DEBUG", "PROTOCOL", "bignum"])
            .send(&["DEBUG", "PROTOCOL", "null"])
            .send(&["DEBUG", "PROTOCOL", "array"])
            .send(&["DEBUG", "PROTOCOL", "set"])
            .send(&["DEBUG", "PROTOCOL", "map"])
            .send(&["DEBUG", "PROTOCOL", "verbatim"])
            .send(&["DEBUG", "PROTOCOL", "true"])
            .send(&["DEBUG", "PROTOCOL", "false"]),
        ex("an attribute")
            .send(&["DEBUG", "PROTOCOL", "attrib"])
            .send(&["GET", "k"]),
        ex("a push before its reply")
            .send(&["DEBUG", "PROTOCOL", "push"])
            .send(&["ECHO", "after"]),
        ex("errors")
            .send(&["FOO", "a", "b"])
            .send(&["GET"])
            .send(&["SELECT", "99"])
            .send(&["PING", "a", "b"])
            .send(&["LPUSH", "k", "a"])
            .send(&["GET", "k"]),
        ex("a pipeline")
            .send(&["SET", "a", "1"])
            .send(&["INCR", "a"])
            .send(&["GET", "a"])
            .send(&["LPUSH", "l", "x", "y", "z"])
            .send(&["LRANGE", "l", "0", "1"])
            .send(&["PING"])
            .send(&["PING", "hello"])
            .send(&["ECHO", ""])
            .send(&["DEL", "a", "l"])
            .send(&["GET", "a"]),
        ex("batches")
            .batch(&[
                &["SET", "a", "1"],
                &["GET", "a"],
                &["INCR", "a"],
                &["LRANGE", "a", "0", "1"],
            ])
            .send(&["GET", "a"])
            .batch(&[&["ECHO", "x"]])
            .batch(&[])
            .batch(&[&["FOO"], &["PING"]]),
        ex("MULTI/EXEC")
            .send(&["MULTI"])
            .send(&["SET", "k", "1"])
            .send(&["INCR", "k"])
            .send(&["GET", "k"])
            .send(&["EXEC"])
            .send(&["GET", "k"]),
        ex("EXECABORT")
            .send(&["MULTI"])
            .send(&["SET", "k", "1"])
            .send(&["FOO"])
            .send(&["GET"])
            .send(&["EXEC"])
            .send(&["GET", "k"]),
        ex("DISCARD and stray EXEC")
            .send(&["MULTI"])
            .send(&["SET", "k", "2"])
            .send(&["MULTI"])
            .send(&["DISCARD"])
            .send(&["GET", "k"])
            .send(&["EXEC"]),
        ex("WATCH then a write: EXEC is null")
            .send(&["WATCH", "k"])
            .then(|server| server.set("k", "theirs"))
            .send(&["MULTI"])
            .send(&["SET", "k", "ours"])
            .send(&["EXEC"])
            .send(&["GET", "k"]),
        ex("WATCH untouched")
            .send(&["WATCH", "k"])
            .send(&["MULTI"])
            .send(&["INCR", "k"])
            .send(&["BLPOP", "empty", "1"])
            .send(&["EXEC"]),
        ex("a transaction in a batch")
            .batch(&[&["MULTI"], &["SET", "a", "1"], &["GET", "a"], &["EXEC"]])
            .send(&["GET", "a"]),
        ex("subscribe and unsubscribe")
            .send(&["SUBSCRIBE", "a", "b"])
            .send(&["PSUBSCRIBE", "p*"])
            .then(|server| {
                server.publish("a", "m1");
                server.publish("pq", "m2");
            })
            .send(&["PING"])
            .send(&["PING", "x"])
            .send(&["UNSUBSCRIBE", "a"])
            .send(&["UNSUBSCRIBE"])
            .send(&["PUNSUBSCRIBE"])
            .send(&["PING"]),
        ex("unsubscribe from nothing")
            .send(&["UNSUBSCRIBE"])
            .send(&["PUNSUBSCRIBE"])
            .send(&["SUNSUBSCRIBE"])
            .send(&["GET", "k"]),
        ex("shard channels")
            .send(&["SSUBSCRIBE", "s", "t"])
            .then(|server| {
                server.spublish("s", "hello");
            })
            .send(&["SUNSUBSCRIBE"])
            .send(&["GET", "k"]),
        ex("duplicate channels")
            .send(&["SUBSCRIBE", "a", "a", "b"])
            .send(&["UNSUBSCRIBE", "a", "a", "c"])
            .send(&["UNSUBSCRIBE"]),
        ex("publish to itself")
            .send(&["SUBSCRIBE", "a"])
            .send(&["PUBLISH", "a", "hi"])
            .send(&["GET", "k"])
            .send(&["UNSUBSCRIBE"])
            .send(&["PUBLISH", "a", "nobody"]),
        ex("publish to itself inside MULTI")
            .send(&["SUBSCRIBE", "a"])
            .send(&["MULTI"])
            .send(&["PUBLISH", "a", "m"])
            .send(&["EXEC"])
            .send(&["UNSUBSCRIBE"]),
        ex("client tracking")
            .send(&["CLIENT", "TRACKING", "ON"])
            .send(&["GET", "k"])
            .send(&["SET", "k", "mine"])
            .send(&["GET", "k"])
            .then(|server| server.set("k", "theirs"))
            .send(&["MULTI"])
            .send(&["GET", "k"])
            .send(&["SET", "k", "again"])
            .send(&["EXEC"])
            .send(&["GET", "k"]),
        ex("CLIENT REPLY OFF")
            .send(&["CLIENT", "REPLY", "OFF"])
            .send(&["SET", "a", "1"])
            .send(&["GET", "a"])
            .send(&["CLIENT", "REPLY", "SKIP"])
            .send(&["CLIENT", "REPLY", "bad"])
            .send(&["CLIENT", "REPLY", "ON"])
            .send(&["GET", "a"]),
        ex("CLIENT REPLY SKIP")
            .send(&["CLIENT", "REPLY", "SKIP"])
            .send(&["GET", "a"])
            .send(&["GET", "a"])
            .send(&["CLIENT", "REPLY", "SKIP"])
            .send(&["CLIENT", "REPLY", "SKIP"])
            .send(&["GET", "a"])
            .send(&["GET", "a"])
            .send(&["CLIENT", "REPLY", "SKIP"])
            .send(&["CLIENT", "REPLY", "ON"])
            .send(&["GET", "a"]),
        ex("CLIENT REPLY in a batch")
            .batch(&[
                &["CLIENT", "REPLY", "OFF"],
                &["SET", "a", "1"],
                &["CLIENT", "REPLY", "ON"],
                &["GET", "a"],
            ])
            .batch(&[&["CLIENT", "REPLY", "SKIP"], &["GET", "a"], &["GET", "a"]]),
        ex("subscribe with replies off")
            .send(&["CLIENT", "REPLY", "OFF"])
            .send(&["SUBSCRIBE", "a"])
            .send(&["PING"])
            .send(&["UNSUBSCRIBE", "a"])
            .send(&["CLIENT", "REPLY", "ON"])
            .send(&["GET", "k"]),
        ex("subscribe after CLIENT REPLY SKIP")
            .send(&["CLIENT", "REPLY", "SKIP"])
            .send(&["SUBSCRIBE", "a"])
            .send(&["PING"])
            .send(&["UNSUBSCRIBE"])
            .send(&["GET", "k"]),
        ex("CLIENT REPLY while subscribed")
            .send(&["SUBSCRIBE", "a"])
            .send(&["CLIENT", "REPLY", "OFF"])
            .send(&["PING"])
            .send(&["CLIENT", "REPLY", "SKIP"])
            .send(&["PING", "x"])
            .send(&["UNSUBSCRIBE"])
            .send(&["CLIENT", "REPLY", "ON"])
            .send(&["GET", "k"]),
        ex("RESET after CLIENT REPLY SKIP")
            .send(&["SET", "k", "v"])
            .send(&["CLIENT", "REPLY", "SKIP"])
            .send(&["RESET"])
            .send(&["GET", "k"]),
        ex("MONITOR")
            .send(&["MONITOR"])
            .then(|server| {
                server.monitor_feed(&["GET", "k"]);
                server.monitor_feed(&["SET", "k", "a \"b\"\n\x01"]);
            })
            .send(&["RESET"])
            .send(&["GET", "k"]),
        ex("RESET out of subscribed mode and MULTI")
            .send(&["SUBSCRIBE", "a"])
            .send(&["RESET"])
            .send(&["GET", "k"])
            .send(&["MULTI"])
            .send(&["SET", "k", "1"])
            .send(&["RESET"])
            .send(&["GET", "k"]),
        ex("BLPOP times out")
            .send(&["BLPOP", "l", "1"])
            .send(&["GET", "k"]),
        ex("BLPOP served by another client")
            .send(&["BLPOP", "l", "2"])
            .send(&["ECHO", "queued behind"])
            .then(|server| server.lpush("l", &["x"]))
            .send(&["BLPOP", "l", "0"])
            .then(|server| server.lpush("l", &["y"])),
        ex("QUIT").send(&["GET", "k"]).send(&["QUIT"]),
        ex("pushes between replies")
            .fault(
                Target::command("GET"),
                Fault::Before(push_bytes(&["message", "c", "before"])),
            )
            .fault(
                Target::command("SET"),
                Fault::After(push_bytes(&["invalidate", "k"])),
            )
            .fault(
                Target::command("ECHO"),
                Fault::After(push_bytes(&["pmessage", "p*", "pc", "x"])),
            )
            .fault(
                Target::command("HELLO"),
                Fault::Before(push_bytes(&["before", "hello"])),
            )
            .send(&["GET", "k"])
            .send(&["SET", "k", "v"])
            .send(&["ECHO", "e"]),
        ex("pushes inside a batch and a transaction")
            .fault(
                Target::command("INCR"),
                Fault::After(push_bytes(&["message", "c", "in batch"])),
            )
            .fault(
                Target::command("EXEC"),
                Fault::Before(push_bytes(&["message", "c", "before exec"])),
            )
            .batch(&[&["SET", "n", "1"], &["INCR", "n"], &["GET", "n"]])
            .send(&["MULTI"])
            .send(&["INCR", "n"])
            .send(&["EXEC"]),
        ex("MOVED and ASK")
            .fault(
                Target::command("GET"),
                Fault::Moved("127.0.0.1:6381".into()),
            )
            .fault(Target::command("SET"), Fault::Ask("127.0.0.1:6382".into()))
            .fault(
                Target::nth_command("GET", 1),
                Fault::Moved("127.0.0.1:6381".into()),
            )
            .send(&["GET", "k"])
            .send(&["SET", "k", "v"])
            .batch(&[&["GET", "k"], &["ECHO", "x"]])
            .send(&["GET", "k"]),
        ex("garbage")
            .fault(Target::nth_command("GET", 1), Fault::Garbage)
            .send(&["GET", "a"])
            .send(&["GET", "b"])
            .send(&["GET", "c"]),
        ex("the server closes")
            .fault(Target::nth_command("GET", 1), Fault::Close)
            .send(&["GET", "a"])
            .send(&["GET", "b"])
            .send(&["GET", "c"]),
        ex("the server stalls")
            .fault(Target::nth_command("GET", 1), Fault::Stall)
            .send(&["GET", "a"])
            .send(&["GET", "b"])
            .send(&["GET", "c"]),
        ex("PING in and out of subscribed mode")
            .send(&["PING"])
            .send(&["PING", "hi"])
            .send(&["SUBSCRIBE", "a"])
            .send(&["PING"])
            .send(&["PING", "hi"])
            .send(&["UNSUBSCRIBE"])
            .send(&["PING"]),
        ex("a long pipeline")
            .step(Step::Send(
                Cmd::new("SET").arg("k").arg(&[b'\r', b'\n', 0, 255][..]),
            ))
            .send(&["GET", "k"])
            .send(&["INCR", "c"])
            .send(&["INCR", "c"])
            .send(&["INCR", "c"])
            .send(&["LPUSH", "q", "1", "2", "3", "4", "5", "6"])
            .send(&["LRANGE", "q", "0", "-1"])
            .send(&["LRANGE", "q", "-2", "-1"])
            .send(&["HSET", "h", "f", "v"])
            .send(&["HGETALL", "h"])
            .send(&["ECHO", "last"]),
        ex("health check")
            .config(|config| config.with_health_check_interval(Some(Duration::from_secs(1))))
            .send(&["GET", "k"])
            .step(Step::Advance(Duration::from_secs(2)))
            .send(&["ECHO", "after a ping"])
            .send(&["GET", "k"]),
    ]
}

/// Handshakes, each with its own configuration.
fn handshakes() -> Vec<Exchange> {
    let resp3 = |name: &str| Exchange::new(name, Protocol::Resp3);
    vec![
        resp3("handshake with everything")
            .server(ServerConfig::new().with_requirepass("secret"))
            .config(|config| {
                config
                    .with_auth(None, "secret")
                    .with_client_name("app")
                    .with_database(2)
                    .with_lib_info("resp", "0.1.0")
            })
            .send(&["SET", "k", "v"])
            .send(&["GET", "k"]),
        resp3("handshake, CLIENT SETINFO known")
            .server(ServerConfig::new().with_setinfo(true))
            .config(|config| {
                config
                    .with_lib_info("resp", "0.1.0")
                    .with_client_name("app")
            })
            .send(&["GET", "k"]),
        resp3("handshake with an ACL user")
            .server(ServerConfig::new().with_user("app", "pw"))
            .config(|config| config.with_auth(Some("app"), "pw").with_database(1))
            .send(&["GET", "k"]),
        resp3("RESP2 fallback (Redis 5)")
            .server(
                ServerConfig::new()
                    .without_hello()
                    .with_requirepass("secret"),
            )
            .config(|config| {
                config
                    .with_auth(None, "secret")
                    .with_client_name("app")
                    .with_database(3)
                    .with_lib_info("resp", "0.1.0")
            })
            .send(&["GET", "k"])
            .send(&["SUBSCRIBE", "a"])
            .send(&["PING"]),
        resp3("wrong password")
            .server(ServerConfig::new().with_requirepass("secret"))
            .config(|config| config.with_auth(None, "wrong"))
            .send(&["GET", "k"]),
        resp3("no password for a server that wants one")
            .server(ServerConfig::new().with_requirepass("secret"))
            .send(&["GET", "k"]),
        Exchange::new("RESP2 handshake", Protocol::Resp2)
            .server(ServerConfig::new().with_requirepass("secret"))
            .config(|config| {
                config
                    .with_auth(None, "secret")
                    .with_client_name("app")
                    .with_database(4)
            })
            .send(&["GET", "k"]),
        resp3("RESET replays the handshake")
            .server(ServerConfig::new().with_requirepass("secret"))
            .config(|config| config.with_auth(None, "secret").with_database(5))
            .send(&["SET", "k", "v"])
            .send(&["SUBSCRIBE", "a"])
            .send(&["RESET"])
            .send(&["GET", "k"]),
        resp3("a megabyte bulk")
            .then(|server| server.set("big", vec![b'x'; 1 << 20]))
            .send(&["GET", "big"])
            .send(&["ECHO", "after"])
            .sampled(),
        Exchange::new("a megabyte bulk", Protocol::Resp2)
            .then(|server| server.set("big", vec![b'y'; 1 << 20]))
            .send(&["ECHO", "before"])
            .send(&["GET", "big"])
            .sampled(),
    ]
}

fn exchanges() -> Vec<Exchange> {
    let mut all = scripts(Protocol::Resp3);
    all.extend(scripts(Protocol::Resp2));
    all.extend(handshakes());
    all
}

/// The outputs, without when they came.
fn outputs(events: &[Event]) -> Vec<Output> {
    events.iter().map(|event| event.output.clone()).collect()
}

fn completes(output: &Output, id: RequestId) -> bool {
    matches!(
        output,
        Output::Reply { id: got, .. } | Output::Batch { id: got, .. } | Output::NoReply { id: got } | Output::Redirected { id: got, .. }
            if *got == id
    )
}

/// `outputs` with request `id` left out: its completion, and its place in
/// `Closed`'s list of unsent requests.
fn without(outputs: &[Output], id: RequestId) -> Vec<Output> {
    outputs
        .iter()
        .filter(|output| !completes(output, id))
        .map(|output| match output {
            Output::Closed { error, unsent } => Output::Closed {
                error: error.clone(),
                unsent: unsent
                    .iter()
                    .copied()
                    .filter(|other| *other != id)
                    .collect(),
            },
            other => other.clone(),
        })
        .collect()
}

/// Checks the unsplit run against what the server logged, and returns it.
fn reference(exchange: &Exchange) -> Pair {
    let pair = exchange.run(Chunking::Whole);
    let events = outputs(pair.events());
    let closed = events
        .iter()
        .any(|output| matches!(output, Output::Closed { .. }));
    for (request, expected) in pair.requests().iter().zip(pair.expected()) {
        let got = events.iter().find(|output| completes(output, request.id));
        match (expected, got) {
            (Some(expected), Some(got)) => assert_eq!(
                got, &expected,
                "{}: request {:?} got something other than the server's reply",
                exchange.name, request.cmds
            ),
            (Some(expected), None) => assert!(
                closed,
                "{}: request {:?} never completed; the server answered {expected:?}",
                exchange.name, request.cmds
            ),
            (None, _) => {}
        }
    }
    for window in events.windows(2) {
        assert!(
            !matches!(window[0], Output::Closed { .. }),
            "{}: output after Closed: {:?}",
            exchange.name,
            window[1]
        );
    }
    pair
}

/// The offsets to cut the server's bytes at: all of them, or for a large
/// exchange every offset within 8 bytes of a frame boundary or of the
/// first payload byte of a large frame, and every 4096th.
fn cut_points(exchange: &Exchange, reference: &Pair) -> Vec<usize> {
    let total = reference.server.written();
    if exchange.every_cut {
        return (0..=total).collect();
    }
    let mut points = Vec::new();
    let mut start = 0;
    for &end in reference.server.frame_ends() {
        for edge in [start, end] {
            points.extend(edge.saturating_sub(8)..=(edge + 8).min(total));
        }
        if end - start > 4096 {
            // `$1048576\r\n`: the payload starts after the header.
            let header = start + 11;
            points.extend(header.saturating_sub(8)..=(header + 8).min(total));
        }
        start = end;
    }
    points.extend((0..=total).step_by(4096));
    points.sort_unstable();
    points.dedup();
    points
}

#[test]
fn every_cut_point_of_every_exchange_gives_each_request_its_own_reply() {
    let started = std::time::Instant::now();
    let exchanges = exchanges();
    assert!(exchanges.len() >= 60, "only {} exchanges", exchanges.len());
    let mut splits = 0usize;
    let mut multi = 0usize;
    let mut abandons = 0usize;
    for exchange in &exchanges {
        let reference = reference(exchange);
        let expected = outputs(reference.events());
        let total = reference.server.written();

        // Every split of the server's bytes into two.
        for cut in cut_points(exchange, &reference) {
            let pair = exchange.run(Chunking::At(vec![cut]));
            assert_eq!(
                outputs(pair.events()),
                expected,
                "{}: server bytes cut at {cut} of {total}",
                exchange.name
            );
            splits += 1;
        }

        // A few splits into many pieces, both ways.
        let mut chunkings = vec![Chunking::Every(4096), Chunking::Every(65_537)];
        if exchange.every_cut {
            chunkings.extend([
                Chunking::Every(1),
                Chunking::Every(2),
                Chunking::Every(3),
                Chunking::Every(7),
            ]);
        }
        for chunking in chunkings {
            let pair = exchange.run(chunking.clone());
            assert_eq!(
                outputs(pair.events()),
                expected,
                "{}: cut {chunking:?}",
                exchange.name
            );
            let mut pair = exchange.pair(chunking.clone());
            pair.set_to_server(chunking.clone());
            pair.play(&exchange.steps);
            assert_eq!(
                outputs(pair.events()),
                expected,
                "{}: both ways {chunking:?}",
                exchange.name
            );
            multi += 2;
        }

        // Every request abandoned right after it is sent, and at every
        // frame boundary from then until its reply has been read.
        let mut boundaries = vec![0];
        boundaries.extend(reference.server.frame_ends().iter().copied());
        for (index, request) in reference.requests().iter().enumerate() {
            let done_at = reference
                .events()
                .iter()
                .find(|event| completes(&event.output, request.id))
                .map_or(total, |event| event.at);
            let mut points: Vec<Option<usize>> = vec![None];
            points.extend(
                boundaries
                    .iter()
                    .copied()
                    .filter(|&at| at >= request.sent_at && at < done_at)
                    .map(Some),
            );
            for point in points {
                let pair = match point {
                    None => {
                        let mut steps = exchange.steps.clone();
                        let sent = steps
                            .iter()
                            .enumerate()
                            .filter(|(_, step)| matches!(step, Step::Send(_) | Step::Batch(_)))
                            .nth(index)
                            .map(|(at, _)| at)
                            .expect("the request's step");
                        steps.insert(sent + 1, Step::Abandon(index));
                        let mut pair = exchange.pair(Chunking::Whole);
                        pair.play(&steps);
                        pair
                    }
                    Some(at) => {
                        let mut pair = exchange.pair(Chunking::Whole);
                        pair.abandon_at(at, index);
                        pair.play(&exchange.steps);
                        pair
                    }
                };
                let got = outputs(pair.events());
                let context =
                    || format!("{}: request {index} abandoned at {point:?}", exchange.name);
                assert_eq!(
                    without(&got, request.id),
                    without(&expected, request.id),
                    "{}",
                    context()
                );
                let own: Vec<&Output> = got
                    .iter()
                    .filter(|output| completes(output, request.id))
                    .collect();
                if pair.requests()[index].abandoned {
                    assert!(
                        own.is_empty(),
                        "{}: completed after abandon: {own:?}",
                        context()
                    );
                } else {
                    let reference_own: Vec<&Output> = expected
                        .iter()
                        .filter(|output| completes(output, request.id))
                        .collect();
                    assert_eq!(own, reference_own, "{}", context());
                }
                abandons += 1;
            }
        }
    }
    let total = splits + multi + abandons;
    std::println!(
        "{} exchanges x cut points: {total} runs ({splits} two-way splits, {multi} many-way splits, \
         {abandons} abandon points) in {:.1?}",
        exchanges.len(),
        started.elapsed()
    );
    assert!(total >= 20_000, "only {total} cut points");
}

/// Exchanges that run to the end without the connection failing, fit for
/// splicing pushes into.
fn clean_exchanges() -> Vec<Exchange> {
    exchanges()
        .into_iter()
        .filter(|exchange| exchange.every_cut)
        .filter(|exchange| {
            let pair = exchange.run(Chunking::Whole);
            pair.events().iter().all(|event| match &event.output {
                Output::Closed { error, .. } => *error == ConnectionError::Eof,
                _ => true,
            })
        })
        .collect()
}

/// Pushes the connection must pass through wherever they arrive.
fn random_push(choice: u8, n: usize) -> Frame {
    let tag = Frame::bulk(Bytes::from(format!("{n}").into_bytes()));
    match choice % 4 {
        0 => Frame::Push(vec![Frame::bulk("message"), Frame::bulk("chan"), tag]),
        1 => Frame::Push(vec![
            Frame::bulk("pmessage"),
            Frame::bulk("p*"),
            Frame::bulk("pc"),
            tag,
        ]),
        2 => Frame::Push(vec![Frame::bulk("invalidate"), Frame::Array(vec![tag])]),
        _ => Frame::Push(vec![Frame::bulk("custom"), tag, Frame::Integer(n as i64)]),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn pushes_anywhere_never_take_a_reply(
        which in any::<prop::sample::Index>(),
        pushes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..10),
        cuts in proptest::collection::vec(any::<prop::sample::Index>(), 0..12),
    ) {
        thread_local! {
            static CLEAN: Vec<Exchange> = clean_exchanges();
        }
        let exchange = CLEAN.with(|clean| which.get(clean).clone());
        // Byte by byte, so that each output's offset is where its frame ends.
        let reference = exchange.run(Chunking::Every(1));
        let mut boundaries = vec![0];
        boundaries.extend(reference.server.frame_ends().iter().copied());

        let mut pair = exchange.pair(Chunking::Whole);
        let mut injected = Vec::new();
        let mut extra = 0;
        for (n, (at, choice)) in pushes.iter().enumerate() {
            let at = *at.get(&boundaries);
            let frame = random_push(*choice, n);
            let mut bytes = bytes::BytesMut::new();
            encode(&frame, &mut bytes).expect("a push encodes");
            extra += bytes.len();
            pair.splice(at, bytes.freeze());
            injected.push((at, Push::classify(frame)));
        }
        let wire = reference.server.written() + extra;
        let mut at: Vec<usize> = cuts.iter().map(|cut| cut.index(wire + 1)).collect();
        at.sort_unstable();
        pair.set_to_client(Chunking::At(at));
        pair.play(&exchange.steps);

        // Everything but pushes is exactly as before.
        let is_push = |output: &Output| matches!(output, Output::Push(_));
        let got: Vec<Output> = outputs(pair.events()).into_iter().filter(|o| !is_push(o)).collect();
        let want: Vec<Output> = outputs(reference.events()).into_iter().filter(|o| !is_push(o)).collect();
        prop_assert_eq!(got, want, "{}", exchange.name);

        // Every push comes out, in stream order: one spliced in at offset
        // `at` goes after the server's frames ending there.
        let mut expected_pushes: Vec<(usize, u8, usize, Push)> = reference
            .events()
            .iter()
            .filter_map(|event| match &event.output {
                Output::Push(push) => Some((event.at, 0, 0, push.clone())),
                _ => None,
            })
            .collect();
        expected_pushes.extend(injected.into_iter().enumerate().map(|(n, (at, push))| (at, 1, n, push)));
        expected_pushes.sort_by_key(|(at, kind, n, _)| (*at, *kind, *n));
        let expected_pushes: Vec<Output> = expected_pushes.into_iter().map(|(_, _, _, push)| Output::Push(push)).collect();
        let got_pushes: Vec<Output> = outputs(pair.events()).into_iter().filter(is_push).collect();
        prop_assert_eq!(got_pushes, expected_pushes, "{}", exchange.name);
    }
}

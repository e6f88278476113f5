//! Faults, on every runtime: a server killed with SIGKILL during a stream
//! of writes, a frozen server (SIGSTOP) and a stalled path found out by
//! the default silence timeout, a connection cut at every byte offset of a
//! pipeline's exchange, and the server's own ways of dropping or holding
//! a client (`CLIENT KILL`, `CLIENT PAUSE`, an idle `timeout`).

mod support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use resp_client::{Client, Cmd, Error, Frame, Runtime, ServerError};
use resp_tests::{Conns, Cut, Direction, FaultProxy, RedisServer};

use support::{query, runtime_suite};

/// How long the default silence timeout lets a frozen server go unnoticed.
const SILENCE: Duration = Duration::from_secs(3);
/// What a timer firing on a busy two-core machine may add to it.
const SLACK: Duration = Duration::from_millis(500);

/// INCRs in the kill -9 test, over all tasks.
const WRITES: u64 = 50_000;
/// Tasks writing in the kill -9 test.
const WRITERS: u64 = 32;

/// The outcome of one INCR in the kill -9 test.
struct Write {
    started: Instant,
    took: Duration,
    result: Result<i64, Error>,
}

/// One writer of the kill -9 test: `n` INCRs of `counter`, each timed. A
/// retry-safe failure (no server to connect to) is followed by a short
/// pause, as an application would make, so that the writes outlast the
/// server's absence.
async fn writer<R: Runtime>(client: Client<R>, n: u64, log: Arc<Mutex<Vec<Write>>>) {
    let runtime = R::default();
    let incr = Cmd::new("INCR").arg("counter");
    let mut writes = Vec::with_capacity(n as usize);
    for _ in 0..n {
        let started = Instant::now();
        let result = client.query_frame(&incr).await.map(|frame| match frame {
            Frame::Integer(value) => value,
            other => panic!("INCR gave {other:?}"),
        });
        let pause = matches!(&result, Err(error) if error.is_retry_safe());
        writes.push(Write {
            started,
            took: started.elapsed(),
            result,
        });
        if pause {
            runtime.sleep(Duration::from_millis(2)).await;
        }
    }
    log.lock().unwrap().extend(writes);
}

/// Requests sent to a server that answers nothing: each must fail with a
/// timeout between `SILENCE` and `SILENCE + SLACK` after it was sent.
async fn assert_found_silent<R: Runtime>(
    client: &Client<R>,
    spawn: impl Fn(Client<R>, usize) -> support::JoinHandle<(Duration, Result<Frame, Error>)>,
) {
    let tasks: Vec<_> = (0..4).map(|i| spawn(client.clone(), i)).collect();
    for task in tasks {
        let (took, result) = task.await;
        let error = result.expect_err("a silent server answered");
        assert!(error.is_timeout(), "{error}");
        assert!(took >= SILENCE - Duration::from_millis(50), "{took:?}");
        assert!(took < SILENCE + SLACK, "{took:?}");
    }
}

/// What each task of [`assert_found_silent`] sends.
async fn silent_request<R: Runtime>(
    client: Client<R>,
    i: usize,
) -> (Duration, Result<Frame, Error>) {
    let start = Instant::now();
    let result = if i.is_multiple_of(2) {
        client.query_frame(&Cmd::new("INCR").arg("frozen")).await
    } else {
        client
            .query_batch(&[Cmd::new("PING"), Cmd::new("ECHO").arg(format!("{i}"))])
            .await
            .map(|replies| Frame::Integer(replies.len() as i64))
    };
    (start.elapsed(), result)
}

/// Tries `PING` until it answers (for at most `within`); how long it took.
async fn back_within<R: Runtime>(client: &Client<R>, within: Duration) -> Duration {
    let start = Instant::now();
    loop {
        match client.query_frame(&Cmd::new("PING")).await {
            Ok(pong) => {
                assert_eq!(pong, Frame::simple("PONG"));
                return start.elapsed();
            }
            Err(error) if start.elapsed() < within => {
                assert!(
                    error.is_retry_safe()
                        || error.is_timeout()
                        || error.is_closed()
                        || error.is_io(),
                    "{error}"
                );
                R::default().sleep(Duration::from_millis(5)).await;
            }
            Err(error) => panic!("not back within {within:?}: {error}"),
        }
    }
}

/// A counter's value from `GET`: 0 when it does not exist.
fn counter(frame: &Frame) -> i64 {
    match frame {
        Frame::Null => 0,
        Frame::BulkString(n) => std::str::from_utf8(n).unwrap().parse().unwrap(),
        other => panic!("GET of a counter gave {other:?}"),
    }
}

/// The commands whose exchange is cut, and their replies: fixed, so that
/// every run of them reads the same bytes.
fn cut_pipeline() -> (Vec<Cmd>, Vec<Result<Frame, ServerError>>) {
    let cmds = vec![
        Cmd::new("SET").arg("cut:k").arg("hello"),
        Cmd::new("GET").arg("cut:k"),
        Cmd::new("ECHO").arg("a longer value, to cut inside"),
        Cmd::new("PING"),
        Cmd::new("DEL").arg("cut:nothing"),
        Cmd::new("LRANGE").arg("cut:list").arg(0).arg(-1),
    ];
    let replies = vec![
        Ok(Frame::simple("OK")),
        Ok(Frame::bulk("hello")),
        Ok(Frame::bulk("a longer value, to cut inside")),
        Ok(Frame::simple("PONG")),
        Ok(Frame::Integer(0)),
        Ok(Frame::Array(vec![Frame::bulk("a"), Frame::bulk("b")])),
    ];
    (cmds, replies)
}

runtime_suite! {
    /// The server is killed with SIGKILL in the middle of 50,000 INCRs from
    /// 32 tasks, and restarted on the same port from its append-only file
    /// (`appendfsync always`: a write acknowledged is a write on disk).
    /// Every call returns, Ok or an error, within 2 s; the client is back
    /// within 500 ms of the restart; no INCR is applied twice: the counter
    /// the restarted server holds is at least the number of INCRs
    /// acknowledged and at most that plus the calls whose fate is unknown
    /// (failed after being sent), and no value is handed out twice.
    async fn killed_during_writes_and_restarted() {
        let mut server = RedisServer::builder()
            .config("appendonly", "yes")
            .config("appendfsync", "always")
            .start();
        let client = Client::connect(&server.url()).await.unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let tasks: Vec<_> = (0..WRITERS)
            .map(|t| {
                let n = WRITES / WRITERS + u64::from(t < WRITES % WRITERS);
                rt::spawn(writer(client.clone(), n, log.clone()))
            })
            .collect();
        // Kill once a fifth of the writes are acknowledged.
        let probe = Client::connect(&server.url()).await.unwrap();
        while counter(&query(&probe, &Cmd::new("GET").arg("counter")).await) < (WRITES / 5) as i64 {
            rt::sleep(Duration::from_millis(5)).await;
        }
        drop(probe);
        let killed = Instant::now();
        server.kill();
        rt::sleep(Duration::from_millis(200)).await;
        server.restart();
        let restarted = Instant::now();
        for task in tasks {
            task.await;
        }
        let writes = std::mem::take(&mut *log.lock().unwrap());
        assert_eq!(writes.len() as u64, WRITES);

        let slowest = writes.iter().map(|w| w.took).max().unwrap();
        assert!(slowest < Duration::from_secs(2), "a call took {slowest:?}");
        // Back: the first INCR acknowledged after the kill.
        let back = writes
            .iter()
            .filter(|w| w.result.is_ok() && w.started >= killed)
            .map(|w| w.started + w.took)
            .min()
            .expect("no INCR succeeded after the restart");
        let back_after = back.saturating_duration_since(restarted);
        assert!(back_after < Duration::from_millis(500), "back {back_after:?} after the restart");

        let mut acked: Vec<i64> = writes.iter().filter_map(|w| w.result.as_ref().ok().copied()).collect();
        let in_doubt = writes
            .iter()
            .filter(|w| matches!(&w.result, Err(error) if !error.is_retry_safe()))
            .count() as i64;
        let failed_safely = writes.len() as i64 - acked.len() as i64 - in_doubt;
        let final_count = counter(&query(&client, &Cmd::new("GET").arg("counter")).await);
        println!(
            "{}: {} acknowledged, {in_doubt} in doubt, {failed_safely} failed before sending; \
             counter {final_count}; slowest call {slowest:?}; back {back_after:?} after the restart \
             ({:?} after the kill)",
            rt::NAME,
            acked.len(),
            restarted - killed,
        );
        assert!(final_count >= acked.len() as i64, "an acknowledged INCR was lost");
        assert!(final_count <= acked.len() as i64 + in_doubt, "an INCR was applied twice");
        acked.sort_unstable();
        let before = acked.len();
        acked.dedup();
        assert_eq!(acked.len(), before, "a value was handed out twice");
        assert!(acked.last().is_some_and(|&last| last <= final_count));
        assert!(in_doubt + failed_safely > 0, "the kill went unnoticed");
    }

    /// A frozen server (SIGSTOP) is found out by the default silence
    /// timeout: requests sent to it fail with a timeout 3 s after they were
    /// sent, and so do requests on the new connection the client opens to
    /// it (the kernel still accepts connections for a frozen process), as
    /// retry-safe when they never left the client. After SIGCONT the
    /// client works again.
    async fn a_frozen_server_is_found_out_within_3_seconds() {
        let mut server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        assert_eq!(client.config().core().silence_timeout(), Some(SILENCE));
        query(&client, &Cmd::new("SET").arg("frozen").arg(0)).await;
        server.freeze();
        assert_found_silent(&client, |client, i| rt::spawn(silent_request(client, i))).await;
        // A new connection to the frozen server: the handshake goes
        // unanswered, and the request held behind it was never sent.
        let start = Instant::now();
        let error = client.query_frame(&Cmd::new("INCR").arg("frozen")).await.unwrap_err();
        assert!(error.is_timeout(), "{error}");
        assert!(error.is_retry_safe(), "{error:?}");
        assert!(start.elapsed() < SILENCE + SLACK, "{:?}", start.elapsed());
        server.thaw();
        let took = back_within(&client, Duration::from_secs(2)).await;
        println!("{}: back {took:?} after SIGCONT", rt::NAME);
        // The two INCRs written to the frozen server ran once it woke
        // (they were in its socket); the one held behind the handshake
        // never left the client, and never ran.
        let count = query(&client, &Cmd::new("GET").arg("frozen")).await;
        assert_eq!(count, Frame::bulk("2"));
    }

    /// A path that stops carrying bytes (the proxy stalls both ways,
    /// sockets open) is found out the same way; once it carries them
    /// again, a new connection serves.
    async fn a_stalled_path_is_found_out_within_3_seconds() {
        let server = RedisServer::start();
        let proxy = FaultProxy::start(server.addr());
        let client = Client::connect(&proxy.url()).await.unwrap();
        query(&client, &Cmd::new("SET").arg("frozen").arg(0)).await;
        proxy.stall(Conns::All, Direction::Both);
        assert_found_silent(&client, |client, i| rt::spawn(silent_request(client, i))).await;
        proxy.resume(Conns::All, Direction::Both);
        back_within(&client, Duration::from_secs(2)).await;
        assert!(proxy.accepted() >= 2, "the stalled connection was kept");
        // Only the server->client stall this time: the requests reach the
        // server and run, and their replies never come back.
        proxy.stall(Conns::All, Direction::ToClient);
        assert_found_silent(&client, |client, i| rt::spawn(silent_request(client, i))).await;
        proxy.resume(Conns::All, Direction::ToClient);
        back_within(&client, Duration::from_secs(2)).await;
    }

    /// A pipeline whose connection is cut (FIN or RST) after every possible
    /// number of bytes of its replies, and of its request, never yields a
    /// truncated Ok: the result is the whole set of correct replies, or an
    /// error; and the client serves the next request on a new connection.
    async fn a_cut_at_every_byte_never_yields_a_truncated_reply() {
        let server = RedisServer::start();
        server.command(&Cmd::new("RPUSH").arg("cut:list").arg("a").arg("b"));
        let proxy = FaultProxy::start(server.addr());
        let (cmds, expected) = cut_pipeline();
        let request_len: u64 = cmds.iter().map(|cmd| cmd.to_bytes().len() as u64).sum();
        // The replies' length, as this server sends them to this client.
        let client = Client::connect(&proxy.url()).await.unwrap();
        assert_eq!(client.query_batch(&cmds).await.unwrap(), expected);
        drop(client);
        let mut replies = bytes::BytesMut::new();
        for reply in &expected {
            resp_core::encode(reply.as_ref().unwrap(), &mut replies).unwrap();
        }
        let reply_len = replies.len() as u64;

        let (mut errors, mut whole) = (0, 0);
        for (direction, len) in [(Direction::ToClient, reply_len), (Direction::ToServer, request_len)] {
            for n in 0..=len {
                let how = if n.is_multiple_of(2) { Cut::Fin } else { Cut::Rst };
                let client = Client::connect(&proxy.url()).await.unwrap();
                let index = proxy.accepted() - 1;
                proxy.cut_after(Conns::Index(index), direction, n, how);
                match client.query_batch(&cmds).await {
                    Ok(replies) if replies == expected => whole += 1,
                    Ok(replies) => {
                        panic!("{direction:?} cut after {n} bytes ({how:?}) gave {replies:?}");
                    }
                    Err(error) => {
                        errors += 1;
                        assert!(error.is_closed() || error.is_io(), "{error}");
                    }
                }
                // Short of the whole reply, it cannot have come through.
                if direction == Direction::ToClient && n < len {
                    assert_eq!(whole, 0, "a reply came through {n} bytes of {len}");
                }
                // The next request is served, on a new connection; unless
                // it was written before the cut reached the client (the
                // cut came after the whole reply): then it fails, as sent.
                match client.query_frame(&Cmd::new("PING")).await {
                    Ok(pong) => assert_eq!(pong, Frame::simple("PONG")),
                    Err(error) => {
                        assert!(error.is_closed() || error.is_io(), "{error}");
                        assert_eq!(query(&client, &Cmd::new("PING")).await, Frame::simple("PONG"));
                    }
                }
            }
            if direction == Direction::ToClient {
                assert_eq!(whole, 1, "cut after all {len} bytes, the replies are whole");
                whole = 0;
            }
        }
        println!(
            "{}: replies of {reply_len} bytes, request of {request_len}: \
             {errors} errors, none truncated",
            rt::NAME
        );
    }

    /// `CLIENT KILL` of the client's connection while it is idle: the next
    /// request finds it closed before writing and goes on a new connection
    /// (or fails, retry-safe); the one after it succeeds.
    async fn client_kill_is_recovered_from() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        let mut acked = 0;
        for _ in 0..3 {
            let id = query(&client, &Cmd::new("CLIENT").arg("ID")).await;
            let Frame::Integer(id) = id else { panic!("CLIENT ID gave {id:?}") };
            assert_eq!(server.client_kill(&["ID", &id.to_string()]), 1);
            rt::sleep(Duration::from_millis(20)).await;
            match client.query_frame(&Cmd::new("INCR").arg("after-kill")).await {
                Ok(_) => acked += 1,
                Err(error) => assert!(error.is_retry_safe(), "{error:?}"),
            }
            let new_id = query(&client, &Cmd::new("CLIENT").arg("ID")).await;
            assert_ne!(new_id, Frame::Integer(id), "still the killed connection");
        }
        // What was acknowledged ran once, and what failed never ran.
        let count = counter(&query(&client, &Cmd::new("GET").arg("after-kill")).await);
        assert_eq!(count, acked);
        println!("{}: {acked} of 3 requests after CLIENT KILL went through", rt::NAME);
    }

    /// `CLIENT PAUSE` for 1 s: requests sent meanwhile wait on the server
    /// (shorter than the silence timeout) and succeed after it.
    async fn client_pause_holds_requests_and_they_succeed_after() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        query(&client, &Cmd::new("PING")).await;
        let pause = Duration::from_secs(1);
        server.client_pause(pause, false);
        let paused = Instant::now();
        let tasks: Vec<_> = (0..8)
            .map(|i| {
                let client = client.clone();
                rt::spawn(async move {
                    let reply = client.query_frame(&Cmd::new("INCR").arg("paused")).await;
                    (i, reply, Instant::now())
                })
            })
            .collect();
        for task in tasks {
            let (i, reply, done) = task.await;
            let reply = reply.unwrap_or_else(|error| panic!("request {i}: {error}"));
            assert!(matches!(reply, Frame::Integer(1..=8)), "{reply:?}");
            // They waited for the pause to end.
            assert!(done - paused >= pause - Duration::from_millis(100), "{:?}", done - paused);
        }
        assert_eq!(query(&client, &Cmd::new("GET").arg("paused")).await, Frame::bulk("8"));
    }

    /// The server drops idle clients after a second (`timeout 1`): each
    /// request after an idle spell finds its connection closed and goes on
    /// a new one, without an error reaching the caller.
    async fn idle_disconnects_are_recovered_transparently() {
        let server = RedisServer::start();
        let client = Client::connect(&server.url()).await.unwrap();
        server.config_set("timeout", "1");
        let mut ids = Vec::new();
        for round in 0..2 {
            ids.push(query(&client, &Cmd::new("CLIENT").arg("ID")).await);
            // The server counts idleness in whole seconds and drops a
            // client idle for more than one: up to 2 s, plus its cron (10
            // times a second) to notice.
            rt::sleep(Duration::from_millis(2600)).await;
            let reply = client.query_frame(&Cmd::new("INCR").arg("idle")).await;
            assert_eq!(reply.unwrap_or_else(|error| panic!("round {round}: {error:?}")), Frame::Integer(round + 1));
        }
        ids.push(query(&client, &Cmd::new("CLIENT").arg("ID")).await);
        ids.dedup();
        assert_eq!(ids.len(), 3, "the server did not drop the idle connections: {ids:?}");
    }

    /// Bytes the server never sent, injected toward the client: an
    /// unsolicited reply on an idle connection is read before the next
    /// request is written, which then goes on a new connection without an
    /// error; garbage while a request waits fails that request with a
    /// protocol error (never with a wrong reply), and the client serves the
    /// next request on a new connection.
    async fn injected_bytes_close_the_connection_and_nothing_is_misrouted() {
        let server = RedisServer::builder().enable_debug_command().start();
        let proxy = FaultProxy::start(server.addr());
        let client = Client::connect(&proxy.url()).await.unwrap();
        query(&client, &Cmd::new("PING")).await;
        assert!(proxy.inject(0, b"+UNSOLICITED\r\n"));
        rt::sleep(Duration::from_millis(50)).await;
        assert_eq!(query(&client, &Cmd::new("ECHO").arg("after")).await, Frame::bulk("after"));
        assert_eq!(proxy.accepted(), 2, "the connection that got a stray reply was kept");

        // The server busy for 300 ms: the ECHO waits, and garbage comes in.
        let asleep = server.debug_sleep(Duration::from_millis(300));
        rt::sleep(Duration::from_millis(20)).await;
        let waiting = {
            let client = client.clone();
            rt::spawn(async move { client.query_frame(&Cmd::new("ECHO").arg("mine")).await })
        };
        rt::sleep(Duration::from_millis(50)).await;
        assert!(proxy.inject(1, b"!x\r\n"));
        let error = waiting.await.expect_err("garbage was taken for a reply");
        assert_eq!(error.kind(), resp_client::ErrorKind::Protocol, "{error}");
        assert!(!error.is_retry_safe(), "it was sent: {error:?}");
        asleep.join().unwrap();
        assert_eq!(query(&client, &Cmd::new("ECHO").arg("next")).await, Frame::bulk("next"));
        assert_eq!(proxy.accepted(), 3);
    }

    /// A command the server takes longer to run than the silence timeout
    /// fails with a timeout; with the timeout raised (or off) it succeeds.
    async fn a_slow_command_and_the_silence_timeout() {
        let server = RedisServer::builder().enable_debug_command().start();
        let sleep = Cmd::new("DEBUG").arg("SLEEP").arg("0.6");
        let strict = Client::connect(&format!("{}?silence_timeout=200ms", server.url())).await.unwrap();
        let start = Instant::now();
        let error = strict.query_frame(&sleep).await.unwrap_err();
        assert!(error.is_timeout(), "{error}");
        assert!(!error.is_retry_safe(), "it was sent: {error:?}");
        assert!(start.elapsed() < Duration::from_millis(550), "{:?}", start.elapsed());
        rt::sleep(Duration::from_millis(600)).await;
        let patient = Client::connect(&format!("{}?silence_timeout=none", server.url())).await.unwrap();
        assert_eq!(query(&patient, &sleep).await, Frame::simple("OK"));
        // The default (3 s) lets it through too.
        let default = Client::connect(&server.url()).await.unwrap();
        assert_eq!(query(&default, &sleep).await, Frame::simple("OK"));
    }
}

//! Timeouts: connecting to a server that accepts and never answers, a
//! command slower than the response timeout, and blocking commands that
//! outlive it by design, on every runtime.

mod support;

use std::time::{Duration, Instant};

use resp_client::{ClientConfig, Cmd, Frame, TlsConfig};
use resp_tests::RedisServer;

use support::{SilentListener, query, runtime_suite};

/// The connect and response timeouts the suites set.
const TIMEOUT: Duration = Duration::from_millis(300);

/// Checks that `elapsed` is about `expected`: not shorter, and not much
/// longer (two timeouts may run back to back: the socket, then the
/// handshake), with slack for a busy machine.
fn assert_about(elapsed: Duration, expected: Duration) {
    assert!(
        elapsed >= expected - Duration::from_millis(20),
        "{elapsed:?} < {expected:?}"
    );
    assert!(
        elapsed < expected * 2 + Duration::from_secs(1),
        "{elapsed:?} >> {expected:?}"
    );
}

runtime_suite! {
    /// The TCP connection is accepted, but the handshake is never
    /// answered: `connect` gives up after the connect timeout with a
    /// timeout error naming the node.
    async fn connect_timeout_against_a_silent_server() {
        let silent = SilentListener::start();
        let url = format!("redis://{}?connect_timeout=300ms", silent.addr());
        let start = Instant::now();
        let error = Client::connect(&url).await.unwrap_err();
        assert_about(start.elapsed(), TIMEOUT);
        assert!(error.is_timeout(), "{error}");
        assert!(error.is_retry_safe(), "{error}");
        assert_eq!(error.node(), Some(silent.addr().to_string().as_str()));

        // RESP2's handshake, and no handshake to wait for at all: a PING
        // still has to be answered.
        for options in ["protocol=resp2", "protocol=resp2&db=0"] {
            let url = format!("redis://{}?connect_timeout=300ms&{options}", silent.addr());
            let start = Instant::now();
            let error = Client::connect(&url).await.unwrap_err();
            assert_about(start.elapsed(), TIMEOUT);
            assert!(error.is_timeout(), "{options}: {error}");
        }
    }

    /// The same with TLS: the TLS handshake is never answered.
    async fn connect_timeout_during_the_tls_handshake() {
        let silent = SilentListener::start();
        let config = ClientConfig::from_url(&format!("rediss://{}", silent.addr()))
            .unwrap()
            .with_connect_timeout(Some(TIMEOUT))
            .with_tls(TlsConfig::new().dangerously_accept_any_certificate());
        let start = Instant::now();
        let error = Client::connect_with(config).await.unwrap_err();
        assert_about(start.elapsed(), TIMEOUT);
        assert!(error.is_timeout(), "{error}");
    }

    /// `DEBUG SLEEP` longer than the response timeout fails with a timeout
    /// after about the timeout, not after the sleep; the client then works
    /// again, on a new connection.
    async fn response_timeout_fails_a_slow_command() {
        let server = RedisServer::builder().enable_debug_command().start();
        let client = Client::connect(&format!("{}?response_timeout=300ms", server.url()))
            .await
            .unwrap();
        let start = Instant::now();
        let error = client
            .query_frame(&Cmd::new("DEBUG").arg("SLEEP").arg("1"))
            .await
            .unwrap_err();
        assert_about(start.elapsed(), TIMEOUT);
        assert!(error.is_timeout(), "{error}");
        // The command was sent: it may have run, so retrying is not safe.
        assert!(!error.is_retry_safe(), "{error}");

        // The server is still asleep for a while; once it wakes, a new
        // connection serves.
        rt::sleep(Duration::from_millis(1000)).await;
        assert_eq!(query(&client, &Cmd::new("PING")).await, Frame::simple("PONG"));
        let reply = query(&client, &Cmd::new("DEBUG").arg("SLEEP").arg("0.05")).await;
        assert_eq!(reply, Frame::simple("OK"));
    }

    /// A blocking command waits as long as it asks to, past the response
    /// timeout, and then gets its null; one that is served early returns
    /// early.
    async fn blocking_commands_outlive_the_response_timeout() {
        let server = RedisServer::start();
        let client = Client::connect(&format!("{}?response_timeout=200ms", server.url()))
            .await
            .unwrap();
        let start = Instant::now();
        let reply = query(&client, &Cmd::new("BLPOP").arg("empty").arg(1)).await;
        let elapsed = start.elapsed();
        assert_eq!(reply, Frame::Null);
        assert!(elapsed >= Duration::from_millis(950), "{elapsed:?}");
        assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");

        // BLPOP with a fractional timeout, and a push that serves it early.
        // The push goes on a client of its own: on a shared connection it
        // would queue behind the BLPOP that waits for it.
        let pusher = Client::connect(&server.url()).await.unwrap();
        let push = rt::spawn(async move {
            rt::sleep(Duration::from_millis(400)).await;
            query(&pusher, &Cmd::new("RPUSH").arg("queue").arg("job")).await
        });
        let start = Instant::now();
        let reply = query(&client, &Cmd::new("BLPOP").arg("queue").arg("2.5")).await;
        assert_eq!(reply, Frame::Array(vec![Frame::bulk("queue"), Frame::bulk("job")]));
        assert!(start.elapsed() < Duration::from_secs(2), "{:?}", start.elapsed());
        assert_eq!(push.await, Frame::Integer(1));
    }
}

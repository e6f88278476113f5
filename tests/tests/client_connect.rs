//! Connecting the client: every URL form, credentials (ACL users, passwords,
//! wrong passwords), databases, RESP2 and RESP3, Unix sockets and IPv6, on
//! every runtime.

mod support;

use std::time::Duration;

use resp_client::{Addr, ClientConfig, Cmd, ErrorKind, Frame, Protocol};
use resp_tests::RedisServer;

use support::{client_info, info_field, percent_encode, query, runtime_suite, text};

/// The ACL user the suites log in as, and its rules.
const APP_USER: &str = "app";
const APP_PASSWORD: &str = "apppw";
const ALL: &str = "~* &* +@all";

runtime_suite! {
    /// `redis://host:port/db` selects the database; the key lands there.
    async fn database_from_the_url_path() {
        let server = RedisServer::start();
        let client = Client::connect(&format!("{}/3", server.url())).await.unwrap();
        assert_eq!(client.config().core().database(), 3);
        query(&client, &Cmd::new("SET").arg("where").arg("db3")).await;
        assert_eq!(info_field(&client_info(&client).await, "db"), "3");

        // Another client, on database 0, does not see it; on 3 it does.
        let zero = Client::connect(&server.url()).await.unwrap();
        assert_eq!(query(&zero, &Cmd::new("GET").arg("where")).await, Frame::Null);
        query(&zero, &Cmd::new("SELECT").arg(3)).await;
        assert_eq!(query(&zero, &Cmd::new("GET").arg("where")).await, Frame::bulk("db3"));
    }

    /// `?db=N` does the same as the path.
    async fn database_from_the_query() {
        let server = RedisServer::start();
        let client = Client::connect(&format!("{}?db=5", server.url())).await.unwrap();
        assert_eq!(info_field(&client_info(&client).await, "db"), "5");
    }

    /// `redis://user:password@...` logs in as that ACL user.
    async fn acl_user_and_password() {
        let server = RedisServer::builder().acl_user(APP_USER, APP_PASSWORD, ALL).start();
        let url = format!("redis://{APP_USER}:{APP_PASSWORD}@{}/1", server.addr());
        let client = Client::connect(&url).await.unwrap();
        let whoami = query(&client, &Cmd::new("ACL").arg("WHOAMI")).await;
        assert_eq!(text(&whoami), APP_USER);
        let info = client_info(&client).await;
        assert_eq!(info_field(&info, "user"), APP_USER);
        assert_eq!(info_field(&info, "db"), "1");
    }

    /// An ACL user's rules hold on the client's connection: a user allowed
    /// only `GET` on `app:*` keys gets `NOPERM` for anything else, as a
    /// server error (data, not a broken connection).
    async fn acl_rules_apply_to_the_connection() {
        let server = RedisServer::builder()
            .acl_user("reader", "readpw", "~app:* +get +ping +hello +client")
            .start();
        let url = format!("redis://reader:readpw@{}", server.addr());
        let client = Client::connect(&url).await.unwrap();
        assert_eq!(query(&client, &Cmd::new("GET").arg("app:x")).await, Frame::Null);
        let error = client
            .query_frame(&Cmd::new("SET").arg("app:x").arg("1"))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server);
        assert_eq!(error.code(), Some("NOPERM"));
        let error = client.query_frame(&Cmd::new("GET").arg("other")).await.unwrap_err();
        assert_eq!(error.code(), Some("NOPERM"));
        // The connection is still good.
        assert_eq!(query(&client, &Cmd::new("PING")).await, Frame::simple("PONG"));
    }

    /// `redis://:password@...` authenticates the default user
    /// (`requirepass`); without it the server refuses the handshake.
    async fn password_only() {
        let server = RedisServer::builder().requirepass("s3cret").start();
        let client = Client::connect(&format!("redis://:s3cret@{}", server.addr()))
            .await
            .unwrap();
        assert_eq!(text(&query(&client, &Cmd::new("ACL").arg("WHOAMI")).await), "default");

        let error = Client::connect(&server.url()).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Auth, "{error}");
        assert_eq!(error.code(), Some("NOAUTH"), "{error}");
    }

    /// A password with `@`, `:`, `/`, `%`, `#`, `?` and a space, percent-
    /// encoded in the URL.
    async fn percent_encoded_password() {
        let password = "p@ss:w/rd%#?&= x";
        // The harness passes the password on the command line, where a
        // space would split it: set this one over a connection instead.
        let server = RedisServer::start();
        let mut admin = server.connect();
        admin
            .request(
                &Cmd::new("ACL")
                    .arg("SETUSER")
                    .arg("odd")
                    .arg("on")
                    .arg(format!(">{password}"))
                    .arg("~*")
                    .arg("+@all"),
            )
            .unwrap();
        let url = format!("redis://odd:{}@{}", percent_encode(password), server.addr());
        let client = Client::connect(&url).await.unwrap();
        assert_eq!(text(&query(&client, &Cmd::new("ACL").arg("WHOAMI")).await), "odd");
    }

    /// A wrong password fails `connect` with an `Auth` error carrying the
    /// server's `WRONGPASS` code; neither the message nor `Debug` shows the
    /// password.
    async fn wrong_password_is_a_clear_auth_error() {
        let server = RedisServer::builder().acl_user(APP_USER, APP_PASSWORD, ALL).start();
        let wrong = "not-the-password-42";
        let url = format!("redis://{APP_USER}:{wrong}@{}", server.addr());
        let error = Client::connect(&url).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Auth, "{error}");
        assert_eq!(error.code(), Some("WRONGPASS"), "{error}");
        assert!(!error.is_timeout() && !error.is_io() && !error.is_closed());
        assert!(!error.is_retry_safe(), "retrying a refused password is no use");
        let message = error.to_string();
        assert!(message.contains("WRONGPASS"), "{message}");
        assert!(!message.contains(wrong), "{message}");
        assert!(!format!("{error:?}").contains(wrong), "{error:?}");

        // The same through RESP2, where AUTH is its own command.
        let error = Client::connect(&format!("{url}?protocol=resp2")).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Auth, "{error}");
        assert_eq!(error.code(), Some("WRONGPASS"), "{error}");
        assert!(!error.to_string().contains(wrong), "{error}");
    }

    /// RESP3 by default; `?protocol=resp2` and `?protocol=resp3` choose, and
    /// the replies take each protocol's shapes.
    async fn resp2_and_resp3() {
        let server = RedisServer::start();
        for (query_string, resp) in [("", "3"), ("?protocol=resp3", "3"), ("?protocol=resp2", "2")] {
            let client = Client::connect(&format!("{}{query_string}", server.url()))
                .await
                .unwrap();
            assert_eq!(info_field(&client_info(&client).await, "resp"), resp, "{query_string}");
            query(&client, &Cmd::new("HSET").arg("h").arg("f").arg("v")).await;
            let hash = query(&client, &Cmd::new("HGETALL").arg("h")).await;
            match resp {
                "3" => assert_eq!(hash, Frame::Map(vec![(Frame::bulk("f"), Frame::bulk("v"))])),
                _ => assert_eq!(hash, Frame::Array(vec![Frame::bulk("f"), Frame::bulk("v")])),
            }
        }
    }

    /// `client_name` (percent-decoded), `protocol`, and both timeouts from
    /// the query string; a name the server refuses fails the handshake
    /// clearly.
    async fn query_options() {
        let server = RedisServer::start();
        let url = format!(
            "{}/2?protocol=resp2&client_name=suite%2Dclient&connect_timeout=2s&response_timeout=750ms",
            server.url()
        );
        let client = Client::connect(&url).await.unwrap();
        let config = client.config();
        assert_eq!(config.connect_timeout(), Some(Duration::from_secs(2)));
        assert_eq!(config.core().response_timeout(), Some(Duration::from_millis(750)));
        assert_eq!(config.core().protocol(), Protocol::Resp2);
        let info = client_info(&client).await;
        assert_eq!(info_field(&info, "name"), "suite-client");
        assert_eq!(info_field(&info, "resp"), "2");
        assert_eq!(info_field(&info, "db"), "2");

        let error = Client::connect(&format!("{}?client_name=two%20words", server.url()))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Auth, "{error}");
        assert!(error.to_string().contains("Client names cannot contain spaces"), "{error}");
    }

    /// `unix:///path` and `redis+unix:///path`, with `?db=` and a password.
    async fn unix_socket_urls() {
        let server = RedisServer::builder().unix_socket().requirepass("pw").start();
        let path = server.unix_socket_path().unwrap().display().to_string();
        for scheme in ["unix", "redis+unix"] {
            let url = format!("{scheme}://:pw@{path}?db=4");
            let client = Client::connect(&url).await.unwrap();
            assert_eq!(client.config().addr(), &Addr::Unix(path.clone().into()));
            let info = client_info(&client).await;
            assert_eq!(info_field(&info, "flags"), "U", "{scheme}: {info}");
            assert_eq!(info_field(&info, "db"), "4", "{scheme}: {info}");
        }
        // Without the password: refused, over the socket too.
        let error = Client::connect(&format!("unix://{path}")).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Auth, "{error}");
    }

    /// `redis://[::1]:port`: the server listens on `::1` too and the client
    /// reaches it there. On a machine without an IPv6 loopback address the
    /// server cannot listen there, and the client must fail with an I/O
    /// error naming `[::1]:port`, not a configuration error.
    async fn ipv6_loopback() {
        let server = RedisServer::builder().ipv6().start();
        let url = format!("redis://[::1]:{}/1", server.port());
        let config = ClientConfig::from_url(&url).unwrap();
        assert_eq!(
            config.addr(),
            &Addr::Tcp { host: "::1".into(), port: server.port() }
        );
        match server.ipv6_addr() {
            Some(addr) => {
                let client = Client::connect(&url).await.unwrap();
                let info = client_info(&client).await;
                assert_eq!(info_field(&info, "laddr"), format!("{addr}"), "{info}");
                assert_eq!(info_field(&info, "db"), "1");
            }
            None => {
                println!("no IPv6 loopback address here: checking the failure instead");
                let error = Client::connect(&url).await.unwrap_err();
                assert!(error.is_io(), "{error}");
                assert_eq!(error.node(), Some(format!("[::1]:{}", server.port()).as_str()));
            }
        }
    }

    /// Nothing listens: `connect` fails at once with an I/O error naming
    /// the node, safe to retry (no request of the user's was sent).
    async fn connection_refused_is_an_io_error() {
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let error = Client::connect(&format!("redis://127.0.0.1:{port}")).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Io, "{error}");
        assert!(error.is_io() && error.is_retry_safe(), "{error:?}");
        assert_eq!(error.node(), Some(format!("127.0.0.1:{port}").as_str()));
    }
}

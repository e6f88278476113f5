//! The harness itself, against real servers: what it starts, how it
//! configures and reaches them, and that it cleans up after them.

use std::collections::HashSet;
use std::net::TcpStream;
use std::process::Command;
use std::thread;

use resp_core::{Cmd, Frame};
use resp_tests::{Protocol, RawConnection, RedisServer, RedisVersion, StartError, TlsAuthClients};

fn request<S: std::io::Read + std::io::Write>(conn: &mut RawConnection<S>, cmd: &Cmd) -> Frame {
    conn.request(cmd)
        .unwrap_or_else(|err| panic!("{cmd:?} failed: {err}"))
}

fn config_get(conn: &mut RawConnection, name: &str) -> Frame {
    request(conn, &Cmd::new("CONFIG").arg("GET").arg(name))
}

#[test]
fn started_server_answers_ping_with_persistence_off_in_its_own_directory() {
    let server = RedisServer::start();
    assert_eq!(server.addr().ip().to_string(), "127.0.0.1");
    assert_eq!(server.addr().port(), server.port());

    let mut conn = server.connect();
    assert_eq!(request(&mut conn, &Cmd::new("PING")), Frame::simple("PONG"));
    assert_eq!(
        config_get(&mut conn, "save"),
        Frame::Array(vec![Frame::bulk("save"), Frame::bulk("")])
    );
    assert_eq!(
        config_get(&mut conn, "appendonly"),
        Frame::Array(vec![Frame::bulk("appendonly"), Frame::bulk("no")])
    );
    let dir = server.dir().canonicalize().unwrap();
    assert_eq!(
        config_get(&mut conn, "dir"),
        Frame::Array(vec![
            Frame::bulk("dir"),
            Frame::bulk(dir.to_str().unwrap().to_owned())
        ])
    );
    assert!(
        server.log().contains("Ready to accept connections"),
        "log: {}",
        server.log()
    );
}

#[test]
fn version_matches_what_the_binary_reports() {
    let server = RedisServer::start();
    let output = Command::new(server.binary())
        .arg("--version")
        .output()
        .unwrap();
    let reported = RedisVersion::from_version_output(&String::from_utf8_lossy(&output.stdout));
    assert_eq!(Some(server.version()), reported);
    assert!(server.version() >= RedisVersion::new(6, 0, 0));
}

#[test]
fn dropping_the_server_kills_it_and_removes_its_directory() {
    let server = RedisServer::start();
    let addr = server.addr();
    let dir = server.dir().to_path_buf();
    let mut held = server.connect();
    assert!(dir.join("redis.log").is_file());

    drop(server);
    assert!(!dir.exists(), "{} survived the server", dir.display());
    // The killed server closed the connection it had, and listens no more.
    assert!(held.request(&Cmd::new("PING")).is_err());
    assert!(TcpStream::connect(addr).is_err());
}

#[test]
fn parallel_servers_get_distinct_ports_and_directories() {
    let servers: Vec<RedisServer> = (0..6)
        .map(|_| thread::spawn(RedisServer::start))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|handle| handle.join().unwrap())
        .collect();
    let ports: HashSet<u16> = servers.iter().map(RedisServer::port).collect();
    let dirs: HashSet<_> = servers.iter().map(|s| s.dir().to_path_buf()).collect();
    assert_eq!(ports.len(), servers.len());
    assert_eq!(dirs.len(), servers.len());
    for server in &servers {
        let mut conn = server.connect();
        let pid = request(&mut conn, &Cmd::new("INFO").arg("server"));
        let Frame::BulkString(info) = pid else {
            panic!("INFO gave {pid:?}")
        };
        let expected = format!("process_id:{}\r\n", server.pid());
        assert!(String::from_utf8_lossy(&info).contains(&expected));
    }
}

#[test]
fn requirepass_refuses_strangers_and_connect_authenticates() {
    let server = RedisServer::builder().requirepass("s3cret pass").start();
    assert_eq!(server.password(), Some("s3cret pass"));

    let mut stranger = RawConnection::new(server.tcp_stream());
    assert_eq!(
        request(&mut stranger, &Cmd::new("PING")),
        Frame::SimpleError("NOAUTH Authentication required.".into())
    );
    assert_eq!(
        stranger.hello(Protocol::Resp3, Some("wrong")).unwrap(),
        Frame::SimpleError("WRONGPASS invalid username-password pair or user is disabled.".into())
    );
    for protocol in Protocol::ALL {
        let mut conn = server.connect_with(protocol);
        assert_eq!(request(&mut conn, &Cmd::new("PING")), Frame::simple("PONG"));
    }
}

/// Whether the `CLIENT INFO` line `info` holds every one of `fields`
/// (`flags=U` marks a Unix socket client).
fn has_fields(info: &[u8], fields: &[&str]) -> bool {
    let info = String::from_utf8_lossy(info);
    let words: HashSet<&str> = info.split_whitespace().collect();
    fields.iter().all(|field| words.contains(field))
}

#[test]
fn unix_socket_serves_both_protocols() {
    let server = RedisServer::builder().unix_socket().start();
    assert!(server.unix_socket_path().unwrap().starts_with(server.dir()));

    let mut resp2 = server.connect_unix(Protocol::Resp2);
    assert_eq!(
        request(&mut resp2, &Cmd::new("SET").arg("k").arg("v")),
        Frame::simple("OK")
    );
    let mut resp3 = server.connect_unix(Protocol::Resp3);
    assert_eq!(
        request(&mut resp3, &Cmd::new("GET").arg("k")),
        Frame::bulk("v")
    );

    // CLIENT INFO is a bulk string in RESP2 and a verbatim string in RESP3.
    let Frame::BulkString(info) = request(&mut resp2, &Cmd::new("CLIENT").arg("INFO")) else {
        panic!("CLIENT INFO is not a bulk string in RESP2")
    };
    assert!(has_fields(&info, &["flags=U", "resp=2"]), "{info:?}");
    let Frame::VerbatimString { format, text } =
        request(&mut resp3, &Cmd::new("CLIENT").arg("INFO"))
    else {
        panic!("CLIENT INFO is not a verbatim string in RESP3")
    };
    assert_eq!(format.as_str(), "txt");
    assert!(has_fields(&text, &["flags=U", "resp=3"]), "{text:?}");
}

#[test]
fn extra_configuration_reaches_the_server() {
    let server = RedisServer::builder()
        .config("maxmemory", "1mb")
        .args(["--databases", "3"])
        .start();
    let mut conn = server.connect();
    assert_eq!(
        config_get(&mut conn, "maxmemory"),
        Frame::Array(vec![Frame::bulk("maxmemory"), Frame::bulk("1048576")])
    );
    assert_eq!(
        config_get(&mut conn, "databases"),
        Frame::Array(vec![Frame::bulk("databases"), Frame::bulk("3")])
    );
    assert_eq!(
        request(&mut conn, &Cmd::new("SELECT").arg(3)),
        Frame::SimpleError("ERR DB index is out of range".into())
    );
}

#[test]
fn debug_command_is_refused_unless_enabled() {
    let server = RedisServer::start();
    let reply = request(
        &mut server.connect(),
        &Cmd::new("DEBUG").arg("PROTOCOL").arg("true"),
    );
    let Frame::SimpleError(text) = reply else {
        panic!("DEBUG gave {reply:?}")
    };
    assert!(
        text.starts_with(b"ERR DEBUG command not allowed"),
        "{text:?}"
    );
}

#[test]
fn a_server_that_fails_to_start_reports_its_output() {
    let err = RedisServer::builder()
        .config("no-such-directive", "x")
        .try_start()
        .unwrap_err();
    let StartError::Exited { status, log } = &err else {
        panic!("expected the server to exit, got {err}")
    };
    assert!(!status.success());
    assert!(log.contains("Bad directive"), "{log}");
    assert!(err.to_string().contains("no-such-directive"), "{err}");

    let err = RedisServer::builder()
        .binary("/nonexistent/redis-server")
        .try_start()
        .unwrap_err();
    assert!(matches!(err, StartError::Spawn { .. }), "{err}");
}

#[test]
fn a_port_taken_at_startup_is_retried_then_reported() {
    let occupant = RedisServer::start();
    // Forcing the port of a running server makes every attempt lose it.
    let err = RedisServer::builder()
        .config("port", occupant.port().to_string())
        .try_start()
        .unwrap_err();
    let StartError::PortsTaken { attempts, log } = &err else {
        panic!("expected the port to be reported taken, got {err}")
    };
    assert_eq!(*attempts, 5);
    assert!(log.contains("Address already in use"), "{log}");
    // The occupant was not mistaken for the new server, nor disturbed.
    let mut conn = occupant.connect();
    assert_eq!(request(&mut conn, &Cmd::new("PING")), Frame::simple("PONG"));
}

#[test]
fn acl_users_log_in_with_their_password_and_rules() {
    let server = RedisServer::builder()
        .acl_user("app", "apppw", "~* &* +@all")
        .acl_user("reader", "p@ss:word", "~app:* +get")
        .start();
    let mut conn = server.connect();
    let auth = |conn: &mut RawConnection, user: &str, password: &str| {
        request(conn, &Cmd::new("AUTH").arg(user).arg(password))
    };
    assert_eq!(auth(&mut conn, "app", "apppw"), Frame::simple("OK"));
    assert_eq!(
        request(&mut conn, &Cmd::new("ACL").arg("WHOAMI")),
        Frame::bulk("app")
    );
    assert_eq!(auth(&mut conn, "reader", "p@ss:word"), Frame::simple("OK"));
    assert_eq!(
        request(&mut conn, &Cmd::new("GET").arg("app:x")),
        Frame::Null
    );
    let Frame::SimpleError(refused) = request(&mut conn, &Cmd::new("SET").arg("app:x").arg(1))
    else {
        panic!("SET was allowed")
    };
    assert!(refused.starts_with(b"NOPERM"), "{refused:?}");
    let Frame::SimpleError(refused) = auth(&mut conn, "app", "wrong") else {
        panic!("a wrong password was accepted")
    };
    assert!(refused.starts_with(b"WRONGPASS"), "{refused:?}");
}

#[test]
fn tls_servers_speak_only_tls_with_generated_certificates() {
    for auth_clients in [
        TlsAuthClients::No,
        TlsAuthClients::Optional,
        TlsAuthClients::Yes,
    ] {
        let server = RedisServer::builder().tls(auth_clients).start();
        assert!(server.url().starts_with("rediss://127.0.0.1:"));
        let certs = server.tls_certs().unwrap();
        assert!(certs.ca_path().starts_with(server.dir()));
        assert_eq!(std::fs::read(certs.ca_path()).unwrap(), certs.ca_pem());
        for protocol in Protocol::ALL {
            let mut conn = server.connect_tls(protocol);
            assert_eq!(request(&mut conn, &Cmd::new("PING")), Frame::simple("PONG"));
        }
        let mut conn = server.connect_tls(Protocol::Resp2);
        assert_eq!(
            config_get_tls(&mut conn, "tls-auth-clients"),
            Frame::Array(vec![
                Frame::bulk("tls-auth-clients"),
                Frame::bulk(auth_clients.as_str())
            ])
        );
        assert_eq!(
            config_get_tls(&mut conn, "port"),
            Frame::Array(vec![Frame::bulk("port"), Frame::bulk("0")])
        );
        // Plain RESP on the TLS port gets no answer the decoder accepts.
        let mut plain = RawConnection::new(server.tcp_stream());
        assert!(plain.request(&Cmd::new("PING")).is_err());
    }
}

fn config_get_tls<S: std::io::Read + std::io::Write>(
    conn: &mut RawConnection<S>,
    name: &str,
) -> Frame {
    request(conn, &Cmd::new("CONFIG").arg("GET").arg(name))
}

#[test]
fn restart_brings_a_new_empty_process_up_on_the_same_port() {
    let mut server = RedisServer::builder().tls(TlsAuthClients::No).start();
    let (port, pid, ca) = (
        server.port(),
        server.pid(),
        server.tls_certs().unwrap().ca_pem().to_vec(),
    );
    let mut conn = server.connect_tls(Protocol::Resp2);
    request(&mut conn, &Cmd::new("SET").arg("k").arg("v"));

    server.stop();
    assert!(!server.is_running());
    assert!(conn.request(&Cmd::new("PING")).is_err());
    assert!(TcpStream::connect(server.addr()).is_err());

    server.restart();
    assert!(server.is_running());
    assert_eq!(server.port(), port);
    assert_ne!(server.pid(), pid);
    // The same directory, so the same certificates.
    assert_eq!(server.tls_certs().unwrap().ca_pem(), ca.as_slice());
    let mut conn = server.connect_tls(Protocol::Resp2);
    assert_eq!(request(&mut conn, &Cmd::new("GET").arg("k")), Frame::Null);
    // Both lives wrote to the one log.
    assert_eq!(
        server.log().matches("Ready to accept connections").count(),
        2
    );

    // A new server can be asked for a given port too.
    let port = server.port();
    drop(server);
    let server = RedisServer::builder().port(port).start();
    assert_eq!(server.addr().port(), port);
    assert_eq!(
        request(&mut server.connect(), &Cmd::new("PING")),
        Frame::simple("PONG")
    );
}

#[test]
fn ipv6_adds_the_ipv6_loopback_address_when_there_is_one() {
    let server = RedisServer::builder().ipv6().start();
    let available = std::net::TcpListener::bind("[::1]:0").is_ok();
    assert_eq!(server.ipv6_addr().is_some(), available);
    if let Some(addr) = server.ipv6_addr() {
        assert_eq!(addr.port(), server.port());
        let mut conn = RawConnection::new(TcpStream::connect(addr).unwrap());
        assert_eq!(request(&mut conn, &Cmd::new("PING")), Frame::simple("PONG"));
    }
    // IPv4 as always.
    assert_eq!(
        request(&mut server.connect(), &Cmd::new("PING")),
        Frame::simple("PONG")
    );
}

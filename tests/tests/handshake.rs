//! resp-core's `Connection` handshake against real redis-server processes:
//! HELLO 3 with AUTH and SETNAME, the RESP2 fallback, SELECT, CLIENT SETINFO.

use resp_core::{Cmd, Config, ConnectionError, ErrorKind, Frame, Output, Protocol};
use resp_tests::{Driven, RedisServer, RedisVersion};

fn text(frame: &Frame) -> String {
    match frame.value() {
        Frame::BulkString(bytes) | Frame::SimpleString(bytes) => {
            String::from_utf8_lossy(bytes).into_owned()
        }
        Frame::VerbatimString { text, .. } => String::from_utf8_lossy(text).into_owned(),
        other => panic!("not a string: {other:?}"),
    }
}

/// `CLIENT INFO`: `field=value` pairs separated by spaces.
fn client_info(conn: &mut Driven) -> String {
    text(
        &conn
            .request(&Cmd::new("CLIENT").arg("INFO"))
            .expect("CLIENT INFO"),
    )
}

/// Whether `info` holds every one of `fields` (each `name=value`).
fn has(info: &str, fields: &[&str]) -> bool {
    fields
        .iter()
        .all(|field| info.split_whitespace().any(|f| f == *field))
}

#[test]
fn hello_3_sets_protocol_name_database_and_absorbs_setinfo() {
    let server = RedisServer::start();
    let config = Config::new()
        .with_client_name("handshake-test")
        .with_database(3)
        .with_lib_info("resp", "0.1.0");
    let mut conn = Driven::connect(server.addr(), config);
    // Sent before the handshake is answered: held back, then sent.
    let set = conn.send(&Cmd::new("SET").arg("k").arg("v")).unwrap();
    assert!(matches!(conn.wait(set), Output::Reply { reply: Ok(_), .. }));
    assert_eq!(conn.conn().protocol(), Protocol::Resp3);

    let info = client_info(&mut conn);
    assert!(has(&info, &["name=handshake-test"]), "{info}");
    assert!(has(&info, &["db=3"]), "{info}");
    assert!(has(&info, &["resp=3"]), "{info}");
    if server.version() >= RedisVersion::new(7, 2, 0) {
        assert!(has(&info, &["lib-name=resp"]), "{info}");
        assert!(has(&info, &["lib-ver=0.1.0"]), "{info}");
    }
    // Whatever the server said to SETINFO, no reply was left behind: each
    // request still gets its own.
    for n in 0..20 {
        let reply = conn.request(&Cmd::new("ECHO").arg(n)).unwrap();
        assert_eq!(reply, Frame::bulk(n.to_string()));
    }
    // The key went to database 3.
    let mut raw = server.connect();
    assert_eq!(
        raw.request(&Cmd::new("EXISTS").arg("k")).unwrap(),
        Frame::Integer(0)
    );
}

#[test]
fn resp2_with_requirepass() {
    let server = RedisServer::builder().requirepass("s3cret").start();
    let config = Config::new()
        .with_protocol(Protocol::Resp2)
        .with_auth(None, "s3cret")
        .with_client_name("r2");
    let mut conn = Driven::connect(server.addr(), config);
    let info = client_info(&mut conn);
    assert!(
        has(&info, &["resp=2"]) && has(&info, &["name=r2"]),
        "{info}"
    );
    assert_eq!(conn.conn().protocol(), Protocol::Resp2);
}

#[test]
fn acl_user_over_hello() {
    let server = RedisServer::start();
    let mut admin = server.connect();
    admin
        .request(&Cmd::new("ACL").args(["SETUSER", "app", "on", ">apppw", "~*", "&*", "+@all"]))
        .unwrap();
    let mut conn = Driven::connect(server.addr(), Config::new().with_auth(Some("app"), "apppw"));
    let who = conn.request(&Cmd::new("ACL").arg("WHOAMI")).unwrap();
    assert_eq!(text(&who), "app");
}

#[test]
fn refused_credentials_close_the_connection_and_fail_held_commands() {
    let server = RedisServer::builder().requirepass("right").start();
    for protocol in [Protocol::Resp3, Protocol::Resp2] {
        let config = Config::new()
            .with_protocol(protocol)
            .with_auth(None, "hunter2");
        let mut conn = Driven::connect(server.addr(), config);
        let get = conn.send(&Cmd::new("GET").arg("k")).unwrap();
        conn.run_for(std::time::Duration::from_secs(5));
        let (error, unsent) = conn.closed.clone().expect("closed");
        assert!(
            matches!(&error, ConnectionError::Handshake(e) if e.kind() == ErrorKind::WrongPass),
            "{protocol:?}: {error:?}"
        );
        assert!(!format!("{error} {error:?}").contains("hunter2"), "{error}");
        assert_eq!(unsent, [get], "the held GET was never written");
    }
    // No password at all, on a server that wants one: HELLO says NOAUTH.
    let mut conn = Driven::connect(server.addr(), Config::new());
    conn.run_for(std::time::Duration::from_secs(5));
    let (error, _) = conn.closed.clone().expect("closed");
    assert!(
        matches!(&error, ConnectionError::Handshake(e) if e.kind() == ErrorKind::NoAuth),
        "{error:?}"
    );
}

#[test]
fn a_server_without_hello_gets_resp2() {
    // A server that does not know HELLO, as before Redis 6.
    let server = RedisServer::builder()
        .requirepass("pw")
        .args(["--rename-command", "HELLO", ""])
        .start();
    let config = Config::new()
        .with_auth(None, "pw")
        .with_client_name("fallback")
        .with_database(5);
    let mut conn = Driven::connect(server.addr(), config);
    let reply = conn.request(&Cmd::new("SET").arg("k").arg("v")).unwrap();
    assert_eq!(reply, Frame::simple("OK"));
    assert_eq!(conn.conn().protocol(), Protocol::Resp2);
    let info = client_info(&mut conn);
    assert!(has(&info, &["name=fallback"]), "{info}");
    assert!(has(&info, &["db=5"]), "{info}");
    assert!(has(&info, &["resp=2"]), "{info}");
}

#[test]
fn reset_replays_the_handshake() {
    let server = RedisServer::builder().requirepass("pw").start();
    let config = Config::new()
        .with_auth(None, "pw")
        .with_database(2)
        .with_client_name("again");
    let mut conn = Driven::connect(server.addr(), config);
    conn.request(&Cmd::new("SET").arg("k").arg("before"))
        .unwrap();
    let reset = conn.request(&Cmd::new("RESET")).unwrap();
    assert_eq!(reset, Frame::simple("RESET"));
    // Authenticated again, in database 2, in RESP3, with the name back.
    assert_eq!(
        conn.request(&Cmd::new("GET").arg("k")).unwrap(),
        Frame::bulk("before")
    );
    assert_eq!(conn.conn().protocol(), Protocol::Resp3);
    let info = client_info(&mut conn);
    assert!(
        has(&info, &["name=again"]) && has(&info, &["resp=3"]),
        "{info}"
    );
}

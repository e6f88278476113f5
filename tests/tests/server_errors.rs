//! resp-core's `ServerError` classification against the error replies a real
//! redis-server sends.

use resp_core::{Cmd, ErrorKind, Frame, ServerError};
use resp_tests::{RawConnection, RedisServer};

/// Sends `cmd` and returns the error it gets, failing the test on any other reply.
fn error_of(conn: &mut RawConnection, cmd: &Cmd) -> ServerError {
    let reply = conn.request(cmd).expect("a reply");
    ServerError::from_frame(&reply)
        .unwrap_or_else(|| panic!("{cmd:?} replied {reply:?}, not an error"))
}

#[test]
fn command_errors_are_classified() {
    let server = RedisServer::start();
    let mut conn = server.connect();

    conn.request(&Cmd::new("LPUSH").arg("list").arg("x"))
        .expect("LPUSH");
    assert_eq!(
        error_of(&mut conn, &Cmd::new("GET").arg("list")).kind(),
        ErrorKind::WrongType
    );

    let sha = "0123456789012345678901234567890123456789";
    assert_eq!(
        error_of(&mut conn, &Cmd::new("EVALSHA").arg(sha).arg(0)).kind(),
        ErrorKind::NoScript
    );

    let unknown = error_of(&mut conn, &Cmd::new("NOSUCHCOMMAND"));
    assert_eq!(
        (unknown.kind(), unknown.code()),
        (ErrorKind::Other, &b"ERR"[..])
    );

    // A transaction with a refused command is discarded at EXEC.
    assert_eq!(
        conn.request(&Cmd::new("MULTI")).expect("MULTI"),
        Frame::simple("OK")
    );
    error_of(&mut conn, &Cmd::new("NOSUCHCOMMAND"));
    assert_eq!(
        error_of(&mut conn, &Cmd::new("EXEC")).kind(),
        ErrorKind::ExecAbort
    );

    // An ACL user without the right to run GET.
    let setuser =
        Cmd::new("ACL").args(["SETUSER", "limited", "on", ">secret", "~*", "+@all", "-get"]);
    assert_eq!(
        conn.request(&setuser).expect("ACL SETUSER"),
        Frame::simple("OK")
    );
    assert_eq!(
        conn.request(&Cmd::new("AUTH").arg("limited").arg("secret"))
            .expect("AUTH"),
        Frame::simple("OK")
    );
    assert_eq!(
        error_of(&mut conn, &Cmd::new("GET").arg("k")).kind(),
        ErrorKind::NoPerm
    );
}

#[test]
fn authentication_errors_are_classified() {
    let server = RedisServer::builder().requirepass("s3cret").start();
    let mut conn = RawConnection::new(server.tcp_stream());
    assert_eq!(
        error_of(&mut conn, &Cmd::new("GET").arg("k")).kind(),
        ErrorKind::NoAuth
    );
    let wrong = error_of(&mut conn, &Cmd::new("AUTH").arg("wrong"));
    assert_eq!(wrong.kind(), ErrorKind::WrongPass);
    assert!(
        !wrong.to_string().contains("wrong "),
        "the password is not echoed: {wrong}"
    );
}

#[test]
fn a_cluster_node_without_slots_says_the_cluster_is_down() {
    let server = RedisServer::builder()
        .config("cluster-enabled", "yes")
        .start();
    let mut conn = server.connect();
    let err = error_of(&mut conn, &Cmd::new("GET").arg("foo"));
    assert_eq!(err.kind(), ErrorKind::ClusterDown);
    assert_eq!(err.redirect(), None);
}

#[test]
fn a_replica_refuses_writes_as_read_only() {
    let primary = RedisServer::start();
    let replica = RedisServer::start();
    let mut conn = replica.connect();
    let replicaof = Cmd::new("REPLICAOF").arg("127.0.0.1").arg(primary.port());
    assert_eq!(
        conn.request(&replicaof).expect("REPLICAOF"),
        Frame::simple("OK")
    );
    assert_eq!(
        error_of(&mut conn, &Cmd::new("SET").arg("k").arg("v")).kind(),
        ErrorKind::ReadOnly
    );
}

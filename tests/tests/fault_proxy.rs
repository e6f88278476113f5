//! The fault proxy itself, against a real server, with plain blocking
//! sockets: each fault does what it says, and nothing else.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use resp_core::{Cmd, Frame};
use resp_tests::{Accept, Conns, Cut, Delay, Direction, FaultProxy, RawConnection, RedisServer};

/// A raw connection through `proxy`, whose reads give up after `timeout`.
fn through(proxy: &FaultProxy, timeout: Duration) -> TcpStream {
    let stream = TcpStream::connect(proxy.addr()).expect("connect to the proxy");
    stream.set_read_timeout(Some(timeout)).unwrap();
    stream
}

/// Everything `stream` reads until it ends: the bytes, and how it ended
/// (`Ok` for a FIN, the error for a reset or a timeout).
fn read_to_end(stream: &mut TcpStream) -> (Vec<u8>, io::Result<()>) {
    let mut bytes = Vec::new();
    let mut buf = [0; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return (bytes, Ok(())),
            Ok(n) => bytes.extend_from_slice(&buf[..n]),
            Err(error) => return (bytes, Err(error)),
        }
    }
}

fn is_timeout(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

#[test]
fn forwards_both_ways_and_counts_the_bytes() {
    let server = RedisServer::start();
    let proxy = FaultProxy::start(server.addr());
    let mut conn = RawConnection::new(through(&proxy, Duration::from_secs(5)));
    let reply = conn.request(&Cmd::new("ECHO").arg("hello")).unwrap();
    assert_eq!(reply, Frame::bulk("hello"));
    assert!(proxy.wait_for_connections(1, Duration::from_secs(1)));
    let conns = proxy.connections();
    assert_eq!(conns.len(), 1);
    assert!(conns[0].open);
    // *2 $4 ECHO $5 hello, and $5 hello.
    assert_eq!(conns[0].to_server, 25);
    assert_eq!(conns[0].to_client, 11);
}

#[test]
fn a_fixed_delay_holds_each_direction() {
    let server = RedisServer::start();
    let proxy = FaultProxy::start(server.addr());
    let delay = Duration::from_millis(60);
    proxy.delay(Conns::All, Direction::Both, Delay::fixed(delay));
    let mut conn = RawConnection::new(through(&proxy, Duration::from_secs(5)));
    let start = Instant::now();
    assert_eq!(
        conn.request(&Cmd::new("PING")).unwrap(),
        Frame::simple("PONG")
    );
    // Once each way.
    assert!(start.elapsed() >= delay * 2, "{:?}", start.elapsed());
    proxy.delay(Conns::All, Direction::Both, Delay::NONE);
    let start = Instant::now();
    assert_eq!(
        conn.request(&Cmd::new("PING")).unwrap(),
        Frame::simple("PONG")
    );
    assert!(start.elapsed() < delay, "{:?}", start.elapsed());
}

#[test]
fn jitter_delays_but_never_reorders() {
    let server = RedisServer::start();
    let proxy = FaultProxy::start(server.addr());
    proxy.delay(
        Conns::All,
        Direction::Both,
        Delay::jitter(Duration::ZERO, Duration::from_millis(3)),
    );
    let mut stream = through(&proxy, Duration::from_secs(5));
    // One write per command, so that each is a chunk with a delay of its
    // own.
    for i in 0..200 {
        stream
            .write_all(&Cmd::new("ECHO").arg(format!("{i}")).to_bytes())
            .unwrap();
    }
    let mut conn = RawConnection::new(stream);
    for i in 0..200 {
        assert_eq!(conn.read_frame().unwrap(), Frame::bulk(format!("{i}")));
    }
}

#[test]
fn a_stall_holds_the_bytes_until_resumed() {
    let server = RedisServer::start();
    let proxy = FaultProxy::start(server.addr());
    let mut conn = RawConnection::new(through(&proxy, Duration::from_millis(300)));
    assert_eq!(
        conn.request(&Cmd::new("PING")).unwrap(),
        Frame::simple("PONG")
    );
    proxy.stall(Conns::All, Direction::ToClient);
    conn.send(&Cmd::new("ECHO").arg("held")).unwrap();
    match conn.read_frame() {
        Err(resp_tests::ConnectionError::Io(error)) if is_timeout(&error) => {}
        other => panic!("a stalled connection answered: {other:?}"),
    }
    assert!(proxy.connections()[0].open, "stalled, not closed");
    proxy.resume(Conns::All, Direction::ToClient);
    assert_eq!(conn.read_frame().unwrap(), Frame::bulk("held"));

    // Stalled toward the server: the command does not arrive.
    proxy.stall(Conns::All, Direction::ToServer);
    conn.send(&Cmd::new("SET").arg("k").arg("v")).unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let direct = server.command(&Cmd::new("GET").arg("k"));
    assert_eq!(direct, Frame::Null, "the SET went through a stall");
    proxy.resume(Conns::All, Direction::ToServer);
    assert_eq!(conn.read_frame().unwrap(), Frame::simple("OK"));
}

#[test]
fn a_cut_after_n_bytes_with_fin_gives_exactly_n_bytes_then_end_of_stream() {
    let server = RedisServer::start();
    let proxy = FaultProxy::start(server.addr());
    let mut stream = through(&proxy, Duration::from_secs(5));
    proxy.wait_for_connections(1, Duration::from_secs(1));
    proxy.cut_after(Conns::Index(0), Direction::ToClient, 7, Cut::Fin);
    stream
        .write_all(&Cmd::new("ECHO").arg("0123456789").to_bytes())
        .unwrap();
    let (bytes, end) = read_to_end(&mut stream);
    assert_eq!(bytes, b"$10\r\n01");
    assert!(end.is_ok(), "{end:?}");
    assert!(!proxy.connections()[0].open);
    assert_eq!(proxy.connections()[0].to_client, 7);
}

#[test]
fn a_cut_with_rst_resets_the_client() {
    let server = RedisServer::start();
    let proxy = FaultProxy::start(server.addr());
    let mut stream = through(&proxy, Duration::from_secs(5));
    proxy.wait_for_connections(1, Duration::from_secs(1));
    proxy.cut_after(Conns::Index(0), Direction::ToClient, 3, Cut::Rst);
    stream.write_all(&Cmd::new("PING").to_bytes()).unwrap();
    let (bytes, end) = read_to_end(&mut stream);
    assert!(b"+PO".starts_with(&bytes), "{bytes:?}");
    let error = end.expect_err("a reset, not an orderly end");
    assert_eq!(error.kind(), io::ErrorKind::ConnectionReset, "{error}");
}

#[test]
fn a_cut_toward_the_server_keeps_the_rest_of_the_command_from_it() {
    let server = RedisServer::start();
    let proxy = FaultProxy::start(server.addr());
    let mut stream = through(&proxy, Duration::from_secs(5));
    proxy.wait_for_connections(1, Duration::from_secs(1));
    let set = Cmd::new("SET").arg("cut").arg("v").to_bytes();
    proxy.cut_after(
        Conns::Index(0),
        Direction::ToServer,
        set.len() as u64 - 1,
        Cut::Fin,
    );
    stream.write_all(&set).unwrap();
    let (bytes, end) = read_to_end(&mut stream);
    assert!(bytes.is_empty(), "{bytes:?}");
    assert!(end.is_ok(), "{end:?}");
    assert_eq!(proxy.connections()[0].to_server, set.len() as u64 - 1);
    assert_eq!(server.command(&Cmd::new("GET").arg("cut")), Frame::Null);
}

#[test]
fn a_cut_now_closes_every_open_connection() {
    let server = RedisServer::start();
    let proxy = FaultProxy::start(server.addr());
    let mut streams: Vec<TcpStream> = (0..3)
        .map(|_| through(&proxy, Duration::from_secs(5)))
        .collect();
    assert!(proxy.wait_for_connections(3, Duration::from_secs(1)));
    proxy.cut(Conns::All, Cut::Fin);
    for stream in &mut streams {
        let (bytes, end) = read_to_end(stream);
        assert!(bytes.is_empty() && end.is_ok(), "{bytes:?} {end:?}");
    }
    assert!(proxy.connections().iter().all(|conn| !conn.open));
    // Later connections are not affected.
    let mut conn = RawConnection::new(through(&proxy, Duration::from_secs(5)));
    assert_eq!(
        conn.request(&Cmd::new("PING")).unwrap(),
        Frame::simple("PONG")
    );
}

#[test]
fn faults_aimed_at_one_connection_leave_the_others_alone() {
    let server = RedisServer::start();
    let proxy = FaultProxy::start(server.addr());
    // Connection 1 is not open yet: the stall waits for it.
    proxy.stall(Conns::Index(1), Direction::ToClient);
    let mut first = RawConnection::new(through(&proxy, Duration::from_millis(300)));
    assert!(proxy.wait_for_connections(1, Duration::from_secs(1)));
    let mut second = RawConnection::new(through(&proxy, Duration::from_millis(300)));
    assert!(proxy.wait_for_connections(2, Duration::from_secs(1)));
    assert_eq!(
        first.request(&Cmd::new("PING")).unwrap(),
        Frame::simple("PONG")
    );
    match second.request(&Cmd::new("PING")) {
        Err(resp_tests::ConnectionError::Io(error)) if is_timeout(&error) => {}
        other => panic!("connection 1 was not stalled: {other:?}"),
    }
    proxy.resume(Conns::Index(1), Direction::ToClient);
    assert_eq!(second.read_frame().unwrap(), Frame::simple("PONG"));
}

#[test]
fn injected_bytes_reach_the_client_in_order() {
    let server = RedisServer::start();
    let proxy = FaultProxy::start(server.addr());
    let mut conn = RawConnection::new(through(&proxy, Duration::from_secs(5)));
    assert_eq!(
        conn.request(&Cmd::new("PING")).unwrap(),
        Frame::simple("PONG")
    );
    assert!(proxy.inject(0, b"+INJECTED\r\n"));
    assert_eq!(conn.read_frame().unwrap(), Frame::simple("INJECTED"));
    assert_eq!(
        conn.request(&Cmd::new("PING")).unwrap(),
        Frame::simple("PONG")
    );
    assert!(!proxy.inject(7, b"x"), "no such connection");
}

#[test]
fn refused_and_hung_connections() {
    let server = RedisServer::start();
    let proxy = FaultProxy::start(server.addr());
    proxy.set_accept(Accept::Refuse);
    let error = TcpStream::connect(proxy.addr()).expect_err("nothing listens");
    assert_eq!(error.kind(), io::ErrorKind::ConnectionRefused, "{error}");

    proxy.set_accept(Accept::Hang);
    let mut hung = RawConnection::new(through(&proxy, Duration::from_millis(300)));
    match hung.request(&Cmd::new("PING")) {
        Err(resp_tests::ConnectionError::Io(error)) if is_timeout(&error) => {}
        other => panic!("a hung connection answered: {other:?}"),
    }
    assert_eq!(proxy.hung(), 1);
    assert_eq!(proxy.accepted(), 0, "hung connections are not forwarded");

    proxy.set_accept(Accept::Forward);
    let mut conn = RawConnection::new(through(&proxy, Duration::from_secs(5)));
    assert_eq!(
        conn.request(&Cmd::new("PING")).unwrap(),
        Frame::simple("PONG")
    );
}

#[test]
fn dropping_the_proxy_closes_its_connections() {
    let server = RedisServer::start();
    let proxy = FaultProxy::start(server.addr());
    let addr = proxy.addr();
    let mut stream = through(&proxy, Duration::from_secs(5));
    proxy.wait_for_connections(1, Duration::from_secs(1));
    proxy.stall(Conns::All, Direction::Both);
    let start = Instant::now();
    drop(proxy);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    let (bytes, end) = read_to_end(&mut stream);
    assert!(bytes.is_empty() && end.is_ok(), "{bytes:?} {end:?}");
    let error = TcpStream::connect(addr).expect_err("nothing listens after drop");
    assert_eq!(error.kind(), io::ErrorKind::ConnectionRefused);
}

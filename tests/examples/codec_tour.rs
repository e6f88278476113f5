//! A tour of resp-core against a real Redis: commands encoded with `Cmd`,
//! replies decoded with `Decoder`, over a plain blocking socket.
//!
//! ```sh
//! cargo run -p resp-tests --example codec_tour                               # starts a throwaway redis-server
//! REDIS_URL=redis://127.0.0.1:6379 cargo run -p resp-tests --example codec_tour  # uses yours; touches only tour:* keys
//! ```

use std::error::Error;
use std::net::TcpStream;
use std::time::Duration;

use resp_core::{Cmd, Frame};
use resp_tests::{Protocol, RawConnection, RedisServer};

fn main() -> Result<(), Box<dyn Error>> {
    // Either the server named by REDIS_URL, or one of our own that lives as
    // long as `_server`.
    let (mut conn, password, _server) = match std::env::var("REDIS_URL") {
        Ok(url) => {
            let target = Target::parse(&url)?;
            let stream = TcpStream::connect((target.host.as_str(), target.port))?;
            stream.set_read_timeout(Some(Duration::from_secs(5)))?;
            println!("using the server at {}:{}", target.host, target.port);
            (RawConnection::new(stream), target.password, None)
        }
        Err(_) => {
            let server = RedisServer::start();
            println!(
                "started redis-server {} on {}",
                server.version(),
                server.addr()
            );
            (RawConnection::new(server.tcp_stream()), None, Some(server))
        }
    };

    // RESP3, if the server has it (Redis 6 and later).
    let hello = conn.hello(Protocol::Resp3, password.as_deref())?;
    println!("HELLO 3 ->\n  {hello:?}");
    let keys = [
        "tour:greeting",
        "tour:counter",
        "tour:user",
        "tour:set",
        "tour:scores",
        "tour:list",
    ];
    show(&mut conn, Cmd::new("DEL").args(keys))?;

    // Strings: a binary-safe value comes back byte for byte.
    show(
        &mut conn,
        Cmd::new("SET")
            .arg("tour:greeting")
            .arg(b"hello\r\n\x00world"),
    )?;
    show(&mut conn, Cmd::new("GET").arg("tour:greeting"))?;
    show(&mut conn, Cmd::new("INCRBY").arg("tour:counter").arg(42))?;
    show(&mut conn, Cmd::new("GET").arg("tour:missing"))?;

    // RESP3 types: a map, a set and a double.
    show(
        &mut conn,
        Cmd::new("HSET")
            .arg("tour:user")
            .args(["name", "Ada", "role", "engineer"]),
    )?;
    show(&mut conn, Cmd::new("HGETALL").arg("tour:user"))?;
    show(&mut conn, Cmd::new("SADD").arg("tour:set").args([1, 2, 3]))?;
    show(&mut conn, Cmd::new("SMEMBERS").arg("tour:set"))?;
    show(
        &mut conn,
        Cmd::new("ZADD").arg("tour:scores").arg(1.5).arg("ada"),
    )?;
    show(&mut conn, Cmd::new("ZSCORE").arg("tour:scores").arg("ada"))?;

    // A server error is a frame like any other.
    show(&mut conn, Cmd::new("LPUSH").arg("tour:greeting").arg("x"))?;

    // Pipelining: a hundred commands in one write, a hundred replies in order.
    let cmds: Vec<Cmd> = (0..100)
        .map(|i| Cmd::new("RPUSH").arg("tour:list").arg(i))
        .collect();
    conn.send_all(&cmds)?;
    let replies = conn.read_frames(cmds.len())?;
    println!("100 pipelined RPUSH -> last reply {:?}", replies.last());

    // A big reply, read 7 bytes at a time: the decoder picks up where it left off.
    conn.set_read_size(7);
    let Frame::Array(items) = conn.request(&Cmd::new("LRANGE").arg("tour:list").arg(0).arg(-1))?
    else {
        return Err("LRANGE did not answer with an array".into());
    };
    println!(
        "LRANGE in 7-byte reads -> {} items, in {} reads",
        items.len(),
        conn.read_calls()
    );

    show(&mut conn, Cmd::new("DEL").args(keys))?;
    Ok(())
}

/// Sends `cmd`, waits for its reply and prints both.
fn show(conn: &mut RawConnection, cmd: Cmd) -> Result<(), Box<dyn Error>> {
    let reply = conn.request(&cmd)?;
    println!("{cmd:?} ->\n  {reply:?}");
    Ok(())
}

/// The parts of a `redis://[[user]:password@]host[:port][/db]` URL this tour
/// uses: the password is the default user's, and the database is ignored.
struct Target {
    host: String,
    port: u16,
    password: Option<String>,
}

impl Target {
    fn parse(url: &str) -> Result<Self, Box<dyn Error>> {
        let rest = url
            .strip_prefix("redis://")
            .ok_or("the tour takes redis://[[user]:password@]host[:port] URLs only")?;
        let rest = rest.split('/').next().unwrap_or_default();
        let (password, address) = match rest.rsplit_once('@') {
            Some((credentials, address)) => {
                let password = credentials.split_once(':').map_or(credentials, |(_, p)| p);
                (Some(password.to_owned()), address)
            }
            None => (None, rest),
        };
        let (host, port) = match address.rsplit_once(':') {
            Some((host, port)) => (host, port.parse()?),
            None => (address, 6379),
        };
        Ok(Self {
            host: host.trim_matches(['[', ']']).to_owned(),
            port,
            password,
        })
    }
}

//! p1: one subscriber receiving 16-byte messages that a publisher pipelines
//! as fast as the server takes them; the subscriber's messages per second,
//! and a check that none was lost.
//!
//! The publisher is the same for every client: a thread writing pre-encoded
//! `PUBLISH` commands to a plain socket, and another reading the replies,
//! so that the clients differ only in how fast they receive. The server's
//! pubsub output buffer limit is lifted for the run (`prepare`): a
//! subscriber that falls behind is measured, not disconnected.

use std::future::poll_fn;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::pin::Pin;
use std::thread;
use std::time::{Duration, Instant};

use futures_core::Stream;
use resp_client::Runtime;

use crate::contender::Contender;
use crate::exec::{AsyncStd, Exec, Smol, Tokio};
use crate::stats::Sample;
use crate::workload::Work;

/// The channel published to.
const CHANNEL: &str = "bench:pubsub";
/// How many `PUBLISH` commands the publisher writes at a time.
const CHUNK: usize = 1_000;
/// How long the subscriber waits for a message before it counts the rest
/// as lost.
const IDLE: Duration = Duration::from_secs(5);

/// Runs p1 for `contender`.
pub(crate) fn run(contender: Contender, url: &str, work: &Work) -> Result<Sample, String> {
    let messages = work.ops();
    let address = address_of(url)?;
    match contender {
        Contender::RespTokioCt => {
            on_resp::<resp_tokio::Tokio>(&Tokio::current_thread(), url, &address, messages)
        }
        Contender::RespTokioMt => {
            on_resp::<resp_tokio::Tokio>(&Tokio::multi_thread(), url, &address, messages)
        }
        Contender::RespSmol => on_resp::<resp_smol::Smol>(&Smol::new(), url, &address, messages),
        Contender::RespAsyncStd => {
            on_resp::<resp_async_std::AsyncStd>(&AsyncStd, url, &address, messages)
        }
        Contender::RedisRsCt => on_redis_rs(&Tokio::current_thread(), url, &address, messages),
        Contender::RedisRsMt => on_redis_rs(&Tokio::multi_thread(), url, &address, messages),
        Contender::FredCt | Contender::FredMt | Contender::RedisBenchmark => {
            Err("not run for p1".to_owned())
        }
    }
}

/// `host:port` of a `redis://host:port` URL.
fn address_of(url: &str) -> Result<String, String> {
    let rest = url
        .strip_prefix("redis://")
        .ok_or_else(|| format!("p1 needs a redis:// URL, not {url}"))?;
    let host_port = rest.split(['/', '?']).next().unwrap_or(rest);
    let host_port = host_port.rsplit('@').next().unwrap_or(host_port);
    Ok(host_port.to_owned())
}

/// Lifts the server's limit on a subscriber's output buffer, so that a
/// slow subscriber is measured rather than dropped.
pub(crate) fn prepare(url: &str) -> Result<(), String> {
    let mut stream = TcpStream::connect(address_of(url)?).map_err(|e| e.to_string())?;
    let limit = "client-output-buffer-limit";
    let value = "pubsub 0 0 0";
    let cmd = format!(
        "*4\r\n$6\r\nCONFIG\r\n$3\r\nSET\r\n${}\r\n{limit}\r\n${}\r\n{value}\r\n",
        limit.len(),
        value.len()
    );
    stream
        .write_all(cmd.as_bytes())
        .map_err(|e| e.to_string())?;
    let mut reply = [0; 5];
    stream.read_exact(&mut reply).map_err(|e| e.to_string())?;
    if &reply != b"+OK\r\n" {
        return Err(format!(
            "CONFIG SET gave {:?}",
            String::from_utf8_lossy(&reply)
        ));
    }
    Ok(())
}

/// Publishes `messages` numbered 16-byte payloads from two threads (one
/// writes, one reads the replies); returns when every reply is in.
fn publish(address: &str, messages: usize) -> thread::JoinHandle<Result<(), String>> {
    let address = address.to_owned();
    // Encoded before the clock starts: the publisher's work on the
    // client's core is writing and reading, nothing else.
    let chunks: Vec<Vec<u8>> = (0..messages)
        .step_by(CHUNK)
        .map(|start| {
            let mut chunk = Vec::with_capacity(CHUNK * 64);
            for i in start..messages.min(start + CHUNK) {
                let _ = write!(
                    chunk,
                    "*3\r\n$7\r\nPUBLISH\r\n${}\r\n{CHANNEL}\r\n$16\r\n{i:016}\r\n",
                    CHANNEL.len()
                );
            }
            chunk
        })
        .collect();
    thread::spawn(move || {
        let mut writer = TcpStream::connect(&address).map_err(|e| e.to_string())?;
        writer.set_nodelay(true).map_err(|e| e.to_string())?;
        let mut reader = writer.try_clone().map_err(|e| e.to_string())?;
        let replies = thread::spawn(move || {
            // Each reply is `:1\r\n` (one subscriber), or `:0\r\n`.
            let mut left = messages * 4;
            let mut buf = vec![0; 64 * 1024];
            while left > 0 {
                let n = reader.read(&mut buf).map_err(|e| e.to_string())?;
                if n == 0 {
                    return Err("the server closed the publisher".to_owned());
                }
                left = left.saturating_sub(n);
            }
            Ok(())
        });
        for chunk in &chunks {
            writer.write_all(chunk).map_err(|e| e.to_string())?;
        }
        replies
            .join()
            .map_err(|_| "the reply reader panicked".to_owned())?
    })
}

/// Counts what the subscriber receives once the publisher starts: the
/// sample is the number of messages over the time to the last one.
async fn count_messages<S: Stream + Unpin>(
    stream: &mut S,
    address: &str,
    messages: usize,
    mut is_message: impl FnMut(S::Item) -> bool,
    sleep: impl Fn(Duration) -> Pin<Box<dyn std::future::Future<Output = ()> + Send>>,
) -> Result<Sample, String> {
    let publisher = publish(address, messages);
    let start = Instant::now();
    let mut received = 0;
    let mut idle = sleep(IDLE);
    while received < messages {
        let next = poll_fn(|cx| {
            if let std::task::Poll::Ready(item) = Pin::new(&mut *stream).poll_next(cx) {
                return std::task::Poll::Ready(Some(item));
            }
            idle.as_mut().poll(cx).map(|()| None)
        })
        .await;
        match next {
            Some(Some(item)) => {
                if is_message(item) {
                    received += 1;
                }
            }
            Some(None) => return Err(format!("the stream ended after {received} of {messages}")),
            None => {
                return Err(format!(
                    "lost {} of {messages} messages (nothing for {IDLE:?})",
                    messages - received
                ));
            }
        }
        if received % 4096 == 0 {
            idle = sleep(IDLE);
        }
    }
    let elapsed = start.elapsed();
    publisher
        .join()
        .map_err(|_| "the publisher panicked".to_owned())??;
    Ok(Sample::new(messages, elapsed, Vec::new()))
}

fn on_resp<R: Runtime>(
    exec: &impl Exec,
    url: &str,
    address: &str,
    messages: usize,
) -> Result<Sample, String> {
    exec.block_on(async {
        let mut pubsub = resp_client::PubSub::<R>::connect(url)
            .await
            .map_err(|e| format!("connect: {e}"))?;
        pubsub
            .subscribe(CHANNEL)
            .await
            .map_err(|e| format!("subscribe: {e}"))?;
        count_messages(
            &mut pubsub,
            address,
            messages,
            |event| match event {
                resp_client::pubsub::Event::Message(message) => {
                    assert_eq!(message.payload.len(), 16);
                    true
                }
                resp_client::pubsub::Event::Subscribed { .. } => false,
                other => panic!("p1: {other:?}"),
            },
            |d| Box::pin(R::default().sleep(d)),
        )
        .await
    })
}

fn on_redis_rs(exec: &Tokio, url: &str, address: &str, messages: usize) -> Result<Sample, String> {
    exec.block_on(async {
        let client = redis::Client::open(url).map_err(|e| format!("url: {e}"))?;
        let mut pubsub = client
            .get_async_pubsub()
            .await
            .map_err(|e| format!("connect: {e}"))?;
        pubsub
            .subscribe(CHANNEL)
            .await
            .map_err(|e| format!("subscribe: {e}"))?;
        let mut stream = pubsub.on_message();
        count_messages(
            &mut stream,
            address,
            messages,
            |message: redis::Msg| {
                assert_eq!(message.get_payload_bytes().len(), 16);
                true
            },
            |d| Box::pin(tokio::time::sleep(d)),
        )
        .await
    })
}

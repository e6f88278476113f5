//! What the client suites share: [`runtime_suite!`], which writes each test
//! once and runs it on every runtime, the runtimes themselves, and small
//! helpers.
//!
//! Each integration test file that uses it starts with `mod support;`; not
//! every file uses every helper.
#![allow(dead_code, unreachable_pub, unused_macros, unused_imports)]

use std::future::Future;
use std::io;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::pin::{Pin, pin};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Waker};
use std::thread;
use std::time::Duration;

use resp_client::{Client, Cmd, Frame, Runtime};

/// Writes each `async fn` once and runs it on every runtime: it expands
/// into one module per runtime (`tokio_ct`, `tokio_mt`, `smol`,
/// `async_std`), each holding a `#[test]` of the same name that runs the
/// body on that runtime's `block_on`.
///
/// Inside a body, `Client` is the client on the runtime at hand and `rt` its
/// module in [`runtimes`]: `rt::spawn`, `rt::sleep`, `rt::Runtime`,
/// `rt::NAME`. Everything in the file's top level is in scope.
///
/// ```ignore
/// runtime_suite! {
///     /// PING answers PONG.
///     async fn ping() {
///         let server = RedisServer::start();
///         let client = Client::connect(&server.url()).await.unwrap();
///         let reply = client.query_frame(&Cmd::new("PING")).await.unwrap();
///         assert_eq!(reply, Frame::simple("PONG"));
///     }
/// }
/// ```
///
/// A test named `ping` in `client_connect.rs` then runs as
/// `tokio_ct::ping`, `tokio_mt::ping`, `smol::ping` and `async_std::ping`;
/// `cargo test --test client_connect smol::` runs one runtime's share.
macro_rules! runtime_suite {
    (@on $rt:ident; $( $(#[$meta:meta])* async fn $name:ident() { $($body:tt)* } )*) => {
        mod $rt {
            #![allow(unused_imports)]
            use super::*;
            use crate::support::runtimes::$rt as rt;
            use rt::Client;

            $(
                $(#[$meta])*
                #[test]
                fn $name() {
                    rt::block_on(async { $($body)* })
                }
            )*
        }
    };
    ($($suite:tt)*) => {
        runtime_suite!(@on tokio_ct; $($suite)*);
        runtime_suite!(@on tokio_mt; $($suite)*);
        runtime_suite!(@on smol; $($suite)*);
        runtime_suite!(@on async_std; $($suite)*);
    };
}
pub(crate) use runtime_suite;

/// The runtimes the suites run on, each as a module of the same shape:
/// `Runtime` (the adapter's [`resp_client::Runtime`]), `Client`, `NAME`,
/// `block_on`, `spawn` (whose handle is a future of the task's output, and
/// re-raises its panic) and `sleep`.
pub mod runtimes {
    /// tokio's current-thread runtime: every task on the test's thread.
    pub mod tokio_ct {
        use std::future::Future;
        use std::time::Duration;

        use super::super::JoinHandle;

        pub type Runtime = resp_tokio::Tokio;
        pub type Client = resp_client::Client<Runtime>;
        pub const NAME: &str = "tokio (current thread)";

        pub fn block_on<F: Future>(future: F) -> F::Output {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("tokio runtime")
                .block_on(future)
        }

        pub fn spawn<T: Send + 'static>(
            future: impl Future<Output = T> + Send + 'static,
        ) -> JoinHandle<T> {
            super::tokio_join(tokio::spawn(future))
        }

        pub async fn sleep(duration: Duration) {
            tokio::time::sleep(duration).await;
        }
    }

    /// tokio's multi-thread runtime, with two workers.
    pub mod tokio_mt {
        use std::future::Future;
        use std::time::Duration;

        use super::super::JoinHandle;

        pub type Runtime = resp_tokio::Tokio;
        pub type Client = resp_client::Client<Runtime>;
        pub const NAME: &str = "tokio (multi-thread)";

        pub fn block_on<F: Future>(future: F) -> F::Output {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("tokio runtime")
                .block_on(future)
        }

        pub fn spawn<T: Send + 'static>(
            future: impl Future<Output = T> + Send + 'static,
        ) -> JoinHandle<T> {
            super::tokio_join(tokio::spawn(future))
        }

        pub async fn sleep(duration: Duration) {
            tokio::time::sleep(duration).await;
        }
    }

    /// smol: `smol::block_on`, tasks on its global executor.
    pub mod smol {
        use std::future::Future;
        use std::time::Duration;

        use super::super::JoinHandle;

        pub type Runtime = resp_smol::Smol;
        pub type Client = resp_client::Client<Runtime>;
        pub const NAME: &str = "smol";

        pub fn block_on<F: Future>(future: F) -> F::Output {
            ::smol::block_on(future)
        }

        pub fn spawn<T: Send + 'static>(
            future: impl Future<Output = T> + Send + 'static,
        ) -> JoinHandle<T> {
            JoinHandle(Box::pin(::smol::spawn(future)))
        }

        pub async fn sleep(duration: Duration) {
            ::smol::Timer::after(duration).await;
        }
    }

    /// async-std: `task::block_on` and `task::spawn`.
    pub mod async_std {
        use std::future::Future;
        use std::time::Duration;

        use super::super::JoinHandle;

        pub type Runtime = resp_async_std::AsyncStd;
        pub type Client = resp_client::Client<Runtime>;
        pub const NAME: &str = "async-std";

        pub fn block_on<F: Future>(future: F) -> F::Output {
            ::async_std::task::block_on(future)
        }

        pub fn spawn<T: Send + 'static>(
            future: impl Future<Output = T> + Send + 'static,
        ) -> JoinHandle<T> {
            JoinHandle(Box::pin(::async_std::task::spawn(future)))
        }

        pub async fn sleep(duration: Duration) {
            ::async_std::task::sleep(duration).await;
        }
    }

    /// A tokio task's handle as a [`JoinHandle`]: its panic is raised again.
    fn tokio_join<T: Send + 'static>(handle: tokio::task::JoinHandle<T>) -> super::JoinHandle<T> {
        super::JoinHandle(Box::pin(async move {
            match handle.await {
                Ok(value) => value,
                Err(error) => std::panic::resume_unwind(error.into_panic()),
            }
        }))
    }
}

/// A spawned task: awaiting it gives the task's output, and a panic in the
/// task panics the awaiting test.
pub struct JoinHandle<T>(Pin<Box<dyn Future<Output = T> + Send>>);

impl<T> Future for JoinHandle<T> {
    type Output = T;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        self.0.as_mut().poll(cx)
    }
}

/// Polls `future` against `timer`: `Some` with its output if it finishes
/// first, `None` if the timer does, in which case `future` is dropped
/// wherever it was (the `select!` of the runtimes, without one).
pub async fn race<T>(
    future: impl Future<Output = T>,
    timer: impl Future<Output = ()>,
) -> Option<T> {
    let mut future = pin!(future);
    let mut timer = pin!(timer);
    std::future::poll_fn(|cx| {
        if let Poll::Ready(value) = future.as_mut().poll(cx) {
            return Poll::Ready(Some(value));
        }
        match timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    })
    .await
}

/// Polls `future` once, with a waker that does nothing, and drops it unless
/// it finished in that poll.
pub fn poll_once<F: Future>(future: F) -> Option<F::Output> {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    match future.as_mut().poll(&mut cx) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

/// The text of a string reply (simple, bulk or verbatim).
///
/// # Panics
///
/// If `frame` is not a string.
pub fn text(frame: &Frame) -> String {
    match frame.value() {
        Frame::BulkString(bytes) | Frame::SimpleString(bytes) => {
            String::from_utf8_lossy(bytes).into_owned()
        }
        Frame::VerbatimString { text, .. } => String::from_utf8_lossy(text).into_owned(),
        other => panic!("not a string: {other:?}"),
    }
}

/// Runs `cmd`, panicking with the command's name if it fails.
pub async fn query<R: Runtime>(client: &Client<R>, cmd: &Cmd) -> Frame {
    match client.query_frame(cmd).await {
        Ok(frame) => frame,
        Err(error) => panic!("{cmd:?} failed: {error}"),
    }
}

/// The `CLIENT INFO` line of the client's connection.
pub async fn client_info<R: Runtime>(client: &Client<R>) -> String {
    text(&query(client, &Cmd::new("CLIENT").arg("INFO")).await)
}

/// The value of `name` in a `CLIENT INFO` line (`db`, `resp`, `name`...).
///
/// # Panics
///
/// If the line has no such field.
pub fn info_field<'a>(info: &'a str, name: &str) -> &'a str {
    info.split_whitespace()
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
        .unwrap_or_else(|| panic!("no {name}= in CLIENT INFO: {info}"))
}

/// Percent-encodes everything but unreserved URL characters.
pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

/// A TCP listener on `127.0.0.1` that accepts connections and never says a
/// word on them: what a hung server or a black-holed proxy looks like to a
/// client. It holds every connection until dropped.
pub struct SilentListener {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<thread::JoinHandle<()>>,
}

impl SilentListener {
    /// Starts listening on a free port.
    ///
    /// # Panics
    ///
    /// If it cannot bind.
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a silent listener");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("its address");
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = thread::spawn(move || {
            let mut held: Vec<TcpStream> = Vec::new();
            while !flag.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => held.push(stream),
                    Err(error) if error.kind() == io::ErrorKind::WouldBlock => {
                        thread::sleep(Duration::from_millis(5));
                    }
                    Err(error) => panic!("accept: {error}"),
                }
            }
        });
        Self {
            addr,
            stop,
            thread: Some(thread),
        }
    }

    /// Where it listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for SilentListener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A small, seeded pseudo-random generator (xorshift64*), so that a failing
/// run can be repeated with its seed.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed` (any value; 0 is moved off).
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// Whether an event of probability `percent`/100 happens.
    pub fn percent(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// A seed from the environment variable `name` when set, else from the
/// clock; printed, so that a failure can be replayed.
pub fn seed(name: &str) -> u64 {
    let seed = std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |elapsed| elapsed.as_nanos() as u64)
        });
    println!("seed: {name}={seed}");
    seed
}

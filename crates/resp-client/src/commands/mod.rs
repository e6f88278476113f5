//! Typed commands: the [`Commands`] trait, every Redis command as a method,
//! written once for every client type; and `cmd("ANY")` for everything
//! else.
//!
//! The methods are generated (`generated.rs`) from the server's own
//! `COMMAND DOCS` by `cargo run -p resp-tests --example gen_commands`; this
//! file holds the trait, the way a command runs on a [`Client`] ([`Query`]),
//! and the hand-written option types that the generator uses in place of
//! its own.

mod generated;

use std::collections::BTreeMap;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use resp_core::{Arg, Cmd, Frame, ToArg};

use crate::args::ToArgs;
use crate::client::{Client, may_resend};
use crate::connection::{Multiplexed, ResponseFuture};
use crate::error::{Error, ErrorKind};
#[allow(unused_imports)]
use crate::replies::{
    AutoClaimReply, ClientInfo, ClientList, ConfigMap, GeoPosition, LatencyLatest, MemoryStats,
    PendingSummary, Role, SlowlogEntry, StreamConsumerInfo, StreamEntry, StreamGroupInfo,
    StreamInfo, StreamReadReply,
};
use crate::runtime::Runtime;
use crate::scan::ScanOptions;
use crate::value::FromValue;

pub use self::generated::*;

/// Every Redis command as a method, for every client type.
///
/// A method builds its command and hands it to [`Commands::run`]; what
/// comes back is the client type's [`Commands::Output`]. On a
/// [`Client`] (implemented for `&Client`), that is a [`Query`]: a future
/// of the typed reply.
///
/// ```no_run
/// use resp_client::{Commands, Ttl};
///
/// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) -> resp_client::Result<()> {
/// client.set("greeting", "hello").await?;
/// let greeting: Option<String> = client.get("greeting").await?;
/// assert_eq!(greeting.as_deref(), Some("hello"));
/// assert_eq!(client.del(["greeting", "other"]).await?, 1);
/// assert_eq!(client.ttl("greeting").await?, Ttl::Missing);
/// # Ok(()) }
/// ```
///
/// Methods are named after the command in lower case (`CLIENT KILL` is
/// `client_kill`); a command with optional arguments has a second method,
/// `_with`, that takes them as an options struct (`ZADD` is [`zadd`] and
/// [`zadd_with`] with [`ZaddOptions`]). Where a reply's type depends on
/// what the caller wants (strings, bytes, numbers, `Option` for a missing
/// key) the method is generic over it: `client.get::<Option<String>>(..)`.
/// `docs/commands.md` lists every command with its method, and the few
/// left out on purpose, with the reason.
///
/// [`zadd`]: Commands::zadd
/// [`zadd_with`]: Commands::zadd_with
pub trait Commands: Sized {
    /// What a command method returns on this client type.
    type Output<T: FromValue + Send + 'static>;

    /// Runs (or queues) one command whose reply converts to `T`.
    fn run<T: FromValue + Send + 'static>(self, cmd: Cmd) -> Self::Output<T>;

    /// `ZRANGE key start stop WITHSCORES`: `(member, score)` pairs, in RESP2
    /// and RESP3 alike.
    ///
    /// ```no_run
    /// use resp_client::Commands;
    ///
    /// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) -> resp_client::Result<()> {
    /// client.zadd("board", [(1.5, "ada"), (2.0, "grace")]).await?;
    /// let board: Vec<(String, f64)> = client.zrange_with_scores("board", 0, -1).await?;
    /// assert_eq!(board[0], ("ada".to_owned(), 1.5));
    /// # Ok(()) }
    /// ```
    fn zrange_with_scores<M: FromValue + Send + 'static>(
        self,
        key: impl ToArg,
        start: i64,
        stop: i64,
    ) -> Self::Output<Vec<(M, f64)>> {
        let mut cmd = Cmd::new("ZRANGE");
        cmd.push(key);
        cmd.push(start);
        cmd.push(stop);
        cmd.push("WITHSCORES");
        self.run(cmd)
    }

    generated::command_methods!();
}

/// Every Redis command as a method that queues it, for batches of
/// commands: [`Pipeline`](crate::Pipeline). The methods mirror
/// [`Commands`]' (same names, same arguments) but name no reply type:
/// the replies are converted together when the batch runs.
///
/// ```
/// use resp_client::{Pipeline, PipelineCommands, ZaddOptions};
///
/// let mut pipe = Pipeline::new();
/// pipe.set("a", 1)
///     .incr("a")
///     .zadd_with("z", [(1.0, "m")], ZaddOptions::new().nx())
///     .get("a");
/// assert_eq!(pipe.len(), 4);
/// ```
pub trait PipelineCommands {
    /// Queues one command.
    fn queue(&mut self, cmd: Cmd) -> &mut Self;

    /// Queues `ZRANGE key start stop WITHSCORES`; see
    /// [`Commands::zrange_with_scores`].
    fn zrange_with_scores(&mut self, key: impl ToArg, start: i64, stop: i64) -> &mut Self {
        let mut cmd = Cmd::new("ZRANGE");
        cmd.push(key);
        cmd.push(start);
        cmd.push(stop);
        cmd.push("WITHSCORES");
        self.queue(cmd)
    }

    generated::pipeline_methods!();
}

impl<'a, R: Runtime> Commands for &'a Client<R> {
    type Output<T: FromValue + Send + 'static> = Query<'a, R, T>;

    fn run<T: FromValue + Send + 'static>(self, cmd: Cmd) -> Query<'a, R, T> {
        Query {
            span: self.span(&cmd),
            client: self,
            state: QueryState::Start(cmd),
            reply: PhantomData,
        }
    }
}

/// One command on a [`Client`]: a future of its reply, converted to `T`.
///
/// Nothing is sent until it is first polled. On a connected client with
/// room for another request, the command is queued on the shared
/// connection without any allocation of its own; connecting, waiting for
/// room and resending a request that a broken connection never wrote take
/// a slower path. Dropping the future abandons the request: its reply is
/// still read and thrown away, so no other caller can receive it.
#[must_use = "a query does nothing until it is awaited"]
pub struct Query<'a, R: Runtime, T> {
    client: &'a Client<R>,
    state: QueryState<'a, R>,
    span: tracing::Span,
    reply: PhantomData<fn() -> T>,
}

type SlowPath<'a> = Pin<Box<dyn Future<Output = Result<Frame, Error>> + Send + 'a>>;

enum QueryState<'a, R: Runtime> {
    /// Not polled yet.
    Start(Cmd),
    /// Queued on `conn`; the command is kept to resend it should the
    /// connection break before writing it.
    Sent {
        cmd: Cmd,
        conn: Multiplexed<R>,
        response: ResponseFuture<R>,
    },
    /// Connecting, waiting for room, or resending.
    Slow(SlowPath<'a>),
    Done,
}

impl<'a, R: Runtime, T: FromValue> Query<'a, R, T> {
    fn slow(client: &'a Client<R>, cmd: Cmd, tries: u32) -> SlowPath<'a> {
        Box::pin(async move { client.frame(&cmd, tries).await })
    }
}

impl<R: Runtime, T: FromValue> Future for Query<'_, R, T> {
    type Output = Result<T, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let _entered = this.span.enter();
        loop {
            match &mut this.state {
                QueryState::Start(_) => {
                    let QueryState::Start(cmd) =
                        std::mem::replace(&mut this.state, QueryState::Done)
                    else {
                        unreachable!("matched above")
                    };
                    this.state = match this.client.try_send(&cmd) {
                        Some(Ok((conn, response))) => QueryState::Sent {
                            cmd,
                            conn,
                            response,
                        },
                        Some(Err(error)) if may_resend(&error, 0) => {
                            QueryState::Slow(Self::slow(this.client, cmd, 1))
                        }
                        Some(Err(error)) => return Poll::Ready(Err(error)),
                        None => QueryState::Slow(Self::slow(this.client, cmd, 0)),
                    };
                }
                QueryState::Sent { response, .. } => {
                    let Poll::Ready(result) = Pin::new(response).poll(cx) else {
                        return Poll::Pending;
                    };
                    let QueryState::Sent { cmd, conn, .. } =
                        std::mem::replace(&mut this.state, QueryState::Done)
                    else {
                        unreachable!("matched above")
                    };
                    match result {
                        Ok(response) => {
                            return Poll::Ready(
                                response.into_frame(conn.node()).and_then(T::from_value),
                            );
                        }
                        Err(error) if may_resend(&error, 0) => {
                            tracing::debug!(%error, "resending a request that was never written");
                            this.state = QueryState::Slow(Self::slow(this.client, cmd, 1));
                        }
                        Err(error) => return Poll::Ready(Err(error)),
                    }
                }
                QueryState::Slow(future) => {
                    let Poll::Ready(result) = future.as_mut().poll(cx) else {
                        return Poll::Pending;
                    };
                    this.state = QueryState::Done;
                    return Poll::Ready(result.and_then(T::from_value));
                }
                QueryState::Done => {
                    return Poll::Ready(Err(Error::new(
                        ErrorKind::InvalidCommand,
                        "a query was polled after it completed",
                    )));
                }
            }
        }
    }
}

impl<R: Runtime, T> std::fmt::Debug for Query<'_, R, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = match self.state {
            QueryState::Start(_) => "start",
            QueryState::Sent { .. } => "sent",
            QueryState::Slow(_) => "slow",
            QueryState::Done => "done",
        };
        f.debug_struct("Query")
            .field("state", &state)
            .finish_non_exhaustive()
    }
}

/// An argument owned by an options struct or enum: the value a setter
/// was given, kept until the command is built.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnedArg(Repr);

#[derive(Clone, Debug, PartialEq)]
enum Repr {
    Bytes(Bytes),
    Int(i64),
    Uint(u64),
    Float(f64),
}

impl OwnedArg {
    /// Copies `arg` (a `&str`, bytes, a number...).
    pub fn new(arg: impl ToArg) -> Self {
        Self(match arg.to_arg() {
            Arg::Bytes(bytes) => Repr::Bytes(Bytes::copy_from_slice(bytes)),
            Arg::Int(value) => Repr::Int(value),
            Arg::Uint(value) => Repr::Uint(value),
            Arg::Float(value) => Repr::Float(value),
            Arg::Text(text) => Repr::Bytes(Bytes::copy_from_slice(text.as_bytes())),
            _ => Repr::Bytes(Bytes::new()),
        })
    }
}

impl ToArg for OwnedArg {
    fn to_arg(&self) -> Arg<'_> {
        match &self.0 {
            Repr::Bytes(bytes) => Arg::Bytes(bytes),
            Repr::Int(value) => Arg::Int(*value),
            Repr::Uint(value) => Arg::Uint(*value),
            Repr::Float(value) => Arg::Float(*value),
        }
    }
}

/// Any command, built argument by argument: [`Client::cmd`].
///
/// ```no_run
/// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) -> resp_client::Result<()> {
/// let length: i64 = client.cmd("XLEN").arg("events").query().await?;
/// # Ok(()) }
/// ```
#[must_use = "a command does nothing until it is queried"]
pub struct Command<'a, R: Runtime> {
    client: &'a Client<R>,
    cmd: Cmd,
}

impl<R: Runtime> Command<'_, R> {
    /// Adds one argument.
    pub fn arg(mut self, arg: impl ToArg) -> Self {
        self.cmd.push(arg);
        self
    }

    /// Adds any number of arguments ([`ToArgs`]: one value, a slice, a
    /// tuple, a map...).
    pub fn args(mut self, args: impl ToArgs) -> Self {
        args.write_args(&mut self.cmd);
        self
    }

    /// Sends the command and converts the reply.
    ///
    /// # Errors
    ///
    /// The server's error reply, a connection or timeout error, or a reply
    /// that does not convert to `T`.
    pub async fn query<T: FromValue>(self) -> Result<T, Error> {
        self.client.query(&self.cmd).await
    }

    /// The command built so far.
    pub fn as_cmd(&self) -> &Cmd {
        &self.cmd
    }
}

/// Options of [`Commands::set_with`]: expiry and conditions.
///
/// ```
/// use std::time::Duration;
/// use resp_client::SetOptions;
///
/// let options = SetOptions::new().expire_in(Duration::from_secs(60)).only_if_absent();
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct SetOptions {
    expiry: Option<Expiry>,
    condition: Option<Condition>,
    get: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expiry {
    Seconds(u64),
    Millis(u64),
    KeepTtl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Condition {
    Nx,
    Xx,
}

impl SetOptions {
    /// No expiry, no condition.
    pub fn new() -> Self {
        Self::default()
    }

    /// `EX` (whole seconds) or `PX` (when `ttl` has a fractional second).
    pub fn expire_in(mut self, ttl: Duration) -> Self {
        self.expiry = Some(if ttl.subsec_nanos() == 0 {
            Expiry::Seconds(ttl.as_secs())
        } else {
            Expiry::Millis(u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX).max(1))
        });
        self
    }

    /// `KEEPTTL`: keep the key's current expiry.
    pub fn keep_ttl(mut self) -> Self {
        self.expiry = Some(Expiry::KeepTtl);
        self
    }

    /// `NX`: only if the key does not exist.
    pub fn only_if_absent(mut self) -> Self {
        self.condition = Some(Condition::Nx);
        self
    }

    /// `XX`: only if the key exists.
    pub fn only_if_present(mut self) -> Self {
        self.condition = Some(Condition::Xx);
        self
    }

    /// `GET`: reply with the old value.
    pub fn get_old(mut self) -> Self {
        self.get = true;
        self
    }

    pub(crate) fn write(&self, cmd: &mut Cmd) {
        match self.expiry {
            Some(Expiry::Seconds(s)) => {
                cmd.push("EX");
                cmd.push(s);
            }
            Some(Expiry::Millis(ms)) => {
                cmd.push("PX");
                cmd.push(ms);
            }
            Some(Expiry::KeepTtl) => cmd.push("KEEPTTL"),
            None => {}
        }
        match self.condition {
            Some(Condition::Nx) => cmd.push("NX"),
            Some(Condition::Xx) => cmd.push("XX"),
            None => {}
        }
        if self.get {
            cmd.push("GET");
        }
    }
}

/// A key's time to live, from [`Commands::ttl`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ttl {
    /// The key does not exist.
    Missing,
    /// The key exists and does not expire.
    Persistent,
    /// The key expires in this long (whole seconds).
    Expires(Duration),
}

impl FromValue for Ttl {
    fn from_value(frame: Frame) -> Result<Self, Error> {
        Ok(match i64::from_value(frame)? {
            -2 => Self::Missing,
            -1 => Self::Persistent,
            seconds => Self::Expires(Duration::from_secs(seconds.unsigned_abs())),
        })
    }
}

/// `INFO`, parsed: sections of `field: value`.
///
/// ```
/// use resp_client::Info;
///
/// let info = Info::parse("# Server\r\nredis_version:7.0.15\r\n\r\n# Clients\r\nconnected_clients:1\r\n");
/// assert_eq!(info.get("server", "redis_version"), Some("7.0.15"));
/// assert_eq!(info.get("clients", "connected_clients"), Some("1"));
/// assert_eq!(info.connected_clients(), Some(1));
/// assert_eq!(info.version(), Some((7, 0, 15)));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Info {
    sections: BTreeMap<String, BTreeMap<String, String>>,
}

impl Info {
    /// Parses the text `INFO` replies with. Section names are lower-cased.
    pub fn parse(text: &str) -> Self {
        let mut sections: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        let mut current = String::new();
        for line in text.lines() {
            let line = line.trim_end_matches('\r');
            if let Some(name) = line.strip_prefix('#') {
                current = name.trim().to_ascii_lowercase();
                sections.entry(current.clone()).or_default();
            } else if let Some((field, value)) = line.split_once(':') {
                sections
                    .entry(current.clone())
                    .or_default()
                    .insert(field.to_owned(), value.to_owned());
            }
        }
        Self { sections }
    }

    /// A field of a section (`"server"`, `"redis_version"`).
    pub fn get(&self, section: &str, field: &str) -> Option<&str> {
        self.sections
            .get(&section.to_ascii_lowercase())?
            .get(field)
            .map(String::as_str)
    }

    /// A section's fields.
    pub fn section(&self, name: &str) -> Option<&BTreeMap<String, String>> {
        self.sections.get(&name.to_ascii_lowercase())
    }

    /// The section names, in order.
    pub fn section_names(&self) -> impl Iterator<Item = &str> {
        self.sections.keys().map(String::as_str)
    }

    /// A field parsed as `T` (`u64`, `f64`, `bool` is not INFO's
    /// spelling: use `u8` for its `0`/`1` flags); `None` when the section
    /// or field is absent, which is how an older server shows a field it
    /// does not have.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Conversion`] naming the field, when its value does not
    /// parse as `T`.
    pub fn get_parsed<T: std::str::FromStr>(
        &self,
        section: &str,
        field: &str,
    ) -> Result<Option<T>, Error> {
        let Some(value) = self.get(section, field) else {
            return Ok(None);
        };
        value.parse().map(Some).map_err(|_| {
            Error::new(
                ErrorKind::Conversion,
                format!(
                    "INFO {section} field {field}: expected {}, got {value:?}",
                    std::any::type_name::<T>()
                ),
            )
        })
    }

    /// `server.redis_version` as numbers (`7.0.15` is `(7, 0, 15)`), for
    /// deciding which features the server has.
    pub fn version(&self) -> Option<(u32, u32, u32)> {
        let mut parts = self.get("server", "redis_version")?.split('.');
        let mut next = || parts.next().and_then(|part| part.parse().ok());
        Some((next()?, next().unwrap_or(0), next().unwrap_or(0)))
    }

    /// `server.uptime_in_seconds`.
    pub fn uptime(&self) -> Option<Duration> {
        self.get_parsed("server", "uptime_in_seconds")
            .ok()
            .flatten()
            .map(Duration::from_secs)
    }

    /// `clients.connected_clients`.
    pub fn connected_clients(&self) -> Option<u64> {
        self.get_parsed("clients", "connected_clients")
            .ok()
            .flatten()
    }

    /// `memory.used_memory`, in bytes.
    pub fn used_memory(&self) -> Option<u64> {
        self.get_parsed("memory", "used_memory").ok().flatten()
    }

    /// `replication.role`: `master` or `slave`.
    pub fn role(&self) -> Option<&str> {
        self.get("replication", "role")
    }

    /// The `keyspace` section: for each database with keys, its number and
    /// its `keys`, `expires` and `avg_ttl`. A line of another shape is
    /// left out.
    pub fn keyspace(&self) -> BTreeMap<u32, KeyspaceInfo> {
        let Some(section) = self.section("keyspace") else {
            return BTreeMap::new();
        };
        section
            .iter()
            .filter_map(|(db, stats)| {
                let db = db.strip_prefix("db")?.parse().ok()?;
                let mut info = KeyspaceInfo::default();
                for pair in stats.split(',') {
                    let (name, value) = pair.split_once('=')?;
                    let value = value.parse().ok()?;
                    match name {
                        "keys" => info.keys = value,
                        "expires" => info.expires = value,
                        "avg_ttl" => info.avg_ttl = Duration::from_millis(value),
                        _ => {}
                    }
                }
                Some((db, info))
            })
            .collect()
    }
}

/// One database of `INFO keyspace` ([`Info::keyspace`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct KeyspaceInfo {
    /// Keys in the database.
    pub keys: u64,
    /// Keys with an expiry.
    pub expires: u64,
    /// The average time to live of the keys with an expiry (an estimate).
    pub avg_ttl: Duration,
}

impl FromValue for Info {
    fn from_value(frame: Frame) -> Result<Self, Error> {
        let text = String::from_value(frame)?;
        Ok(Self::parse(&text))
    }
}

impl<R: Runtime> Client<R> {
    /// Sends `cmd` and converts the reply to `T`.
    ///
    /// # Errors
    ///
    /// The server's error reply, a connection or timeout error, or a reply
    /// that does not convert to `T`.
    pub async fn query<T: FromValue>(&self, cmd: &Cmd) -> Result<T, Error> {
        T::from_value(self.query_frame(cmd).await?)
    }

    /// Any command, by name: `client.cmd("XADD").arg(...).query().await`.
    pub fn cmd(&self, name: &str) -> Command<'_, R> {
        Command {
            client: self,
            cmd: Cmd::new(name),
        }
    }
}

//! Typed commands, and `cmd("ANY")` for everything else.

use std::collections::BTreeMap;
use std::time::Duration;

use resp_core::{Cmd, Frame, ToArg};

use crate::args::ToArgs;
use crate::client::Client;
use crate::error::Error;
use crate::runtime::Runtime;
use crate::value::FromValue;

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

/// Options of [`Client::set_with`]: expiry and conditions.
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

    fn write(self, cmd: &mut Cmd) {
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

/// A key's time to live, from [`Client::ttl`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ttl {
    /// The key does not exist.
    Missing,
    /// The key exists and does not expire.
    Persistent,
    /// The key expires in this long (whole seconds).
    Expires(Duration),
}

/// `INFO`, parsed: sections of `field: value`.
///
/// ```
/// use resp_client::Info;
///
/// let info = Info::parse("# Server\r\nredis_version:7.0.15\r\n\r\n# Clients\r\nconnected_clients:1\r\n");
/// assert_eq!(info.get("server", "redis_version"), Some("7.0.15"));
/// assert_eq!(info.get("clients", "connected_clients"), Some("1"));
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

    /// `GET key`: `Option<T>` for a key that may be missing.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn get<T: FromValue>(&self, key: impl ToArg) -> Result<T, Error> {
        self.query(&Cmd::new("GET").arg(key)).await
    }

    /// `SET key value`.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn set(&self, key: impl ToArg, value: impl ToArg) -> Result<(), Error> {
        self.query(&Cmd::new("SET").arg(key).arg(value)).await
    }

    /// `SET key value` with options. Without [`SetOptions::get_old`], the
    /// reply converts to `bool` (whether the value was set: `NX`/`XX` may
    /// refuse); with it, to `Option<V>`, the old value.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn set_with<T: FromValue>(
        &self,
        key: impl ToArg,
        value: impl ToArg,
        options: SetOptions,
    ) -> Result<T, Error> {
        let mut cmd = Cmd::new("SET").arg(key).arg(value);
        options.write(&mut cmd);
        self.query(&cmd).await
    }

    /// `DEL key [key ...]`: how many keys were removed.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn del(&self, keys: impl ToArgs) -> Result<u64, Error> {
        self.query(&Cmd::new("DEL").args_from(keys)).await
    }

    /// `EXISTS key [key ...]`: how many of the keys exist.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn exists(&self, keys: impl ToArgs) -> Result<u64, Error> {
        self.query(&Cmd::new("EXISTS").args_from(keys)).await
    }

    /// `EXPIRE key seconds` (or `PEXPIRE` for a fractional second):
    /// whether the key exists to expire.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn expire(&self, key: impl ToArg, ttl: Duration) -> Result<bool, Error> {
        let cmd = if ttl.subsec_nanos() == 0 {
            Cmd::new("EXPIRE").arg(key).arg(ttl.as_secs())
        } else {
            Cmd::new("PEXPIRE")
                .arg(key)
                .arg(u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX))
        };
        self.query(&cmd).await
    }

    /// `TTL key`.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn ttl(&self, key: impl ToArg) -> Result<Ttl, Error> {
        let seconds: i64 = self.query(&Cmd::new("TTL").arg(key)).await?;
        Ok(match seconds {
            -2 => Ttl::Missing,
            -1 => Ttl::Persistent,
            s => Ttl::Expires(Duration::from_secs(s.unsigned_abs())),
        })
    }

    /// `INCR key`: the new value.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn incr(&self, key: impl ToArg) -> Result<i64, Error> {
        self.query(&Cmd::new("INCR").arg(key)).await
    }

    /// `INCRBY key by`: the new value.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn incr_by(&self, key: impl ToArg, by: i64) -> Result<i64, Error> {
        self.query(&Cmd::new("INCRBY").arg(key).arg(by)).await
    }

    /// `MGET key [key ...]`: one value per key (`Option<T>` for keys that
    /// may be missing).
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn mget<T: FromValue>(&self, keys: impl ToArgs) -> Result<Vec<T>, Error> {
        self.query(&Cmd::new("MGET").args_from(keys)).await
    }

    /// `MSET key value [key value ...]`, from pairs or a map.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn mset(&self, pairs: impl ToArgs) -> Result<(), Error> {
        self.query(&Cmd::new("MSET").args_from(pairs)).await
    }

    /// `PING`: succeeds when the server answers `PONG`.
    ///
    /// # Errors
    ///
    /// As [`Client::query`]; a reply other than `PONG` is a conversion
    /// error.
    pub async fn ping(&self) -> Result<(), Error> {
        match self.query_frame(&Cmd::new("PING")).await? {
            Frame::SimpleString(pong) if &pong[..] == b"PONG" => Ok(()),
            other => Err(Error::conversion("PONG", &other)),
        }
    }

    /// `ECHO message`.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn echo<T: FromValue>(&self, message: impl ToArg) -> Result<T, Error> {
        self.query(&Cmd::new("ECHO").arg(message)).await
    }

    /// `HSET key field value [field value ...]`, from pairs or a map: how
    /// many fields were added.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn hset(&self, key: impl ToArg, fields: impl ToArgs) -> Result<u64, Error> {
        self.query(&Cmd::new("HSET").arg(key).args_from(fields))
            .await
    }

    /// `HGET key field`.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn hget<T: FromValue>(&self, key: impl ToArg, field: impl ToArg) -> Result<T, Error> {
        self.query(&Cmd::new("HGET").arg(key).arg(field)).await
    }

    /// `HGETALL key`, as a map (`HashMap<String, String>`...) or pairs.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn hgetall<T: FromValue>(&self, key: impl ToArg) -> Result<T, Error> {
        self.query(&Cmd::new("HGETALL").arg(key)).await
    }

    /// `LPUSH key value [value ...]`: the list's new length.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn lpush(&self, key: impl ToArg, values: impl ToArgs) -> Result<u64, Error> {
        self.query(&Cmd::new("LPUSH").arg(key).args_from(values))
            .await
    }

    /// `RPUSH key value [value ...]`: the list's new length.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn rpush(&self, key: impl ToArg, values: impl ToArgs) -> Result<u64, Error> {
        self.query(&Cmd::new("RPUSH").arg(key).args_from(values))
            .await
    }

    /// `LRANGE key start stop` (inclusive; negative counts from the end).
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn lrange<T: FromValue>(
        &self,
        key: impl ToArg,
        start: i64,
        stop: i64,
    ) -> Result<Vec<T>, Error> {
        self.query(&Cmd::new("LRANGE").arg(key).arg(start).arg(stop))
            .await
    }

    /// `SADD key member [member ...]`: how many were added.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn sadd(&self, key: impl ToArg, members: impl ToArgs) -> Result<u64, Error> {
        self.query(&Cmd::new("SADD").arg(key).args_from(members))
            .await
    }

    /// `SMEMBERS key`, as a set (`HashSet<String>`...) or a `Vec`.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn smembers<T: FromValue>(&self, key: impl ToArg) -> Result<T, Error> {
        self.query(&Cmd::new("SMEMBERS").arg(key)).await
    }

    /// `ZADD key score member [score member ...]`, from `(score, member)`
    /// pairs: how many members were added.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn zadd(&self, key: impl ToArg, members: impl ToArgs) -> Result<u64, Error> {
        self.query(&Cmd::new("ZADD").arg(key).args_from(members))
            .await
    }

    /// `ZRANGE key start stop`: the members, by rank.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn zrange<M: FromValue>(
        &self,
        key: impl ToArg,
        start: i64,
        stop: i64,
    ) -> Result<Vec<M>, Error> {
        self.query(&Cmd::new("ZRANGE").arg(key).arg(start).arg(stop))
            .await
    }

    /// `ZRANGE key start stop WITHSCORES`: `(member, score)` pairs, in
    /// RESP2 and RESP3 alike.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn zrange_with_scores<M: FromValue>(
        &self,
        key: impl ToArg,
        start: i64,
        stop: i64,
    ) -> Result<Vec<(M, f64)>, Error> {
        let cmd = Cmd::new("ZRANGE")
            .arg(key)
            .arg(start)
            .arg(stop)
            .arg("WITHSCORES");
        self.query(&cmd).await
    }

    /// `INFO [section]`, parsed.
    ///
    /// # Errors
    ///
    /// As [`Client::query`].
    pub async fn info(&self, section: Option<&str>) -> Result<Info, Error> {
        let mut cmd = Cmd::new("INFO");
        if let Some(section) = section {
            cmd.push(section);
        }
        self.query(&cmd).await
    }
}

/// `Cmd` with [`ToArgs`].
trait CmdExt {
    fn args_from(self, args: impl ToArgs) -> Self;
}

impl CmdExt for Cmd {
    fn args_from(mut self, args: impl ToArgs) -> Self {
        args.write_args(&mut self);
        self
    }
}

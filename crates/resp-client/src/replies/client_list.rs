//! `CLIENT LIST` and `CLIENT INFO`: [`ClientList`], [`ClientInfo`].

use std::collections::BTreeMap;
use std::ops::Deref;
use std::str::FromStr;
use std::time::Duration;

use resp_core::Frame;

use super::{text_of, text_pairs};
use crate::error::{Error, ErrorKind, Result};
use crate::value::FromValue;

/// One client connection as `CLIENT INFO` describes it, or one line of
/// `CLIENT LIST`.
///
/// The reply is text, one `name=value` pair per field
/// (`id=3 addr=127.0.0.1:53762 laddr=... fd=8 name=web age=0 ...`). The
/// fields every supported server sends are plain; those that came with a
/// later server (`laddr` 6.2, `user` 6.0, `resp` and `ssub` 7.0,
/// `lib-name` and `lib-ver` 7.2) are `Option`s, `None` when the line lacks
/// them. Every other field, including any a newer server adds, is kept as
/// text in [`fields`](Self::fields).
///
/// ```
/// use resp_client::{ClientInfo, FromValue, Frame};
///
/// let line = "id=7 addr=127.0.0.1:50000 laddr=127.0.0.1:6379 fd=9 name=web age=12 idle=0 \
///             flags=N db=2 sub=0 psub=0 ssub=0 multi=-1 qbuf=26 qbuf-free=20448 omem=0 \
///             tot-mem=22298 events=r cmd=client|info user=default resp=3 lib-name= lib-ver=\n";
/// let info = ClientInfo::from_value(Frame::bulk(line))?;
/// assert_eq!((info.id, info.db, info.name.as_deref()), (7, 2, Some("web")));
/// assert_eq!(info.multi, None);
/// assert_eq!(info.lib_name, None);
/// assert_eq!(info.fields["qbuf-free"], "20448");
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ClientInfo {
    /// `id`: the connection's unique id.
    pub id: u64,
    /// `addr`: the client's address, `ip:port` or a Unix socket path.
    pub addr: String,
    /// `laddr`: the server's address the client connected to (6.2+).
    pub laddr: Option<String>,
    /// `fd`: the socket's file descriptor, `-1` for internal clients.
    pub fd: i64,
    /// `name`: the name set with `CLIENT SETNAME`; `None` when unset.
    pub name: Option<String>,
    /// `age`: how long the connection has been open (whole seconds).
    pub age: Duration,
    /// `idle`: how long since its last command (whole seconds).
    pub idle: Duration,
    /// `flags`: one letter per flag (`N` none, `M` master, `S` replica,
    /// `P` pubsub, `x` in MULTI...); see [`ClientInfo::has_flag`].
    pub flags: String,
    /// `db`: the selected database.
    pub db: u32,
    /// `sub`: channel subscriptions.
    pub sub: u64,
    /// `psub`: pattern subscriptions.
    pub psub: u64,
    /// `ssub`: shard channel subscriptions (7.0+).
    pub ssub: Option<u64>,
    /// `multi`: commands queued in MULTI; `None` outside a transaction.
    pub multi: Option<u64>,
    /// `qbuf`: the query buffer's length in bytes.
    pub qbuf: u64,
    /// `omem`: output buffer memory in bytes.
    pub omem: u64,
    /// `tot-mem`: all memory the client uses, in bytes.
    pub tot_mem: Option<u64>,
    /// `events`: the file events the server waits for (`r`, `w`, `rw`).
    pub events: String,
    /// `cmd`: the last command run (`client|list` for a subcommand).
    pub cmd: String,
    /// `user`: the ACL user (6.0+).
    pub user: Option<String>,
    /// `lib-name`: the client library's name from `CLIENT SETINFO` (7.2+);
    /// `None` when unset.
    pub lib_name: Option<String>,
    /// `lib-ver`: the client library's version (7.2+); `None` when unset.
    pub lib_ver: Option<String>,
    /// `resp`: the protocol version the connection speaks (7.0+).
    pub resp: Option<u8>,
    /// Every other field, as text (`qbuf-free`, `argv-mem`, `obl`, `redir`...).
    pub fields: BTreeMap<String, String>,
}

impl ClientInfo {
    /// Parses one line of `CLIENT LIST` (or the `CLIENT INFO` reply).
    ///
    /// # Errors
    ///
    /// An [`ErrorKind::Conversion`] error when a field every server sends
    /// is missing, or a numeric field is not a number.
    pub fn parse(line: &str) -> Result<Self> {
        let mut fields: BTreeMap<String, String> = text_pairs(line)
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect();
        let mut text = |name: &str| -> Result<String> {
            fields.remove(name).ok_or_else(|| {
                Error::new(
                    ErrorKind::Conversion,
                    format!("expected a CLIENT LIST line with {name}=, got one without"),
                )
            })
        };
        let id = number(&text("id")?, "id")?;
        let addr = text("addr")?;
        let fd = number(&text("fd")?, "fd")?;
        let name = non_empty(text("name")?);
        let age = Duration::from_secs(number(&text("age")?, "age")?);
        let idle = Duration::from_secs(number(&text("idle")?, "idle")?);
        let flags = text("flags")?;
        let db = number(&text("db")?, "db")?;
        let sub = number(&text("sub")?, "sub")?;
        let psub = number(&text("psub")?, "psub")?;
        let multi: i64 = number(&text("multi")?, "multi")?;
        let qbuf = number(&text("qbuf")?, "qbuf")?;
        let omem = number(&text("omem")?, "omem")?;
        let events = text("events")?;
        let cmd = text("cmd")?;
        let laddr = fields.remove("laddr");
        let ssub = optional_number(fields.remove("ssub"), "ssub")?;
        let tot_mem = optional_number(fields.remove("tot-mem"), "tot-mem")?;
        let user = fields.remove("user");
        let lib_name = fields.remove("lib-name").and_then(non_empty);
        let lib_ver = fields.remove("lib-ver").and_then(non_empty);
        let resp = optional_number(fields.remove("resp"), "resp")?;
        Ok(Self {
            id,
            addr,
            laddr,
            fd,
            name,
            age,
            idle,
            flags,
            db,
            sub,
            psub,
            ssub,
            multi: u64::try_from(multi).ok(),
            qbuf,
            omem,
            tot_mem,
            events,
            cmd,
            user,
            lib_name,
            lib_ver,
            resp,
            fields,
        })
    }

    /// Whether `flags` holds `flag` (`'x'`: in MULTI, `'P'`: subscribed,
    /// `'S'`: a replica...).
    pub fn has_flag(&self, flag: char) -> bool {
        self.flags.contains(flag)
    }
}

impl FromStr for ClientInfo {
    type Err = Error;

    fn from_str(line: &str) -> Result<Self> {
        Self::parse(line)
    }
}

/// A bulk or verbatim string holding one line.
impl FromValue for ClientInfo {
    fn from_value(frame: Frame) -> Result<Self> {
        Self::parse(&text_of(frame, "a CLIENT INFO line")?)
    }
}

/// `text` parsed as a number, or an error naming the field (not its value).
fn number<T: FromStr>(text: &str, field: &str) -> Result<T> {
    text.parse().map_err(|_| {
        Error::new(
            ErrorKind::Conversion,
            format!("expected a CLIENT LIST line whose {field}= is a number in range, got another"),
        )
    })
}

fn optional_number<T: FromStr>(text: Option<String>, field: &str) -> Result<Option<T>> {
    text.map(|text| number(&text, field)).transpose()
}

fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// The reply to `CLIENT LIST`: one [`ClientInfo`] per connection.
///
/// ```
/// use resp_client::{ClientList, FromValue, Frame};
///
/// let text = "id=3 addr=127.0.0.1:1 fd=8 name= age=0 idle=0 flags=N db=0 sub=0 psub=0 multi=-1 qbuf=0 omem=0 events=r cmd=ping\n\
///             id=4 addr=127.0.0.1:2 fd=9 name=job age=5 idle=5 flags=N db=1 sub=0 psub=0 multi=-1 qbuf=0 omem=0 events=r cmd=get\n";
/// let clients = ClientList::from_value(Frame::bulk(text))?;
/// assert_eq!(clients.len(), 2);
/// assert_eq!(clients.by_name("job").map(|c| c.id), Some(4));
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientList(pub Vec<ClientInfo>);

impl ClientList {
    /// Parses the text of `CLIENT LIST`: one client per line.
    ///
    /// # Errors
    ///
    /// As [`ClientInfo::parse`], for any line.
    pub fn parse(text: &str) -> Result<Self> {
        text.lines()
            .filter(|line| !line.trim().is_empty())
            .map(ClientInfo::parse)
            .collect::<Result<_>>()
            .map(Self)
    }

    /// The first client named `name`.
    pub fn by_name(&self, name: &str) -> Option<&ClientInfo> {
        self.0
            .iter()
            .find(|client| client.name.as_deref() == Some(name))
    }

    /// The client with id `id`.
    pub fn by_id(&self, id: u64) -> Option<&ClientInfo> {
        self.0.iter().find(|client| client.id == id)
    }
}

impl Deref for ClientList {
    type Target = [ClientInfo];

    fn deref(&self) -> &[ClientInfo] {
        &self.0
    }
}

impl IntoIterator for ClientList {
    type Item = ClientInfo;
    type IntoIter = std::vec::IntoIter<ClientInfo>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// A bulk or verbatim string of lines.
impl FromValue for ClientList {
    fn from_value(frame: Frame) -> Result<Self> {
        Self::parse(&text_of(frame, "the text of CLIENT LIST")?)
    }
}

#[cfg(test)]
mod tests {
    use resp_core::VerbatimFormat;

    use super::*;

    const REDIS_72: &str = "id=3 addr=127.0.0.1:53762 laddr=127.0.0.1:6379 fd=8 name=web age=4 idle=1 \
        flags=x db=0 sub=1 psub=2 ssub=3 multi=2 qbuf=26 qbuf-free=20448 argv-mem=10 multi-mem=0 \
        rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=22298 events=r cmd=client|list user=default \
        redir=-1 resp=2 lib-name=resp lib-ver=0.1.0 future-field=yes\n";

    const REDIS_50: &str = "id=5 addr=/tmp/redis.sock:0 fd=8 name= age=0 idle=0 flags=U db=3 sub=0 psub=0 multi=-1 \
         qbuf=0 qbuf-free=32768 obl=0 oll=0 omem=0 events=r cmd=client\n";

    #[test]
    fn a_new_servers_line() {
        let info = ClientInfo::from_value(Frame::bulk(REDIS_72)).unwrap();
        assert_eq!(info.id, 3);
        assert_eq!(info.addr, "127.0.0.1:53762");
        assert_eq!(info.laddr.as_deref(), Some("127.0.0.1:6379"));
        assert_eq!(info.fd, 8);
        assert_eq!(info.name.as_deref(), Some("web"));
        assert_eq!(info.age, Duration::from_secs(4));
        assert_eq!(info.idle, Duration::from_secs(1));
        assert!(info.has_flag('x') && !info.has_flag('P'));
        assert_eq!(
            (info.db, info.sub, info.psub, info.ssub),
            (0, 1, 2, Some(3))
        );
        assert_eq!(info.multi, Some(2));
        assert_eq!((info.qbuf, info.omem, info.tot_mem), (26, 0, Some(22298)));
        assert_eq!(info.events, "r");
        assert_eq!(info.cmd, "client|list");
        assert_eq!(info.user.as_deref(), Some("default"));
        assert_eq!(info.lib_name.as_deref(), Some("resp"));
        assert_eq!(info.lib_ver.as_deref(), Some("0.1.0"));
        assert_eq!(info.resp, Some(2));
        assert_eq!(info.fields["future-field"], "yes");
        assert_eq!(info.fields["redir"], "-1");
        assert!(!info.fields.contains_key("id"));
    }

    #[test]
    fn an_old_servers_line() {
        // RESP3 sends the text as a verbatim string.
        let frame = Frame::VerbatimString {
            format: VerbatimFormat::new(*b"txt").unwrap(),
            text: REDIS_50.into(),
        };
        let info = ClientInfo::from_value(frame).unwrap();
        assert_eq!(info.addr, "/tmp/redis.sock:0");
        assert_eq!((info.name, info.multi, info.db), (None, None, 3));
        assert_eq!((info.laddr, info.ssub, info.tot_mem), (None, None, None));
        assert_eq!((info.user, info.resp, info.lib_name), (None, None, None));
    }

    #[test]
    fn a_list_of_lines() {
        let list = ClientList::from_value(Frame::bulk(format!("{REDIS_72}{REDIS_50}"))).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list.by_name("web").map(|c| c.id), Some(3));
        assert_eq!(list.by_id(5).map(|c| c.db), Some(3));
        assert!(list.by_name("nobody").is_none());
        assert_eq!(ClientList::from_value(Frame::bulk("")).unwrap().len(), 0);
    }

    #[test]
    fn bad_lines_are_errors() {
        let error = ClientInfo::from_value(Frame::bulk("addr=x")).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Conversion);
        assert_eq!(
            error.to_string(),
            "expected a CLIENT LIST line with id=, got one without"
        );
        let line = REDIS_72.replace("qbuf=26", "qbuf=lots");
        assert_eq!(
            ClientInfo::parse(&line).unwrap_err().to_string(),
            "expected a CLIENT LIST line whose qbuf= is a number in range, got another"
        );
        assert_eq!(
            ClientList::from_value(Frame::Integer(1))
                .unwrap_err()
                .to_string(),
            "expected the text of CLIENT LIST, got an integer"
        );
    }
}

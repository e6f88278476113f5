//! Streams: [`StreamId`], [`StreamEntry`], `XREAD` ([`StreamReadReply`]),
//! `XINFO` ([`StreamInfo`], [`StreamGroupInfo`], [`StreamConsumerInfo`]),
//! `XPENDING` ([`PendingSummary`], [`PendingEntry`]) and `XAUTOCLAIM`
//! ([`AutoClaimReply`]).

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::str::FromStr;
use std::time::Duration;

use bytes::Bytes;
use resp_core::{Arg, ArgText, Cmd, Frame, ToArg};

use super::{Record, elements, in_field, leading, plain, utf8};
use crate::args::ToArgs;
use crate::error::{Error, ErrorKind, Result};
use crate::value::FromValue;

/// A stream entry's id: `<milliseconds>-<sequence>`, ordered as the
/// stream orders its entries.
///
/// ```
/// use resp_client::StreamId;
///
/// let id: StreamId = "1526919030474-55".parse()?;
/// assert_eq!((id.ms, id.seq), (1526919030474, 55));
/// assert_eq!(id.to_string(), "1526919030474-55");
/// assert!(StreamId::new(1526919030474, 56) > id);
/// assert!("1526919030474".parse::<StreamId>().is_err());
/// # Ok::<(), resp_client::ParseStreamIdError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StreamId {
    /// The milliseconds part: the Unix time in ms when the id was made
    /// (unless set by hand).
    pub ms: u64,
    /// The sequence number among entries of the same millisecond.
    pub seq: u64,
}

impl StreamId {
    /// `0-0`, below every entry's id.
    pub const MIN: Self = Self { ms: 0, seq: 0 };
    /// The largest id.
    pub const MAX: Self = Self {
        ms: u64::MAX,
        seq: u64::MAX,
    };

    /// The id `ms-seq`.
    pub const fn new(ms: u64, seq: u64) -> Self {
        Self { ms, seq }
    }

    /// The next id up (for an exclusive range start), or `None` after
    /// [`StreamId::MAX`].
    pub fn successor(self) -> Option<Self> {
        match self.seq.checked_add(1) {
            Some(seq) => Some(Self { ms: self.ms, seq }),
            None => Some(Self {
                ms: self.ms.checked_add(1)?,
                seq: 0,
            }),
        }
    }
}

impl fmt::Display for StreamId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.ms, self.seq)
    }
}

/// A string that is not a stream id (`<ms>-<seq>`, both decimal).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a stream id: expected <milliseconds>-<sequence>")]
pub struct ParseStreamIdError(());

impl FromStr for StreamId {
    type Err = ParseStreamIdError;

    fn from_str(text: &str) -> Result<Self, ParseStreamIdError> {
        let (ms, seq) = text.split_once('-').ok_or(ParseStreamIdError(()))?;
        let digits = |part: &str| {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ParseStreamIdError(()));
            }
            part.parse().map_err(|_| ParseStreamIdError(()))
        };
        Ok(Self {
            ms: digits(ms)?,
            seq: digits(seq)?,
        })
    }
}

/// A string `<ms>-<seq>`.
impl FromValue for StreamId {
    fn from_value(frame: Frame) -> Result<Self> {
        const EXPECTED: &str = "a stream id";
        let frame = plain(frame)?;
        let bytes = match &frame {
            Frame::BulkString(bytes) | Frame::SimpleString(bytes) => bytes,
            Frame::VerbatimString { text, .. } => text,
            _ => return Err(Error::conversion(EXPECTED, &frame)),
        };
        utf8(bytes, EXPECTED, &frame)?
            .parse()
            .map_err(|_| super::mismatch(EXPECTED, &frame, "that is not <milliseconds>-<sequence>"))
    }
}

/// One argument, `<ms>-<seq>`.
impl ToArg for StreamId {
    fn to_arg(&self) -> Arg<'_> {
        let mut text = ArgText::new();
        // Two u64s and a dash: at most 41 bytes, within ArgText's 48.
        let _ = write!(text, "{}-{}", self.ms, self.seq);
        Arg::Text(text)
    }
}

impl ToArgs for StreamId {
    fn write_args(&self, cmd: &mut Cmd) {
        cmd.push(self);
    }

    fn arg_count(&self) -> usize {
        1
    }
}

/// One entry of a stream: `[id, [field, value, field, value...]]` in both
/// protocols.
///
/// `XRANGE`, `XREVRANGE` and `XCLAIM` reply with a `Vec<StreamEntry>`. An
/// entry deleted while pending comes as `[id, null]` from `XREADGROUP`'s
/// history and `XCLAIM`: it reads as an entry with no fields.
///
/// ```
/// use resp_client::{FromValue, Frame, StreamEntry, StreamId};
///
/// let reply = Frame::Array(vec![
///     Frame::bulk("1-1"),
///     Frame::Array(vec![Frame::bulk("temp"), Frame::bulk("21.5")]),
/// ]);
/// let entry = StreamEntry::from_value(reply)?;
/// assert_eq!(entry.id, StreamId::new(1, 1));
/// assert_eq!(entry.get("temp").map(|v| &v[..]), Some(&b"21.5"[..]));
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StreamEntry {
    /// The entry's id.
    pub id: StreamId,
    /// Its fields and values, in the order they were added.
    pub fields: Vec<(Bytes, Bytes)>,
}

impl StreamEntry {
    /// The value of the first field named `field`.
    pub fn get(&self, field: impl AsRef<[u8]>) -> Option<&Bytes> {
        let field = field.as_ref();
        self.fields
            .iter()
            .find(|(name, _)| name[..] == *field)
            .map(|(_, value)| value)
    }
}

/// An array of the id and the flat list of fields (or null).
impl FromValue for StreamEntry {
    fn from_value(frame: Frame) -> Result<Self> {
        let ([id, fields], _) = leading::<2>(frame, "a stream entry of [id, fields]", false)?;
        let id = StreamId::from_value(id).map_err(|e| in_field(e, "stream entry", "id"))?;
        let fields = match fields.value() {
            Frame::Null => Vec::new(),
            _ => Vec::from_value(fields).map_err(|e| in_field(e, "stream entry", "fields"))?,
        };
        Ok(Self { id, fields })
    }
}

/// The reply to `XREAD` and `XREADGROUP`: each stream's key with the
/// entries read from it.
///
/// RESP2 sends an array of `[key, entries]` pairs, RESP3 a map of key to
/// entries; both read alike. When `BLOCK` times out with nothing to read,
/// the server sends null, which reads as an empty reply (ask for
/// `Option<StreamReadReply>` to tell the two apart).
///
/// ```
/// use resp_client::{FromValue, Frame, StreamReadReply};
///
/// let entries = Frame::Array(vec![Frame::Array(vec![
///     Frame::bulk("1-0"),
///     Frame::Array(vec![Frame::bulk("f"), Frame::bulk("v")]),
/// ])]);
/// let resp3 = Frame::Map(vec![(Frame::bulk("events"), entries)]);
/// let reply = StreamReadReply::from_value(resp3)?;
/// assert_eq!(reply.get("events").map(|entries| entries.len()), Some(1));
///
/// let timed_out = StreamReadReply::from_value(Frame::Null)?;
/// assert!(timed_out.is_empty());
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StreamReadReply {
    /// Each stream's key and entries, in the order of the reply.
    pub streams: Vec<(Bytes, Vec<StreamEntry>)>,
}

impl StreamReadReply {
    /// Whether no entry was read.
    pub fn is_empty(&self) -> bool {
        self.streams.iter().all(|(_, entries)| entries.is_empty())
    }

    /// The entries read from the stream at `key`.
    pub fn get(&self, key: impl AsRef<[u8]>) -> Option<&[StreamEntry]> {
        let key = key.as_ref();
        self.streams
            .iter()
            .find(|(name, _)| name[..] == *key)
            .map(|(_, entries)| &entries[..])
    }

    /// How many entries were read, from all streams.
    pub fn entry_count(&self) -> usize {
        self.streams.iter().map(|(_, entries)| entries.len()).sum()
    }
}

impl IntoIterator for StreamReadReply {
    type Item = (Bytes, Vec<StreamEntry>);
    type IntoIter = std::vec::IntoIter<Self::Item>;

    fn into_iter(self) -> Self::IntoIter {
        self.streams.into_iter()
    }
}

/// Null, a map of key to entries, or an array of `[key, entries]`.
impl FromValue for StreamReadReply {
    fn from_value(frame: Frame) -> Result<Self> {
        const EXPECTED: &str = "an XREAD reply";
        let pairs = match plain(frame)? {
            Frame::Null => Vec::new(),
            Frame::Map(entries) => entries,
            frame @ Frame::Array(_) => elements(frame, EXPECTED)?
                .into_iter()
                .map(|item| {
                    leading::<2>(item, "an XREAD stream of [key, entries]", false)
                        .map(|([key, entries], _)| (key, entries))
                })
                .collect::<Result<_>>()?,
            other => return Err(Error::conversion(EXPECTED, &other)),
        };
        let streams = pairs
            .into_iter()
            .map(|(key, entries)| {
                let key = Bytes::from_value(key).map_err(|e| in_field(e, "XREAD", "key"))?;
                let entries = match entries.value() {
                    Frame::Null => Vec::new(),
                    _ => Vec::from_value(entries)?,
                };
                Ok((key, entries))
            })
            .collect::<Result<_>>()?;
        Ok(Self { streams })
    }
}

/// The reply to `XINFO STREAM key` and `XINFO STREAM key FULL`.
///
/// RESP2 sends a flat array of name, value...; RESP3 a map. The fields
/// 7.0 added (`max-deleted-entry-id`, `entries-added`,
/// `recorded-first-entry-id`) are `None` from older servers; fields not
/// named here are kept in [`fields`](Self::fields).
///
/// The `FULL` form lists every entry and every group instead of the first
/// and last entries and the group count: [`entries`](Self::entries) and
/// [`group_details`](Self::group_details) are `Some` for it and `None`
/// otherwise.
///
/// ```
/// use resp_client::{FromValue, Frame, StreamId, StreamInfo};
///
/// let entry = |id: &str| Frame::Array(vec![
///     Frame::bulk(id.to_owned()),
///     Frame::Array(vec![Frame::bulk("f"), Frame::bulk("v")]),
/// ]);
/// let reply = Frame::Array(vec![
///     Frame::bulk("length"), Frame::Integer(2),
///     Frame::bulk("last-generated-id"), Frame::bulk("5-0"),
///     Frame::bulk("groups"), Frame::Integer(1),
///     Frame::bulk("first-entry"), entry("4-0"),
///     Frame::bulk("last-entry"), entry("5-0"),
/// ]);
/// let info = StreamInfo::from_value(reply)?;
/// assert_eq!((info.length, info.groups), (2, 1));
/// assert_eq!(info.first_entry.map(|e| e.id), Some(StreamId::new(4, 0)));
/// assert_eq!(info.entries, None);
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StreamInfo {
    /// `length`: the number of entries.
    pub length: u64,
    /// `radix-tree-keys`.
    pub radix_tree_keys: Option<u64>,
    /// `radix-tree-nodes`.
    pub radix_tree_nodes: Option<u64>,
    /// `last-generated-id`: the id of the last entry added.
    pub last_generated_id: StreamId,
    /// `max-deleted-entry-id`: the largest id deleted (7.0+).
    pub max_deleted_entry_id: Option<StreamId>,
    /// `entries-added`: all entries ever added (7.0+).
    pub entries_added: Option<u64>,
    /// `recorded-first-entry-id` (7.0+).
    pub recorded_first_entry_id: Option<StreamId>,
    /// `groups`: the number of consumer groups.
    pub groups: u64,
    /// `first-entry`; `None` for an empty stream and in the `FULL` form.
    pub first_entry: Option<StreamEntry>,
    /// `last-entry`; `None` for an empty stream and in the `FULL` form.
    pub last_entry: Option<StreamEntry>,
    /// `entries` of the `FULL` form (at most its `COUNT`).
    pub entries: Option<Vec<StreamEntry>>,
    /// `groups` of the `FULL` form, with their pending entries and
    /// consumers.
    pub group_details: Option<Vec<StreamGroupDetail>>,
    /// Every other field, as received.
    pub fields: BTreeMap<String, Frame>,
}

/// A map, or a flat array of name, value...
impl FromValue for StreamInfo {
    fn from_value(frame: Frame) -> Result<Self> {
        let mut record = Record::new(frame, "an XINFO STREAM reply")?;
        let (groups, group_details) = match record.optional::<Frame>("groups")? {
            None => (0, None),
            Some(groups) => match groups.value() {
                Frame::Array(_) => {
                    let details: Vec<StreamGroupDetail> = Vec::from_value(groups)
                        .map_err(|e| in_field(e, "an XINFO STREAM reply", "groups"))?;
                    (details.len() as u64, Some(details))
                }
                _ => (
                    u64::from_value(groups)
                        .map_err(|e| in_field(e, "an XINFO STREAM reply", "groups"))?,
                    None,
                ),
            },
        };
        Ok(Self {
            length: record.required("length")?,
            radix_tree_keys: record.optional("radix-tree-keys")?,
            radix_tree_nodes: record.optional("radix-tree-nodes")?,
            last_generated_id: record.required("last-generated-id")?,
            max_deleted_entry_id: record.optional("max-deleted-entry-id")?,
            entries_added: record.optional("entries-added")?,
            recorded_first_entry_id: record.optional("recorded-first-entry-id")?,
            groups,
            first_entry: record.optional::<Option<_>>("first-entry")?.flatten(),
            last_entry: record.optional::<Option<_>>("last-entry")?.flatten(),
            entries: record.optional("entries")?,
            group_details,
            fields: record.rest(),
        })
    }
}

/// A consumer group in `XINFO STREAM key FULL`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StreamGroupDetail {
    /// `name`.
    pub name: String,
    /// `last-delivered-id`.
    pub last_delivered_id: StreamId,
    /// `entries-read` (7.0+; null when the server cannot tell).
    pub entries_read: Option<u64>,
    /// `lag` (7.0+; null when the server cannot tell).
    pub lag: Option<u64>,
    /// `pel-count`: entries delivered and not acknowledged.
    pub pel_count: u64,
    /// `pending`: those entries, with their consumers.
    pub pending: Vec<StreamPendingDetail>,
    /// `consumers`.
    pub consumers: Vec<StreamConsumerDetail>,
    /// Every other field, as received.
    pub fields: BTreeMap<String, Frame>,
}

/// A map, or a flat array of name, value...
impl FromValue for StreamGroupDetail {
    fn from_value(frame: Frame) -> Result<Self> {
        let mut record = Record::new(frame, "an XINFO STREAM FULL group")?;
        Ok(Self {
            name: record.required("name")?,
            last_delivered_id: record.required("last-delivered-id")?,
            entries_read: record.optional::<Option<_>>("entries-read")?.flatten(),
            lag: record.optional::<Option<_>>("lag")?.flatten(),
            pel_count: record.optional("pel-count")?.unwrap_or(0),
            pending: record.optional("pending")?.unwrap_or_default(),
            consumers: record.optional("consumers")?.unwrap_or_default(),
            fields: record.rest(),
        })
    }
}

/// A consumer in `XINFO STREAM key FULL`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StreamConsumerDetail {
    /// `name`.
    pub name: String,
    /// `seen-time`: the Unix time in ms of its last attempted interaction.
    pub seen_time: u64,
    /// `active-time`: the Unix time in ms of its last successful
    /// interaction (7.2+).
    pub active_time: Option<u64>,
    /// `pel-count`: entries delivered to it and not acknowledged.
    pub pel_count: u64,
    /// `pending`: those entries.
    pub pending: Vec<StreamPendingDetail>,
    /// Every other field, as received.
    pub fields: BTreeMap<String, Frame>,
}

/// A map, or a flat array of name, value...
impl FromValue for StreamConsumerDetail {
    fn from_value(frame: Frame) -> Result<Self> {
        let mut record = Record::new(frame, "an XINFO STREAM FULL consumer")?;
        Ok(Self {
            name: record.required("name")?,
            seen_time: record.optional("seen-time")?.unwrap_or(0),
            active_time: record.optional("active-time")?,
            pel_count: record.optional("pel-count")?.unwrap_or(0),
            pending: record.optional("pending")?.unwrap_or_default(),
            fields: record.rest(),
        })
    }
}

/// A pending entry in `XINFO STREAM key FULL`: `[id, consumer,
/// delivery-time, delivery-count]` in a group's list, `[id, delivery-time,
/// delivery-count]` in a consumer's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct StreamPendingDetail {
    /// The entry's id.
    pub id: StreamId,
    /// The consumer it was delivered to (in a group's list only).
    pub consumer: Option<String>,
    /// The Unix time in ms of its last delivery.
    pub delivery_time: u64,
    /// How many times it was delivered.
    pub delivery_count: u64,
}

/// An array of three or four elements.
impl FromValue for StreamPendingDetail {
    fn from_value(frame: Frame) -> Result<Self> {
        const WHAT: &str = "XINFO STREAM FULL pending entry";
        let items = elements(frame, "an XINFO STREAM FULL pending entry")?;
        let got = items.len();
        let mut items = items.into_iter();
        let mut next = || items.next().unwrap_or(Frame::Null);
        let id = in_field_of(next(), WHAT, "id")?;
        let consumer = match got {
            3 => None,
            4 => Some(in_field_of(next(), WHAT, "consumer")?),
            _ => {
                return Err(Error::new(
                    ErrorKind::Conversion,
                    format!("expected an {WHAT} of 3 or 4 elements, got an array of {got}"),
                ));
            }
        };
        Ok(Self {
            id,
            consumer,
            delivery_time: in_field_of(next(), WHAT, "delivery time")?,
            delivery_count: in_field_of(next(), WHAT, "delivery count")?,
        })
    }
}

/// `frame` converted, with errors naming `field` of `what`.
fn in_field_of<T: FromValue>(frame: Frame, what: &str, field: &str) -> Result<T> {
    T::from_value(frame).map_err(|error| in_field(error, what, field))
}

/// One consumer group of `XINFO GROUPS key` (whose reply is a
/// `Vec<StreamGroupInfo>`).
///
/// ```
/// use resp_client::{FromValue, Frame, StreamGroupInfo, StreamId};
///
/// let reply = Frame::Array(vec![Frame::Map(vec![
///     (Frame::bulk("name"), Frame::bulk("workers")),
///     (Frame::bulk("consumers"), Frame::Integer(2)),
///     (Frame::bulk("pending"), Frame::Integer(5)),
///     (Frame::bulk("last-delivered-id"), Frame::bulk("9-0")),
///     (Frame::bulk("entries-read"), Frame::Integer(9)),
///     (Frame::bulk("lag"), Frame::Null),
/// ])]);
/// let groups = Vec::<StreamGroupInfo>::from_value(reply)?;
/// assert_eq!(groups[0].name, "workers");
/// assert_eq!((groups[0].consumers, groups[0].pending), (2, 5));
/// assert_eq!(groups[0].last_delivered_id, StreamId::new(9, 0));
/// assert_eq!((groups[0].entries_read, groups[0].lag), (Some(9), None));
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StreamGroupInfo {
    /// `name`.
    pub name: String,
    /// `consumers`: how many consumers the group has.
    pub consumers: u64,
    /// `pending`: entries delivered and not acknowledged.
    pub pending: u64,
    /// `last-delivered-id`.
    pub last_delivered_id: StreamId,
    /// `entries-read`: the group's read counter (7.0+; null when the server
    /// cannot tell).
    pub entries_read: Option<u64>,
    /// `lag`: entries not delivered yet (7.0+; null when the server cannot
    /// tell).
    pub lag: Option<u64>,
    /// Every other field, as received.
    pub fields: BTreeMap<String, Frame>,
}

/// A map, or a flat array of name, value...
impl FromValue for StreamGroupInfo {
    fn from_value(frame: Frame) -> Result<Self> {
        let mut record = Record::new(frame, "an XINFO GROUPS record")?;
        Ok(Self {
            name: record.required("name")?,
            consumers: record.required("consumers")?,
            pending: record.required("pending")?,
            last_delivered_id: record.required("last-delivered-id")?,
            entries_read: record.optional::<Option<_>>("entries-read")?.flatten(),
            lag: record.optional::<Option<_>>("lag")?.flatten(),
            fields: record.rest(),
        })
    }
}

/// One consumer of `XINFO CONSUMERS key group` (whose reply is a
/// `Vec<StreamConsumerInfo>`).
///
/// ```
/// use std::time::Duration;
/// use resp_client::{FromValue, Frame, StreamConsumerInfo};
///
/// let reply = Frame::Array(vec![Frame::Array(vec![
///     Frame::bulk("name"), Frame::bulk("alice"),
///     Frame::bulk("pending"), Frame::Integer(1),
///     Frame::bulk("idle"), Frame::Integer(9104628),
/// ])]);
/// let consumers = Vec::<StreamConsumerInfo>::from_value(reply)?;
/// assert_eq!(consumers[0].idle, Duration::from_millis(9104628));
/// assert_eq!(consumers[0].inactive, None);
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StreamConsumerInfo {
    /// `name`.
    pub name: String,
    /// `pending`: entries delivered to it and not acknowledged.
    pub pending: u64,
    /// `idle`: time since its last attempted interaction.
    pub idle: Duration,
    /// `inactive`: time since its last successful interaction (7.2+);
    /// `None` from older servers and for a consumer that never read.
    pub inactive: Option<Duration>,
    /// Every other field, as received.
    pub fields: BTreeMap<String, Frame>,
}

/// A map, or a flat array of name, value...
impl FromValue for StreamConsumerInfo {
    fn from_value(frame: Frame) -> Result<Self> {
        let mut record = Record::new(frame, "an XINFO CONSUMERS record")?;
        let inactive: Option<i64> = record.optional("inactive")?;
        Ok(Self {
            name: record.required("name")?,
            pending: record.required("pending")?,
            idle: Duration::from_millis(record.required("idle")?),
            inactive: inactive
                .and_then(|ms| u64::try_from(ms).ok())
                .map(Duration::from_millis),
            fields: record.rest(),
        })
    }
}

/// The reply to `XPENDING key group` (the summary form).
///
/// ```text
/// [count, smallest-id, greatest-id, [[consumer, count], ...]]
/// ```
///
/// With nothing pending, the ids and the consumer list are null.
///
/// ```
/// use resp_client::{FromValue, Frame, PendingSummary, StreamId};
///
/// let reply = Frame::Array(vec![
///     Frame::Integer(2), Frame::bulk("1-0"), Frame::bulk("2-0"),
///     Frame::Array(vec![Frame::Array(vec![Frame::bulk("alice"), Frame::bulk("2")])]),
/// ]);
/// let summary = PendingSummary::from_value(reply)?;
/// assert_eq!(summary.count, 2);
/// assert_eq!(summary.greatest, Some(StreamId::new(2, 0)));
/// assert_eq!(summary.consumers, [("alice".to_owned(), 2)]);
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PendingSummary {
    /// How many entries are pending.
    pub count: u64,
    /// The smallest pending id.
    pub smallest: Option<StreamId>,
    /// The greatest pending id.
    pub greatest: Option<StreamId>,
    /// Each consumer with pending entries, and how many.
    pub consumers: Vec<(String, u64)>,
}

/// An array of four elements.
impl FromValue for PendingSummary {
    fn from_value(frame: Frame) -> Result<Self> {
        const WHAT: &str = "XPENDING summary";
        let ([count, smallest, greatest, consumers], _) =
            leading::<4>(frame, "an XPENDING summary of 4 elements", false)?;
        let consumers: Option<Vec<(String, u64)>> = in_field_of(consumers, WHAT, "consumers")?;
        Ok(Self {
            count: in_field_of(count, WHAT, "count")?,
            smallest: in_field_of(smallest, WHAT, "smallest id")?,
            greatest: in_field_of(greatest, WHAT, "greatest id")?,
            consumers: consumers.unwrap_or_default(),
        })
    }
}

/// One entry of `XPENDING key group [IDLE min] start end count
/// [consumer]` (the extended form, whose reply is a `Vec<PendingEntry>`):
/// `[id, consumer, idle-ms, delivery-count]`.
///
/// ```
/// use std::time::Duration;
/// use resp_client::{FromValue, Frame, PendingEntry};
///
/// let reply = Frame::Array(vec![Frame::Array(vec![
///     Frame::bulk("1-0"), Frame::bulk("alice"), Frame::Integer(1500), Frame::Integer(2),
/// ])]);
/// let pending = Vec::<PendingEntry>::from_value(reply)?;
/// assert_eq!(pending[0].consumer, "alice");
/// assert_eq!(pending[0].idle, Duration::from_millis(1500));
/// assert_eq!(pending[0].delivery_count, 2);
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PendingEntry {
    /// The entry's id.
    pub id: StreamId,
    /// The consumer it was delivered to.
    pub consumer: String,
    /// Time since its last delivery.
    pub idle: Duration,
    /// How many times it was delivered.
    pub delivery_count: u64,
}

/// An array of four elements.
impl FromValue for PendingEntry {
    fn from_value(frame: Frame) -> Result<Self> {
        const WHAT: &str = "XPENDING entry";
        let ([id, consumer, idle, count], _) =
            leading::<4>(frame, "an XPENDING entry of 4 elements", false)?;
        Ok(Self {
            id: in_field_of(id, WHAT, "id")?,
            consumer: in_field_of(consumer, WHAT, "consumer")?,
            idle: Duration::from_millis(in_field_of(idle, WHAT, "idle")?),
            delivery_count: in_field_of(count, WHAT, "delivery count")?,
        })
    }
}

/// The reply to `XAUTOCLAIM`:
///
/// ```text
/// [next-start-id, [entry, ...], [deleted-id, ...]]
/// ```
///
/// The third element came with 7.0; an older server's reply reads with no
/// deleted ids. With `JUSTID` the server sends ids instead of entries:
/// they read as entries with no fields.
///
/// ```
/// use resp_client::{AutoClaimReply, FromValue, Frame, StreamId};
///
/// let reply = Frame::Array(vec![
///     Frame::bulk("0-0"),
///     Frame::Array(vec![Frame::Array(vec![
///         Frame::bulk("1-0"), Frame::Array(vec![Frame::bulk("f"), Frame::bulk("v")]),
///     ])]),
///     Frame::Array(vec![Frame::bulk("2-0")]),
/// ]);
/// let claimed = AutoClaimReply::from_value(reply)?;
/// assert_eq!(claimed.next, StreamId::MIN);
/// assert_eq!(claimed.entries[0].id, StreamId::new(1, 0));
/// assert_eq!(claimed.deleted, [StreamId::new(2, 0)]);
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct AutoClaimReply {
    /// Where the next `XAUTOCLAIM` should start; `0-0` when the scan is
    /// complete.
    pub next: StreamId,
    /// The entries claimed.
    pub entries: Vec<StreamEntry>,
    /// Pending ids whose entries no longer exist (removed from the PEL).
    pub deleted: Vec<StreamId>,
}

/// An array of two or three elements.
impl FromValue for AutoClaimReply {
    fn from_value(frame: Frame) -> Result<Self> {
        const WHAT: &str = "XAUTOCLAIM reply";
        let ([next, entries], rest) =
            leading::<2>(frame, "an XAUTOCLAIM reply of 2 or 3 elements", true)?;
        let entries = elements(entries, "a list of claimed entries")?
            .into_iter()
            .map(|entry| match entry.value() {
                Frame::Array(_) => StreamEntry::from_value(entry),
                _ => Ok(StreamEntry {
                    id: in_field_of(entry, WHAT, "claimed id")?,
                    fields: Vec::new(),
                }),
            })
            .collect::<Result<_>>()?;
        let deleted = match rest.into_iter().next() {
            Some(deleted) => in_field_of(deleted, WHAT, "deleted ids")?,
            None => Vec::new(),
        };
        Ok(Self {
            next: in_field_of(next, WHAT, "next id")?,
            entries,
            deleted,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bulk(text: &str) -> Frame {
        Frame::bulk(text.to_owned())
    }

    fn array<const N: usize>(items: [Frame; N]) -> Frame {
        Frame::Array(items.into())
    }

    /// A record as RESP2 (flat) or RESP3 (map) sends it.
    fn record(fields: Vec<(&str, Frame)>, resp3: bool) -> Frame {
        if resp3 {
            Frame::Map(fields.into_iter().map(|(k, v)| (bulk(k), v)).collect())
        } else {
            Frame::Array(fields.into_iter().flat_map(|(k, v)| [bulk(k), v]).collect())
        }
    }

    fn entry(id: &str, field: &str, value: &str) -> Frame {
        array([bulk(id), array([bulk(field), bulk(value)])])
    }

    #[test]
    fn ids_parse_format_and_order() {
        let id: StreamId = "1-2".parse().unwrap();
        assert_eq!(id, StreamId::new(1, 2));
        assert_eq!(id.to_string(), "1-2");
        for bad in [
            "",
            "1",
            "-1",
            "1-",
            "a-1",
            "1-b",
            "+1-1",
            "1-2-3",
            "18446744073709551616-0",
        ] {
            assert!(bad.parse::<StreamId>().is_err(), "{bad}");
        }
        let max = format!("{}-{}", u64::MAX, u64::MAX);
        assert_eq!(max.parse::<StreamId>().unwrap(), StreamId::MAX);
        assert!(StreamId::new(1, 9) < StreamId::new(2, 0));
        assert!(StreamId::new(2, 0) < StreamId::new(2, 1));
        assert_eq!(
            StreamId::new(1, u64::MAX).successor(),
            Some(StreamId::new(2, 0))
        );
        assert_eq!(StreamId::MAX.successor(), None);
        assert_eq!(
            StreamId::from_value(bulk("5-6")).unwrap(),
            StreamId::new(5, 6)
        );
        assert_eq!(
            StreamId::from_value(bulk("5")).unwrap_err().to_string(),
            "expected a stream id, got a bulk string that is not <milliseconds>-<sequence>"
        );
        assert_eq!(
            StreamId::from_value(Frame::Integer(5))
                .unwrap_err()
                .to_string(),
            "expected a stream id, got an integer"
        );
        let mut cmd = Cmd::new("XDEL");
        StreamId::new(7, 8).write_args(&mut cmd);
        assert_eq!(cmd.iter().nth(1), Some(&b"7-8"[..]));
    }

    #[test]
    fn entries_and_deleted_entries() {
        let entry = StreamEntry::from_value(array([
            bulk("1-0"),
            array([bulk("a"), bulk("1"), bulk("b"), bulk("2")]),
        ]))
        .unwrap();
        assert_eq!(entry.fields.len(), 2);
        assert_eq!(entry.get("b").map(|v| &v[..]), Some(&b"2"[..]));
        assert_eq!(entry.get("c"), None);
        let deleted = StreamEntry::from_value(array([bulk("1-0"), Frame::Null])).unwrap();
        assert!(deleted.fields.is_empty());
        assert_eq!(
            StreamEntry::from_value(array([bulk("1-0"), array([bulk("a")])]))
                .unwrap_err()
                .to_string(),
            "stream entry field fields: expected a map or an array of pairs, got an array of odd length 1"
        );
    }

    #[test]
    fn xread_in_both_protocols_and_timed_out() {
        let entries = || array([entry("1-0", "f", "v"), entry("2-0", "g", "w")]);
        let resp2 = array([
            array([bulk("s1"), entries()]),
            array([bulk("s2"), array([])]),
        ]);
        let resp3 = Frame::Map(vec![(bulk("s1"), entries()), (bulk("s2"), array([]))]);
        for frame in [resp2, resp3] {
            let reply = StreamReadReply::from_value(frame).unwrap();
            assert_eq!(reply.streams.len(), 2);
            assert_eq!(reply.entry_count(), 2);
            assert_eq!(reply.get("s1").unwrap()[1].id, StreamId::new(2, 0));
            assert_eq!(reply.get("s2").map(<[_]>::len), Some(0));
            assert!(!reply.is_empty());
        }
        assert!(StreamReadReply::from_value(Frame::Null).unwrap().is_empty());
        assert_eq!(
            Option::<StreamReadReply>::from_value(Frame::Null).unwrap(),
            None
        );
        assert_eq!(
            StreamReadReply::from_value(bulk("x"))
                .unwrap_err()
                .to_string(),
            "expected an XREAD reply, got a bulk string"
        );
    }

    #[test]
    fn xinfo_stream_plain_and_full() {
        for resp3 in [false, true] {
            let plain = record(
                vec![
                    ("length", Frame::Integer(2)),
                    ("radix-tree-keys", Frame::Integer(1)),
                    ("radix-tree-nodes", Frame::Integer(2)),
                    ("last-generated-id", bulk("2-0")),
                    ("max-deleted-entry-id", bulk("0-0")),
                    ("entries-added", Frame::Integer(2)),
                    ("recorded-first-entry-id", bulk("1-0")),
                    ("groups", Frame::Integer(1)),
                    ("first-entry", entry("1-0", "f", "v")),
                    ("last-entry", entry("2-0", "f", "w")),
                    ("new-field", Frame::Boolean(true)),
                ],
                resp3,
            );
            let info = StreamInfo::from_value(plain).unwrap();
            assert_eq!(info.length, 2);
            assert_eq!(info.radix_tree_nodes, Some(2));
            assert_eq!(info.last_generated_id, StreamId::new(2, 0));
            assert_eq!(info.entries_added, Some(2));
            assert_eq!(info.groups, 1);
            assert_eq!(info.last_entry.as_ref().unwrap().id, StreamId::new(2, 0));
            assert_eq!(info.entries, None);
            assert_eq!(info.group_details, None);
            assert!(info.fields.contains_key("new-field"));

            // A 6.2 server's empty stream.
            let old_empty = record(
                vec![
                    ("length", Frame::Integer(0)),
                    ("last-generated-id", bulk("0-0")),
                    ("groups", Frame::Integer(0)),
                    ("first-entry", Frame::Null),
                    ("last-entry", Frame::Null),
                ],
                resp3,
            );
            let info = StreamInfo::from_value(old_empty).unwrap();
            assert_eq!((info.first_entry, info.max_deleted_entry_id), (None, None));

            let consumer = record(
                vec![
                    ("name", bulk("alice")),
                    ("seen-time", Frame::Integer(1000)),
                    ("active-time", Frame::Integer(900)),
                    ("pel-count", Frame::Integer(1)),
                    (
                        "pending",
                        array([array([
                            bulk("1-0"),
                            Frame::Integer(1000),
                            Frame::Integer(1),
                        ])]),
                    ),
                ],
                resp3,
            );
            let group = record(
                vec![
                    ("name", bulk("g")),
                    ("last-delivered-id", bulk("1-0")),
                    ("entries-read", Frame::Integer(1)),
                    ("lag", Frame::Null),
                    ("pel-count", Frame::Integer(1)),
                    (
                        "pending",
                        array([array([
                            bulk("1-0"),
                            bulk("alice"),
                            Frame::Integer(1000),
                            Frame::Integer(1),
                        ])]),
                    ),
                    ("consumers", array([consumer])),
                ],
                resp3,
            );
            let full = record(
                vec![
                    ("length", Frame::Integer(2)),
                    ("last-generated-id", bulk("2-0")),
                    (
                        "entries",
                        array([entry("1-0", "f", "v"), entry("2-0", "f", "w")]),
                    ),
                    ("groups", array([group])),
                ],
                resp3,
            );
            let info = StreamInfo::from_value(full).unwrap();
            assert_eq!(info.groups, 1);
            assert_eq!(info.entries.as_ref().map(Vec::len), Some(2));
            let groups = info.group_details.unwrap();
            assert_eq!(groups[0].name, "g");
            assert_eq!((groups[0].entries_read, groups[0].lag), (Some(1), None));
            assert_eq!(groups[0].pending[0].consumer.as_deref(), Some("alice"));
            let alice = &groups[0].consumers[0];
            assert_eq!(
                (alice.seen_time, alice.active_time, alice.pel_count),
                (1000, Some(900), 1)
            );
            assert_eq!(alice.pending[0].consumer, None);
            assert_eq!(alice.pending[0].delivery_count, 1);
        }
        let missing = record(vec![("length", Frame::Integer(0))], false);
        assert_eq!(
            StreamInfo::from_value(missing).unwrap_err().to_string(),
            "expected an XINFO STREAM reply with a field last-generated-id, got one without"
        );
    }

    #[test]
    fn xinfo_groups_and_consumers() {
        for resp3 in [false, true] {
            let old = record(
                vec![
                    ("name", bulk("g")),
                    ("consumers", Frame::Integer(1)),
                    ("pending", Frame::Integer(2)),
                    ("last-delivered-id", bulk("3-0")),
                ],
                resp3,
            );
            let group = StreamGroupInfo::from_value(old).unwrap();
            assert_eq!((group.consumers, group.pending, group.lag), (1, 2, None));
            let consumer = record(
                vec![
                    ("name", bulk("c")),
                    ("pending", Frame::Integer(2)),
                    ("idle", Frame::Integer(50)),
                    ("inactive", Frame::Integer(-1)),
                ],
                resp3,
            );
            let consumer = StreamConsumerInfo::from_value(consumer).unwrap();
            assert_eq!(consumer.idle, Duration::from_millis(50));
            assert_eq!(consumer.inactive, None);
        }
        let bad = record(vec![("name", bulk("g")), ("consumers", bulk("x"))], true);
        assert_eq!(
            StreamGroupInfo::from_value(bad).unwrap_err().to_string(),
            "an XINFO GROUPS record field consumers: expected a u64, got a bulk string that is not a decimal integer"
        );
    }

    #[test]
    fn xpending_both_forms() {
        let empty = array([Frame::Integer(0), Frame::Null, Frame::Null, Frame::Null]);
        assert_eq!(
            PendingSummary::from_value(empty).unwrap(),
            PendingSummary::default()
        );
        let summary = array([
            Frame::Integer(3),
            bulk("1-0"),
            bulk("3-0"),
            array([array([bulk("a"), bulk("1")]), array([bulk("b"), bulk("2")])]),
        ]);
        let summary = PendingSummary::from_value(summary).unwrap();
        assert_eq!(summary.smallest, Some(StreamId::new(1, 0)));
        assert_eq!(
            summary.consumers,
            [("a".to_owned(), 1), ("b".to_owned(), 2)]
        );
        let entry = array([
            bulk("1-0"),
            bulk("a"),
            Frame::Integer(10),
            Frame::Integer(1),
        ]);
        let entry = PendingEntry::from_value(entry).unwrap();
        assert_eq!(entry.idle, Duration::from_millis(10));
        assert_eq!(
            PendingEntry::from_value(array([bulk("1-0")]))
                .unwrap_err()
                .to_string(),
            "expected an XPENDING entry of 4 elements, got an array of 1"
        );
    }

    #[test]
    fn xautoclaim_new_old_and_justid() {
        let old = array([bulk("5-0"), array([entry("1-0", "f", "v")])]);
        let old = AutoClaimReply::from_value(old).unwrap();
        assert_eq!(old.next, StreamId::new(5, 0));
        assert!(old.deleted.is_empty());
        let just_ids = array([bulk("0-0"), array([bulk("1-0"), bulk("2-0")]), array([])]);
        let just_ids = AutoClaimReply::from_value(just_ids).unwrap();
        assert_eq!(just_ids.entries[1].id, StreamId::new(2, 0));
        assert!(just_ids.entries[1].fields.is_empty());
        assert_eq!(
            AutoClaimReply::from_value(array([bulk("0-0")]))
                .unwrap_err()
                .to_string(),
            "expected an XAUTOCLAIM reply of 2 or 3 elements, got an array of 1"
        );
    }
}

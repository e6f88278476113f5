//! `MEMORY STATS` and `LATENCY LATEST`: [`MemoryStats`], [`LatencyLatest`].

use std::collections::BTreeMap;
use std::time::Duration;

use resp_core::Frame;

use super::{Record, in_field, leading};
use crate::error::Result;
use crate::value::FromValue;

/// The reply to `MEMORY STATS`: the server's memory use, in bytes unless
/// named otherwise.
///
/// RESP2 sends a flat array of name, value...; RESP3 a map, with doubles
/// for ratios. Each field is `None` when the reply lacks it (a server
/// version that does not send it); every field not named here, including
/// the allocator's and any a newer server adds, is kept in
/// [`fields`](Self::fields).
///
/// ```
/// use resp_client::{FromValue, Frame, MemoryStats};
///
/// let reply = Frame::Array(vec![
///     Frame::bulk("peak.allocated"), Frame::Integer(1_000_000),
///     Frame::bulk("keys.count"), Frame::Integer(42),
///     Frame::bulk("dataset.percentage"), Frame::bulk("12.5"),
///     Frame::bulk("db.0"), Frame::Array(vec![
///         Frame::bulk("overhead.hashtable.main"), Frame::Integer(1024),
///         Frame::bulk("overhead.hashtable.expires"), Frame::Integer(32),
///     ]),
///     Frame::bulk("allocator.active"), Frame::Integer(2_000_000),
/// ]);
/// let stats = MemoryStats::from_value(reply)?;
/// assert_eq!(stats.keys_count, Some(42));
/// assert_eq!(stats.dataset_percentage, Some(12.5));
/// assert_eq!(stats.databases[&0].main, 1024);
/// assert!(stats.fields.contains_key("allocator.active"));
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct MemoryStats {
    /// `peak.allocated`: the most memory ever allocated.
    pub peak_allocated: Option<u64>,
    /// `total.allocated`: memory allocated now.
    pub total_allocated: Option<u64>,
    /// `startup.allocated`: memory allocated at startup.
    pub startup_allocated: Option<u64>,
    /// `replication.backlog`: the replication backlog's size.
    pub replication_backlog: Option<u64>,
    /// `clients.slaves`: the replicas' buffers.
    pub clients_replicas: Option<u64>,
    /// `clients.normal`: every other client's buffers.
    pub clients_normal: Option<u64>,
    /// `cluster.links`: the cluster bus links (7.0+).
    pub cluster_links: Option<u64>,
    /// `aof.buffer`: the AOF buffers.
    pub aof_buffer: Option<u64>,
    /// `lua.caches`: cached Lua scripts.
    pub lua_caches: Option<u64>,
    /// `functions.caches`: loaded functions (7.0+).
    pub functions_caches: Option<u64>,
    /// `overhead.total`: all overhead (everything but the dataset).
    pub overhead_total: Option<u64>,
    /// `keys.count`: keys in all databases.
    pub keys_count: Option<u64>,
    /// `keys.bytes-per-key`: the mean overhead per key.
    pub keys_bytes_per_key: Option<u64>,
    /// `dataset.bytes`: the data itself.
    pub dataset_bytes: Option<u64>,
    /// `dataset.percentage`: the data's share of net memory use.
    pub dataset_percentage: Option<f64>,
    /// `peak.percentage`: `total.allocated` as a share of the peak.
    pub peak_percentage: Option<f64>,
    /// `fragmentation`: the ratio of resident memory to allocated memory.
    pub fragmentation: Option<f64>,
    /// `fragmentation.bytes`: resident minus allocated (may be negative).
    pub fragmentation_bytes: Option<i64>,
    /// The `db.N` entries: each database's hash table overhead.
    pub databases: BTreeMap<u32, DbOverhead>,
    /// Every other field, as received.
    pub fields: BTreeMap<String, Frame>,
}

/// One database's overhead in `MEMORY STATS` (`db.N`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct DbOverhead {
    /// `overhead.hashtable.main`: the key space's hash table.
    pub main: u64,
    /// `overhead.hashtable.expires`: the expiry table.
    pub expires: u64,
    /// Every other field, as received.
    pub fields: BTreeMap<String, Frame>,
}

/// A map, or a flat array of name, value...
impl FromValue for DbOverhead {
    fn from_value(frame: Frame) -> Result<Self> {
        let mut record = Record::new(frame, "a MEMORY STATS db entry")?;
        Ok(Self {
            main: record.optional("overhead.hashtable.main")?.unwrap_or(0),
            expires: record.optional("overhead.hashtable.expires")?.unwrap_or(0),
            fields: record.rest(),
        })
    }
}

/// A map, or a flat array of name, value...
impl FromValue for MemoryStats {
    fn from_value(frame: Frame) -> Result<Self> {
        let mut record = Record::new(frame, "a MEMORY STATS reply")?;
        let mut stats = Self {
            peak_allocated: record.optional("peak.allocated")?,
            total_allocated: record.optional("total.allocated")?,
            startup_allocated: record.optional("startup.allocated")?,
            replication_backlog: record.optional("replication.backlog")?,
            clients_replicas: record.optional("clients.slaves")?,
            clients_normal: record.optional("clients.normal")?,
            cluster_links: record.optional("cluster.links")?,
            aof_buffer: record.optional("aof.buffer")?,
            lua_caches: record.optional("lua.caches")?,
            functions_caches: record.optional("functions.caches")?,
            overhead_total: record.optional("overhead.total")?,
            keys_count: record.optional("keys.count")?,
            keys_bytes_per_key: record.optional("keys.bytes-per-key")?,
            dataset_bytes: record.optional("dataset.bytes")?,
            dataset_percentage: record.optional("dataset.percentage")?,
            peak_percentage: record.optional("peak.percentage")?,
            fragmentation: record.optional("fragmentation")?,
            fragmentation_bytes: record.optional("fragmentation.bytes")?,
            databases: BTreeMap::new(),
            fields: BTreeMap::new(),
        };
        for (name, value) in record.rest() {
            match name.strip_prefix("db.").and_then(|db| db.parse().ok()) {
                Some(db) => {
                    let overhead = DbOverhead::from_value(value)
                        .map_err(|error| in_field(error, "MEMORY STATS", &name))?;
                    stats.databases.insert(db, overhead);
                }
                None => {
                    stats.fields.insert(name, value);
                }
            }
        }
        Ok(stats)
    }
}

/// One event of `LATENCY LATEST` (whose reply is a `Vec<LatencyLatest>`).
///
/// ```text
/// [event, unix-time, latest-ms, max-ms]
/// ```
///
/// ```
/// use std::time::Duration;
/// use resp_client::{FromValue, Frame, LatencyLatest};
///
/// let reply = Frame::Array(vec![Frame::Array(vec![
///     Frame::bulk("command"), Frame::Integer(1405067976), Frame::Integer(251), Frame::Integer(1001),
/// ])]);
/// let events = Vec::<LatencyLatest>::from_value(reply)?;
/// assert_eq!(events[0].event, "command");
/// assert_eq!(events[0].max, Duration::from_millis(1001));
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LatencyLatest {
    /// The event's name (`command`, `fast-command`, `fork`...).
    pub event: String,
    /// When its latest spike happened, in seconds since the Unix epoch.
    pub timestamp: i64,
    /// The latest spike's latency (millisecond precision).
    pub latest: Duration,
    /// The largest spike's latency (millisecond precision).
    pub max: Duration,
    /// Elements after the ones above, from a newer server.
    pub extra: Vec<Frame>,
}

fn latency_field<T: FromValue>(frame: Frame, name: &str) -> Result<T> {
    T::from_value(frame).map_err(|error| in_field(error, "LATENCY LATEST entry", name))
}

/// An array of at least four elements.
impl FromValue for LatencyLatest {
    fn from_value(frame: Frame) -> Result<Self> {
        let ([event, timestamp, latest, max], extra) =
            leading::<4>(frame, "a LATENCY LATEST entry of at least 4 elements", true)?;
        Ok(Self {
            event: latency_field(event, "event")?,
            timestamp: latency_field(timestamp, "timestamp")?,
            latest: Duration::from_millis(latency_field(latest, "latest")?),
            max: Duration::from_millis(latency_field(max, "max")?),
            extra,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bulk(text: &str) -> Frame {
        Frame::bulk(text.to_owned())
    }

    fn pairs(frame: Vec<(&str, Frame)>, resp3: bool) -> Frame {
        if resp3 {
            Frame::Map(frame.into_iter().map(|(k, v)| (bulk(k), v)).collect())
        } else {
            Frame::Array(frame.into_iter().flat_map(|(k, v)| [bulk(k), v]).collect())
        }
    }

    #[test]
    fn stats_in_both_protocols() {
        for resp3 in [false, true] {
            let ratio = |x: f64| {
                if resp3 {
                    Frame::Double(x)
                } else {
                    bulk(&x.to_string())
                }
            };
            let db = pairs(
                vec![
                    ("overhead.hashtable.main", Frame::Integer(72)),
                    ("overhead.hashtable.expires", Frame::Integer(0)),
                ],
                resp3,
            );
            let reply = pairs(
                vec![
                    ("peak.allocated", Frame::Integer(1_000)),
                    ("total.allocated", Frame::Integer(900)),
                    ("clients.slaves", Frame::Integer(0)),
                    ("clients.normal", Frame::Integer(20)),
                    ("db.0", db.clone()),
                    ("db.9", db),
                    ("keys.count", Frame::Integer(3)),
                    ("dataset.percentage", ratio(0.5)),
                    ("fragmentation", ratio(2.25)),
                    ("fragmentation.bytes", Frame::Integer(-12)),
                    ("allocator.rss-ratio", ratio(1.0)),
                    ("some.new.field", Frame::Integer(1)),
                ],
                resp3,
            );
            let stats = MemoryStats::from_value(reply).unwrap();
            assert_eq!(stats.peak_allocated, Some(1_000));
            assert_eq!(stats.total_allocated, Some(900));
            assert_eq!(stats.clients_replicas, Some(0));
            assert_eq!(stats.clients_normal, Some(20));
            assert_eq!(stats.keys_count, Some(3));
            assert_eq!(stats.dataset_percentage, Some(0.5));
            assert_eq!(stats.fragmentation, Some(2.25));
            assert_eq!(stats.fragmentation_bytes, Some(-12));
            assert_eq!(stats.functions_caches, None);
            assert_eq!(stats.databases.len(), 2);
            assert_eq!(stats.databases[&9].main, 72);
            assert!(stats.fields.contains_key("some.new.field"));
            assert!(stats.fields.contains_key("allocator.rss-ratio"));
        }
        let bad = pairs(vec![("keys.count", bulk("many"))], false);
        assert_eq!(
            MemoryStats::from_value(bad).unwrap_err().to_string(),
            "a MEMORY STATS reply field keys.count: expected a u64, got a bulk string that is not a decimal integer"
        );
        let bad_db = pairs(vec![("db.0", Frame::Integer(1))], true);
        assert_eq!(
            MemoryStats::from_value(bad_db).unwrap_err().to_string(),
            "MEMORY STATS field db.0: expected a MEMORY STATS db entry (a map or an array of name, value...), got an integer"
        );
    }

    #[test]
    fn latency_events() {
        let event = Frame::Array(vec![
            bulk("fork"),
            Frame::Integer(1),
            Frame::Integer(2),
            Frame::Integer(3),
            Frame::Integer(4),
        ]);
        let event = LatencyLatest::from_value(event).unwrap();
        assert_eq!(event.event, "fork");
        assert_eq!(event.latest, Duration::from_millis(2));
        assert_eq!(event.extra, [Frame::Integer(4)]);
        assert_eq!(
            LatencyLatest::from_value(Frame::Array(vec![bulk("x")]))
                .unwrap_err()
                .to_string(),
            "expected a LATENCY LATEST entry of at least 4 elements, got an array of 1"
        );
    }
}

//! The slot map: which node serves which slots, from `CLUSTER SHARDS`
//! (Redis 7.0 and later) or `CLUSTER SLOTS` (older servers).

use alloc::string::String;
use alloc::vec::Vec;

use crate::cluster::{NodeAddr, Slot};
use crate::frame::Frame;

/// Which node serves which slots, as one node of the cluster described it.
///
/// Ranges are sorted and never overlap. Slots no range covers are gaps,
/// listed by [`SlotMap::gaps`]: a cluster in trouble has them, and a client
/// must say so rather than guess.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SlotMap {
    ranges: Vec<SlotRange>,
}

/// Consecutive slots served by one primary and its replicas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotRange {
    /// The first slot.
    pub start: Slot,
    /// The last slot (inclusive).
    pub end: Slot,
    /// The primary serving the slots.
    pub primary: Node,
    /// Its replicas, which can serve reads.
    pub replicas: Vec<Node>,
}

/// A cluster node, as a slot map describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// The node's id (40 hex digits); `CLUSTER SLOTS` before 4.0 omits it.
    pub id: Option<String>,
    /// Where to connect: the preferred endpoint (IP address or hostname, per
    /// `cluster-preferred-endpoint-type`) and the port.
    pub addr: NodeAddr,
    /// The node's IP address, when the reply gives it.
    pub ip: Option<String>,
    /// The node's announced hostname, when it has one.
    pub hostname: Option<String>,
    /// The TLS port, when the node listens with TLS.
    pub tls_port: Option<u16>,
    /// What the node says of its health (`CLUSTER SHARDS` only).
    pub health: Option<Health>,
}

/// A node's health in `CLUSTER SHARDS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Health {
    /// Serving.
    Online,
    /// Loading its data set.
    Loading,
    /// Failed, as far as the node asked knows.
    Failed,
    /// A value this version does not know.
    Other,
}

/// Why a topology reply could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SlotMapError {
    /// The reply does not have the shape of the command's reply.
    #[error("malformed cluster topology reply: {0}")]
    Malformed(&'static str),
    /// Two ranges claim the same slot.
    #[error("two slot ranges claim slot {0}")]
    Overlap(u16),
}

impl SlotMap {
    /// The slot map in a `CLUSTER SHARDS` reply (RESP2 or RESP3).
    ///
    /// Each shard's slot ranges go to its node whose role is `master`; a
    /// shard without one (or without slots) adds no range, so its slots
    /// show as gaps.
    ///
    /// # Errors
    ///
    /// [`SlotMapError`] when the reply is not a `CLUSTER SHARDS` reply, or
    /// its ranges overlap.
    pub fn from_cluster_shards(reply: &Frame) -> Result<Self, SlotMapError> {
        let (Frame::Array(shards) | Frame::Set(shards)) = reply.value() else {
            return Err(SlotMapError::Malformed("CLUSTER SHARDS is not an array"));
        };
        let mut ranges = Vec::new();
        for shard in shards {
            let shard = fields(shard).ok_or(SlotMapError::Malformed("a shard is not a map"))?;
            let slots = field(&shard, "slots")
                .and_then(as_list)
                .ok_or(SlotMapError::Malformed("a shard has no slots list"))?;
            let nodes = field(&shard, "nodes")
                .and_then(as_list)
                .ok_or(SlotMapError::Malformed("a shard has no nodes list"))?;
            let mut primary = None;
            let mut replicas = Vec::new();
            for node in nodes {
                let node = fields(node).ok_or(SlotMapError::Malformed("a node is not a map"))?;
                let parsed = shard_node(&node)?;
                match field(&node, "role").and_then(as_text) {
                    Some("master") if primary.is_none() => primary = Some(parsed),
                    _ => replicas.push(parsed),
                }
            }
            let Some(primary) = primary else { continue };
            if slots.len() % 2 != 0 {
                return Err(SlotMapError::Malformed(
                    "a shard's slots list has an odd length",
                ));
            }
            for pair in slots.chunks_exact(2) {
                ranges.push(SlotRange {
                    start: slot(&pair[0])?,
                    end: slot(&pair[1])?,
                    primary: primary.clone(),
                    replicas: replicas.clone(),
                });
            }
        }
        Self::new(ranges)
    }

    /// The slot map in a `CLUSTER SLOTS` reply (RESP2 or RESP3).
    ///
    /// # Errors
    ///
    /// [`SlotMapError`] when the reply is not a `CLUSTER SLOTS` reply, or
    /// its ranges overlap.
    pub fn from_cluster_slots(reply: &Frame) -> Result<Self, SlotMapError> {
        let Frame::Array(entries) = reply.value() else {
            return Err(SlotMapError::Malformed("CLUSTER SLOTS is not an array"));
        };
        let mut ranges = Vec::new();
        for entry in entries {
            let Frame::Array(items) = entry.value() else {
                return Err(SlotMapError::Malformed(
                    "a CLUSTER SLOTS entry is not an array",
                ));
            };
            let [start, end, primary, replicas @ ..] = &items[..] else {
                return Err(SlotMapError::Malformed(
                    "a CLUSTER SLOTS entry has no primary",
                ));
            };
            ranges.push(SlotRange {
                start: slot(start)?,
                end: slot(end)?,
                primary: slots_node(primary)?,
                replicas: replicas.iter().map(slots_node).collect::<Result<_, _>>()?,
            });
        }
        Self::new(ranges)
    }

    /// A slot map of these ranges, sorted.
    ///
    /// # Errors
    ///
    /// [`SlotMapError::Overlap`] when two ranges share a slot, and
    /// [`SlotMapError::Malformed`] when a range ends before it starts.
    pub fn new(mut ranges: Vec<SlotRange>) -> Result<Self, SlotMapError> {
        if ranges.iter().any(|range| range.end < range.start) {
            return Err(SlotMapError::Malformed(
                "a slot range ends before it starts",
            ));
        }
        ranges.sort_by_key(|range| range.start);
        for pair in ranges.windows(2) {
            if pair[1].start <= pair[0].end {
                return Err(SlotMapError::Overlap(pair[1].start.get()));
            }
        }
        Ok(Self { ranges })
    }

    /// The ranges, sorted by their first slot.
    pub fn ranges(&self) -> &[SlotRange] {
        &self.ranges
    }

    /// The range that holds `slot`; `None` in a gap.
    pub fn range_of(&self, slot: Slot) -> Option<&SlotRange> {
        let index = self.ranges.partition_point(|range| range.end < slot);
        self.ranges.get(index).filter(|range| range.start <= slot)
    }

    /// The slots no range covers, as inclusive `(first, last)` pairs.
    pub fn gaps(&self) -> Vec<(Slot, Slot)> {
        let mut gaps = Vec::new();
        let mut next = 0u16;
        for range in &self.ranges {
            if range.start.get() > next {
                gaps.push((slot_at(next), slot_at(range.start.get() - 1)));
            }
            next = range.end.get() + 1;
        }
        if next < Slot::COUNT {
            gaps.push((slot_at(next), slot_at(Slot::COUNT - 1)));
        }
        gaps
    }

    /// Whether every slot is served.
    pub fn is_complete(&self) -> bool {
        self.gaps().is_empty()
    }

    /// Points `slot` alone at `primary` and `replicas`, as a `MOVED`
    /// redirect says: the range that held it is cut around it (or the slot
    /// fills a gap), and the slot joins a neighbouring range that has the same
    /// nodes.
    pub(crate) fn assign(&mut self, slot: Slot, primary: Node, replicas: Vec<Node>) {
        let index = self.ranges.partition_point(|range| range.end < slot);
        let moved = SlotRange {
            start: slot,
            end: slot,
            primary,
            replicas,
        };
        match self.ranges.get(index).filter(|range| range.start <= slot) {
            Some(range) => {
                let old = range.clone();
                let mut pieces = Vec::with_capacity(3);
                if old.start < slot {
                    pieces.push(SlotRange {
                        end: slot_at(slot.get() - 1),
                        ..old.clone()
                    });
                }
                let moved_at = index + pieces.len();
                pieces.push(moved);
                if slot < old.end {
                    pieces.push(SlotRange {
                        start: slot_at(slot.get() + 1),
                        ..old
                    });
                }
                self.ranges.splice(index..=index, pieces);
                self.coalesce(moved_at);
            }
            None => {
                self.ranges.insert(index, moved);
                self.coalesce(index);
            }
        }
    }

    /// Merges the range at `index` with its neighbours when they touch it and
    /// have the same nodes.
    fn coalesce(&mut self, mut index: usize) {
        let same = |a: &SlotRange, b: &SlotRange| {
            a.end.get() + 1 == b.start.get() && a.primary == b.primary && a.replicas == b.replicas
        };
        if index > 0 && same(&self.ranges[index - 1], &self.ranges[index]) {
            let range = self.ranges.remove(index);
            index -= 1;
            self.ranges[index].end = range.end;
        }
        if index + 1 < self.ranges.len() && same(&self.ranges[index], &self.ranges[index + 1]) {
            let range = self.ranges.remove(index + 1);
            self.ranges[index].end = range.end;
        }
    }
}

impl Node {
    /// A node known only by its address, as a redirect names it.
    ///
    /// ```
    /// use resp_core::cluster::{Node, NodeAddr};
    ///
    /// let node = Node::new(NodeAddr::parse("10.0.0.7:7000").expect("an address"));
    /// assert_eq!((node.addr.port, node.id), (7000, None));
    /// ```
    pub fn new(addr: NodeAddr) -> Self {
        Self {
            id: None,
            addr,
            ip: None,
            hostname: None,
            tls_port: None,
            health: None,
        }
    }
}

/// The slot numbered `slot`, which the caller knows is below 16384.
fn slot_at(slot: u16) -> Slot {
    Slot::new(slot).unwrap_or_else(|| unreachable!("slot {slot} is out of range"))
}

/// A map's fields, from a RESP3 map or a RESP2 flat array of pairs.
fn fields(frame: &Frame) -> Option<Vec<(&[u8], &Frame)>> {
    match frame.value() {
        Frame::Map(pairs) => pairs
            .iter()
            .map(|(key, value)| Some((as_bytes(key)?, value)))
            .collect(),
        Frame::Array(items) if items.len() % 2 == 0 => items
            .chunks_exact(2)
            .map(|pair| Some((as_bytes(&pair[0])?, &pair[1])))
            .collect(),
        _ => None,
    }
}

fn field<'a>(fields: &[(&[u8], &'a Frame)], name: &str) -> Option<&'a Frame> {
    fields
        .iter()
        .find(|(key, _)| *key == name.as_bytes())
        .map(|(_, value)| *value)
}

fn as_list(frame: &Frame) -> Option<&[Frame]> {
    match frame.value() {
        Frame::Array(items) | Frame::Set(items) => Some(items),
        _ => None,
    }
}

fn as_bytes(frame: &Frame) -> Option<&[u8]> {
    match frame.value() {
        Frame::BulkString(bytes) | Frame::SimpleString(bytes) => Some(bytes),
        _ => None,
    }
}

fn as_text(frame: &Frame) -> Option<&str> {
    core::str::from_utf8(as_bytes(frame)?).ok()
}

fn as_string(frame: Option<&Frame>) -> Option<String> {
    as_text(frame?)
        .filter(|text| !text.is_empty())
        .map(String::from)
}

fn as_port(frame: Option<&Frame>) -> Option<u16> {
    match frame?.value() {
        Frame::Integer(port) => u16::try_from(*port).ok(),
        _ => None,
    }
}

fn slot(frame: &Frame) -> Result<Slot, SlotMapError> {
    match frame.value() {
        Frame::Integer(slot) => u16::try_from(*slot).ok().and_then(Slot::new),
        _ => None,
    }
    .ok_or(SlotMapError::Malformed(
        "a slot is not a number below 16384",
    ))
}

/// An endpoint as a topology reply gives it: empty, `?` or null mean unknown.
fn endpoint(frame: Option<&Frame>) -> Option<String> {
    as_string(frame).filter(|endpoint| endpoint != "?")
}

/// A node of `CLUSTER SHARDS`.
fn shard_node(fields: &[(&[u8], &Frame)]) -> Result<Node, SlotMapError> {
    let tls_port = as_port(field(fields, "tls-port"));
    let port = as_port(field(fields, "port"))
        .or(tls_port)
        .ok_or(SlotMapError::Malformed("a node has no port"))?;
    let health = field(fields, "health")
        .and_then(as_text)
        .map(|health| match health {
            "online" => Health::Online,
            "loading" => Health::Loading,
            "failed" => Health::Failed,
            _ => Health::Other,
        });
    Ok(Node {
        id: as_string(field(fields, "id")),
        addr: NodeAddr {
            host: endpoint(field(fields, "endpoint")),
            port,
        },
        ip: as_string(field(fields, "ip")),
        hostname: as_string(field(fields, "hostname")),
        tls_port,
        health,
    })
}

/// A node of `CLUSTER SLOTS`: `[endpoint, port, id, {metadata}]`.
fn slots_node(frame: &Frame) -> Result<Node, SlotMapError> {
    let Frame::Array(items) = frame.value() else {
        return Err(SlotMapError::Malformed(
            "a CLUSTER SLOTS node is not an array",
        ));
    };
    let port = as_port(items.get(1)).ok_or(SlotMapError::Malformed("a node has no port"))?;
    let host = endpoint(items.first());
    let metadata = items.get(3).and_then(fields).unwrap_or_default();
    let ip = as_string(field(&metadata, "ip")).or_else(|| {
        // Without metadata, the endpoint is the IP unless it names a host.
        host.clone()
            .filter(|host| host.parse::<core::net::IpAddr>().is_ok())
    });
    Ok(Node {
        id: as_string(items.get(2)),
        addr: NodeAddr { host, port },
        ip,
        hostname: as_string(field(&metadata, "hostname")),
        tls_port: None,
        health: None,
    })
}

#[cfg(test)]
mod tests {
    use alloc::vec;

    use super::*;

    fn node_array(endpoint: Frame, port: i64) -> Frame {
        Frame::Array(vec![endpoint, Frame::Integer(port), Frame::bulk("id1")])
    }

    fn entry(start: i64, end: i64, nodes: Vec<Frame>) -> Frame {
        let mut items = vec![Frame::Integer(start), Frame::Integer(end)];
        items.extend(nodes);
        Frame::Array(items)
    }

    #[test]
    fn unknown_endpoints_are_none_and_metadata_is_read() {
        let reply = Frame::Array(vec![
            entry(0, 9, vec![node_array(Frame::Null, 7000)]),
            entry(10, 19, vec![node_array(Frame::bulk("?"), 7001)]),
            entry(20, 29, vec![node_array(Frame::bulk(""), 7002)]),
            entry(
                30,
                39,
                vec![Frame::Array(vec![
                    Frame::bulk("node-3.example"),
                    Frame::Integer(7003),
                    Frame::bulk("id3"),
                    Frame::Map(vec![
                        (Frame::bulk("ip"), Frame::bulk("10.0.0.3")),
                        (Frame::bulk("hostname"), Frame::bulk("node-3.example")),
                    ]),
                ])],
            ),
        ]);
        let map = SlotMap::from_cluster_slots(&reply).expect("valid");
        let hosts: Vec<Option<&str>> = map
            .ranges()
            .iter()
            .map(|r| r.primary.addr.host.as_deref())
            .collect();
        assert_eq!(hosts, [None, None, None, Some("node-3.example")]);
        let last = &map.ranges()[3].primary;
        assert_eq!(
            (last.ip.as_deref(), last.hostname.as_deref()),
            (Some("10.0.0.3"), Some("node-3.example"))
        );
        assert_eq!(map.gaps(), vec![(slot_at(40), slot_at(16383))]);
    }

    #[test]
    fn a_tls_only_node_is_reached_on_its_tls_port() {
        let node = Frame::Map(vec![
            (Frame::bulk("id"), Frame::bulk("abc")),
            (Frame::bulk("tls-port"), Frame::Integer(7443)),
            (Frame::bulk("endpoint"), Frame::bulk("10.0.0.1")),
            (Frame::bulk("role"), Frame::bulk("master")),
            (Frame::bulk("health"), Frame::bulk("failed")),
        ]);
        let shard = Frame::Map(vec![
            (
                Frame::bulk("slots"),
                Frame::Array(vec![Frame::Integer(0), Frame::Integer(16383)]),
            ),
            (Frame::bulk("nodes"), Frame::Array(vec![node])),
        ]);
        let map = SlotMap::from_cluster_shards(&Frame::Array(vec![shard])).expect("valid");
        let primary = &map.ranges()[0].primary;
        assert_eq!(
            (primary.addr.port, primary.tls_port, primary.health),
            (7443, Some(7443), Some(Health::Failed))
        );
        assert!(map.is_complete());
    }

    #[test]
    fn a_shard_without_a_primary_leaves_a_gap() {
        let replica = Frame::Map(vec![
            (Frame::bulk("port"), Frame::Integer(7001)),
            (Frame::bulk("role"), Frame::bulk("replica")),
        ]);
        let shard = Frame::Map(vec![
            (
                Frame::bulk("slots"),
                Frame::Array(vec![Frame::Integer(0), Frame::Integer(99)]),
            ),
            (Frame::bulk("nodes"), Frame::Array(vec![replica])),
        ]);
        let map = SlotMap::from_cluster_shards(&Frame::Array(vec![shard])).expect("valid");
        assert!(map.ranges().is_empty());
        assert_eq!(map.gaps(), vec![(slot_at(0), slot_at(16383))]);
    }

    #[test]
    fn lookups_respect_range_bounds() {
        let reply = Frame::Array(vec![
            entry(100, 199, vec![node_array(Frame::bulk("a"), 1)]),
            entry(0, 99, vec![node_array(Frame::bulk("b"), 2)]),
            entry(300, 16383, vec![node_array(Frame::bulk("c"), 3)]),
        ]);
        let map = SlotMap::from_cluster_slots(&reply).expect("valid");
        let port = |n| {
            map.range_of(slot_at(n))
                .map(|range| range.primary.addr.port)
        };
        assert_eq!(
            [
                port(0),
                port(99),
                port(100),
                port(199),
                port(200),
                port(299),
                port(300),
                port(16383)
            ],
            [
                Some(2),
                Some(2),
                Some(1),
                Some(1),
                None,
                None,
                Some(3),
                Some(3)
            ]
        );
        assert_eq!(map.gaps(), vec![(slot_at(200), slot_at(299))]);
        assert_eq!(
            SlotMap::default().gaps(),
            vec![(slot_at(0), slot_at(16383))]
        );
    }

    #[test]
    fn assigning_a_slot_cuts_its_range_and_rejoins_neighbours() {
        let node = |port| Node::new(NodeAddr { host: None, port });
        let range = |start, end, port| SlotRange {
            start: slot_at(start),
            end: slot_at(end),
            primary: node(port),
            replicas: Vec::new(),
        };
        let layout = |map: &SlotMap| -> Vec<(u16, u16, u16)> {
            map.ranges()
                .iter()
                .map(|r| (r.start.get(), r.end.get(), r.primary.addr.port))
                .collect()
        };
        let mut map = SlotMap::new(vec![range(0, 99, 1), range(200, 16383, 2)]).expect("valid");
        map.assign(slot_at(50), node(3), Vec::new());
        assert_eq!(
            layout(&map),
            [(0, 49, 1), (50, 50, 3), (51, 99, 1), (200, 16383, 2)]
        );
        // Into a gap, touching nothing of the same node.
        map.assign(slot_at(150), node(3), Vec::new());
        assert_eq!(layout(&map)[3], (150, 150, 3));
        // At the edges of ranges, joining the neighbour with the same node.
        map.assign(slot_at(0), node(9), Vec::new());
        map.assign(slot_at(99), node(2), Vec::new());
        map.assign(slot_at(51), node(3), Vec::new());
        assert_eq!(
            layout(&map),
            [
                (0, 0, 9),
                (1, 49, 1),
                (50, 51, 3),
                (52, 98, 1),
                (99, 99, 2),
                (150, 150, 3),
                (200, 16383, 2)
            ]
        );
        // Moving a slot back where it was heals the cut.
        map.assign(slot_at(0), node(1), Vec::new());
        map.assign(slot_at(50), node(1), Vec::new());
        map.assign(slot_at(51), node(1), Vec::new());
        assert_eq!(
            layout(&map),
            [(0, 98, 1), (99, 99, 2), (150, 150, 3), (200, 16383, 2)]
        );
        map.assign(slot_at(16383), node(4), Vec::new());
        map.assign(slot_at(199), node(2), Vec::new());
        assert_eq!(layout(&map)[3..], [(199, 16382, 2), (16383, 16383, 4)]);
        assert!(SlotMap::new(map.ranges().to_vec()).is_ok());
    }

    #[test]
    fn bad_replies_are_errors() {
        let overlapping = Frame::Array(vec![
            entry(0, 100, vec![node_array(Frame::bulk("a"), 1)]),
            entry(100, 200, vec![node_array(Frame::bulk("b"), 2)]),
        ]);
        assert_eq!(
            SlotMap::from_cluster_slots(&overlapping),
            Err(SlotMapError::Overlap(100))
        );
        let cases = [
            Frame::simple("OK"),
            Frame::Array(vec![Frame::Integer(1)]),
            Frame::Array(vec![entry(0, 16384, vec![node_array(Frame::bulk("a"), 1)])]),
            Frame::Array(vec![entry(5, 4, vec![node_array(Frame::bulk("a"), 1)])]),
            Frame::Array(vec![entry(0, 1, vec![])]),
            Frame::Array(vec![entry(0, 1, vec![node_array(Frame::bulk("a"), 70000)])]),
        ];
        for reply in cases {
            assert!(
                matches!(
                    SlotMap::from_cluster_slots(&reply),
                    Err(SlotMapError::Malformed(_))
                ),
                "{reply:?}"
            );
        }
        let odd_slots = Frame::Array(vec![Frame::Map(vec![
            (Frame::bulk("slots"), Frame::Array(vec![Frame::Integer(0)])),
            (
                Frame::bulk("nodes"),
                Frame::Array(vec![Frame::Map(vec![
                    (Frame::bulk("port"), Frame::Integer(1)),
                    (Frame::bulk("role"), Frame::bulk("master")),
                ])]),
            ),
        ])]);
        assert!(matches!(
            SlotMap::from_cluster_shards(&odd_slots),
            Err(SlotMapError::Malformed(_))
        ));
        assert!(matches!(
            SlotMap::from_cluster_shards(&Frame::Null),
            Err(SlotMapError::Malformed(_))
        ));
    }
}

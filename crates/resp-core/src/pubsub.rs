//! Pubsub framing: what a push (RESP3) or a pubsub array (RESP2 subscribed
//! mode) means, and the set of subscriptions to restore on a new connection.

use alloc::collections::{BTreeMap, BTreeSet};
use alloc::vec::Vec;

use bytes::Bytes;

use crate::cluster::key_slot;
use crate::cmd::Cmd;
use crate::frame::Frame;

/// The channel on which a RESP2 connection receives the invalidations of
/// another connection's `CLIENT TRACKING ... REDIRECT`.
pub const INVALIDATE_CHANNEL: &[u8] = b"__redis__:invalidate";

/// What a push frame, or a pubsub array on a RESP2 subscribed connection,
/// says.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Push {
    /// `message`: a payload published to a channel.
    Message {
        /// The channel.
        channel: Bytes,
        /// What was published.
        payload: Bytes,
    },
    /// `pmessage`: a payload published to a channel matching a pattern.
    PatternMessage {
        /// The pattern subscribed to.
        pattern: Bytes,
        /// The channel published to.
        channel: Bytes,
        /// What was published.
        payload: Bytes,
    },
    /// `smessage`: a payload published to a shard channel.
    ShardMessage {
        /// The shard channel.
        channel: Bytes,
        /// What was published.
        payload: Bytes,
    },
    /// `subscribe`, `psubscribe` or `ssubscribe` confirmed for one channel.
    Subscribed {
        /// Channel, pattern or shard channel.
        kind: SubscriptionKind,
        /// The channel or pattern.
        channel: Bytes,
        /// How many subscriptions the connection now has (of every kind for
        /// channels and patterns; of shard channels for shard channels).
        count: i64,
    },
    /// `unsubscribe`, `punsubscribe` or `sunsubscribe` confirmed for one
    /// channel, or for none (`channel` is `None`) when there was nothing to
    /// leave.
    Unsubscribed {
        /// Channel, pattern or shard channel.
        kind: SubscriptionKind,
        /// The channel or pattern left.
        channel: Option<Bytes>,
        /// How many subscriptions remain, counted as for `Subscribed`.
        count: i64,
    },
    /// Client-side caching: these keys changed, or, with `None`, every key
    /// did (the server flushed, or evicted its tracking table).
    Invalidate {
        /// The keys, or `None` for all of them.
        keys: Option<Vec<Bytes>>,
    },
    /// Any other push, kept as it came.
    Other(Frame),
}

/// The three kinds of subscription.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SubscriptionKind {
    /// `SUBSCRIBE` a channel.
    Channel,
    /// `PSUBSCRIBE` a glob-style pattern.
    Pattern,
    /// `SSUBSCRIBE` a shard channel (Redis 7).
    Shard,
}

impl SubscriptionKind {
    /// The command that subscribes.
    pub const fn subscribe_command(self) -> &'static str {
        match self {
            Self::Channel => "SUBSCRIBE",
            Self::Pattern => "PSUBSCRIBE",
            Self::Shard => "SSUBSCRIBE",
        }
    }

    /// The command that unsubscribes.
    pub const fn unsubscribe_command(self) -> &'static str {
        match self {
            Self::Channel => "UNSUBSCRIBE",
            Self::Pattern => "PUNSUBSCRIBE",
            Self::Shard => "SUNSUBSCRIBE",
        }
    }
}

impl Push {
    /// Classifies a push frame (RESP3 `>`) or an array received in RESP2
    /// subscribed mode. Anything that is not one of the shapes above, however
    /// close, is [`Push::Other`], untouched.
    ///
    /// ```
    /// use resp_core::pubsub::Push;
    /// use resp_core::Frame;
    ///
    /// let frame = Frame::Push(vec![Frame::bulk("message"), Frame::bulk("news"), Frame::bulk("hi")]);
    /// assert_eq!(
    ///     Push::classify(frame),
    ///     Push::Message { channel: "news".into(), payload: "hi".into() }
    /// );
    /// ```
    pub fn classify(frame: Frame) -> Self {
        Self::parse(&frame).unwrap_or(Self::Other(frame))
    }

    /// A published message (`message`, `pmessage`, `smessage` with bulk
    /// strings), taken apart without copying or counting references; any
    /// other frame is given back as it was.
    pub(crate) fn take_message(frame: Frame) -> Result<Self, Frame> {
        let (is_push, items) = match frame {
            Frame::Push(items) => (true, items),
            Frame::Array(items) => (false, items),
            other => return Err(other),
        };
        let kind = match items.as_slice() {
            [
                Frame::BulkString(kind),
                Frame::BulkString(channel),
                Frame::BulkString(_),
            ] if &kind[..] == b"message" && channel != INVALIDATE_CHANNEL => Some(0),
            [
                Frame::BulkString(kind),
                Frame::BulkString(_),
                Frame::BulkString(_),
            ] if &kind[..] == b"smessage" => Some(1),
            [
                Frame::BulkString(kind),
                Frame::BulkString(_),
                Frame::BulkString(_),
                Frame::BulkString(_),
            ] if &kind[..] == b"pmessage" => Some(2),
            _ => None,
        };
        let Some(kind) = kind else {
            return Err(if is_push {
                Frame::Push(items)
            } else {
                Frame::Array(items)
            });
        };
        let mut parts = items.into_iter().skip(1).map(|item| match item {
            Frame::BulkString(bytes) => bytes,
            _ => unreachable!("matched above"),
        });
        let mut next = || parts.next().unwrap_or_default();
        Ok(match kind {
            0 => Self::Message {
                channel: next(),
                payload: next(),
            },
            1 => Self::ShardMessage {
                channel: next(),
                payload: next(),
            },
            _ => Self::PatternMessage {
                pattern: next(),
                channel: next(),
                payload: next(),
            },
        })
    }

    pub(crate) fn parse(frame: &Frame) -> Option<Self> {
        let (Frame::Push(items) | Frame::Array(items)) = frame else {
            return None;
        };
        let (kind, rest) = items.split_first()?;
        let kind = bulk(kind)?;
        Some(match (&kind[..], rest) {
            (b"message", [channel, payload]) => {
                let channel = bulk(channel)?;
                if channel == INVALIDATE_CHANNEL {
                    return Some(Self::Invalidate {
                        keys: keys(payload)?,
                    });
                }
                Self::Message {
                    channel,
                    payload: bulk(payload)?,
                }
            }
            (b"pmessage", [pattern, channel, payload]) => Self::PatternMessage {
                pattern: bulk(pattern)?,
                channel: bulk(channel)?,
                payload: bulk(payload)?,
            },
            (b"smessage", [channel, payload]) => Self::ShardMessage {
                channel: bulk(channel)?,
                payload: bulk(payload)?,
            },
            (b"invalidate", [keys_frame]) => Self::Invalidate {
                keys: keys(keys_frame)?,
            },
            (name, [channel, Frame::Integer(count)]) => {
                let (subscribed, kind) = match name {
                    b"subscribe" => (true, SubscriptionKind::Channel),
                    b"psubscribe" => (true, SubscriptionKind::Pattern),
                    b"ssubscribe" => (true, SubscriptionKind::Shard),
                    b"unsubscribe" => (false, SubscriptionKind::Channel),
                    b"punsubscribe" => (false, SubscriptionKind::Pattern),
                    b"sunsubscribe" => (false, SubscriptionKind::Shard),
                    _ => return None,
                };
                if subscribed {
                    Self::Subscribed {
                        kind,
                        channel: bulk(channel)?,
                        count: *count,
                    }
                } else {
                    let channel = match channel {
                        Frame::Null => None,
                        other => Some(bulk(other)?),
                    };
                    Self::Unsubscribed {
                        kind,
                        channel,
                        count: *count,
                    }
                }
            }
            _ => return None,
        })
    }
}

/// The bytes of a bulk or simple string.
fn bulk(frame: &Frame) -> Option<Bytes> {
    match frame {
        Frame::BulkString(bytes) | Frame::SimpleString(bytes) => Some(bytes.clone()),
        _ => None,
    }
}

/// An invalidation's keys: an array of strings, or null for all keys.
fn keys(frame: &Frame) -> Option<Option<Vec<Bytes>>> {
    match frame {
        Frame::Null => Some(None),
        Frame::Array(items) => items.iter().map(bulk).collect::<Option<Vec<_>>>().map(Some),
        _ => None,
    }
}

/// The subscriptions a user wants, so that a new connection can be brought
/// back to them after a reconnect.
///
/// ```
/// use resp_core::pubsub::{SubscriptionKind, Subscriptions};
///
/// let mut subs = Subscriptions::new();
/// subs.add(SubscriptionKind::Channel, "news");
/// subs.add(SubscriptionKind::Pattern, "user:*");
/// let restore: Vec<String> = subs.restore_commands().iter().map(|cmd| format!("{cmd:?}")).collect();
/// assert_eq!(restore, ["[\"SUBSCRIBE\", \"news\"]", "[\"PSUBSCRIBE\", \"user:*\"]"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Subscriptions {
    channels: BTreeSet<Bytes>,
    patterns: BTreeSet<Bytes>,
    shard_channels: BTreeSet<Bytes>,
}

impl Subscriptions {
    /// No subscriptions.
    pub fn new() -> Self {
        Self::default()
    }

    fn set(&self, kind: SubscriptionKind) -> &BTreeSet<Bytes> {
        match kind {
            SubscriptionKind::Channel => &self.channels,
            SubscriptionKind::Pattern => &self.patterns,
            SubscriptionKind::Shard => &self.shard_channels,
        }
    }

    fn set_mut(&mut self, kind: SubscriptionKind) -> &mut BTreeSet<Bytes> {
        match kind {
            SubscriptionKind::Channel => &mut self.channels,
            SubscriptionKind::Pattern => &mut self.patterns,
            SubscriptionKind::Shard => &mut self.shard_channels,
        }
    }

    /// Adds a subscription; `false` if it was there already.
    pub fn add(&mut self, kind: SubscriptionKind, channel: impl Into<Bytes>) -> bool {
        self.set_mut(kind).insert(channel.into())
    }

    /// Removes a subscription; `false` if it was not there.
    pub fn remove(&mut self, kind: SubscriptionKind, channel: &[u8]) -> bool {
        self.set_mut(kind).remove(channel)
    }

    /// Removes every subscription of one kind, as an unsubscribe command
    /// without arguments does.
    pub fn clear(&mut self, kind: SubscriptionKind) {
        self.set_mut(kind).clear();
    }

    /// Whether the subscription is there.
    pub fn contains(&self, kind: SubscriptionKind, channel: &[u8]) -> bool {
        self.set(kind).contains(channel)
    }

    /// The subscriptions of one kind, in byte order.
    pub fn iter(&self, kind: SubscriptionKind) -> impl Iterator<Item = &Bytes> {
        self.set(kind).iter()
    }

    /// How many subscriptions there are, of every kind.
    pub fn len(&self) -> usize {
        self.channels.len() + self.patterns.len() + self.shard_channels.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The commands that restore these subscriptions on a new connection:
    /// one `SUBSCRIBE` with every channel, one `PSUBSCRIBE` with every
    /// pattern, and one `SSUBSCRIBE` per hash slot of the shard channels
    /// (Redis refuses shard channels of different slots in one command).
    pub fn restore_commands(&self) -> Vec<Cmd> {
        self.restore_groups()
            .into_iter()
            .map(|(kind, channels)| Cmd::new(kind.subscribe_command()).args(channels))
            .collect()
    }

    /// What [`Subscriptions::restore_commands`] subscribes to, command by
    /// command: the kind and the channels of each.
    pub fn restore_groups(&self) -> Vec<(SubscriptionKind, Vec<Bytes>)> {
        let mut groups = Vec::new();
        for kind in [SubscriptionKind::Channel, SubscriptionKind::Pattern] {
            let set = self.set(kind);
            if !set.is_empty() {
                groups.push((kind, set.iter().cloned().collect()));
            }
        }
        let mut by_slot: BTreeMap<u16, Vec<Bytes>> = BTreeMap::new();
        for channel in &self.shard_channels {
            by_slot
                .entry(key_slot(channel).get())
                .or_default()
                .push(channel.clone());
        }
        groups.extend(
            by_slot
                .into_values()
                .map(|channels| (SubscriptionKind::Shard, channels)),
        );
        groups
    }
}

#[cfg(test)]
mod tests {
    use alloc::vec;

    use super::*;
    use crate::decode::Decoder;

    /// Every push in `bytes`, classified.
    fn pushes(bytes: &[u8]) -> Vec<Push> {
        let mut buf = bytes::BytesMut::from(bytes);
        let mut decoder = Decoder::new();
        let mut out = Vec::new();
        while let Some(frame) = decoder.decode(&mut buf).expect("valid") {
            out.push(Push::classify(frame));
        }
        assert!(buf.is_empty());
        out
    }

    fn b(text: &'static str) -> Bytes {
        Bytes::from_static(text.as_bytes())
    }

    /// What Redis 7.0 sends for SUBSCRIBE a b, PSUBSCRIBE p*, SSUBSCRIBE s,
    /// three publishes, then the three unsubscribes and one with nothing left
    /// (captured from redis-server; RESP3 below, RESP2 the same as arrays
    /// with `$-1` for the null).
    const RESP3_SESSION: &[u8] = b">3\r\n$9\r\nsubscribe\r\n$1\r\na\r\n:1\r\n>3\r\n$9\r\nsubscribe\r\n$1\r\nb\r\n:2\r\n>3\r\n$10\r\npsubscribe\r\n$2\r\np*\r\n:3\r\n>3\r\n$10\r\nssubscribe\r\n$1\r\ns\r\n:1\r\n>3\r\n$7\r\nmessage\r\n$1\r\na\r\n$2\r\nhi\r\n>4\r\n$8\r\npmessage\r\n$2\r\np*\r\n$2\r\npx\r\n$2\r\nyo\r\n>3\r\n$8\r\nsmessage\r\n$1\r\ns\r\n$2\r\nsh\r\n>3\r\n$11\r\nunsubscribe\r\n$1\r\na\r\n:2\r\n>3\r\n$11\r\nunsubscribe\r\n$1\r\nb\r\n:1\r\n>3\r\n$12\r\npunsubscribe\r\n$2\r\np*\r\n:0\r\n>3\r\n$12\r\nsunsubscribe\r\n$1\r\ns\r\n:0\r\n>3\r\n$11\r\nunsubscribe\r\n_\r\n:0\r\n";
    const RESP2_SESSION: &[u8] = b"*3\r\n$9\r\nsubscribe\r\n$1\r\na\r\n:1\r\n*3\r\n$9\r\nsubscribe\r\n$1\r\nb\r\n:2\r\n*3\r\n$10\r\npsubscribe\r\n$2\r\np*\r\n:3\r\n*3\r\n$10\r\nssubscribe\r\n$1\r\ns\r\n:1\r\n*3\r\n$7\r\nmessage\r\n$1\r\na\r\n$2\r\nhi\r\n*4\r\n$8\r\npmessage\r\n$2\r\np*\r\n$2\r\npx\r\n$2\r\nyo\r\n*3\r\n$8\r\nsmessage\r\n$1\r\ns\r\n$2\r\nsh\r\n*3\r\n$11\r\nunsubscribe\r\n$1\r\na\r\n:2\r\n*3\r\n$11\r\nunsubscribe\r\n$1\r\nb\r\n:1\r\n*3\r\n$12\r\npunsubscribe\r\n$2\r\np*\r\n:0\r\n*3\r\n$12\r\nsunsubscribe\r\n$1\r\ns\r\n:0\r\n*3\r\n$11\r\nunsubscribe\r\n$-1\r\n:0\r\n";

    #[test]
    fn a_captured_session_classifies_alike_in_both_protocols() {
        use SubscriptionKind::{Channel, Pattern, Shard};
        let expected = vec![
            Push::Subscribed {
                kind: Channel,
                channel: b("a"),
                count: 1,
            },
            Push::Subscribed {
                kind: Channel,
                channel: b("b"),
                count: 2,
            },
            Push::Subscribed {
                kind: Pattern,
                channel: b("p*"),
                count: 3,
            },
            Push::Subscribed {
                kind: Shard,
                channel: b("s"),
                count: 1,
            },
            Push::Message {
                channel: b("a"),
                payload: b("hi"),
            },
            Push::PatternMessage {
                pattern: b("p*"),
                channel: b("px"),
                payload: b("yo"),
            },
            Push::ShardMessage {
                channel: b("s"),
                payload: b("sh"),
            },
            Push::Unsubscribed {
                kind: Channel,
                channel: Some(b("a")),
                count: 2,
            },
            Push::Unsubscribed {
                kind: Channel,
                channel: Some(b("b")),
                count: 1,
            },
            Push::Unsubscribed {
                kind: Pattern,
                channel: Some(b("p*")),
                count: 0,
            },
            Push::Unsubscribed {
                kind: Shard,
                channel: Some(b("s")),
                count: 0,
            },
            Push::Unsubscribed {
                kind: Channel,
                channel: None,
                count: 0,
            },
        ];
        assert_eq!(pushes(RESP3_SESSION), expected);
        assert_eq!(pushes(RESP2_SESSION), expected);
    }

    #[test]
    fn invalidations_in_both_protocols() {
        // RESP3 pushes (captured), and RESP2 through the redirect channel.
        let resp3 = b">2\r\n$10\r\ninvalidate\r\n*1\r\n$1\r\nk\r\n>2\r\n$10\r\ninvalidate\r\n_\r\n";
        assert_eq!(
            pushes(resp3),
            vec![
                Push::Invalidate {
                    keys: Some(vec![b("k")])
                },
                Push::Invalidate { keys: None }
            ]
        );
        let resp2 = b"*3\r\n$7\r\nmessage\r\n$20\r\n__redis__:invalidate\r\n*1\r\n$2\r\nk2\r\n";
        assert_eq!(
            pushes(resp2),
            vec![Push::Invalidate {
                keys: Some(vec![b("k2")])
            }]
        );
    }

    #[test]
    fn anything_else_is_kept_whole() {
        let odd = [
            Frame::Push(vec![]),
            Frame::Push(vec![Frame::bulk("message"), Frame::bulk("only-channel")]),
            Frame::Push(vec![
                Frame::bulk("subscribe"),
                Frame::bulk("a"),
                Frame::bulk("1"),
            ]),
            Frame::Push(vec![
                Frame::bulk("tracking-redir-broken"),
                Frame::Integer(7),
            ]),
            Frame::Push(vec![Frame::Integer(1), Frame::Integer(2)]),
            Frame::Array(vec![Frame::bulk("pong"), Frame::bulk("")]),
            Frame::simple("OK"),
            Frame::Push(vec![
                Frame::bulk("invalidate"),
                Frame::Array(vec![Frame::Integer(1)]),
            ]),
        ];
        for frame in odd {
            assert_eq!(Push::classify(frame.clone()), Push::Other(frame));
        }
    }

    #[test]
    fn subscriptions_restore_with_one_command_per_kind_and_shard_slot() {
        let mut subs = Subscriptions::new();
        assert!(subs.restore_commands().is_empty());
        assert!(subs.add(SubscriptionKind::Channel, "b"));
        assert!(subs.add(SubscriptionKind::Channel, "a"));
        assert!(!subs.add(SubscriptionKind::Channel, "a"));
        subs.add(SubscriptionKind::Pattern, "p*");
        // "{x}1" and "{x}2" share a slot; "y" has another.
        subs.add(SubscriptionKind::Shard, "{x}1");
        subs.add(SubscriptionKind::Shard, "{x}2");
        subs.add(SubscriptionKind::Shard, "y");
        assert_eq!(subs.len(), 6);
        let mut restore: Vec<Vec<Vec<u8>>> = subs
            .restore_commands()
            .iter()
            .map(|cmd| cmd.iter().map(<[u8]>::to_vec).collect())
            .collect();
        assert_eq!(restore.len(), 4);
        assert_eq!(restore.remove(0), [&b"SUBSCRIBE"[..], b"a", b"b"]);
        assert_eq!(restore.remove(0), [&b"PSUBSCRIBE"[..], b"p*"]);
        restore.sort();
        assert_eq!(
            restore,
            [
                vec![b"SSUBSCRIBE".to_vec(), b"y".to_vec()],
                vec![b"SSUBSCRIBE".to_vec(), b"{x}1".to_vec(), b"{x}2".to_vec()]
            ]
        );

        assert!(subs.remove(SubscriptionKind::Channel, b"a"));
        assert!(!subs.remove(SubscriptionKind::Channel, b"a"));
        assert!(subs.contains(SubscriptionKind::Pattern, b"p*"));
        subs.clear(SubscriptionKind::Shard);
        assert_eq!(
            subs.iter(SubscriptionKind::Channel).collect::<Vec<_>>(),
            [&b("b")]
        );
        assert_eq!(subs.len(), 2);
    }

    /// Taking a message apart by move gives what classifying it does, and
    /// gives back, untouched, every frame that is not a message.
    #[test]
    fn take_message_agrees_with_classify() {
        let bulk = |text: &'static str| Frame::BulkString(b(text));
        let frames = [
            Frame::Push(vec![bulk("message"), bulk("c"), bulk("p")]),
            Frame::Array(vec![bulk("pmessage"), bulk("p*"), bulk("pc"), bulk("x")]),
            Frame::Push(vec![bulk("smessage"), bulk("s"), bulk("y")]),
        ];
        for frame in frames {
            let classified = Push::classify(frame.clone());
            assert_eq!(Push::take_message(frame), Ok(classified));
        }
        let others = [
            Frame::Push(vec![
                bulk("message"),
                bulk("__redis__:invalidate"),
                Frame::Null,
            ]),
            Frame::Push(vec![bulk("subscribe"), bulk("c"), Frame::Integer(1)]),
            Frame::Array(vec![bulk("message"), bulk("c")]),
            Frame::Array(vec![bulk("message"), Frame::simple("c"), bulk("p")]),
            Frame::Push(vec![bulk("pmessage"), bulk("p"), bulk("c")]),
            Frame::bulk("message"),
        ];
        for frame in others {
            assert_eq!(Push::take_message(frame.clone()), Err(frame));
        }
    }
}

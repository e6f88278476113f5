//! Keyspace notifications: the messages of `__keyspace@DB__:key` and
//! `__keyevent@DB__:event` channels, typed.

use bytes::Bytes;

use super::Message;

/// Which of the two notification channels a [`KeyspaceEvent`] came on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyspaceSource {
    /// `__keyspace@DB__:key`, whose payload is the event (`K` in
    /// `notify-keyspace-events`).
    Keyspace,
    /// `__keyevent@DB__:event`, whose payload is the key (`E`).
    Keyevent,
}

/// A keyspace notification: `event` (such as `set`, `del`, `expired`,
/// `lpush`) happened to `key` in database `db`.
///
/// ```
/// use bytes::Bytes;
/// use resp_client::pubsub::{KeyspaceEvent, KeyspaceSource, Message, SubscriptionKind};
///
/// # fn demo(message: Message) {
/// // A message on `__keyspace@0__:user:1` with payload `expired`:
/// if let Some(event) = message.keyspace_event() {
///     assert_eq!(event.db, 0);
///     println!("{:?} happened to {:?}", event.event, event.key);
/// }
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct KeyspaceEvent {
    /// The channel it came on.
    pub source: KeyspaceSource,
    /// The database.
    pub db: u32,
    /// The key.
    pub key: Bytes,
    /// What happened, as the server names it.
    pub event: Bytes,
}

impl KeyspaceEvent {
    /// Reads `message`, when it is a keyspace notification.
    pub(super) fn from_message(message: &Message) -> Option<Self> {
        let channel = &message.channel[..];
        let (source, rest) = if let Some(rest) = channel.strip_prefix(b"__keyspace@") {
            (KeyspaceSource::Keyspace, rest)
        } else {
            (
                KeyspaceSource::Keyevent,
                channel.strip_prefix(b"__keyevent@")?,
            )
        };
        let end = rest.windows(3).position(|w| w == b"__:")?;
        let db = std::str::from_utf8(&rest[..end]).ok()?.parse().ok()?;
        let start = channel.len() - rest.len() + end + 3;
        let name = message.channel.slice(start..);
        let (key, event) = match source {
            KeyspaceSource::Keyspace => (name, message.payload.clone()),
            KeyspaceSource::Keyevent => (message.payload.clone(), name),
        };
        Some(Self {
            source,
            db,
            key,
            event,
        })
    }

    /// The event's name as text (`None` when it is not UTF-8).
    pub fn event_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.event).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pubsub::SubscriptionKind;

    fn message(channel: &'static str, payload: &'static str) -> Message {
        Message {
            kind: SubscriptionKind::Pattern,
            channel: Bytes::from_static(channel.as_bytes()),
            pattern: Some(Bytes::from_static(b"__key*")),
            payload: Bytes::from_static(payload.as_bytes()),
        }
    }

    #[test]
    fn keyspace_and_keyevent_channels() {
        let event = message("__keyspace@3__:user:__:1", "expired")
            .keyspace_event()
            .unwrap();
        assert_eq!(event.source, KeyspaceSource::Keyspace);
        assert_eq!(event.db, 3);
        assert_eq!(&event.key[..], b"user:__:1");
        assert_eq!(event.event_str(), Some("expired"));

        let event = message("__keyevent@12__:del", "k")
            .keyspace_event()
            .unwrap();
        assert_eq!(event.source, KeyspaceSource::Keyevent);
        assert_eq!(event.db, 12);
        assert_eq!(&event.key[..], b"k");
        assert_eq!(&event.event[..], b"del");
    }

    #[test]
    fn other_channels_are_not_notifications() {
        for channel in [
            "news",
            "__keyspace@",
            "__keyspace@x__:k",
            "__keyspace@1_k",
            "__keyevent@-1__:del",
        ] {
            assert_eq!(message(channel, "set").keyspace_event(), None, "{channel}");
        }
    }
}

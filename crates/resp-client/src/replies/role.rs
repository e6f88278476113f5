//! `ROLE`: [`Role`].

use std::fmt;

use resp_core::Frame;

use super::{elements, in_field, leading};
use crate::error::{Error, ErrorKind, Result};
use crate::value::FromValue;

/// The reply to `ROLE`: what this server is in replication.
///
/// ```text
/// master:   ["master", offset, [[ip, port, offset], ...]]
/// replica:  ["slave", master-ip, master-port, state, offset]
/// sentinel: ["sentinel", [master-name, ...]]
/// ```
///
/// The shape is the same in RESP2 and RESP3.
///
/// ```
/// use resp_client::{FromValue, Frame, ReplicationState, Role};
///
/// let reply = Frame::Array(vec![
///     Frame::bulk("slave"), Frame::bulk("10.0.0.1"), Frame::Integer(6379),
///     Frame::bulk("connected"), Frame::Integer(3167038),
/// ]);
/// let Role::Replica { master_port, state, .. } = Role::from_value(reply)? else { panic!() };
/// assert_eq!((master_port, state), (6379, ReplicationState::Connected));
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Role {
    /// A master, with its replicas.
    Master {
        /// The master's replication offset.
        replication_offset: i64,
        /// The connected replicas.
        replicas: Vec<ReplicaInfo>,
    },
    /// A replica (`slave`).
    Replica {
        /// The master's address.
        master_ip: String,
        /// The master's port.
        master_port: u16,
        /// The state of the link to the master.
        state: ReplicationState,
        /// The replication offset received so far; `-1` before the first
        /// sync.
        offset: i64,
    },
    /// A sentinel.
    Sentinel {
        /// The masters it monitors.
        master_names: Vec<String>,
    },
    /// A role this client does not know, with the rest of the reply.
    Other {
        /// The role's name, as sent.
        role: String,
        /// The elements after the name.
        rest: Vec<Frame>,
    },
}

/// A replica as its master's `ROLE` reply lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReplicaInfo {
    /// The replica's address.
    pub ip: String,
    /// The replica's listening port.
    pub port: u16,
    /// The offset the replica acknowledged.
    pub offset: i64,
}

/// The state of a replica's link to its master, in `ROLE`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicationState {
    /// `none`: not replicating.
    None,
    /// `connect`: about to connect.
    Connect,
    /// `connecting`: connecting.
    Connecting,
    /// `handshake`: connected, exchanging the replication handshake.
    Handshake,
    /// `sync`: receiving the master's dataset.
    Sync,
    /// `connected`: streaming the replication stream.
    Connected,
    /// A state this client does not know (`unknown`, or a newer server's),
    /// as sent.
    Other(String),
}

impl ReplicationState {
    /// The state named `name`; an unknown name is
    /// [`ReplicationState::Other`].
    pub fn from_name(name: &str) -> Self {
        match name {
            "none" => Self::None,
            "connect" => Self::Connect,
            "connecting" => Self::Connecting,
            "handshake" => Self::Handshake,
            "sync" => Self::Sync,
            "connected" => Self::Connected,
            other => Self::Other(other.to_owned()),
        }
    }

    /// The state's name, as the server writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Connect => "connect",
            Self::Connecting => "connecting",
            Self::Handshake => "handshake",
            Self::Sync => "sync",
            Self::Connected => "connected",
            Self::Other(name) => name,
        }
    }
}

impl fmt::Display for ReplicationState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

const ROLE: &str = "a ROLE reply";

fn field<T: FromValue>(frame: Frame, name: &str) -> Result<T> {
    T::from_value(frame).map_err(|error| in_field(error, "ROLE", name))
}

/// An array whose first element names the role.
impl FromValue for Role {
    fn from_value(frame: Frame) -> Result<Self> {
        let items = elements(frame, ROLE)?;
        let got = items.len();
        let mut items = items.into_iter();
        let kind: String = field(items.next().unwrap_or(Frame::Null), "role")?;
        let want = match kind.as_str() {
            "master" => 3,
            "slave" | "replica" => 5,
            "sentinel" => 2,
            _ => 1,
        };
        if got < want {
            return Err(Error::new(
                ErrorKind::Conversion,
                format!("expected {ROLE} of {want} elements for a {kind}, got an array of {got}"),
            ));
        }
        let mut next = || items.next().unwrap_or(Frame::Null);
        match kind.as_str() {
            "master" => {
                let replication_offset = field(next(), "offset")?;
                let replicas = elements(next(), "a list of replicas")?
                    .into_iter()
                    .map(replica)
                    .collect::<Result<_>>()?;
                Ok(Self::Master {
                    replication_offset,
                    replicas,
                })
            }
            "slave" | "replica" => Ok(Self::Replica {
                master_ip: field(next(), "master ip")?,
                master_port: field(next(), "master port")?,
                state: ReplicationState::from_name(&field::<String>(next(), "state")?),
                offset: field(next(), "offset")?,
            }),
            "sentinel" => Ok(Self::Sentinel {
                master_names: field(next(), "master names")?,
            }),
            _ => Ok(Self::Other {
                role: kind,
                rest: items.collect(),
            }),
        }
    }
}

/// `[ip, port, offset]`, port and offset as bulk strings.
fn replica(frame: Frame) -> Result<ReplicaInfo> {
    let ([ip, port, offset], _) = leading::<3>(frame, "a replica of [ip, port, offset]", true)?;
    Ok(ReplicaInfo {
        ip: field(ip, "replica ip")?,
        port: field(port, "replica port")?,
        offset: field(offset, "replica offset")?,
    })
}

/// A string naming the state.
impl FromValue for ReplicationState {
    fn from_value(frame: Frame) -> Result<Self> {
        Ok(Self::from_name(&String::from_value(frame)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bulk(text: &str) -> Frame {
        Frame::bulk(text.to_owned())
    }

    #[test]
    fn master_with_and_without_replicas() {
        let reply = Frame::Array(vec![
            bulk("master"),
            Frame::Integer(3129659),
            Frame::Array(vec![
                Frame::Array(vec![bulk("127.0.0.1"), bulk("9001"), bulk("3129242")]),
                Frame::Array(vec![bulk("127.0.0.1"), bulk("9002"), bulk("3129543")]),
            ]),
        ]);
        let Role::Master {
            replication_offset,
            replicas,
        } = Role::from_value(reply).unwrap()
        else {
            panic!("a master");
        };
        assert_eq!(replication_offset, 3129659);
        assert_eq!(
            replicas[1],
            ReplicaInfo {
                ip: "127.0.0.1".to_owned(),
                port: 9002,
                offset: 3129543
            }
        );
        let alone = Frame::Array(vec![
            bulk("master"),
            Frame::Integer(0),
            Frame::Array(vec![]),
        ]);
        assert_eq!(
            Role::from_value(alone).unwrap(),
            Role::Master {
                replication_offset: 0,
                replicas: Vec::new()
            }
        );
    }

    #[test]
    fn replica_states() {
        for (name, state) in [
            ("connect", ReplicationState::Connect),
            ("connecting", ReplicationState::Connecting),
            ("handshake", ReplicationState::Handshake),
            ("sync", ReplicationState::Sync),
            ("connected", ReplicationState::Connected),
            ("none", ReplicationState::None),
            ("unknown", ReplicationState::Other("unknown".to_owned())),
        ] {
            let reply = Frame::Array(vec![
                bulk("slave"),
                bulk("10.0.0.1"),
                Frame::Integer(6379),
                bulk(name),
                Frame::Integer(-1),
            ]);
            assert_eq!(
                Role::from_value(reply).unwrap(),
                Role::Replica {
                    master_ip: "10.0.0.1".to_owned(),
                    master_port: 6379,
                    state: state.clone(),
                    offset: -1
                }
            );
            assert_eq!(state.as_str(), name);
        }
    }

    #[test]
    fn sentinel_and_others() {
        let reply = Frame::Array(vec![
            bulk("sentinel"),
            Frame::Array(vec![bulk("mymaster"), bulk("other")]),
        ]);
        assert_eq!(
            Role::from_value(reply).unwrap(),
            Role::Sentinel {
                master_names: vec!["mymaster".to_owned(), "other".to_owned()]
            }
        );
        let reply = Frame::Array(vec![bulk("arbiter"), Frame::Integer(1)]);
        assert_eq!(
            Role::from_value(reply).unwrap(),
            Role::Other {
                role: "arbiter".to_owned(),
                rest: vec![Frame::Integer(1)]
            }
        );
    }

    #[test]
    fn bad_shapes() {
        let short = Frame::Array(vec![bulk("slave"), bulk("10.0.0.1")]);
        assert_eq!(
            Role::from_value(short).unwrap_err().to_string(),
            "expected a ROLE reply of 5 elements for a slave, got an array of 2"
        );
        assert_eq!(
            Role::from_value(Frame::Integer(1)).unwrap_err().to_string(),
            "expected a ROLE reply, got an integer"
        );
        assert_eq!(
            Role::from_value(Frame::Array(vec![]))
                .unwrap_err()
                .to_string(),
            "ROLE field role: expected a string, got null"
        );
        let bad_port = Frame::Array(vec![
            bulk("slave"),
            bulk("h"),
            Frame::Integer(70000),
            bulk("sync"),
            Frame::Integer(1),
        ]);
        assert_eq!(
            Role::from_value(bad_port).unwrap_err().to_string(),
            "ROLE field master port: expected a u16, got an integer out of range"
        );
    }
}

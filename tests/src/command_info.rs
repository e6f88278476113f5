//! `COMMAND INFO` replies read into plain values, for the command table's
//! generator and for the suite that checks the table against a server.

use std::fmt;
use std::io::{Read, Write};

use resp_core::{Cmd, Frame};

use crate::connection::RawConnection;

/// What `COMMAND INFO` says of one command or subcommand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandInfo {
    /// The name, lower case; `container|sub` for a subcommand.
    pub name: String,
    /// The arity: exact if positive, a minimum if negative.
    pub arity: i64,
    /// The flags (`readonly`, `movablekeys`...).
    pub flags: Vec<String>,
    /// The legacy first key, last key and step.
    pub legacy_keys: (i64, i64, i64),
    /// The ACL categories (`@read`...).
    pub acl_categories: Vec<String>,
    /// The tips (`request_policy:all_shards`, `nondeterministic_output`...).
    pub tips: Vec<String>,
    /// The key specs, in order.
    pub key_specs: Vec<KeySpecInfo>,
    /// The subcommands, in the order the server lists them.
    pub subcommands: Vec<Self>,
}

/// One key spec of a [`CommandInfo`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeySpecInfo {
    /// The flags (`RO`, `access`, `incomplete`...).
    pub flags: Vec<String>,
    /// Where the search for the first key begins.
    pub begin_search: BeginSearchInfo,
    /// Which arguments from there are keys.
    pub find_keys: FindKeysInfo,
}

/// A key spec's `begin_search`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BeginSearchInfo {
    /// `index`.
    Index(i64),
    /// `keyword`.
    Keyword {
        /// The keyword.
        keyword: String,
        /// Where the search starts; negative counts from the end.
        start_from: i64,
    },
    /// `unknown`.
    Unknown,
}

/// A key spec's `find_keys`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindKeysInfo {
    /// `range`.
    Range {
        /// `lastkey`.
        last_key: i64,
        /// `keystep`.
        step: i64,
        /// `limit`.
        limit: i64,
    },
    /// `keynum`.
    KeyNum {
        /// `keynumidx`.
        num_keys_index: i64,
        /// `firstkey`.
        first_key: i64,
        /// `keystep`.
        step: i64,
    },
    /// `unknown`.
    Unknown,
}

/// A `COMMAND INFO` reply that does not have the expected shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandInfoError(String);

impl fmt::Display for CommandInfoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unexpected COMMAND INFO or COMMAND DOCS reply: {}",
            self.0
        )
    }
}

impl std::error::Error for CommandInfoError {}

impl CommandInfoError {
    pub(crate) fn new(what: String) -> Self {
        Self(what)
    }
}

fn malformed<T>(what: impl fmt::Display) -> Result<T, CommandInfoError> {
    Err(CommandInfoError(what.to_string()))
}

impl CommandInfo {
    /// Asks `COMMAND INFO` (with no names: every command) and reads the
    /// reply, sorted by name, each command's subcommands too.
    ///
    /// # Errors
    ///
    /// When the request fails or the reply has an unexpected shape.
    pub fn all<S: Read + Write>(
        conn: &mut RawConnection<S>,
    ) -> Result<Vec<Self>, Box<dyn std::error::Error>> {
        let reply = conn.request(&Cmd::new("COMMAND").arg("INFO"))?;
        let mut commands = Self::from_reply(&reply)?;
        sort(&mut commands);
        Ok(commands)
    }

    /// The commands of a `COMMAND INFO` reply, in RESP2 or RESP3, in the
    /// order received; `COMMAND INFO` answers null for a name it does not
    /// know, which is left out.
    ///
    /// # Errors
    ///
    /// When the reply does not have the shape `COMMAND INFO` replies have.
    pub fn from_reply(reply: &Frame) -> Result<Vec<Self>, CommandInfoError> {
        list(reply, "the reply")?
            .iter()
            .filter(|entry| !matches!(entry.value(), Frame::Null))
            .map(Self::from_entry)
            .collect()
    }

    fn from_entry(entry: &Frame) -> Result<Self, CommandInfoError> {
        let fields = list(entry, "a command")?;
        let [
            name,
            arity,
            flags,
            first,
            last,
            step,
            acl_categories,
            tips,
            key_specs,
            subcommands,
        ] = fields
        else {
            return malformed(format_args!("a command of {} fields", fields.len()));
        };
        let name = text(name, "a command name")?;
        Ok(Self {
            arity: integer(arity, "an arity")?,
            flags: texts(flags, "flags")?,
            legacy_keys: (
                integer(first, "a first key")?,
                integer(last, "a last key")?,
                integer(step, "a step")?,
            ),
            acl_categories: texts(acl_categories, "ACL categories")?,
            tips: texts(tips, "tips")?,
            key_specs: list(key_specs, "key specs")?
                .iter()
                .map(KeySpecInfo::from_frame)
                .collect::<Result<_, _>>()?,
            subcommands: list(subcommands, "subcommands")?
                .iter()
                .map(Self::from_entry)
                .collect::<Result<_, _>>()?,
            name,
        })
    }

    /// This command and its subcommands, in that order.
    pub fn with_subcommands(&self) -> impl Iterator<Item = &Self> {
        std::iter::once(self).chain(&self.subcommands)
    }
}

impl KeySpecInfo {
    fn from_frame(frame: &Frame) -> Result<Self, CommandInfoError> {
        let spec = map(frame, "a key spec")?;
        let flags = texts(field(&spec, "flags")?, "key spec flags")?;

        let begin = map(field(&spec, "begin_search")?, "begin_search")?;
        let begin_spec = map(field(&begin, "spec")?, "begin_search spec")?;
        let begin_search = match text(field(&begin, "type")?, "a begin_search type")?.as_str() {
            "index" => BeginSearchInfo::Index(int_field(&begin_spec, "index")?),
            "keyword" => BeginSearchInfo::Keyword {
                keyword: text(field(&begin_spec, "keyword")?, "a keyword")?,
                start_from: int_field(&begin_spec, "startfrom")?,
            },
            "unknown" => BeginSearchInfo::Unknown,
            other => return malformed(format_args!("begin_search type {other:?}")),
        };

        let find = map(field(&spec, "find_keys")?, "find_keys")?;
        let find_spec = map(field(&find, "spec")?, "find_keys spec")?;
        let find_keys = match text(field(&find, "type")?, "a find_keys type")?.as_str() {
            "range" => FindKeysInfo::Range {
                last_key: int_field(&find_spec, "lastkey")?,
                step: int_field(&find_spec, "keystep")?,
                limit: int_field(&find_spec, "limit")?,
            },
            "keynum" => FindKeysInfo::KeyNum {
                num_keys_index: int_field(&find_spec, "keynumidx")?,
                first_key: int_field(&find_spec, "firstkey")?,
                step: int_field(&find_spec, "keystep")?,
            },
            "unknown" => FindKeysInfo::Unknown,
            other => return malformed(format_args!("find_keys type {other:?}")),
        };
        Ok(Self {
            flags,
            begin_search,
            find_keys,
        })
    }
}

/// Sorts commands by name, and each one's subcommands.
fn sort(commands: &mut [CommandInfo]) {
    commands.sort_by(|a, b| a.name.cmp(&b.name));
    for command in commands {
        sort(&mut command.subcommands);
    }
}

fn list<'a>(frame: &'a Frame, what: &str) -> Result<&'a [Frame], CommandInfoError> {
    match frame.value() {
        Frame::Array(items) | Frame::Set(items) => Ok(items),
        other => malformed(format_args!("{what} is {other:?}, not a list")),
    }
}

/// A RESP3 map, or a RESP2 array of alternating keys and values, as pairs.
fn map<'a>(frame: &'a Frame, what: &str) -> Result<Vec<(String, &'a Frame)>, CommandInfoError> {
    match frame.value() {
        Frame::Map(pairs) => pairs
            .iter()
            .map(|(key, value)| Ok((text(key, "a map key")?, value)))
            .collect(),
        Frame::Array(items) if items.len().is_multiple_of(2) => items
            .chunks(2)
            .map(|pair| Ok((text(&pair[0], "a map key")?, &pair[1])))
            .collect(),
        other => malformed(format_args!("{what} is {other:?}, not a map")),
    }
}

fn field<'a>(map: &[(String, &'a Frame)], name: &str) -> Result<&'a Frame, CommandInfoError> {
    match map.iter().find(|(key, _)| key == name) {
        Some((_, value)) => Ok(value),
        None => malformed(format_args!("no field {name:?}")),
    }
}

fn int_field(map: &[(String, &Frame)], name: &str) -> Result<i64, CommandInfoError> {
    integer(field(map, name)?, name)
}

fn text(frame: &Frame, what: &str) -> Result<String, CommandInfoError> {
    match frame.value() {
        Frame::SimpleString(bytes) | Frame::BulkString(bytes) => match std::str::from_utf8(bytes) {
            Ok(text) => Ok(text.to_owned()),
            Err(_) => malformed(format_args!("{what} is not UTF-8")),
        },
        Frame::VerbatimString { text: bytes, .. } => text(&Frame::BulkString(bytes.clone()), what),
        other => malformed(format_args!("{what} is {other:?}, not a string")),
    }
}

fn texts(frame: &Frame, what: &str) -> Result<Vec<String>, CommandInfoError> {
    list(frame, what)?
        .iter()
        .map(|item| text(item, what))
        .collect()
}

fn integer(frame: &Frame, what: &str) -> Result<i64, CommandInfoError> {
    match frame.value() {
        Frame::Integer(n) => Ok(*n),
        other => malformed(format_args!("{what} is {other:?}, not an integer")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_resp2_and_resp3_key_specs_alike() {
        let entry = |spec: Frame| {
            Frame::Array(vec![Frame::Array(vec![
                Frame::bulk("get"),
                Frame::Integer(2),
                Frame::Array(vec![Frame::simple("readonly")]),
                Frame::Integer(1),
                Frame::Integer(1),
                Frame::Integer(1),
                Frame::Array(vec![Frame::simple("@read")]),
                Frame::Array(vec![]),
                Frame::Array(vec![spec]),
                Frame::Array(vec![]),
            ])])
        };
        let resp2 = Frame::Array(vec![
            Frame::bulk("flags"),
            Frame::Array(vec![Frame::simple("RO")]),
            Frame::bulk("begin_search"),
            Frame::Array(vec![
                Frame::bulk("type"),
                Frame::bulk("index"),
                Frame::bulk("spec"),
                Frame::Array(vec![Frame::bulk("index"), Frame::Integer(1)]),
            ]),
            Frame::bulk("find_keys"),
            Frame::Array(vec![
                Frame::bulk("type"),
                Frame::bulk("unknown"),
                Frame::bulk("spec"),
                Frame::Array(vec![]),
            ]),
        ]);
        let resp3 = Frame::Map(vec![
            (Frame::bulk("flags"), Frame::Set(vec![Frame::simple("RO")])),
            (
                Frame::bulk("begin_search"),
                Frame::Map(vec![
                    (Frame::bulk("type"), Frame::bulk("index")),
                    (
                        Frame::bulk("spec"),
                        Frame::Map(vec![(Frame::bulk("index"), Frame::Integer(1))]),
                    ),
                ]),
            ),
            (
                Frame::bulk("find_keys"),
                Frame::Map(vec![
                    (Frame::bulk("type"), Frame::bulk("unknown")),
                    (Frame::bulk("spec"), Frame::Map(vec![])),
                ]),
            ),
        ]);
        let two = CommandInfo::from_reply(&entry(resp2)).unwrap();
        let three = CommandInfo::from_reply(&entry(resp3)).unwrap();
        assert_eq!(two, three);
        assert_eq!(
            two[0].key_specs,
            [KeySpecInfo {
                flags: vec!["RO".into()],
                begin_search: BeginSearchInfo::Index(1),
                find_keys: FindKeysInfo::Unknown,
            }]
        );
        assert!(CommandInfo::from_reply(&Frame::Integer(1)).is_err());
        assert_eq!(
            CommandInfo::from_reply(&Frame::Array(vec![Frame::Null])),
            Ok(vec![])
        );
    }
}

//! `COMMAND DOCS` replies read into plain values, for the generator of the
//! client's typed commands and for the suite that checks their coverage.

use std::io::{Read, Write};

use resp_core::{Cmd, Frame};

use crate::command_info::CommandInfoError;
use crate::connection::RawConnection;

/// What `COMMAND DOCS` says of one command or subcommand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandDocs {
    /// The name, lower case; `container|sub` for a subcommand.
    pub name: String,
    /// One line on what it does.
    pub summary: String,
    /// The server version that introduced it.
    pub since: String,
    /// Its group (`string`, `sorted-set`, `server`...).
    pub group: String,
    /// Its time complexity, in words.
    pub complexity: String,
    /// `doc_flags` (`deprecated`, `syscmd`).
    pub doc_flags: Vec<String>,
    /// The command that replaces a deprecated one, in words.
    pub replaced_by: Option<String>,
    /// The arguments, in order.
    pub arguments: Vec<ArgDocs>,
    /// The subcommands, sorted by name.
    pub subcommands: Vec<Self>,
}

/// One argument of a [`CommandDocs`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArgDocs {
    /// Its name (`key`, `condition`...).
    pub name: String,
    /// Its type: `key`, `string`, `integer`, `double`, `pattern`,
    /// `unix-time`, `pure-token`, `oneof` or `block`.
    pub kind: String,
    /// The token that precedes it (or that it is, for a `pure-token`).
    pub token: Option<String>,
    /// `optional`.
    pub optional: bool,
    /// `multiple`: it repeats.
    pub multiple: bool,
    /// `multiple_token`: the token repeats with it.
    pub multiple_token: bool,
    /// The sub-arguments of a `oneof` or a `block`.
    pub arguments: Vec<Self>,
}

impl CommandDocs {
    /// Asks `COMMAND DOCS` (with no names: every command) and reads the
    /// reply, sorted by name, each command's subcommands too.
    ///
    /// # Errors
    ///
    /// When the request fails or the reply has an unexpected shape.
    pub fn all<S: Read + Write>(
        conn: &mut RawConnection<S>,
    ) -> Result<Vec<Self>, Box<dyn std::error::Error>> {
        let reply = conn.request(&Cmd::new("COMMAND").arg("DOCS"))?;
        Ok(Self::from_reply(&reply)?)
    }

    /// The commands of a `COMMAND DOCS` reply, RESP2 or RESP3, sorted by
    /// name.
    ///
    /// # Errors
    ///
    /// When the reply does not have the shape `COMMAND DOCS` replies have.
    pub fn from_reply(reply: &Frame) -> Result<Vec<Self>, CommandInfoError> {
        let mut commands = map(reply, "the reply")?
            .into_iter()
            .map(|(name, docs)| Self::from_frame(name, docs))
            .collect::<Result<Vec<_>, _>>()?;
        commands.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(commands)
    }

    fn from_frame(name: String, frame: &Frame) -> Result<Self, CommandInfoError> {
        let fields = map(frame, "a command's docs")?;
        let text_or_empty = |key: &str| -> Result<String, CommandInfoError> {
            field(&fields, key).map_or(Ok(String::new()), |frame| text(frame, key))
        };
        let mut subcommands = match field(&fields, "subcommands") {
            Some(frame) => map(frame, "subcommands")?
                .into_iter()
                .map(|(name, docs)| Self::from_frame(name, docs))
                .collect::<Result<Vec<_>, _>>()?,
            None => Vec::new(),
        };
        subcommands.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Self {
            summary: text_or_empty("summary")?,
            since: text_or_empty("since")?,
            group: text_or_empty("group")?,
            complexity: text_or_empty("complexity")?,
            doc_flags: match field(&fields, "doc_flags") {
                Some(frame) => texts(frame, "doc_flags")?,
                None => Vec::new(),
            },
            replaced_by: field(&fields, "replaced_by")
                .map(|frame| text(frame, "replaced_by"))
                .transpose()?,
            arguments: match field(&fields, "arguments") {
                Some(frame) => args(frame)?,
                None => Vec::new(),
            },
            subcommands,
            name: name.to_ascii_lowercase(),
        })
    }

    /// This command and its subcommands, in that order.
    pub fn with_subcommands(&self) -> impl Iterator<Item = &Self> {
        std::iter::once(self).chain(&self.subcommands)
    }

    /// The name as a user types it: `CLIENT KILL` for `client|kill`.
    pub fn display_name(&self) -> String {
        self.name.replace('|', " ").to_ascii_uppercase()
    }
}

fn args(frame: &Frame) -> Result<Vec<ArgDocs>, CommandInfoError> {
    list(frame, "arguments")?
        .iter()
        .map(ArgDocs::from_frame)
        .collect()
}

impl ArgDocs {
    fn from_frame(frame: &Frame) -> Result<Self, CommandInfoError> {
        let fields = map(frame, "an argument")?;
        let required = |key: &str| match field(&fields, key) {
            Some(frame) => text(frame, key),
            None => Err(CommandInfoError::new(format!(
                "an argument without {key:?}"
            ))),
        };
        let flags = match field(&fields, "flags") {
            Some(frame) => texts(frame, "argument flags")?,
            None => Vec::new(),
        };
        let flag = |name: &str| flags.iter().any(|flag| flag == name);
        Ok(Self {
            name: required("name")?,
            kind: required("type")?,
            token: field(&fields, "token")
                .map(|frame| text(frame, "a token"))
                .transpose()?,
            optional: flag("optional"),
            multiple: flag("multiple"),
            multiple_token: flag("multiple_token"),
            arguments: match field(&fields, "arguments") {
                Some(frame) => args(frame)?,
                None => Vec::new(),
            },
        })
    }
}

fn list<'a>(frame: &'a Frame, what: &str) -> Result<&'a [Frame], CommandInfoError> {
    match frame.value() {
        Frame::Array(items) | Frame::Set(items) => Ok(items),
        other => Err(CommandInfoError::new(format!(
            "{what} is {other:?}, not a list"
        ))),
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
        other => Err(CommandInfoError::new(format!(
            "{what} is {other:?}, not a map"
        ))),
    }
}

fn field<'a>(map: &[(String, &'a Frame)], name: &str) -> Option<&'a Frame> {
    map.iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| *value)
}

fn text(frame: &Frame, what: &str) -> Result<String, CommandInfoError> {
    match frame.value() {
        Frame::SimpleString(bytes) | Frame::BulkString(bytes) => std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| CommandInfoError::new(format!("{what} is not UTF-8"))),
        Frame::VerbatimString { text: bytes, .. } => text(&Frame::BulkString(bytes.clone()), what),
        other => Err(CommandInfoError::new(format!(
            "{what} is {other:?}, not a string"
        ))),
    }
}

fn texts(frame: &Frame, what: &str) -> Result<Vec<String>, CommandInfoError> {
    list(frame, what)?
        .iter()
        .map(|item| text(item, what))
        .collect()
}

//! What a command does to the reply stream, read from its arguments when it
//! is sent.

use alloc::vec::Vec;
use core::time::Duration;

use bytes::Bytes;

use crate::cmd::Cmd;
use crate::pubsub::SubscriptionKind;

/// The commands whose replies the connection must count or interpret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// One reply.
    Plain,
    /// One confirmation per channel (`SUBSCRIBE`, `PSUBSCRIBE`, `SSUBSCRIBE`).
    Subscribe(SubscriptionKind, Vec<Bytes>),
    /// One confirmation per channel, or per current subscription when no
    /// channel is named (at least one).
    Unsubscribe(SubscriptionKind, Vec<Bytes>),
    /// `CLIENT REPLY ON|OFF|SKIP`.
    ClientReply(ReplyMode),
    Multi,
    Exec,
    Discard,
    Monitor,
    Reset,
    Quit,
    Hello,
    Ping,
    /// `WATCH key ...`.
    Watch,
    /// `UNWATCH`.
    Unwatch,
    /// `SELECT db`; `None` when the argument is not a database number (the
    /// server refuses it).
    Select(Option<u32>),
}

/// The server's reply mode, as `CLIENT REPLY` sets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReplyMode {
    On,
    Off,
    Skip,
}

/// How long a command may legitimately keep the server from answering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Wait {
    /// The connection's response timeout.
    Default,
    /// A blocking command: this long, plus the margin.
    Blocking(Duration),
    /// A blocking command told to wait forever.
    Forever,
}

/// A command, as the connection sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Classified {
    pub(crate) kind: Kind,
    pub(crate) wait: Wait,
}

impl Classified {
    pub(crate) fn of(cmd: &Cmd) -> Self {
        let mut args = cmd.iter();
        let Some(name) = args.next() else {
            return Self {
                kind: Kind::Plain,
                wait: Wait::Default,
            };
        };
        let mut upper = [0u8; 16];
        let name = if name.len() <= upper.len() {
            let upper = &mut upper[..name.len()];
            upper.copy_from_slice(name);
            upper.make_ascii_uppercase();
            &*upper
        } else {
            // No command this connection interprets has a longer name.
            b""
        };
        let channels = || cmd.iter().skip(1).map(Bytes::copy_from_slice).collect();
        let kind = match name {
            b"SUBSCRIBE" => Kind::Subscribe(SubscriptionKind::Channel, channels()),
            b"PSUBSCRIBE" => Kind::Subscribe(SubscriptionKind::Pattern, channels()),
            b"SSUBSCRIBE" => Kind::Subscribe(SubscriptionKind::Shard, channels()),
            b"UNSUBSCRIBE" => Kind::Unsubscribe(SubscriptionKind::Channel, channels()),
            b"PUNSUBSCRIBE" => Kind::Unsubscribe(SubscriptionKind::Pattern, channels()),
            b"SUNSUBSCRIBE" => Kind::Unsubscribe(SubscriptionKind::Shard, channels()),
            b"CLIENT" => client_reply(cmd).map_or(Kind::Plain, Kind::ClientReply),
            b"MULTI" => Kind::Multi,
            b"EXEC" => Kind::Exec,
            b"DISCARD" => Kind::Discard,
            b"MONITOR" => Kind::Monitor,
            b"RESET" => Kind::Reset,
            b"QUIT" => Kind::Quit,
            b"HELLO" => Kind::Hello,
            b"PING" => Kind::Ping,
            b"WATCH" => Kind::Watch,
            b"UNWATCH" => Kind::Unwatch,
            b"SELECT" => Kind::Select(
                cmd.iter()
                    .nth(1)
                    .and_then(|db| core::str::from_utf8(db).ok()?.parse().ok()),
            ),
            _ => Kind::Plain,
        };
        // SUBSCRIBE with no channel is refused by the server with one error.
        let kind = match kind {
            Kind::Subscribe(_, channels) if channels.is_empty() => Kind::Plain,
            kind => kind,
        };
        Self {
            kind,
            wait: blocking_wait(name, cmd),
        }
    }

    /// Whether the command changes the connection's mode in a way that
    /// cannot be followed when it runs inside `MULTI` (its effect would
    /// come at `EXEC`, hidden in the transaction's reply).
    pub(crate) fn forbidden_in_transaction(&self) -> bool {
        matches!(
            self.kind,
            Kind::Subscribe(..)
                | Kind::Unsubscribe(..)
                | Kind::ClientReply(_)
                | Kind::Monitor
                | Kind::Hello
        )
    }
}

/// `CLIENT REPLY ON|OFF|SKIP`; anything else (another subcommand, a bad
/// mode) is a plain command the server answers.
fn client_reply(cmd: &Cmd) -> Option<ReplyMode> {
    let mut args = cmd.iter().skip(1);
    let sub = args.next()?;
    let mode = args.next()?;
    if args.next().is_some() || !sub.eq_ignore_ascii_case(b"REPLY") {
        return None;
    }
    if mode.eq_ignore_ascii_case(b"ON") {
        Some(ReplyMode::On)
    } else if mode.eq_ignore_ascii_case(b"OFF") {
        Some(ReplyMode::Off)
    } else if mode.eq_ignore_ascii_case(b"SKIP") {
        Some(ReplyMode::Skip)
    } else {
        None
    }
}

/// Whether `cmd` is a blocking command that may keep the server from
/// answering for a while (`BLPOP k 5`, `XREAD BLOCK 0 ...`, `WAIT`).
pub(crate) fn is_blocking(cmd: &Cmd) -> bool {
    let Some(name) = cmd.iter().next() else {
        return false;
    };
    // Every blocking command's name starts with B, W or X: most commands
    // are told apart by one byte.
    if !matches!(name.first(), Some(b'B' | b'b' | b'W' | b'w' | b'X' | b'x')) || name.len() > 16 {
        return false;
    }
    let mut upper = [0u8; 16];
    let upper = &mut upper[..name.len()];
    upper.copy_from_slice(name);
    upper.make_ascii_uppercase();
    blocking_wait(upper, cmd) != Wait::Default
}

/// The wait a blocking command asks the server for.
fn blocking_wait(name: &[u8], cmd: &Cmd) -> Wait {
    let count = cmd.len();
    let arg = |index: usize| cmd.iter().nth(index);
    let timeout = match name {
        // BLPOP key [key ...] timeout, BLMOVE src dst LEFT RIGHT timeout...
        b"BLPOP" | b"BRPOP" | b"BZPOPMIN" | b"BZPOPMAX" | b"BLMOVE" | b"BRPOPLPUSH" => {
            arg(count - 1).map(seconds)
        }
        // BLMPOP timeout numkeys key [key ...] LEFT|RIGHT ...
        b"BLMPOP" | b"BZMPOP" => arg(1).map(seconds),
        // WAIT numreplicas timeout, WAITAOF numlocal numreplicas timeout
        b"WAIT" | b"WAITAOF" => arg(count - 1).map(milliseconds),
        // XREAD [COUNT n] [BLOCK ms] STREAMS key ... id ...; the options
        // come before STREAMS, after which a stream may be named "BLOCK".
        b"XREAD" | b"XREADGROUP" => {
            let mut args = cmd.iter().skip(1);
            let mut found = None;
            while let Some(arg) = args.next() {
                if arg.eq_ignore_ascii_case(b"STREAMS") {
                    break;
                }
                if arg.eq_ignore_ascii_case(b"BLOCK") {
                    found = args.next().map(milliseconds);
                }
            }
            match found {
                Some(wait) => Some(wait),
                None => return Wait::Default,
            }
        }
        _ => return Wait::Default,
    };
    // A timeout the server will refuse gets an error at once.
    timeout.flatten().unwrap_or(Wait::Default)
}

/// A timeout in seconds (a decimal, possibly fractional); `0` is forever.
fn seconds(text: &[u8]) -> Option<Wait> {
    let text = core::str::from_utf8(text).ok()?;
    let value: f64 = text.trim().parse().ok()?;
    if !value.is_finite() || value < 0.0 {
        return None;
    }
    if value == 0.0 {
        return Some(Wait::Forever);
    }
    Some(Duration::try_from_secs_f64(value).map_or(Wait::Forever, Wait::Blocking))
}

/// A timeout in milliseconds (an integer); `0` is forever.
fn milliseconds(text: &[u8]) -> Option<Wait> {
    let text = core::str::from_utf8(text).ok()?;
    let value: i64 = text.parse().ok()?;
    match u64::try_from(value) {
        Err(_) => None,
        Ok(0) => Some(Wait::Forever),
        Ok(ms) => Some(Wait::Blocking(Duration::from_millis(ms))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classify(args: &[&str]) -> Classified {
        Classified::of(&Cmd::new(args[0]).args(&args[1..]))
    }

    fn wait(args: &[&str]) -> Wait {
        classify(args).wait
    }

    #[test]
    fn blocking_commands_wait_for_their_own_timeout() {
        let secs = |s: f64| Wait::Blocking(Duration::from_secs_f64(s));
        assert_eq!(wait(&["BLPOP", "a", "b", "5"]), secs(5.0));
        assert_eq!(wait(&["brpop", "a", "0.25"]), secs(0.25));
        assert_eq!(wait(&["BZPOPMIN", "z", "0"]), Wait::Forever);
        assert_eq!(
            wait(&["BLMOVE", "a", "b", "LEFT", "RIGHT", "1.5"]),
            secs(1.5)
        );
        assert_eq!(wait(&["BRPOPLPUSH", "a", "b", "2"]), secs(2.0));
        assert_eq!(wait(&["BLMPOP", "3", "1", "k", "LEFT"]), secs(3.0));
        assert_eq!(wait(&["BZMPOP", "0", "1", "k", "MIN"]), Wait::Forever);
        assert_eq!(
            wait(&["WAIT", "1", "1500"]),
            Wait::Blocking(Duration::from_millis(1500))
        );
        assert_eq!(wait(&["WAITAOF", "1", "0", "0"]), Wait::Forever);
        assert_eq!(
            wait(&["XREAD", "COUNT", "2", "BLOCK", "100", "STREAMS", "s", "$"]),
            Wait::Blocking(Duration::from_millis(100))
        );
        assert_eq!(
            wait(&[
                "XREADGROUP",
                "GROUP",
                "g",
                "c",
                "block",
                "0",
                "STREAMS",
                "s",
                ">"
            ]),
            Wait::Forever
        );
    }

    #[test]
    fn blocking_commands_are_told_apart() {
        let blocking = |args: &[&str]| is_blocking(&Cmd::new(args[0]).args(&args[1..]));
        assert!(blocking(&["BLPOP", "a", "5"]));
        assert!(blocking(&["blpop", "a", "0"]));
        assert!(blocking(&["WAIT", "1", "100"]));
        assert!(blocking(&["XREAD", "BLOCK", "0", "STREAMS", "s", "$"]));
        assert!(!blocking(&["XREAD", "STREAMS", "s", "$"]));
        assert!(!blocking(&["GET", "k"]));
        assert!(!blocking(&["BITCOUNT", "k"]));
        // A timeout the server refuses is answered at once.
        assert!(!blocking(&["BLPOP", "a", "soon"]));
    }

    #[test]
    fn watch_and_select_are_followed() {
        assert_eq!(classify(&["watch", "a", "b"]).kind, Kind::Watch);
        assert_eq!(classify(&["UNWATCH"]).kind, Kind::Unwatch);
        assert_eq!(classify(&["SELECT", "3"]).kind, Kind::Select(Some(3)));
        assert_eq!(classify(&["select", "x"]).kind, Kind::Select(None));
        assert_eq!(classify(&["SELECT"]).kind, Kind::Select(None));
    }

    #[test]
    fn everything_else_uses_the_default() {
        assert_eq!(wait(&["GET", "k"]), Wait::Default);
        // A stream named BLOCK after STREAMS is not an option.
        assert_eq!(wait(&["XREAD", "STREAMS", "BLOCK", "0"]), Wait::Default);
        // Timeouts the server refuses: answered at once.
        assert_eq!(wait(&["BLPOP", "k", "-1"]), Wait::Default);
        assert_eq!(wait(&["BLPOP", "k", "soon"]), Wait::Default);
        assert_eq!(wait(&["BLPOP", "k", "inf"]), Wait::Default);
        assert_eq!(wait(&["WAIT", "1", "1.5"]), Wait::Default);
        // Wrong arity: the server says so.
        assert_eq!(wait(&["BLPOP"]), Wait::Default);
        assert_eq!(wait(&["BLMPOP"]), Wait::Default);
        assert_eq!(wait(&["WAIT"]), Wait::Default);
    }

    #[test]
    fn reply_counting_commands_are_recognised_in_any_case() {
        let chans = |names: &[&str]| names.iter().map(|n| Bytes::from(n.to_string())).collect();
        assert_eq!(
            classify(&["subscribe", "a", "b"]).kind,
            Kind::Subscribe(SubscriptionKind::Channel, chans(&["a", "b"]))
        );
        assert_eq!(classify(&["SUBSCRIBE"]).kind, Kind::Plain);
        assert_eq!(
            classify(&["PUNSUBSCRIBE"]).kind,
            Kind::Unsubscribe(SubscriptionKind::Pattern, chans(&[]))
        );
        assert_eq!(
            classify(&["client", "reply", "skip"]).kind,
            Kind::ClientReply(ReplyMode::Skip)
        );
        assert_eq!(classify(&["CLIENT", "REPLY", "maybe"]).kind, Kind::Plain);
        assert_eq!(classify(&["CLIENT", "REPLY"]).kind, Kind::Plain);
        assert_eq!(classify(&["CLIENT", "SETNAME", "x"]).kind, Kind::Plain);
        assert_eq!(classify(&["exec"]).kind, Kind::Exec);
        assert_eq!(classify(&["A-VERY-LONG-MODULE-COMMAND"]).kind, Kind::Plain);
    }
}

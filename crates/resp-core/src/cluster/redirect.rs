//! `MOVED` and `ASK` redirections.

use alloc::string::String;
use core::fmt;

use crate::cluster::Slot;

/// A cluster node's answer that a slot is served elsewhere: `MOVED <slot>
/// <endpoint>:<port>` or `ASK <slot> <endpoint>:<port>`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Redirect {
    /// Whether the slot has moved for good, or only this request goes elsewhere.
    pub kind: RedirectKind,
    /// The slot of the key the request named.
    pub slot: Slot,
    /// Where to send the request.
    pub node: NodeAddr,
}

/// The two kinds of [`Redirect`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RedirectKind {
    /// `MOVED`: the slot is served by another node from now on; update the
    /// slot map and send the request there.
    Moved,
    /// `ASK`: the slot is being migrated; send this one request to the other
    /// node, preceded by `ASKING`, and leave the slot map as it is.
    Ask,
}

/// A node's address as a redirect or a slot map gives it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NodeAddr {
    /// The node's IP address or hostname; `None` when the node's endpoint is
    /// unknown (sent as an empty endpoint or `?`), which means: the host of
    /// the connection that received it, with this port.
    pub host: Option<String>,
    /// The node's port.
    pub port: u16,
}

impl Redirect {
    /// Parses the text of a `MOVED` or `ASK` error, such as
    /// `MOVED 3999 127.0.0.1:6381`; `None` for any other text.
    ///
    /// ```
    /// use resp_core::cluster::{Redirect, RedirectKind};
    ///
    /// let redirect = Redirect::parse(b"ASK 3999 10.0.0.7:6381").expect("a redirect");
    /// assert_eq!(redirect.kind, RedirectKind::Ask);
    /// assert_eq!(redirect.slot.get(), 3999);
    /// assert_eq!(redirect.node.host.as_deref(), Some("10.0.0.7"));
    /// assert_eq!(redirect.node.port, 6381);
    /// ```
    pub fn parse(text: &[u8]) -> Option<Self> {
        let text = core::str::from_utf8(text).ok()?;
        let mut words = text.split(' ');
        let kind = match words.next()? {
            "MOVED" => RedirectKind::Moved,
            "ASK" => RedirectKind::Ask,
            _ => return None,
        };
        let slot = Slot::new(parse_digits(words.next()?)?)?;
        let node = NodeAddr::parse(words.next()?)?;
        if words.next().is_some() {
            return None;
        }
        Some(Self { kind, slot, node })
    }
}

impl NodeAddr {
    /// Parses `<endpoint>:<port>` as Redis writes it: the port after the last
    /// `:` (an IPv6 address comes without brackets, though brackets are
    /// accepted too), an empty endpoint or `?` for an unknown one.
    ///
    /// ```
    /// use resp_core::cluster::NodeAddr;
    ///
    /// let node = NodeAddr::parse("2001:db8::7:6380").expect("an address");
    /// assert_eq!((node.host.as_deref(), node.port), (Some("2001:db8::7"), 6380));
    /// assert_eq!(NodeAddr::parse(":6380").map(|node| node.host), Some(None));
    /// ```
    pub fn parse(text: &str) -> Option<Self> {
        let (host, port) = text.rsplit_once(':')?;
        let port = parse_digits(port)?;
        let host = host
            .strip_prefix('[')
            .and_then(|inner| inner.strip_suffix(']'))
            .filter(|inner| inner.contains(':'))
            .unwrap_or(host);
        let host = match host {
            "" | "?" => None,
            host if host
                .bytes()
                .any(|byte| byte.is_ascii_whitespace() || byte.is_ascii_control()) =>
            {
                return None;
            }
            host => Some(String::from(host)),
        };
        Some(Self { host, port })
    }
}

impl fmt::Display for Redirect {
    /// The error text the redirect was parsed from, as
    /// [`Redirect::parse`] reads it back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            RedirectKind::Moved => "MOVED",
            RedirectKind::Ask => "ASK",
        };
        write!(f, "{kind} {} {}", self.slot, self.node)
    }
}

impl fmt::Display for NodeAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.host {
            Some(host) if host.contains(':') => write!(f, "[{host}]:{}", self.port),
            Some(host) => write!(f, "{host}:{}", self.port),
            None => write!(f, "?:{}", self.port),
        }
    }
}

/// A decimal number of 1 to 5 digits, no sign.
fn parse_digits(text: &str) -> Option<u16> {
    if text.is_empty() || text.len() > 5 || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(host: Option<&str>, port: u16) -> NodeAddr {
        NodeAddr {
            host: host.map(String::from),
            port,
        }
    }

    #[test]
    fn parses_every_endpoint_form_redis_sends() {
        let cases: &[(&[u8], RedirectKind, u16, NodeAddr)] = &[
            (
                b"MOVED 12182 127.0.0.1:6463",
                RedirectKind::Moved,
                12182,
                node(Some("127.0.0.1"), 6463),
            ),
            (
                b"ASK 0 10.0.0.1:7000",
                RedirectKind::Ask,
                0,
                node(Some("10.0.0.1"), 7000),
            ),
            (
                b"MOVED 16383 redis-7.example.com:6379",
                RedirectKind::Moved,
                16383,
                node(Some("redis-7.example.com"), 6379),
            ),
            (
                b"MOVED 3999 ::1:6380",
                RedirectKind::Moved,
                3999,
                node(Some("::1"), 6380),
            ),
            (
                b"MOVED 3999 2001:db8::7:6380",
                RedirectKind::Moved,
                3999,
                node(Some("2001:db8::7"), 6380),
            ),
            (
                b"MOVED 3999 :6380",
                RedirectKind::Moved,
                3999,
                node(None, 6380),
            ),
            (
                b"ASK 3999 ?:6380",
                RedirectKind::Ask,
                3999,
                node(None, 6380),
            ),
        ];
        for (text, kind, slot, addr) in cases {
            let redirect = Redirect::parse(text)
                .unwrap_or_else(|| panic!("{:?}", text.escape_ascii().to_string()));
            assert_eq!(redirect.kind, *kind);
            assert_eq!(redirect.slot.get(), *slot);
            assert_eq!(&redirect.node, addr);
        }
    }

    #[test]
    fn refuses_what_is_not_a_redirect() {
        let cases: &[&[u8]] = &[
            b"",
            b"MOVED",
            b"MOVED 3999",
            b"MOVED 16384 127.0.0.1:6379",
            b"MOVED -1 127.0.0.1:6379",
            b"MOVED +5 127.0.0.1:6379",
            b"MOVED 3999 127.0.0.1",
            b"MOVED 3999 127.0.0.1:",
            b"MOVED 3999 127.0.0.1:65536",
            b"MOVED 3999 127.0.0.1:6379 extra",
            b"MOVED  3999 127.0.0.1:6379",
            b"moved 3999 127.0.0.1:6379",
            b"ERR MOVED 3999 127.0.0.1:6379",
            b"TRYAGAIN Multiple keys request during rehashing of slot",
            b"MOVED 3999 \xff:6379",
        ];
        for text in cases {
            assert_eq!(
                Redirect::parse(text),
                None,
                "{:?}",
                text.escape_ascii().to_string()
            );
        }
    }

    #[test]
    fn addresses_display_so_that_they_parse_back() {
        assert_eq!(node(Some("10.0.0.1"), 7000).to_string(), "10.0.0.1:7000");
        assert_eq!(node(Some("::1"), 7000).to_string(), "[::1]:7000");
        assert_eq!(node(None, 7000).to_string(), "?:7000");
        assert_eq!(
            NodeAddr::parse(&node(None, 7000).to_string()),
            Some(node(None, 7000))
        );
        for text in [
            "MOVED 3999 [::1]:6380",
            "ASK 0 10.0.0.1:7000",
            "MOVED 1 ?:7",
        ] {
            let redirect = Redirect::parse(text.as_bytes()).expect("a redirect");
            assert_eq!(redirect.to_string(), text);
        }
    }
}

//! `CONFIG GET`: [`ConfigMap`].

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use resp_core::Frame;

use crate::error::{Error, ErrorKind, Result};
use crate::value::FromValue;

/// The reply to `CONFIG GET pattern [pattern ...]`: parameter names and
/// their values, as text.
///
/// RESP2 sends a flat array of name, value, name, value...; RESP3 a map.
/// The getters read a value as the type it holds: [`ConfigMap::get_bool`]
/// for `yes`/`no`, [`ConfigMap::get_parsed`] for numbers,
/// [`ConfigMap::maxmemory_policy`]...
///
/// ```
/// use resp_client::{ConfigMap, FromValue, Frame, MaxMemoryPolicy};
///
/// let reply = Frame::Map(vec![
///     (Frame::bulk("maxmemory"), Frame::bulk("1048576")),
///     (Frame::bulk("maxmemory-policy"), Frame::bulk("allkeys-lru")),
///     (Frame::bulk("appendonly"), Frame::bulk("no")),
/// ]);
/// let config = ConfigMap::from_value(reply)?;
/// assert_eq!(config.get("maxmemory"), Some("1048576"));
/// assert_eq!(config.get_parsed::<u64>("maxmemory")?, Some(1_048_576));
/// assert_eq!(config.get_bool("appendonly")?, Some(false));
/// assert_eq!(config.maxmemory_policy(), Some(MaxMemoryPolicy::AllKeysLru));
/// # Ok::<(), resp_client::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConfigMap {
    values: BTreeMap<String, String>,
}

impl ConfigMap {
    /// The value of parameter `name`, as sent.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    /// The value of `name` parsed as a `T` (`u64`, `i64`, `f64`...);
    /// `Ok(None)` when the reply does not hold `name`.
    ///
    /// # Errors
    ///
    /// An [`ErrorKind::Conversion`] error when the value does not parse.
    pub fn get_parsed<T: FromStr>(&self, name: &str) -> Result<Option<T>> {
        self.get(name)
            .map(|value| {
                value.parse().map_err(|_| {
                    Error::new(
                        ErrorKind::Conversion,
                        format!(
                            "expected config {name} to be a {}, got a value that does not parse",
                            std::any::type_name::<T>()
                        ),
                    )
                })
            })
            .transpose()
    }

    /// The value of a `yes`/`no` parameter (`appendonly`,
    /// `protected-mode`...).
    ///
    /// # Errors
    ///
    /// An [`ErrorKind::Conversion`] error when the value is neither.
    pub fn get_bool(&self, name: &str) -> Result<Option<bool>> {
        self.get(name)
            .map(|value| match value {
                "yes" => Ok(true),
                "no" => Ok(false),
                _ => Err(Error::new(
                    ErrorKind::Conversion,
                    format!("expected config {name} to be yes or no, got another value"),
                )),
            })
            .transpose()
    }

    /// `maxmemory-policy`, when the reply holds it.
    pub fn maxmemory_policy(&self) -> Option<MaxMemoryPolicy> {
        self.get("maxmemory-policy").map(MaxMemoryPolicy::from_name)
    }

    /// How many parameters the reply holds.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether the reply holds none (no parameter matched).
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The parameters and their values, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.values
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
    }

    /// The parameters as a map.
    pub fn into_inner(self) -> BTreeMap<String, String> {
        self.values
    }
}

/// A map (RESP3) or a flat array of name, value... (RESP2) of strings.
impl FromValue for ConfigMap {
    fn from_value(frame: Frame) -> Result<Self> {
        Ok(Self {
            values: BTreeMap::from_value(frame)?,
        })
    }
}

/// What the server evicts when it reaches `maxmemory`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MaxMemoryPolicy {
    /// `noeviction`: refuse writes.
    NoEviction,
    /// `allkeys-lru`.
    AllKeysLru,
    /// `allkeys-lfu`.
    AllKeysLfu,
    /// `allkeys-random`.
    AllKeysRandom,
    /// `volatile-lru`.
    VolatileLru,
    /// `volatile-lfu`.
    VolatileLfu,
    /// `volatile-random`.
    VolatileRandom,
    /// `volatile-ttl`.
    VolatileTtl,
    /// A policy this client does not know, as sent.
    Other(String),
}

impl MaxMemoryPolicy {
    /// The policy named `name`; an unknown name is [`MaxMemoryPolicy::Other`].
    pub fn from_name(name: &str) -> Self {
        match name {
            "noeviction" => Self::NoEviction,
            "allkeys-lru" => Self::AllKeysLru,
            "allkeys-lfu" => Self::AllKeysLfu,
            "allkeys-random" => Self::AllKeysRandom,
            "volatile-lru" => Self::VolatileLru,
            "volatile-lfu" => Self::VolatileLfu,
            "volatile-random" => Self::VolatileRandom,
            "volatile-ttl" => Self::VolatileTtl,
            other => Self::Other(other.to_owned()),
        }
    }

    /// The policy's name, as `CONFIG SET` takes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoEviction => "noeviction",
            Self::AllKeysLru => "allkeys-lru",
            Self::AllKeysLfu => "allkeys-lfu",
            Self::AllKeysRandom => "allkeys-random",
            Self::VolatileLru => "volatile-lru",
            Self::VolatileLfu => "volatile-lfu",
            Self::VolatileRandom => "volatile-random",
            Self::VolatileTtl => "volatile-ttl",
            Self::Other(name) => name,
        }
    }
}

impl fmt::Display for MaxMemoryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string naming the policy.
impl FromValue for MaxMemoryPolicy {
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
    fn both_protocols() {
        let resp2 = Frame::Array(vec![
            bulk("maxmemory-policy"),
            bulk("volatile-ttl"),
            bulk("hz"),
            bulk("10"),
            bulk("protected-mode"),
            bulk("yes"),
        ]);
        let resp3 = Frame::Map(vec![
            (bulk("maxmemory-policy"), bulk("volatile-ttl")),
            (bulk("hz"), bulk("10")),
            (bulk("protected-mode"), bulk("yes")),
        ]);
        for frame in [resp2, resp3] {
            let config = ConfigMap::from_value(frame).unwrap();
            assert_eq!(config.len(), 3);
            assert_eq!(
                config.maxmemory_policy(),
                Some(MaxMemoryPolicy::VolatileTtl)
            );
            assert_eq!(config.get_parsed::<u32>("hz").unwrap(), Some(10));
            assert_eq!(config.get_bool("protected-mode").unwrap(), Some(true));
            assert_eq!(config.get("missing"), None);
            assert_eq!(config.get_parsed::<u32>("missing").unwrap(), None);
            assert_eq!(
                config.get_bool("hz").unwrap_err().to_string(),
                "expected config hz to be yes or no, got another value"
            );
            assert_eq!(
                config
                    .get_parsed::<u8>("maxmemory-policy")
                    .unwrap_err()
                    .to_string(),
                "expected config maxmemory-policy to be a u8, got a value that does not parse"
            );
        }
        assert!(
            ConfigMap::from_value(Frame::Array(Vec::new()))
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            ConfigMap::from_value(Frame::Null).unwrap_err().to_string(),
            "expected a map or an array of pairs, got null"
        );
    }

    #[test]
    fn policies_round_trip() {
        for name in [
            "noeviction",
            "allkeys-lru",
            "allkeys-lfu",
            "allkeys-random",
            "volatile-lru",
            "volatile-lfu",
            "volatile-random",
            "volatile-ttl",
            "some-future-policy",
        ] {
            assert_eq!(MaxMemoryPolicy::from_name(name).as_str(), name);
        }
        assert_eq!(
            MaxMemoryPolicy::from_name("x"),
            MaxMemoryPolicy::Other("x".to_owned())
        );
    }
}

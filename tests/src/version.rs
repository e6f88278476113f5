//! Redis server versions.

use std::fmt;
use std::str::FromStr;

/// A Redis server version, `major.minor.patch`, ordered numerically.
///
/// ```
/// use resp_tests::RedisVersion;
///
/// let version: RedisVersion = "7.0.15".parse().unwrap();
/// assert_eq!(version, RedisVersion::new(7, 0, 15));
/// assert!(version >= RedisVersion::new(7, 0, 0));
/// assert!(version < RedisVersion::new(7, 2, 0));
/// assert_eq!(version.to_string(), "7.0.15");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RedisVersion {
    /// The major version, `7` in `7.0.15`.
    pub major: u32,
    /// The minor version, `0` in `7.0.15`.
    pub minor: u32,
    /// The patch level, `15` in `7.0.15`.
    pub patch: u32,
}

impl RedisVersion {
    /// The version `major.minor.patch`.
    pub const fn new(major: u32, minor: u32, patch: u32) -> Self {
        Self {
            major,
            minor,
            patch,
        }
    }

    /// The version in `redis-server --version` output, such as
    /// `Redis server v=7.0.15 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64`.
    pub fn from_version_output(output: &str) -> Option<Self> {
        output
            .split_whitespace()
            .find_map(|word| word.strip_prefix("v="))
            .and_then(|version| version.parse().ok())
    }

    /// The `redis_version` field of an `INFO` reply, whose lines are
    /// `name:value` pairs.
    pub fn from_info(info: &str) -> Option<Self> {
        info_field(info, "redis_version").and_then(|version| version.parse().ok())
    }
}

/// The value of the field `name` in the text of an `INFO` reply.
pub(crate) fn info_field<'a>(info: &'a str, name: &str) -> Option<&'a str> {
    info.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        (key == name).then(|| value.trim())
    })
}

impl fmt::Display for RedisVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// A string that is not a `major.minor.patch` version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseVersionError {
    input: String,
}

impl fmt::Display for ParseVersionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a major.minor.patch version: {:?}", self.input)
    }
}

impl std::error::Error for ParseVersionError {}

impl FromStr for RedisVersion {
    type Err = ParseVersionError;

    /// Parses `major.minor.patch`; a missing patch level (`7.2`) reads as 0.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let error = || ParseVersionError {
            input: s.to_owned(),
        };
        let mut parts = s.trim().split('.');
        let mut number = |required: bool| match parts.next() {
            Some(part) => part.parse::<u32>().map_err(|_| error()),
            None if required => Err(error()),
            None => Ok(0),
        };
        let version = Self::new(number(true)?, number(true)?, number(false)?);
        if parts.next().is_some() {
            return Err(error());
        }
        Ok(version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_versions_from_text_info_and_version_output() {
        assert_eq!("7.2".parse(), Ok(RedisVersion::new(7, 2, 0)));
        assert!("7".parse::<RedisVersion>().is_err());
        assert!("7.0.x".parse::<RedisVersion>().is_err());
        assert!("7.0.1.2".parse::<RedisVersion>().is_err());
        assert_eq!(
            RedisVersion::from_version_output(
                "Redis server v=7.0.15 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=ae4d"
            ),
            Some(RedisVersion::new(7, 0, 15))
        );
        let info = "# Server\r\nredis_version:6.2.14\r\nredis_git_sha1:00000000\r\n";
        assert_eq!(
            RedisVersion::from_info(info),
            Some(RedisVersion::new(6, 2, 14))
        );
        assert_eq!(info_field(info, "redis_git_sha1"), Some("00000000"));
        assert_eq!(info_field(info, "missing"), None);
    }
}

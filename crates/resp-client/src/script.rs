//! Lua scripts that survive `SCRIPT FLUSH` and restarts: [`Script`].

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use resp_core::{Cmd, Frame};

use crate::args::ToArgs;
use crate::client::Client;
use crate::dedicated::Connection;
use crate::error::{Error, ErrorKind};
use crate::runtime::Runtime;
use crate::value::FromValue;

/// A Lua script, run by its SHA1 digest.
///
/// The digest is computed here, from the source, so that the first run
/// sends only `EVALSHA`. When the server answers `NOSCRIPT` (it never saw
/// the script, or lost it to `SCRIPT FLUSH`, a restart or a failover),
/// [`Script::invoke`] loads it with `SCRIPT LOAD` and runs it again, once:
/// the caller sees the script's reply, never the `NOSCRIPT`.
///
/// A `Script` is cheap to clone (clones share the source and the
/// counter of [`Script::loads`]); keep one per script, for instance in a
/// `static` `LazyLock` or next to the client.
///
/// ```no_run
/// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) -> resp_client::Result<()> {
/// use resp_client::Script;
///
/// let multiply = Script::new("return redis.call('GET', KEYS[1]) * ARGV[1]");
/// let product: i64 = multiply.invoke(&client, "n", 3).await?;
/// # Ok(()) }
/// ```
///
/// Keys go in `keys` and everything else in `args`, so that the command
/// names its keys as Redis expects (`EVALSHA sha numkeys key... arg...`):
/// one value, a slice, a tuple or `()` for none.
#[derive(Clone)]
pub struct Script {
    inner: Arc<Inner>,
}

struct Inner {
    source: String,
    hash: String,
    loads: AtomicU64,
}

impl fmt::Debug for Script {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Script")
            .field("hash", &self.inner.hash)
            .finish_non_exhaustive()
    }
}

impl Script {
    /// A script with this Lua source; its digest is computed at once.
    pub fn new(source: impl Into<String>) -> Self {
        let source = source.into();
        let hash = sha1_smol::Sha1::from(source.as_bytes()).hexdigest();
        Self {
            inner: Arc::new(Inner {
                source,
                hash,
                loads: AtomicU64::new(0),
            }),
        }
    }

    /// The SHA1 digest of the source, in lowercase hexadecimal: the name
    /// `EVALSHA` and `SCRIPT EXISTS` know it by.
    pub fn hash(&self) -> &str {
        &self.inner.hash
    }

    /// The Lua source.
    pub fn source(&self) -> &str {
        &self.inner.source
    }

    /// How many times an invocation found the script missing on the server
    /// and loaded it.
    pub fn loads(&self) -> u64 {
        self.inner.loads.load(Ordering::Relaxed)
    }

    /// `EVALSHA hash numkeys key... arg...`, for sending by other means
    /// (a batch, a transaction); it fails with `NOSCRIPT` where the server
    /// does not have the script, so load it first ([`Script::load`]).
    pub fn evalsha_cmd(&self, keys: impl ToArgs, args: impl ToArgs) -> Cmd {
        self.cmd("EVALSHA", &keys, &args)
    }

    /// `SCRIPT LOAD source`.
    pub fn load_cmd(&self) -> Cmd {
        Cmd::new("SCRIPT").arg("LOAD").arg(self.source())
    }

    /// Runs the script on the client's server (`EVALSHA`), loading it
    /// first if the server does not have it.
    ///
    /// # Errors
    ///
    /// The script's own error (a Lua error, an error reply it returns), a
    /// connection or timeout error, or a reply that does not convert to
    /// `T`.
    pub async fn invoke<R: Runtime, T: FromValue>(
        &self,
        client: &Client<R>,
        keys: impl ToArgs,
        args: impl ToArgs,
    ) -> Result<T, Error> {
        let cmd = self.cmd("EVALSHA", &keys, &args);
        T::from_value(self.run(Target::Client(client), &cmd).await?)
    }

    /// As [`Script::invoke`], with `EVALSHA_RO`: the script may only read,
    /// and so may run on a replica (Redis 7.0 and later).
    ///
    /// # Errors
    ///
    /// As [`Script::invoke`]; a script that writes fails with the server's
    /// error.
    pub async fn invoke_read_only<R: Runtime, T: FromValue>(
        &self,
        client: &Client<R>,
        keys: impl ToArgs,
        args: impl ToArgs,
    ) -> Result<T, Error> {
        let cmd = self.cmd("EVALSHA_RO", &keys, &args);
        T::from_value(self.run(Target::Client(client), &cmd).await?)
    }

    /// As [`Script::invoke`], on a [`Connection`] of one's own.
    ///
    /// # Errors
    ///
    /// As [`Script::invoke`].
    pub async fn invoke_on<R: Runtime, T: FromValue>(
        &self,
        conn: &mut Connection<R>,
        keys: impl ToArgs,
        args: impl ToArgs,
    ) -> Result<T, Error> {
        let cmd = self.cmd("EVALSHA", &keys, &args);
        T::from_value(self.run(Target::Connection(conn), &cmd).await?)
    }

    /// Loads the script on the client's server (`SCRIPT LOAD`), as a
    /// pipeline or transaction that runs it with [`Script::evalsha_cmd`]
    /// needs beforehand.
    ///
    /// # Errors
    ///
    /// A compile error in the script, a connection error, or a server that
    /// names the script by another digest.
    pub async fn load<R: Runtime>(&self, client: &Client<R>) -> Result<(), Error> {
        self.load_with(&mut Target::Client(client)).await
    }

    /// Whether the client's server has the script (`SCRIPT EXISTS`).
    ///
    /// # Errors
    ///
    /// A connection error.
    pub async fn exists<R: Runtime>(&self, client: &Client<R>) -> Result<bool, Error> {
        let found: (bool,) = client
            .query(&Cmd::new("SCRIPT").arg("EXISTS").arg(self.hash()))
            .await?;
        Ok(found.0)
    }

    fn cmd(&self, name: &str, keys: &impl ToArgs, args: &impl ToArgs) -> Cmd {
        let mut cmd = Cmd::new(name).arg(self.hash()).arg(keys.arg_count());
        keys.write_args(&mut cmd);
        args.write_args(&mut cmd);
        cmd
    }

    async fn run<R: Runtime>(&self, mut target: Target<'_, R>, cmd: &Cmd) -> Result<Frame, Error> {
        match target.query(cmd).await {
            Err(error) if error.code() == Some("NOSCRIPT") => {
                tracing::debug!(hash = self.hash(), "script not on the server: loading it");
                self.load_with(&mut target).await?;
                self.inner.loads.fetch_add(1, Ordering::Relaxed);
                target.query(cmd).await
            }
            other => other,
        }
    }

    async fn load_with<R: Runtime>(&self, target: &mut Target<'_, R>) -> Result<(), Error> {
        let loaded = target.query(&self.load_cmd()).await?;
        let hash = String::from_value(loaded)?;
        if !hash.eq_ignore_ascii_case(self.hash()) {
            return Err(Error::new(
                ErrorKind::Protocol,
                format!(
                    "the server named the script {hash}, where its SHA1 is {}",
                    self.hash()
                ),
            ));
        }
        Ok(())
    }
}

/// Where a script runs.
enum Target<'a, R: Runtime> {
    Client(&'a Client<R>),
    Connection(&'a mut Connection<R>),
}

impl<R: Runtime> Target<'_, R> {
    async fn query(&mut self, cmd: &Cmd) -> Result<Frame, Error> {
        match self {
            Self::Client(client) => client.query_frame(cmd).await,
            Self::Connection(conn) => conn.query_frame(cmd).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_is_sha1_of_the_source() {
        // SHA1 test vectors (FIPS 180-2, appendix A.1) and the digest
        // Redis gives the empty script.
        assert_eq!(
            Script::new("abc").hash(),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            Script::new("").hash(),
            "da39a3ee5e6b4b0d3255bfef95601890afd80709"
        );
    }

    #[test]
    fn keys_are_counted_and_come_before_the_arguments() {
        let script = Script::new("return 1");
        let cmd = script.evalsha_cmd(["a", "b"], (1, "x"));
        let args: Vec<&[u8]> = cmd.iter().collect();
        assert_eq!(
            args,
            [
                b"EVALSHA".as_slice(),
                script.hash().as_bytes(),
                b"2",
                b"a",
                b"b",
                b"1",
                b"x"
            ]
        );
        let none = script.evalsha_cmd((), ());
        assert_eq!(none.iter().nth(2), Some(b"0".as_slice()));
    }

    #[test]
    fn clones_share_the_load_count() {
        let script = Script::new("return 1");
        let clone = script.clone();
        script.inner.loads.fetch_add(1, Ordering::Relaxed);
        assert_eq!(clone.loads(), 1);
    }
}

//! Optimistic transactions: WATCH, read, then MULTI/EXEC, retried on
//! conflict.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use resp_core::Cmd;

use crate::args::ToArgs;
use crate::client::Client;
use crate::dedicated::Connection;
use crate::error::{Error, ErrorKind};
use crate::pipeline::Pipeline;
use crate::runtime::Runtime;
use crate::value::FromValue;

/// What a transaction's body returns: a boxed future that reads through the
/// connection and gives back the writes. `Send`, so that a task running a
/// transaction can move between threads.
pub type TransactionBody<'c> = Pin<Box<dyn Future<Output = Result<Pipeline, Error>> + Send + 'c>>;

/// A reasonable `attempts` for [`Connection::transaction`] and
/// [`Client::transaction`] under heavy contention: how many times the body
/// runs before the conflicts are reported.
pub const DEFAULT_TRANSACTION_ATTEMPTS: u32 = 1_000;

impl<R: Runtime> Connection<R> {
    /// Runs an optimistic transaction, as redis-py's
    /// `transaction(func, *watched_keys)`: `WATCH keys`; then `body` reads
    /// what it needs through the connection (its commands run at once) and
    /// returns the writes as a [`Pipeline`]; that runs as `MULTI` ...
    /// `EXEC`. When a watched key changed meanwhile (`EXEC` answers nil),
    /// it starts over after a short random pause, up to `attempts` times
    /// in all, and returns `EXEC`'s
    /// replies converted to `T` once one attempt goes through.
    ///
    /// ```no_run
    /// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) -> resp_client::Result<()> {
    /// use resp_client::{Commands, Pipeline, PipelineCommands};
    ///
    /// // INCR built from GET and SET, safe against concurrent writers.
    /// let mut conn = client.dedicated().await?;
    /// let ((),): ((),) = conn
    ///     .transaction("counter", 10, |conn| {
    ///         Box::pin(async move {
    ///             let value: Option<i64> = conn.get("counter").await?;
    ///             let mut pipe = Pipeline::new();
    ///             pipe.set("counter", value.unwrap_or(0) + 1);
    ///             Ok(pipe)
    ///         })
    ///     })
    ///     .await?;
    /// # Ok(()) }
    /// ```
    ///
    /// `body` runs once per attempt and returns a [`TransactionBody`]
    /// (`Box::pin(async move { ... })`) borrowing the connection; what it
    /// needs from around it, it clones in (an `Arc`, a key).
    ///
    /// Each attempt first clears any watch left on the connection
    /// (`UNWATCH`), so a watch from an earlier attempt, or from a future
    /// dropped midway, never makes this one fail. If this future is
    /// dropped after its `WATCH`, an `UNWATCH` is queued on the connection
    /// and goes out ahead of its next command.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::WatchConflict`] when every attempt met a conflict;
    /// `body`'s own error (after `UNWATCH`); the transaction's errors (see
    /// [`Pipeline::query`]); a connection error.
    pub async fn transaction<T, F>(
        &mut self,
        keys: impl ToArgs,
        attempts: u32,
        mut body: F,
    ) -> Result<T, Error>
    where
        T: FromValue,
        F: for<'c> FnMut(&'c mut Self) -> TransactionBody<'c>,
    {
        let mut watch = Cmd::new("WATCH");
        keys.write_args(&mut watch);
        let mut conflicts = 0;
        loop {
            let guard = Unwatch {
                conn: &mut *self,
                armed: true,
            };
            let start = [Cmd::new("UNWATCH"), watch.clone()];
            for reply in guard.conn.query_batch(&start).await? {
                reply.map_err(|error| Error::server_with("WATCH", error))?;
            }
            let mut pipe = match body(guard.conn).await {
                Ok(pipe) => pipe,
                Err(error) => {
                    guard.conn.query::<()>(&Cmd::new("UNWATCH")).await?;
                    guard.disarm();
                    return Err(error);
                }
            };
            pipe.atomic();
            let result = pipe.query::<T>(&mut *guard.conn).await;
            // EXEC, run or not, ended the watch.
            guard.disarm();
            match result {
                Err(error) if error.kind() == ErrorKind::WatchConflict => {
                    conflicts += 1;
                    if conflicts >= attempts.max(1) {
                        return Err(Error::new(
                            ErrorKind::WatchConflict,
                            format!("a watched key changed in each of {conflicts} attempts"),
                        ));
                    }
                    // Writers that keep meeting in step would keep
                    // conflicting (on a single-threaded runtime, in the same
                    // order every time): a random pause, growing with the
                    // conflicts, breaks the symmetry.
                    // Up to 100 us after the first, doubling to 12.8 ms.
                    let ceiling = 100u64 << conflicts.min(8).saturating_sub(1);
                    let pause = Duration::from_micros(u64::from(crate::client::jitter()) % ceiling);
                    tracing::debug!(
                        conflicts,
                        ?pause,
                        "watched key changed: running the transaction again"
                    );
                    R::default().sleep(pause).await;
                }
                other => return other,
            }
        }
    }
}

impl<R: Runtime> Client<R> {
    /// [`Connection::transaction`] on a connection leased from the
    /// client's [`Pool`](crate::Pool) ([`Client::pool`]): a `WATCH` on the
    /// shared connection would see every other caller's writes. The
    /// connection goes back to the pool after the transaction; a future
    /// dropped midway leaves it owing replies or holding a watch, so it is
    /// closed instead, and its watch with it.
    ///
    /// # Errors
    ///
    /// As [`Connection::transaction`], and [`Pool::get`](crate::Pool::get).
    pub async fn transaction<T, F>(
        &self,
        keys: impl ToArgs,
        attempts: u32,
        body: F,
    ) -> Result<T, Error>
    where
        T: FromValue,
        F: for<'c> FnMut(&'c mut Connection<R>) -> TransactionBody<'c>,
    {
        let mut conn = self.pool().get().await?;
        conn.transaction(keys, attempts, body).await
    }
}

/// Queues `UNWATCH` on the connection if dropped while armed: the request
/// is abandoned at once (its reply will be read and dropped), and its bytes
/// go out ahead of the connection's next command.
struct Unwatch<'a, R: Runtime> {
    conn: &'a mut Connection<R>,
    armed: bool,
}

impl<R: Runtime> Unwatch<'_, R> {
    fn disarm(mut self) {
        self.armed = false;
    }
}

impl<R: Runtime> Drop for Unwatch<'_, R> {
    fn drop(&mut self) {
        if self.armed {
            self.conn.queue_unanswered(&Cmd::new("UNWATCH"));
        }
    }
}

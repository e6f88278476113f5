//! Many commands in one write: [`Pipeline`].

use std::future::Future;

use resp_core::{Cmd, Frame, ServerError};

use crate::args::ToArgs;
use crate::client::Client;
use crate::commands::PipelineCommands;
use crate::dedicated::Connection;
use crate::error::{Error, ErrorKind};
use crate::runtime::Runtime;
use crate::script::Script;
use crate::value::FromValue;

/// Commands queued to be sent together, in one write, with their replies
/// read back in order.
///
/// Every command method is available through [`PipelineCommands`], and
/// chains; [`Pipeline::query`] runs the pipeline on a [`Client`] or a
/// [`Connection`] and converts the replies, as a tuple or a `Vec`:
///
/// ```no_run
/// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) -> resp_client::Result<()> {
/// use resp_client::{Pipeline, PipelineCommands};
///
/// let mut pipe = Pipeline::new();
/// pipe.set("a", 1).incr("a").get("a");
/// let ((), count, text): ((), i64, String) = pipe.query(&client).await?;
/// assert_eq!((count, text.as_str()), (2, "2"));
/// # Ok(()) }
/// ```
///
/// A server error in one command does not lose the others:
/// [`Pipeline::query_each`] gives each command's own result.
///
/// By default the commands are only pipelined: another client's commands
/// may run between them. [`Pipeline::atomic`] wraps them in `MULTI` ...
/// `EXEC`, so that they run as one transaction; on a shared client this is
/// safe, since the whole batch is written at once and nothing else can
/// come between `MULTI` and `EXEC` on the connection.
///
/// Scripts queued with [`Pipeline::invoke_script`] are loaded (`SCRIPT
/// LOAD`, in the same write, ahead of the pipeline) so that their
/// `EVALSHA` cannot fail with `NOSCRIPT`.
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct Pipeline {
    cmds: Vec<Cmd>,
    atomic: bool,
    scripts: Vec<Script>,
}

impl Pipeline {
    /// An empty pipeline.
    pub fn new() -> Self {
        Self::default()
    }

    /// Runs the commands as one transaction (`MULTI` ... `EXEC`).
    pub fn atomic(&mut self) -> &mut Self {
        self.atomic = true;
        self
    }

    /// Whether [`Pipeline::atomic`] was called.
    pub fn is_atomic(&self) -> bool {
        self.atomic
    }

    /// The commands queued so far.
    pub fn cmds(&self) -> &[Cmd] {
        &self.cmds
    }

    /// How many commands are queued.
    pub fn len(&self) -> usize {
        self.cmds.len()
    }

    /// Whether no command is queued.
    pub fn is_empty(&self) -> bool {
        self.cmds.is_empty()
    }

    /// Forgets every queued command and script (it stays atomic if it was).
    pub fn clear(&mut self) -> &mut Self {
        self.cmds.clear();
        self.scripts.clear();
        self
    }

    /// Queues `script` with `keys` and `args` (`EVALSHA`); the script is
    /// loaded ahead of the pipeline when it runs.
    pub fn invoke_script(
        &mut self,
        script: &Script,
        keys: impl ToArgs,
        args: impl ToArgs,
    ) -> &mut Self {
        if !self
            .scripts
            .iter()
            .any(|known| known.hash() == script.hash())
        {
            self.scripts.push(script.clone());
        }
        self.queue(script.evalsha_cmd(keys, args))
    }

    /// Runs the pipeline on `target` (a `&Client` or a `&mut Connection`)
    /// and converts the replies, one per command, to `T`: a tuple, a `Vec`
    /// or any [`FromValue`] of an array.
    ///
    /// # Errors
    ///
    /// The first command's server error (naming the command), a
    /// [`ErrorKind::WatchConflict`] when an atomic pipeline's `EXEC`
    /// answered nil, a connection or timeout error, or replies that do not
    /// convert to `T`.
    pub async fn query<T: FromValue>(&self, target: impl PipelineTarget) -> Result<T, Error> {
        let replies = self.query_each(target).await?;
        let mut frames = Vec::with_capacity(replies.len());
        for (index, reply) in replies.into_iter().enumerate() {
            match reply {
                Ok(frame) => frames.push(frame),
                Err(error) => return Err(self.refused(index, error)),
            }
        }
        T::from_value(Frame::Array(frames))
    }

    /// Runs the pipeline on `target` and returns each command's own result:
    /// a server error in one command leaves the others' replies in place.
    ///
    /// # Errors
    ///
    /// An atomic pipeline's transaction that did not run:
    /// [`ErrorKind::WatchConflict`], or the server error of the command
    /// that made `EXEC` abort (`EXECABORT`); a script that does not load;
    /// a connection or timeout error.
    pub async fn query_each(
        &self,
        target: impl PipelineTarget,
    ) -> Result<Vec<Result<Frame, ServerError>>, Error> {
        if self.cmds.is_empty() {
            return Ok(Vec::new());
        }
        if !self.atomic && self.scripts.is_empty() {
            return target.batch(&self.cmds).await;
        }
        let loads = self.scripts.len();
        let mut batch = Vec::with_capacity(loads + self.cmds.len() + 2);
        batch.extend(self.scripts.iter().map(Script::load_cmd));
        if self.atomic {
            batch.push(Cmd::new("MULTI"));
        }
        batch.extend(self.cmds.iter().cloned());
        if self.atomic {
            batch.push(Cmd::new("EXEC"));
        }
        let mut replies = target.batch(&batch).await?.into_iter();
        for script in &self.scripts {
            match replies.next() {
                Some(Ok(_)) => {}
                Some(Err(error)) => {
                    return Err(Error::server_with(
                        format!("loading script {}", script.hash()),
                        error,
                    ));
                }
                None => return Err(missing_replies()),
            }
        }
        if !self.atomic {
            return Ok(replies.collect());
        }
        self.transaction_replies(replies)
    }

    /// The replies of `MULTI`, each `QUEUED` and `EXEC`, as the replies of
    /// the commands inside.
    fn transaction_replies(
        &self,
        mut replies: impl Iterator<Item = Result<Frame, ServerError>>,
    ) -> Result<Vec<Result<Frame, ServerError>>, Error> {
        if let Err(error) = replies.next().ok_or_else(missing_replies)? {
            return Err(Error::server_with("MULTI", error));
        }
        let mut refused = None;
        for index in 0..self.cmds.len() {
            if let Err(error) = replies.next().ok_or_else(missing_replies)? {
                refused.get_or_insert((index, error));
            }
        }
        let exec = replies.next().ok_or_else(missing_replies)?;
        if let Some((index, error)) = refused {
            // The server discarded the transaction (EXECABORT): say which
            // command it refused, and why.
            return Err(self.refused(index, error));
        }
        match exec {
            Ok(Frame::Array(items)) if items.len() == self.cmds.len() => Ok(items
                .into_iter()
                .map(|item| match item {
                    Frame::SimpleError(text) | Frame::BulkError(text) => {
                        Err(ServerError::new(text))
                    }
                    frame => Ok(frame),
                })
                .collect()),
            Ok(Frame::Null) => Err(Error::new(
                ErrorKind::WatchConflict,
                "EXEC answered nil: a watched key changed, the transaction did not run",
            )),
            Ok(other) => Err(Error::conversion("EXEC's array of replies", &other)),
            Err(error) => Err(Error::server_with("EXEC", error)),
        }
    }

    fn refused(&self, index: usize, error: ServerError) -> Error {
        let name = self.cmds[index]
            .iter()
            .next()
            .map(|name| String::from_utf8_lossy(name).to_ascii_uppercase())
            .unwrap_or_default();
        Error::server_with(
            format!("command {} ({name}) of the pipeline", index + 1),
            error,
        )
    }
}

fn missing_replies() -> Error {
    Error::new(
        ErrorKind::Protocol,
        "fewer replies than commands in the pipeline",
    )
}

impl PipelineCommands for Pipeline {
    fn queue(&mut self, cmd: Cmd) -> &mut Self {
        self.cmds.push(cmd);
        self
    }
}

/// Where a [`Pipeline`] can run: a `&Client` or a `&mut Connection`.
pub trait PipelineTarget: Send {
    /// Sends `cmds` in one write and returns one reply per command.
    fn batch(
        self,
        cmds: &[Cmd],
    ) -> impl Future<Output = Result<Vec<Result<Frame, ServerError>>, Error>> + Send;
}

impl<R: Runtime> PipelineTarget for &Client<R> {
    fn batch(
        self,
        cmds: &[Cmd],
    ) -> impl Future<Output = Result<Vec<Result<Frame, ServerError>>, Error>> + Send {
        self.query_batch(cmds)
    }
}

impl<R: Runtime> PipelineTarget for &mut Connection<R> {
    fn batch(
        self,
        cmds: &[Cmd],
    ) -> impl Future<Output = Result<Vec<Result<Frame, ServerError>>, Error>> + Send {
        self.query_batch(cmds)
    }
}

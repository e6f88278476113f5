//! The runtimes the workloads run on, each set up as its users would.

use std::future::Future;
use std::sync::Arc;

/// Runs a future to completion, and spawns tasks beside it.
pub(crate) trait Exec {
    /// Runs `future` on this thread until it completes.
    fn block_on<F: Future>(&self, future: F) -> F::Output;

    /// Spawns `task`; the returned future gives its output.
    ///
    /// # Panics
    ///
    /// The returned future panics if the task did.
    fn spawn<T: Send + 'static>(
        &self,
        task: impl Future<Output = T> + Send + 'static,
    ) -> impl Future<Output = T> + Send + 'static;
}

/// tokio's runtime: current-thread, or multi-thread with two workers (the
/// number of cores of the machines we measure on).
pub(crate) struct Tokio(tokio::runtime::Runtime);

impl Tokio {
    pub(crate) fn current_thread() -> Self {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime");
        Self(runtime)
    }

    pub(crate) fn multi_thread() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a tokio runtime");
        Self(runtime)
    }
}

impl Exec for Tokio {
    fn block_on<F: Future>(&self, future: F) -> F::Output {
        self.0.block_on(future)
    }

    fn spawn<T: Send + 'static>(
        &self,
        task: impl Future<Output = T> + Send + 'static,
    ) -> impl Future<Output = T> + Send + 'static {
        let handle = self.0.spawn(task);
        async move {
            match handle.await {
                Ok(output) => output,
                Err(error) => std::panic::resume_unwind(error.into_panic()),
            }
        }
    }
}

/// smol as its docs set up a single-threaded program: an executor run by
/// `block_on` on this thread, which also drives async-io's reactor while
/// the executor has nothing to do.
pub(crate) struct Smol(Arc<smol::Executor<'static>>);

impl Smol {
    pub(crate) fn new() -> Self {
        Self(Arc::new(smol::Executor::new()))
    }
}

impl Exec for Smol {
    fn block_on<F: Future>(&self, future: F) -> F::Output {
        smol::block_on(self.0.run(future))
    }

    fn spawn<T: Send + 'static>(
        &self,
        task: impl Future<Output = T> + Send + 'static,
    ) -> impl Future<Output = T> + Send + 'static {
        self.0.spawn(task)
    }
}

/// async-std with its defaults: `task::block_on`, and `task::spawn` onto
/// its global executor (one thread per core it may run on).
pub(crate) struct AsyncStd;

impl Exec for AsyncStd {
    fn block_on<F: Future>(&self, future: F) -> F::Output {
        async_std::task::block_on(future)
    }

    fn spawn<T: Send + 'static>(
        &self,
        task: impl Future<Output = T> + Send + 'static,
    ) -> impl Future<Output = T> + Send + 'static {
        async_std::task::spawn(task)
    }
}

//! The Redis clients side by side: resp on tokio (current-thread and
//! multi-thread), smol and async-std, redis-rs and fred on tokio, and the C
//! reference `redis-benchmark`, running the same workloads against one
//! `redis-server`, in one process, interleaved.
//!
//! ```text
//! cargo run --release -p resp-benches --bin clients -- --repeat 3
//! ```
//!
//! It starts a throwaway `redis-server` (resp-tests' harness) and pins it to
//! core 0, and pins itself (and so `redis-benchmark`, its child) to core 1;
//! `--url` runs against a server of your own instead. `--help` lists the
//! options; docs/performance.md ("Clients side by side") has the method
//! and the figures.
#![forbid(unsafe_code)]

mod client;
mod contender;
mod exec;
mod options;
mod pubsub;
mod redis_benchmark;
mod report;
mod server;
mod stats;
mod workload;

use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::time::Instant;

use crate::contender::Contender;
use crate::options::Options;
use crate::report::Results;
use crate::server::Target;
use crate::workload::Work;

fn main() -> ExitCode {
    let options = match Options::from_args(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            print!("{}", options::USAGE);
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("clients: {message}\n\n{}", options::USAGE);
            return ExitCode::from(2);
        }
    };
    if let Some(core) = options.client_core {
        match server::pin(std::process::id(), core) {
            Ok(()) => println!("this process (and redis-benchmark) pinned to core {core}"),
            Err(error) => println!("not pinned: {error}"),
        }
    }
    let target = match Target::new(&options) {
        Ok(target) => target,
        Err(error) => {
            eprintln!("clients: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("{}", target.describe());
    let redis_benchmark = options
        .contenders
        .contains(&Contender::RedisBenchmark)
        .then(|| redis_benchmark::RedisBenchmark::find(&options, target.url()))
        .and_then(|found| match found {
            Ok(found) => Some(found),
            Err(why) => {
                println!("redis-benchmark left out: {why}");
                None
            }
        });

    let started = Instant::now();
    let mut results = Results::new(&options);
    for run in 0..options.repeat {
        println!("\n== run {} of {}", run + 1, options.repeat);
        for &workload in &options.workloads {
            let work = std::sync::Arc::new(Work::new(workload, &options));
            if let Err(error) = workload::prepare(target.url(), &work) {
                eprintln!("clients: cannot prepare {}: {error}", workload.name());
                return ExitCode::FAILURE;
            }
            println!("-- {}: {}", workload.name(), work.describe());
            // Start each run's rotation at another client, so that no client
            // is always measured first, or just after another one.
            let count = options.contenders.len();
            for i in 0..count {
                let contender = options.contenders[(i + run) % count];
                if !contender.runs(workload) {
                    continue;
                }
                let outcome = match contender {
                    Contender::RedisBenchmark => match &redis_benchmark {
                        Some(bench) => bench.run(&work),
                        None => continue,
                    },
                    _ => catch(|| contender.run(target.url(), &work)),
                };
                match outcome {
                    Ok(sample) => {
                        println!("   {:<16} {sample}", contender.name());
                        results.record(run, workload, contender, sample);
                    }
                    Err(error) => println!("   {:<16} failed: {error}", contender.name()),
                }
            }
        }
    }
    println!(
        "\n{} run(s) in {:.0} s\n",
        options.repeat,
        started.elapsed().as_secs_f64()
    );
    print!("{}", results.summary());
    ExitCode::SUCCESS
}

/// Runs `f`, turning a panic (a client's error, which the drivers unwrap)
/// into an error, so that one failing client does not end the comparison.
fn catch<T>(f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    // Reported once, below, without the default hook's backtrace.
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let outcome = panic::catch_unwind(AssertUnwindSafe(f));
    panic::set_hook(hook);
    outcome.unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("panicked");
        Err(message.to_owned())
    })
}

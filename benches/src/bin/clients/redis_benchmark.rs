//! `redis-benchmark`, the C reference, given each workload as its options.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use crate::options::Options;
use crate::stats::Sample;
use crate::workload::{LIST_KEY, POOL_SIZE, Work, Workload};

/// The binary, and where the server is.
pub(crate) struct RedisBenchmark {
    binary: PathBuf,
    host: String,
    port: u16,
}

impl RedisBenchmark {
    /// The binary from `--redis-benchmark` or `PATH`, for a server at a
    /// plain `redis://host:port` URL.
    pub(crate) fn find(options: &Options, url: &str) -> Result<Self, String> {
        let (host, port) = host_and_port(url)
            .ok_or_else(|| format!("{url} is not a plain redis://host:port URL"))?;
        let binary = options
            .redis_benchmark
            .clone()
            .unwrap_or_else(|| PathBuf::from("redis-benchmark"));
        let probe = Command::new(&binary).arg("--version").output();
        match probe {
            Ok(output) if output.status.success() => Ok(Self { binary, host, port }),
            Ok(_) | Err(_) => Err(format!(
                "cannot run {} (apt-get install -y redis-tools)",
                binary.display()
            )),
        }
    }

    /// Runs the workload's equivalent: one connection per task (so s2 and
    /// s6 open 64 and 1,000 connections, where the Rust clients share one),
    /// `-P 100` for s3, one connection per pooled connection for s7 (8),
    /// the same value size and key names.
    pub(crate) fn run(&self, work: &Work) -> Result<Sample, String> {
        let connections = match work.workload {
            Workload::S7 => POOL_SIZE,
            _ => work.tasks,
        };
        let mut command = Command::new(&self.binary);
        command
            .args(["-h", &self.host, "-p", &self.port.to_string()])
            .args(["-c", &connections.to_string()])
            .args(["-d", &work.value.len().to_string()])
            .arg("--csv");
        let per_test = match work.workload {
            Workload::S1 | Workload::S2 | Workload::S4 | Workload::S6 => work.ops() / 2,
            Workload::S3 | Workload::S5 | Workload::S7 => work.ops(),
            Workload::P1 => return Err("not run for p1".to_owned()),
        };
        command.args(["-n", &per_test.max(1).to_string()]);
        // A command to run, if any, comes last: every argument after it is
        // its own.
        match work.workload {
            Workload::S3 => {
                command.args(["-P", &work.batch.to_string()]);
                command.args(["-r", &work.keys.len().to_string()]);
                command.args(["-t", "set"]);
            }
            Workload::S5 => {
                command.args(["LRANGE", LIST_KEY, "0", "999"]);
            }
            Workload::P1 => {}
            Workload::S1 | Workload::S2 | Workload::S4 | Workload::S6 => {
                command.args(["-r", &work.keys.len().to_string()]);
                command.args(["-t", "set,get"]);
            }
            Workload::S7 => {
                command.args(["-r", &work.keys.len().to_string()]);
                command.args(["-t", "get"]);
            }
        }
        let output = command
            .output()
            .map_err(|error| format!("cannot run {}: {error}", self.binary.display()))?;
        if !output.status.success() {
            return Err(format!(
                "redis-benchmark failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        let rows = parse_csv(&String::from_utf8_lossy(&output.stdout));
        if rows.is_empty() {
            return Err("redis-benchmark printed no results".to_owned());
        }
        Ok(combine(&rows, per_test))
    }
}

/// One line of `--csv` output: requests per second, and p50 and p99 in
/// milliseconds.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Row {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
}

/// The rows of
/// `"test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"`.
fn parse_csv(text: &str) -> Vec<Row> {
    text.lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split(',').map(|f| f.trim_matches('"')).collect();
            let number = |i: usize| fields.get(i)?.parse::<f64>().ok();
            Some(Row {
                rps: number(fields.len().checked_sub(7)?)?,
                p50_ms: number(fields.len().checked_sub(4)?)?,
                p99_ms: number(fields.len().checked_sub(2)?)?,
            })
        })
        .collect()
}

/// The tests of one run (SET, then GET) as one: their requests over their
/// summed time; for latency, the higher of their percentiles.
fn combine(rows: &[Row], per_test: usize) -> Sample {
    #[allow(clippy::cast_precision_loss)]
    let per_test = per_test as f64;
    let seconds: f64 = rows.iter().map(|row| per_test / row.rps).sum();
    let ms = |pick: fn(&Row) -> f64| {
        let worst = rows.iter().map(pick).fold(0.0, f64::max);
        Duration::from_secs_f64(worst / 1e3)
    };
    #[allow(clippy::cast_precision_loss)]
    let count = rows.len() as f64;
    Sample {
        ops_per_sec: per_test * count / seconds,
        p50: ms(|row| row.p50_ms),
        p99: ms(|row| row.p99_ms),
    }
}

/// `redis://host:port` (a trailing `/` or `/0` allowed) as its host and
/// port; `None` for anything with credentials, options or another scheme.
fn host_and_port(url: &str) -> Option<(String, u16)> {
    let rest = url.strip_prefix("redis://")?;
    let rest = rest
        .strip_suffix("/0")
        .or_else(|| rest.strip_suffix('/'))
        .unwrap_or(rest);
    if rest.contains(['@', '/', '?']) {
        return None;
    }
    let (host, port) = rest.rsplit_once(':').unwrap_or((rest, "6379"));
    let host = host.trim_start_matches('[').trim_end_matches(']');
    Some((host.to_owned(), port.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_csv_of_redis_benchmark_7() {
        let text = "\"test\",\"rps\",\"avg_latency_ms\",\"min_latency_ms\",\"p50_latency_ms\",\"p95_latency_ms\",\"p99_latency_ms\",\"max_latency_ms\"\n\
                    \"SET\",\"40000.00\",\"0.019\",\"0.008\",\"0.023\",\"0.031\",\"0.039\",\"0.127\"\n\
                    \"GET\",\"20000.00\",\"0.023\",\"0.016\",\"0.025\",\"0.031\",\"0.047\",\"0.399\"\n";
        let rows = parse_csv(text);
        assert_eq!(rows.len(), 2);
        let sample = combine(&rows, 1_000);
        // 2,000 requests in 1/40 + 1/20 s.
        assert!((sample.ops_per_sec - 26_666.67).abs() < 0.1);
        assert_eq!(sample.p50, Duration::from_micros(25));
        assert_eq!(sample.p99, Duration::from_micros(47));
    }

    #[test]
    fn custom_commands_have_commas_in_no_field_we_read() {
        let rows = parse_csv(
            "\"LRANGE bench:list 0 999\",\"5000.00\",\"0.2\",\"0.1\",\"0.199\",\"0.3\",\"0.4\",\"1.0\"\n",
        );
        assert_eq!(
            rows,
            [Row {
                rps: 5000.0,
                p50_ms: 0.199,
                p99_ms: 0.4
            }]
        );
    }

    #[test]
    fn plain_urls_only() {
        assert_eq!(
            host_and_port("redis://127.0.0.1:7000"),
            Some(("127.0.0.1".to_owned(), 7000))
        );
        assert_eq!(
            host_and_port("redis://localhost/"),
            Some(("localhost".to_owned(), 6379))
        );
        assert_eq!(host_and_port("redis://:pw@localhost:1"), None);
        assert_eq!(host_and_port("rediss://localhost:1"), None);
    }
}

//! The command line.

use std::path::PathBuf;

use crate::contender::Contender;
use crate::workload::Workload;

/// What `--help` prints.
pub(crate) const USAGE: &str = "\
Runs the same workloads on resp (tokio, smol, async-std), redis-rs, fred and
redis-benchmark against one redis-server, and prints ops/s, p50 and p99
latency, and ratios computed within each run.

usage: clients [options]

  --repeat N           run everything N times and report medians (default 1)
  --workloads LIST     comma-separated, from s1,...,s7,p1 (default all)
  --clients LIST       comma-separated, from resp-tokio-ct, resp-tokio-mt,
                       resp-smol, resp-async-std, redis-rs-ct, redis-rs-mt,
                       fred-ct, fred-mt, redis-benchmark (default all)
  --scale F            multiply every operation count by F (default 1.0;
                       0.1 for a quick look)
  --value-size BYTES   the value of s1, s2, s3, s5 and s6 (default 16)
  --url URL            use this server instead of starting one (also read
                       from REDIS_URL); it is not pinned, and its keys
                       key:* and bench:list are overwritten
  --server-core N      the core for the server it starts (default 0)
  --client-core N      the core for this process and redis-benchmark
                       (default 1)
  --no-pin             pin nothing
  --redis-benchmark P  the redis-benchmark binary (default: from PATH)
  --help               this text

Workloads (op counts at --scale 1):
  s1  SET then GET, one task, 20,000 pairs
  s2  SET/GET alternating, 64 tasks sharing one client, 2,000 ops each
  s3  pipelines of 100 SETs, one task, 4,000 pipelines
  s4  SET then GET of 100 KiB values, one task, 2,000 pairs
  s5  LRANGE 0 999 of a 1,000-element list, one task, 4,000 times
  s6  SET/GET alternating, 1,000 tasks sharing one client, 200 ops each
  s7  GET, 64 tasks sharing a pool of 8 connections (each GET a checkout,
      the GET and the return), 1,000 GETs each; redis-benchmark with 8
      connections (-c 8). resp only: the other clients have no pool of
      exclusive connections
  p1  one subscriber receiving 1,000,000 PUBLISHed 16-byte messages, which
      a publisher thread pipelines on a socket of its own (resp and
      redis-rs only)
";

/// The parsed command line.
#[derive(Clone, Debug)]
pub(crate) struct Options {
    pub(crate) repeat: usize,
    pub(crate) workloads: Vec<Workload>,
    pub(crate) contenders: Vec<Contender>,
    pub(crate) scale: f64,
    pub(crate) value_size: usize,
    pub(crate) url: Option<String>,
    pub(crate) server_core: Option<usize>,
    pub(crate) client_core: Option<usize>,
    pub(crate) redis_benchmark: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            repeat: 1,
            workloads: Workload::ALL.to_vec(),
            contenders: Contender::ALL.to_vec(),
            scale: 1.0,
            value_size: 16,
            url: None,
            server_core: Some(0),
            client_core: Some(1),
            redis_benchmark: None,
        }
    }
}

impl Options {
    /// Parses the arguments; `Ok(None)` for `--help`.
    pub(crate) fn from_args(
        args: impl IntoIterator<Item = String>,
    ) -> Result<Option<Self>, String> {
        let mut options = Self {
            url: std::env::var("REDIS_URL")
                .ok()
                .filter(|url| !url.is_empty()),
            ..Self::default()
        };
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
                None => (arg, None),
            };
            let mut value = || {
                inline
                    .clone()
                    .or_else(|| args.next())
                    .ok_or_else(|| format!("{name} needs a value"))
            };
            match name.as_str() {
                "--help" | "-h" => return Ok(None),
                "--repeat" => options.repeat = number(&name, &value()?)?.max(1),
                "--workloads" => options.workloads = list(&value()?, Workload::from_name)?,
                "--clients" => options.contenders = list(&value()?, Contender::from_name)?,
                "--scale" => {
                    let text = value()?;
                    options.scale = text
                        .parse::<f64>()
                        .ok()
                        .filter(|scale| *scale > 0.0 && scale.is_finite())
                        .ok_or_else(|| format!("--scale takes a positive number, not {text:?}"))?;
                }
                "--value-size" => options.value_size = number(&name, &value()?)?.max(1),
                "--url" => options.url = Some(value()?),
                "--server-core" => options.server_core = Some(number(&name, &value()?)?),
                "--client-core" => options.client_core = Some(number(&name, &value()?)?),
                "--no-pin" => {
                    options.server_core = None;
                    options.client_core = None;
                }
                "--redis-benchmark" => options.redis_benchmark = Some(PathBuf::from(value()?)),
                _ => return Err(format!("unknown option {name}")),
            }
        }
        Ok(Some(options))
    }

    /// `base` operations at this `--scale`, at least one.
    pub(crate) fn scaled(&self, base: usize) -> usize {
        // Op counts are far below 2^52: the float round trip is exact enough.
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )]
        let scaled = (base as f64 * self.scale).round() as usize;
        scaled.max(1)
    }
}

fn number(name: &str, text: &str) -> Result<usize, String> {
    text.replace(['_', ','], "")
        .parse()
        .map_err(|_| format!("{name} takes a whole number, not {text:?}"))
}

fn list<T: PartialEq>(text: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Vec<T>, String> {
    let mut items = Vec::new();
    for name in text
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
    {
        let item = parse(name).ok_or_else(|| format!("unknown name {name:?}"))?;
        if !items.contains(&item) {
            items.push(item);
        }
    }
    if items.is_empty() {
        return Err(format!("empty list {text:?}"));
    }
    Ok(items)
}

//! The results of every run, summed up as medians, ratios and targets.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

use crate::contender::Contender::{self, *};
use crate::options::Options;
use crate::stats::{Sample, median, micros, thousands};
use crate::workload::Workload;

/// The ratios printed: `numerator / denominator` of ops/s, each computed
/// within one run, then the median taken.
const RATIOS: [(Contender, Contender); 8] = [
    (RespTokioCt, RedisRsCt),
    (RespTokioMt, RedisRsMt),
    (RespTokioCt, FredCt),
    (RespTokioMt, FredMt),
    (RespTokioCt, RedisBenchmark),
    (RespTokioMt, RedisBenchmark),
    (RespSmol, RespTokioCt),
    (RespAsyncStd, RespTokioCt),
];

/// The targets the client was given: on tokio, `workload`'s ratio of resp
/// to `against` at least `at_least`.
const TARGETS: [(Workload, Contender, f64); 7] = [
    (Workload::S1, RedisBenchmark, 1.0),
    (Workload::S2, RedisRsMt, 1.3),
    (Workload::S6, RedisRsMt, 1.3),
    (Workload::S3, RedisBenchmark, 0.9),
    (Workload::S5, RedisRsMt, 1.5),
    (Workload::P1, RedisRsMt, 1.2),
    (Workload::S7, RedisBenchmark, 0.9),
];

/// Every sample, by run.
pub(crate) struct Results {
    workloads: Vec<Workload>,
    contenders: Vec<Contender>,
    runs: Vec<BTreeMap<(Workload, Contender), Sample>>,
}

impl Results {
    pub(crate) fn new(options: &Options) -> Self {
        Self {
            workloads: options.workloads.clone(),
            contenders: options.contenders.clone(),
            runs: vec![BTreeMap::new(); options.repeat],
        }
    }

    pub(crate) fn record(
        &mut self,
        run: usize,
        workload: Workload,
        contender: Contender,
        sample: Sample,
    ) {
        self.runs[run].insert((workload, contender), sample);
    }

    /// The samples of one cell, one per run that has it.
    fn samples(&self, workload: Workload, contender: Contender) -> Vec<Sample> {
        self.runs
            .iter()
            .filter_map(|run| run.get(&(workload, contender)).copied())
            .collect()
    }

    /// `a / b` of ops/s in each run that has both.
    fn ratios(&self, workload: Workload, a: Contender, b: Contender) -> Vec<f64> {
        self.runs
            .iter()
            .filter_map(|run| {
                let a = run.get(&(workload, a))?;
                let b = run.get(&(workload, b))?;
                Some(a.ops_per_sec / b.ops_per_sec)
            })
            .collect()
    }

    /// Markdown tables: per workload the medians of each client, then the
    /// ratios, then the targets.
    pub(crate) fn summary(&self) -> String {
        let mut out = String::new();
        let runs = self.runs.len();
        let _ = writeln!(
            out,
            "Medians of {runs} run(s). Latency is per request (a pipeline is one request)."
        );
        for &workload in &self.workloads {
            let _ = writeln!(out, "\n### {}: {}\n", workload.name(), workload.title());
            let _ = writeln!(out, "| client | ops/s | p50 | p99 | ops/s in each run |");
            let _ = writeln!(out, "| --- | ---: | ---: | ---: | --- |");
            for &contender in &self.contenders {
                let samples = self.samples(workload, contender);
                let ops: Vec<f64> = samples.iter().map(|s| s.ops_per_sec).collect();
                let Some(ops_median) = median(&ops) else {
                    continue;
                };
                let latency = |pick: fn(&Sample) -> Duration| {
                    let values: Vec<f64> = samples.iter().map(|s| pick(s).as_secs_f64()).collect();
                    micros(Duration::from_secs_f64(median(&values).unwrap_or(0.0)))
                };
                let each: Vec<String> = ops.iter().map(|&v| thousands(v)).collect();
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    contender.name(),
                    thousands(ops_median),
                    latency(|s| s.p50),
                    latency(|s| s.p99),
                    each.join(", ")
                );
            }
        }

        let ratios: Vec<(Contender, Contender)> = RATIOS
            .into_iter()
            .filter(|(a, b)| self.contenders.contains(a) && self.contenders.contains(b))
            .collect();
        if !ratios.is_empty() {
            let _ = writeln!(
                out,
                "\n### Ratios of ops/s, within each run: median (lowest-highest)\n"
            );
            let header: Vec<String> = ratios
                .iter()
                .map(|(a, b)| format!("{} / {}", a.name(), b.name()))
                .collect();
            let _ = writeln!(out, "| workload | {} |", header.join(" | "));
            let _ = writeln!(out, "| --- |{}", " ---: |".repeat(ratios.len()));
            for &workload in &self.workloads {
                let cells: Vec<String> = ratios
                    .iter()
                    .map(|&(a, b)| ratio_cell(&self.ratios(workload, a, b)))
                    .collect();
                let _ = writeln!(out, "| {} | {} |", workload.name(), cells.join(" | "));
            }
        }

        let mut targets = String::new();
        for (workload, against, at_least) in TARGETS {
            if !self.workloads.contains(&workload) {
                continue;
            }
            // Each tokio flavour against the same flavour of redis-rs.
            let flavours = [(RespTokioCt, RedisRsCt), (RespTokioMt, RedisRsMt)];
            let medians: Vec<Option<f64>> = flavours
                .iter()
                .map(|&(resp, same_runtime)| {
                    let other = if against == RedisBenchmark {
                        against
                    } else {
                        same_runtime
                    };
                    median(&self.ratios(workload, resp, other))
                })
                .collect();
            if medians.iter().all(Option::is_none) {
                continue;
            }
            let cells: Vec<String> = medians
                .into_iter()
                .map(|ratio| target_cell(ratio, at_least))
                .collect();
            let _ = writeln!(
                targets,
                "| {} resp / {} >= {at_least} | {} |",
                workload.name(),
                if against == RedisBenchmark {
                    "redis-benchmark"
                } else {
                    "redis-rs"
                },
                cells.join(" | ")
            );
        }
        for other in [RespSmol, RespAsyncStd] {
            let worst = self
                .workloads
                .iter()
                .filter_map(|&w| Some((median(&self.ratios(w, other, RespTokioCt))?, w)))
                .min_by(|a, b| a.0.total_cmp(&b.0));
            if let Some((ratio, workload)) = worst {
                let _ = writeln!(
                    targets,
                    "| {} within 15% of tokio (lowest of the workloads, vs current-thread) | {} ({}) | |",
                    other.name(),
                    target_cell(Some(ratio), 0.85),
                    workload.name()
                );
            }
        }
        if !targets.is_empty() {
            let _ = writeln!(out, "\n### Targets (medians of the ratios)\n");
            let _ = writeln!(
                out,
                "| target | tokio current-thread | tokio multi-thread |"
            );
            let _ = writeln!(out, "| --- | --- | --- |");
            out.push_str(&targets);
        }
        out
    }
}

fn ratio_cell(ratios: &[f64]) -> String {
    let Some(mid) = median(ratios) else {
        return String::new();
    };
    if ratios.len() == 1 {
        return format!("{mid:.2}");
    }
    let low = ratios.iter().copied().fold(f64::INFINITY, f64::min);
    let high = ratios.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    format!("{mid:.2} ({low:.2}-{high:.2})")
}

fn target_cell(ratio: Option<f64>, at_least: f64) -> String {
    match ratio {
        Some(ratio) if ratio >= at_least => format!("{ratio:.2} met"),
        Some(ratio) => format!("{ratio:.2} not met"),
        None => "not measured".to_owned(),
    }
}

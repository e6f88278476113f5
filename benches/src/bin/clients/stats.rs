//! One measurement, and the median of several.

use std::fmt;
use std::time::Duration;

/// What one client did with one workload in one run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Sample {
    /// Commands per second (a pipeline of 100 counts 100).
    pub(crate) ops_per_sec: f64,
    /// The median latency of a request (a pipeline is one request).
    pub(crate) p50: Duration,
    /// The 99th percentile.
    pub(crate) p99: Duration,
}

impl Sample {
    /// From `ops` commands in `elapsed`, and each request's latency in
    /// nanoseconds.
    pub(crate) fn new(ops: usize, elapsed: Duration, mut latencies: Vec<u64>) -> Self {
        latencies.sort_unstable();
        #[allow(clippy::cast_precision_loss)]
        let ops = ops as f64;
        Self {
            ops_per_sec: ops / elapsed.as_secs_f64().max(f64::MIN_POSITIVE),
            p50: Duration::from_nanos(percentile(&latencies, 50)),
            p99: Duration::from_nanos(percentile(&latencies, 99)),
        }
    }
}

impl fmt::Display for Sample {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:>11} ops/s   p50 {:>9}   p99 {:>9}",
            thousands(self.ops_per_sec),
            micros(self.p50),
            micros(self.p99)
        )
    }
}

/// The nearest-rank percentile `p` of sorted values; 0 for none.
fn percentile(sorted: &[u64], p: usize) -> u64 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = (sorted.len() * p).div_ceil(100).max(1);
    sorted[rank - 1]
}

/// The median; the mean of the middle two for an even count.
pub(crate) fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        f64::midpoint(sorted[mid - 1], sorted[mid])
    })
}

/// `1234567.8` as `1,234,568`.
pub(crate) fn thousands(value: f64) -> String {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let whole = value.round().max(0.0) as u64;
    grouped(whole)
}

/// `1234567` as `1,234,567`.
pub(crate) fn grouped(value: impl Into<u64>) -> String {
    let digits = value.into().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A latency in microseconds, with one decimal below 1 ms.
pub(crate) fn micros(latency: Duration) -> String {
    let us = latency.as_secs_f64() * 1e6;
    if us < 1_000.0 {
        format!("{us:.1} µs")
    } else {
        format!("{} µs", thousands(us))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_and_medians() {
        let values: Vec<u64> = (1..=100).collect();
        assert_eq!(percentile(&values, 50), 50);
        assert_eq!(percentile(&values, 99), 99);
        assert_eq!(percentile(&[7], 99), 7);
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(thousands(1_234_567.4), "1,234,567");
        assert_eq!(thousands(999.0), "999");
    }
}

#!/usr/bin/env bash
# hiredis's reply reader on the inputs of resp-benches' `compare` bench.
#
# Builds reader_bench.c against the system's hiredis, writes the shapes'
# bytes with the dump_shapes example (so both sides decode identical input),
# and runs the harness pinned to one core:
#
#   bash benches/hiredis/run.sh              # on core 0
#   CORE=3 REPS=31 TARGET_MS=100 bash benches/hiredis/run.sh
#
# Its lines are named like the criterion ones (`compare/<shape>/hiredis`), to
# be read next to `cargo bench -p resp-benches --bench compare` run on the
# same core. Not part of `cargo build`, and not run by CI.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! printf '#include <hiredis/hiredis.h>\n' | cc -x c -E - >/dev/null 2>&1; then
    echo "hiredis's headers are missing. On Debian or Ubuntu, install them with:" >&2
    echo "    apt-get install -y libhiredis-dev" >&2
    exit 1
fi

out="${CARGO_TARGET_DIR:-target}/hiredis"
mkdir -p "$out"

cc -O2 -std=c11 -Wall -Wextra -o "$out/reader_bench" benches/hiredis/reader_bench.c -lhiredis
# The bench profile reuses what `cargo bench` built.
cargo run --quiet --profile bench -p resp-benches --example dump_shapes -- "$out/shapes" >/dev/null
taskset -c "${CORE:-0}" "$out/reader_bench" "$out/shapes"

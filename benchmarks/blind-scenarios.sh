#!/bin/sh
# Scores the current build on the independently written scenarios (corpus/scenarios/README.md):
# the tuning set (B seed 1) and the report sets (A seeds 1 and 2, B seed 2, C seeds 1 and 2; A seed 1
# at 20 times the ordinary population with --big). Each run: generate, ingest, observe, analyze, evaluate.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${SIGHTLINE:-$here/.build/release/sightline}
work=${WORK:-/tmp/sightline-blind}
mkdir -p "$work"
run() {
    writer=$1 seed=$2 scale=$3
    dir="$work/$writer-$seed-x$scale"
    [ -f "$dir/truth.json" ] || python3 "$here/corpus/scenarios/$writer/gen.py" --seed "$seed" --benign-scale "$scale" --out "$dir" > /dev/null
    rm -f "$dir/s.sqlite" "$dir/s.sqlite-wal" "$dir/s.sqlite-shm"
    "$bin" ingest --db "$dir/s.sqlite" "$dir/events.jsonl" > /dev/null
    "$bin" observe --db "$dir/s.sqlite" "$dir/observations.jsonl" > /dev/null
    "$bin" analyze --db "$dir/s.sqlite" > "$dir/analyze.txt"
    echo "== $writer seed $seed, benign scale $scale"
    "$bin" evaluate --db "$dir/s.sqlite" --truth "$dir/truth.json"
}
run B 1 1
run A 1 1
run A 2 1
run B 2 1
run C 1 1
run C 2 1
if [ "${1:-}" = "--big" ]; then run A 1 20; fi

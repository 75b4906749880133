#!/usr/bin/env bash
# Runs examples/spark/screen.py in Spark's local mode on N generated visits and checks it against
# earlyscreen run directly: one result line per request line, and the merged partial tallies equal
# to `tally` over the plain `evaluate --lines` output.
# usage: examples/spark/run-local.sh [N=100000] [EARLYSCREEN=.build/release/earlyscreen]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}
exe=${2:-.build/release/earlyscreen}
[ -x "$exe" ] || { echo "run-local.sh: no earlyscreen at $exe (swift build -c release)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/es-spark.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 bench/gen.py programme "$n" "$work/visits.jsonl" 2026
python3 examples/spark/screen.py --master 'local[2]' --partitions 4 --earlyscreen "$exe" \
    --input "$work/visits.jsonl" --output "$work/out" --by region,month
# The same stream through earlyscreen directly (exit 1: some lines are rejected on purpose).
"$exe" evaluate --lines < "$work/visits.jsonl" > "$work/direct.jsonl" || [ $? -eq 1 ]
"$exe" tally --by region,month "$work/direct.jsonl" > "$work/direct-tally.json"
cat "$work"/out/results/part-* > "$work/spark.jsonl"
lines_in=$(wc -l < "$work/visits.jsonl"); lines_out=$(wc -l < "$work/spark.jsonl")
[ "$lines_in" -eq "$lines_out" ] || { echo "FAIL: $lines_in request lines, $lines_out result lines" >&2; exit 1; }
cmp -s <(sort "$work/spark.jsonl") <(sort "$work/direct.jsonl") || { echo "FAIL: Spark's result lines differ from earlyscreen's" >&2; exit 1; }
cmp -s "$work/out/tally.json" "$work/direct-tally.json" || { echo "FAIL: the merged tally differs from the direct one" >&2; diff <(head -c 600 "$work/out/tally.json") <(head -c 600 "$work/direct-tally.json") >&2 || true; exit 1; }
echo "spark example: $lines_in visits, results identical to earlyscreen's, merged tally identical"

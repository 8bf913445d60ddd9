#!/usr/bin/env bash
# Interchange speed on 5,000 synthetic records (one sequence of 4 levels, 1,250 records at the
# level sheeted): writing the pre-filled template, and importing it unchanged, side by side with
# `rungs check` of the same content — an import checks the project once with its records in
# place, so `check` is its floor (target: import within 1.5x check). Medians of several runs
# with hyperfine. Not part of CI.   bash benches/import.sh [RECORDS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-5000}
runs=${2:-5}
work=${BENCH_DIR:-/tmp/rungs-bench-import}
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
cargo build --release --quiet
rungs=$PWD/target/release/rungs
rm -rf "$work" && mkdir -p "$work"
python3 benches/gen-synthetic.py "$work/content" --sequences 1 --levels 4 --competencies 20 --records "$records" >/dev/null
cd "$work"
$rungs template content --quiet --sequence seq0 --level l0 --with-records 2024H1 --out l0.xlsx
hyperfine --warmup 1 --runs "$runs" --export-json results.json \
  -n check "$rungs check content --quiet" \
  -n template "$rungs template content --quiet --sequence seq0 --level l0 --with-records 2024H1 --out l0.xlsx" \
  -n import "$rungs import content l0.xlsx --quiet" >/dev/null
python3 - results.json <<'PY'
import json, statistics, sys
r = {x["command"]: statistics.median(x["times"]) for x in json.load(open(sys.argv[1]))["results"]}
print(f"check {r['check']:.2f} s · template {r['template']:.2f} s · import (unchanged) {r['import']:.2f} s"
      f" · import / check {r['import'] / r['check']:.2f}x (target <= 1.5x)")
PY

#!/usr/bin/env bash
# Incremental builds over 10,000 synthetic records (4 sequences × 5 levels × 12 competencies, so
# the handbook stays within its budget): a full build (`--no-cache`), a build with nothing
# changed, and a build after one record's comments changed (a different record each run), in one
# run, with a sync before each. Medians of several runs (hyperfine); the targets are ratios to
# the full build: one record changed under 5 %, nothing changed under 3 %. Not part of CI.
#   bash benches/incremental.sh [RECORDS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-10000}
runs=${2:-5}
work=${BENCH_DIR:-/tmp/rungs-bench-incremental}
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
cargo build --release --quiet
rm -rf "$work" && mkdir -p "$work"
python3 benches/gen-synthetic.py "$work/content" --sequences 4 --levels 5 --competencies 12 --records "$records" >/dev/null
rungs="$PWD/target/release/rungs"
build="$rungs build $work/content --out $work/out --commit none --quiet"
# Adds a word to the comments of the next record in turn.
cat >"$work/touch.py" <<'PY'
import os, sys
work = sys.argv[1]
state = os.path.join(work, "next")
n = int(open(state).read()) if os.path.exists(state) else 0
folder = os.path.join(work, "content", "assessments", "2024H1")
name = sorted(os.listdir(folder))[n % len(os.listdir(folder))]
path = os.path.join(folder, name)
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.replace("comments: ", "comments: 补充。", 1))
open(state, "w").write(str(n + 1))
PY
grep -q "comments: " "$work"/content/assessments/2024H1/*.yaml || { echo "the records have no comments to edit"; exit 1; }
hyperfine --runs "$runs" --prepare sync --export-json "$work/full.json" "$build --no-cache" >/dev/null
hyperfine --runs "$runs" --prepare sync --export-json "$work/none.json" "$build" >/dev/null
hyperfine --runs "$runs" --prepare "python3 $work/touch.py $work && sync" --export-json "$work/one.json" "$build" >/dev/null
$rungs build "$work/content" --out "$work/out" --commit none -v 2>&1 | grep -o "[0-9]* of [0-9]* outputs carried over unchanged" || true
python3 - "$work" "$records" <<'PY'
import json, statistics, sys
work, records = sys.argv[1], sys.argv[2]
m = {k: statistics.median(json.load(open(f"{work}/{k}.json"))["results"][0]["times"]) for k in ("full", "none", "one")}
print(f"{records} records: full build {m['full']:.2f} s; nothing changed {m['none']:.2f} s ({100*m['none']/m['full']:.1f} %, target < 3 %); "
      f"one record changed {m['one']:.2f} s ({100*m['one']/m['full']:.1f} %, target < 5 %); medians")
PY

#!/usr/bin/env bash
# The handbook's layout memory: a synthetic standard whose handbook is about 160 pages (just
# under the document budget), built alone; medians of RUNS runs of wall time and peak RSS, per
# laid-out page (target: under 1 MiB a page). Not part of CI.   bash benches/handbook-memory.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=${BENCH_DIR:-/tmp/rungs-bench-handbook}
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
cargo build --release --quiet
rungs=${RUNGS:-$PWD/target/release/rungs}
rm -rf "$work" && mkdir -p "$work"
python3 benches/gen-synthetic.py "$work/content" --sequences 4 --levels 6 --competencies 24 --records 1 >/dev/null
for i in $(seq "$runs"); do
  /usr/bin/time -f '%e %M' "$rungs" build "$work/content" --out "$work/out" --only handbook --commit none --quiet --no-cache 2>&1 | tail -1
done > "$work/times"
python3 - "$work/times" "$work/out/handbook.pdf" <<'PY'
import re, statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
pages = len(re.findall(rb"/Type\s*/Page[^s]", open(sys.argv[2], "rb").read()))
wall = statistics.median(float(r[0]) for r in rows)
peak = statistics.median(int(r[1]) for r in rows) / 1024
print(f"handbook: {pages} pages in {wall:.2f} s, peak {peak:.0f} MiB, {peak / pages:.1f} MiB a page (target < 1)")
PY

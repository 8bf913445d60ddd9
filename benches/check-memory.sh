#!/usr/bin/env bash
# `rungs check` peak memory as records grow: 2,000 and 10,000 synthetic records, light (12
# competencies a sequence) and heavy (80), medians of RUNS runs of wall time, peak RSS each
# (target: under 250 MiB at 10,000 records, and flat). Not part of CI.
#   bash benches/check-memory.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=${BENCH_DIR:-/tmp/rungs-bench-check}
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
cargo build --release --quiet
rungs=${RUNGS:-$PWD/target/release/rungs}
mkdir -p "$work"
for competencies in 12 80; do
  for records in 2000 10000; do
    dir="$work/c$records-$competencies"
    [ -d "$dir" ] || python3 benches/gen-synthetic.py "$dir" --sequences 4 --levels 5 --competencies "$competencies" --records "$records" >/dev/null
    for i in $(seq "$runs"); do /usr/bin/time -f "$records $competencies %e %M" "$rungs" check "$dir" -q 2>&1 >/dev/null | tail -1; done
  done
done > "$work/times"
python3 - "$work/times" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    records, competencies, wall, peak = line.split()
    rows.setdefault((int(competencies), int(records)), []).append((float(wall), int(peak) / 1024))
for (competencies, records), v in sorted(rows.items()):
    wall = statistics.median(w for w, _ in v)
    peak = statistics.median(p for _, p in v)
    print(f"{records} records, {competencies} competencies a sequence: check {wall:.2f} s, peak {peak:.0f} MiB ({peak * 1024 / records:.1f} KiB a record)")
PY

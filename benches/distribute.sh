#!/usr/bin/env bash
# Distribution cost: `rungs distribute --by manager --encrypt` over N synthetic reports (teams of
# ten, 1,000 bundles at N=10,000) against rendering the same reports (`build --only reports`),
# runs interleaved with a sync before each, since this machine's file system swings by seconds.
# Reports bundles per second, peak memory (GNU time), and how much protecting and zipping add.
# Not part of CI.   bash benches/distribute.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
runs=${2:-2}
work=${BENCH_DIR:-/tmp/rungs-bench-distribute}
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
cargo build --release --quiet
rungs=$PWD/target/release/rungs
rm -rf "$work" && mkdir -p "$work"
python3 benches/gen-synthetic.py "$work/c" --sequences 4 --levels 5 --competencies 12 --records "$n"
measure() { sync; /usr/bin/time -f '%e %U %S %M' "$@" 2>&1 >/dev/null | tail -1; }
render=() dist=()
for i in $(seq "$runs"); do
  read -r e u s m <<<"$(measure $rungs build "$work/c" --out "$work/out" --only reports --commit none --quiet -j 2)"
  render+=("$e"); echo "render   run $i: ${e}s wall, $(python3 -c "print($u+$s)")s CPU, peak $((m / 1024)) MiB"
  rm -rf "$work/d"
  read -r e u s m <<<"$(measure $rungs distribute "$work/c" --by manager --encrypt --out "$work/d" --commit none --quiet -j 2)"
  dist+=("$e"); echo "distribute --encrypt run $i: ${e}s wall, $(python3 -c "print($u+$s)")s CPU, peak $((m / 1024)) MiB"
done
bundles=$(ls "$work/d"/*.zip | wc -l)
python3 - "$n" "$bundles" "${render[*]}" "${dist[*]}" <<'PY'
import statistics, sys
n, bundles = int(sys.argv[1]), int(sys.argv[2])
r = statistics.median(map(float, sys.argv[3].split()))
d = statistics.median(map(float, sys.argv[4].split()))
print(f"{n} reports: rendering median {r:.1f} s ({n/r:.1f} reports/s); distribute --encrypt median {d:.1f} s: "
      f"{bundles} bundles, {bundles/d:.1f} bundles/s, {n/d:.1f} reports/s; overhead {100*(d/r-1):+.1f}% (target ≤ +35%)")
PY

#!/usr/bin/env bash
# Distribution cost: `rungs distribute --by manager --encrypt` over N synthetic reports (teams of
# ten, 1,000 bundles at N=10,000) against rendering the same reports (`build --only reports`),
# runs interleaved with a sync before each, since this machine's file system swings by seconds.
# Distribute runs twice per round: rendering everything (--no-reuse; it also renders a summary
# per team), and reusing the build's up-to-date reports (the usual build-then-distribute flow).
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
# GNU time into a file, so the command's own report (its thread time per kind of work) is kept.
measure() { sync; /usr/bin/time -o "$work/time.txt" -f '%e %U %S %M' "$@" >/dev/null 2>"$work/err.txt"; cat "$work/time.txt"; }
render=() dist=() reuse=()
for i in $(seq "$runs"); do
  rm -rf "$work/out"
  read -r e u s m <<<"$(measure $rungs build "$work/c" --out "$work/out" --only reports --commit none --quiet --no-cache -j 2)"
  render+=("$e"); echo "render run $i: ${e}s wall, $(python3 -c "print($u+$s)")s CPU, peak $((m / 1024)) MiB"
  rm -rf "$work/d"
  read -r e u s m <<<"$(measure $rungs distribute "$work/c" --by manager --encrypt --no-reuse --out "$work/d" --commit none -j 2)"
  dist+=("$e"); echo "distribute --encrypt (renders all) run $i: ${e}s wall, $(python3 -c "print($u+$s)")s CPU, peak $((m / 1024)) MiB;$(grep 'thread time' "$work/err.txt" | sed 's/^ *//')"
  rm -rf "$work/d"
  read -r e u s m <<<"$(measure $rungs distribute "$work/c" --by manager --encrypt --reuse "$work/out" --out "$work/d" --commit none -j 2)"
  reuse+=("$e"); echo "distribute --encrypt (reuses the build) run $i: ${e}s wall, $(python3 -c "print($u+$s)")s CPU, peak $((m / 1024)) MiB;$(grep 'thread time' "$work/err.txt" | sed 's/^ *//')"
done
bundles=$(ls "$work/d"/*.zip | wc -l)
python3 - "$n" "$bundles" "${render[*]}" "${dist[*]}" "${reuse[*]}" <<'PY'
import statistics, sys
n, bundles = int(sys.argv[1]), int(sys.argv[2])
r, d, u = (statistics.median(map(float, a.split())) for a in sys.argv[3:6])
print(f"{n} reports: rendering median {r:.1f} s ({n/r:.1f} reports/s)")
print(f"distribute --encrypt, rendering all: median {d:.1f} s, {bundles} bundles, {bundles/d:.1f} bundles/s; "
      f"{100*(d/r-1):+.1f}% over rendering (target ≤ +35%; includes a summary PDF per team)")
print(f"distribute --encrypt, reusing the build: median {u:.1f} s, {bundles/u:.1f} bundles/s "
      f"({100*u/r:.0f}% of the rendering time)")
PY

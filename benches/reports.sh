#!/usr/bin/env bash
# Report rendering throughput against the Typst CLI, in one run, interleaved, medians of RUNS:
#   - scaling: 1,000 synthetic reports with -j 1 and -j 2 (two worker processes, the default),
#     and -j 2 with RUNGS_TYPESET=threads (two threads sharing Typst's caches), beside the peer:
#     the Typst CLI compiling 200 of the reports once each, one and two processes at a time;
#   - 500 reports: rungs -j 2 against the Typst CLI once per report, two at a time;
#   - the floor: one `typst compile` of a document holding all 500 reports, in CPU seconds per
#     report, against rungs' CPU seconds per report (user + system, worker processes included).
# Same template, data and fonts (--font-path, --ignore-system-fonts). The Typst CLI is taken
# from $TYPST, or installed with cargo into $BENCH_DIR/typst-cli (slow the first time).
# Not part of CI.   bash benches/reports.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=${BENCH_DIR:-/tmp/rungs-bench-reports}
command -v hyperfine >/dev/null && [ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq hyperfine time >/dev/null; }
cargo build --release --quiet
typst=${TYPST:-$work/typst-cli/bin/typst}
[ -x "$typst" ] || cargo install typst-cli --version 0.15.1 --locked --root "$work/typst-cli"
mkdir -p "$work"
rm -rf "$work/c1000" "$work/c500" "$work/typst"
python3 benches/gen-synthetic.py "$work/c1000" --sequences 4 --levels 5 --competencies 12 --records 1000 >/dev/null
python3 benches/gen-synthetic.py "$work/c500" --sequences 4 --levels 5 --competencies 12 --records 500 >/dev/null
rungs=${RUNGS:-$PWD/target/release/rungs}
$rungs build "$work/c500" --out "$work/out500" --only reports --commit none --quiet --no-cache --export-typst "$work/typst"
find "$work/typst/reports" -name '*.json' | sort | sed "s|^$work/typst||" > "$work/list500.txt"
head -200 "$work/list500.txt" > "$work/list200.txt"

# Wall and CPU seconds (user + system, children included) and peak memory of one command.
measure() { sync; /usr/bin/time -f '%e %U %S %M' bash -c '"$@"' _ "$@" 2>&1 >/dev/null | tail -1; }
reports() { $rungs build "$work/$1" --out "$work/out-$1-$2" --only reports --commit none --quiet --no-cache -j "$2"; }
threads() { RUNGS_TYPESET=threads reports "$@"; }
# The Typst CLI once per report of list $1, $2 processes at a time.
cli() {
  xargs -P "$2" -I{} sh -c 'f="{}"; "$0" compile --root "$1" --font-path "$1/fonts" --ignore-system-fonts --input data="$f" "$1/typst/report.typ" "$2/cli$(echo "$f" | tr / _).pdf"' "$typst" "$work/typst" "$work" < "$work/$1"
}
{ echo '#import "typst/report-body.typ": report'; while read -r f; do echo "#report(json(\"$f\"))"; done < "$work/list500.txt"; } > "$work/typst/batch.typ"
floor() { "$typst" compile --root "$work/typst" --font-path "$work/typst/fonts" --ignore-system-fonts "$work/typst/batch.typ" "$work/batch.pdf"; }
export rungs work typst
export -f reports threads cli floor

: >"$work/times"
for i in $(seq "$runs"); do
  echo "rungs-1 $(measure reports c1000 1)" >>"$work/times"
  echo "rungs-2 $(measure reports c1000 2)" >>"$work/times"
  echo "threads-2 $(measure threads c1000 2)" >>"$work/times"
  echo "cli200-1 $(measure cli list200.txt 1)" >>"$work/times"
  echo "cli200-2 $(measure cli list200.txt 2)" >>"$work/times"
  echo "rungs500 $(measure reports c500 2)" >>"$work/times"
  echo "cli500 $(measure cli list500.txt 2)" >>"$work/times"
  echo "floor $(measure floor)" >>"$work/times"
done
cmp -s <(cd "$work/out-c1000-1" && find . -type f | sort | xargs sha256sum) <(cd "$work/out-c1000-2" && find . -type f | sort | xargs sha256sum) \
  && echo "1,000 reports: the same bytes from -j 1 and from two worker processes" \
  || { echo "1,000 reports: -j 1 and -j 2 differ" >&2; exit 1; }
python3 - "$work/times" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    k, wall, user, system, peak = line.split()
    rows.setdefault(k, []).append((float(wall), float(user) + float(system), int(peak) // 1024))
wall = {k: statistics.median(r[0] for r in v) for k, v in rows.items()}
cpu = {k: statistics.median(r[1] for r in v) for k, v in rows.items()}
peak = {k: max(r[2] for r in v) for k, v in rows.items()}
for k, n in (("rungs-1", 1000), ("rungs-2", 1000), ("threads-2", 1000)):
    print(f"{k}: {n} reports in {wall[k]:.2f} s ({n / wall[k]:.1f} reports/s), {cpu[k]:.1f} s CPU, peak {peak[k]} MiB (largest process)")
print(f"1 -> 2: rungs with worker processes {wall['rungs-1'] / wall['rungs-2']:.2f}x, rungs with threads "
      f"{wall['rungs-1'] / wall['threads-2']:.2f}x; the Typst CLI over 200 reports, 1 -> 2 processes, "
      f"{wall['cli200-1'] / wall['cli200-2']:.2f}x (target >= 1.85x)")
print(f"500 reports: rungs {wall['rungs500']:.2f} s ({500 / wall['rungs500']:.1f}/s), the Typst CLI once per report, "
      f"2 at a time, {wall['cli500']:.2f} s ({500 / wall['cli500']:.1f}/s): {wall['cli500'] / wall['rungs500']:.2f}x (target >= 2.2x)")
f = cpu['floor'] / 500 * 1000
r = cpu['rungs500'] / 500 * 1000
print(f"CPU per report: one Typst document of all 500 {f:.1f} ms (the floor), rungs {r:.1f} ms: {r / f:.2f}x (target <= 1.1x)")
PY

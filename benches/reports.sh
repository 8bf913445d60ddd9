#!/usr/bin/env bash
# Report rendering throughput: reports per second on 1 and 2 threads and peak memory for 1,000
# synthetic reports, then the Typst CLI baseline on a sample of 500 of the same reports:
#   - `typst compile` once per report, two processes at a time, same template, data and fonts
#     (--font-path, --ignore-system-fonts) against rungs rendering the same 500 in one run;
#   - the floor: one `typst compile` of a document holding all 500 reports, in CPU seconds per
#     report, against rungs' CPU seconds per report.
# The Typst CLI is taken from $TYPST, or installed with cargo into $BENCH_DIR/typst-cli (slow the
# first time). Not part of CI.   bash benches/reports.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/rungs-bench-reports}
command -v hyperfine >/dev/null && [ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq hyperfine time >/dev/null; }
cargo build --release --quiet
typst=${TYPST:-$work/typst-cli/bin/typst}
[ -x "$typst" ] || cargo install typst-cli --version 0.15.1 --locked --root "$work/typst-cli"
mkdir -p "$work"
rm -rf "$work/c1000" "$work/c500" "$work/typst"
python3 benches/gen-synthetic.py "$work/c1000" --sequences 4 --levels 5 --competencies 12 --records 1000
python3 benches/gen-synthetic.py "$work/c500" --sequences 4 --levels 5 --competencies 12 --records 500
rungs=target/release/rungs
median() { python3 -c "import json,statistics;print(statistics.median(json.load(open('$1'))['results'][0]['times']))"; }
cpu() { /usr/bin/time -f '%U %S %M' "$@" 2>&1 >/dev/null | tail -1; }

for jobs in 1 2; do
  hyperfine --warmup 1 --runs 3 --export-json "$work/r$jobs.json" "$rungs build $work/c1000 --out $work/out$jobs --only reports --commit none --quiet --no-cache -j $jobs" >/dev/null
  m=$(median "$work/r$jobs.json")
  peak=$(cpu $rungs build "$work/c1000" --out "$work/out$jobs" --only reports --commit none --quiet --no-cache -j "$jobs" | awk '{print int($3/1024)}')
  python3 -c "print(f'rungs, {$jobs} thread(s): 1000 reports, median {$m:.2f} s, {1000/$m:.1f} reports/s, peak {$peak} MiB')"
  eval "rate$jobs=\$(python3 -c 'print(1000/$m)')"
done
python3 -c "print(f'speed-up from 1 to 2 threads: {$rate2/$rate1:.2f}x')"

# The same 500 reports through rungs (one run) and through the Typst CLI (one process each).
$rungs build "$work/c500" --out "$work/out500" --only reports --commit none --quiet --no-cache --export-typst "$work/typst"
hyperfine --warmup 1 --runs 3 --export-json "$work/r500.json" "$rungs build $work/c500 --out $work/out500 --only reports --commit none --quiet --no-cache -j 2" >/dev/null
m500=$(median "$work/r500.json")
find "$work/typst/reports" -name '*.json' | sort | sed "s|^$work/typst||" > "$work/list.txt"
start=$(date +%s.%N)
xargs -P 2 -I{} sh -c 'f="{}"; "$0" compile --root "$1" --font-path "$1/fonts" --ignore-system-fonts --input data="$f" "$1/typst/report.typ" "$2/$(echo "$f" | tr / _).pdf"' "$typst" "$work/typst" "$work" < "$work/list.txt"
cli_wall=$(python3 -c "import time;print($(date +%s.%N) - $start)")
python3 -c "print(f'Typst CLI, one process per report, 2 at a time: 500 reports in {$cli_wall:.1f} s ({500/$cli_wall:.1f} reports/s); rungs: 500 in {$m500:.2f} s ({500/$m500:.1f} reports/s); ratio {$cli_wall/$m500:.1f}x')"

# The floor: all 500 reports in one Typst document, CPU seconds per report.
{ echo '#import "typst/report-body.typ": report'; while read -r f; do echo "#report(json(\"$f\"))"; done < "$work/list.txt"; } > "$work/typst/batch.typ"
read -r u s _ <<<"$(cpu "$typst" compile --root "$work/typst" --font-path "$work/typst/fonts" --ignore-system-fonts "$work/typst/batch.typ" "$work/batch.pdf")"
read -r ru rs _ <<<"$(cpu $rungs build "$work/c500" --out "$work/out500" --only reports --commit none --quiet --no-cache -j 2)"
python3 -c "f=($u+$s)/500*1000; r=($ru+$rs)/500*1000; print(f'CPU per report: Typst CLI single document {f:.1f} ms (the floor), rungs {r:.1f} ms, ratio {r/f:.2f}x')"

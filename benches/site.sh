#!/usr/bin/env bash
# Site build throughput against Hugo, over a synthetic handbook of 5,000+ pages (50 sequences ×
# 6 levels × 80 competencies by default), in one run, interleaved, with a sync before each run
# (this machine's file system swings system time by seconds):
#   - rungs, full: `build --only site --no-cache` over the last full build (renders every page;
#     a page whose bytes are the ones OUT holds, compared byte for byte, is linked, not written);
#   - rungs, first: the same into an empty folder (writes every page);
#   - rungs, one competency edited: the cache on, so every page is rendered again and the pages
#     whose bytes did not change are linked from the previous build instead of written;
#   - Hugo (the Debian package) over the same pages as Markdown — the text of each page's <main>
#     and the same navigation on every page (benches/hugo-pages.py) — rebuilding in place.
# Medians of wall time and of CPU time (user + system) over RUNS runs, pages per second, and the
# peak memory of each. Not part of CI.   bash benches/site.sh [RUNS] [SEQUENCES LEVELS COMPETENCIES]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=${BENCH_DIR:-/tmp/rungs-bench-site}
command -v hugo >/dev/null && [ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo time >/dev/null; }
cargo build --release --quiet
rm -rf "$work" && mkdir -p "$work"
python3 benches/gen-synthetic.py "$work/content" --sequences "${2:-50}" --levels "${3:-6}" --competencies "${4:-80}" >/dev/null
rungs="$PWD/target/release/rungs"
full="$rungs build $work/content --out $work/full --only site --commit none --quiet --no-cache"
edited="$rungs build $work/content --out $work/edited --only site --commit none --quiet"
first="$rungs build $work/content --out $work/first --only site --commit none --quiet --no-cache"
$full && $edited
pages=$(find "$work/full/site" -name '*.html' | wc -l)
python3 benches/hugo-pages.py "$work/full/site" "$work/hugo" >/dev/null
hugo="hugo --quiet --source $work/hugo -d $work/hugo-out"
$hugo
hugo_pages=$(find "$work/hugo-out" -name '*.html' | wc -l)
# Edits one competency's definition (toggling it), so the edited build has something to do.
competency=$(ls "$work/content/competencies" | sed -n 1p)
toggle() { sed -i '/^definition: /{/（修订）$/!{s/$/（修订）/;b};s/（修订）$//}' "$work/content/competencies/$competency"; }
measure() { sync; /usr/bin/time -f '%e %U %S %M' "$@" 2>&1 >/dev/null | tail -1; }
: >"$work/times"
for i in $(seq "$runs"); do
  echo "full $(measure $full)" >>"$work/times"
  toggle
  echo "edited $(measure $edited)" >>"$work/times"
  echo "hugo $(measure $hugo)" >>"$work/times"
  rm -rf "$work/first"
  echo "first $(measure $first)" >>"$work/times"
done
python3 - "$work/times" "$pages" "$hugo_pages" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
pages = {"full": int(sys.argv[2]), "edited": int(sys.argv[2]), "first": int(sys.argv[2]), "hugo": int(sys.argv[3])}
name = {"full": "rungs, full", "edited": "rungs, one competency edited", "first": "rungs, full into an empty folder", "hugo": "Hugo"}
m = {}
for k in ("full", "edited", "first", "hugo"):
    mine = [r for r in rows if r[0] == k]
    wall = statistics.median(float(r[1]) for r in mine)
    cpu = statistics.median(float(r[2]) + float(r[3]) for r in mine)
    sys_ = statistics.median(float(r[3]) for r in mine)
    peak = max(int(r[4]) for r in mine) // 1024
    m[k] = (pages[k] / wall, pages[k] / cpu)
    print(f"{name[k]}: {pages[k]} pages, median {wall:.2f} s wall ({pages[k]/wall:.0f} pages/s), {cpu:.2f} s CPU of which {sys_:.2f} s system, peak {peak} MiB")
for k in ("full", "edited", "first"):
    print(f"{name[k]} against Hugo: {m[k][0]/m['hugo'][0]:.2f}x the pages/s in wall time, {m[k][1]/m['hugo'][1]:.2f}x per CPU second (target ≥ 2x)")
PY

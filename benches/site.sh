#!/usr/bin/env bash
# Site build throughput: pages per second and peak memory for a synthetic handbook of 5,000+
# pages (50 sequences × 6 levels × 80 competencies by default). Medians of several runs with
# hyperfine; peak memory from GNU time. Not part of CI.
#   bash benches/site.sh [SEQUENCES LEVELS COMPETENCIES]
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/rungs-bench-site}
command -v hyperfine >/dev/null && [ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq hyperfine time >/dev/null; }
cargo build --release --quiet
rm -rf "$work" && mkdir -p "$work"
python3 benches/gen-synthetic.py "$work/content" --sequences "${1:-50}" --levels "${2:-6}" --competencies "${3:-80}"
build="target/release/rungs build $work/content --out $work/out --only site --commit none --quiet --no-cache"
$build
pages=$(find "$work/out/site" -name '*.html' | wc -l)
hyperfine --warmup 1 --runs 5 --export-json "$work/site.json" "$build" >/dev/null
median=$(python3 -c "import json,statistics;print(statistics.median(json.load(open('$work/site.json'))['results'][0]['times']))")
peak=$(/usr/bin/time -v $build 2>&1 | awk -F': ' '/Maximum resident/ {print int($2/1024)}')
python3 -c "print(f'site: {$pages} pages, median {$median:.2f} s over 5 runs, {$pages/$median:.0f} pages/s, peak {$peak} MiB')"

#!/usr/bin/env bash
# `rungs serve`: edit-to-reload latency on the sample content and on the synthetic handbook of
# 5,000+ pages (targets: under 200 ms and under 300 ms), then a load check: wrk against the
# preview for 30 s while a competency file is edited every second — requests per second,
# errors (must be 0) and the rebuilds' times. Release build. Not part of CI.
#   bash benches/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/rungs-bench-serve}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cargo build --release --quiet
rungs=$PWD/target/release/rungs
rm -rf "$work" && mkdir -p "$work"

cp -r content "$work/sample"
echo "sample content:"
python3 benches/serve-latency.py "$rungs" "$work/sample" \
  "$work/sample/competencies/customer-orientation.yaml" /competencies/customer-orientation.html 10

python3 benches/gen-synthetic.py "$work/synthetic" >/dev/null
first=$(ls "$work/synthetic/competencies" | sed -n 1p)
echo "synthetic content ($(ls "$work/synthetic/competencies" | wc -l) competencies, $(ls "$work/synthetic/sequences" | wc -l) sequences):"
python3 benches/serve-latency.py "$rungs" "$work/synthetic" \
  "$work/synthetic/competencies/$first" "/competencies/${first%.yaml}.html" 5

echo "load: wrk -t2 -c32 -d30s on the sample while a file is edited every second"
"$rungs" serve "$work/sample" --port 0 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until grep -qE '^(build 1:|第 1 次构建)' "$work/serve.log"; do sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$work/serve.log" | head -1 | cut -d: -f2)
file="$work/sample/competencies/communication.yaml"
original=$(cat "$file")
( for i in $(seq 1 30); do printf '%s\n# edit %s\n' "$original" "$i" > "$file"; sleep 1; done ) &
editor=$!
cat > "$work/paths.lua" <<'LUA'
-- Pages, assets and the search index; every one exists, so any non-2xx is an error (wrk then
-- prints "Non-2xx or 3xx responses").
local paths = {"/", "/competencies/customer-orientation.html", "/sequences/sales/s2.html",
  "/static/style.css", "/static/site.js", "/search-index.js"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
wrk -t2 -c32 -d30s --latency -s "$work/paths.lua" "http://127.0.0.1:$port" | tee "$work/wrk.txt"
if grep -q "Non-2xx\|Socket errors" "$work/wrk.txt"; then echo "errors under load"; fi
wait $editor
printf '%s\n' "$original" > "$file"
sleep 1
builds=$(grep -c '^build ' "$work/serve.log")
python3 - "$work/serve.log" <<'PY'
import re, statistics, sys
ms = [int(m) for m in re.findall(r"^build \d+: \d+ pages in (\d+) ms", open(sys.argv[1]).read(), re.M)][1:]
print(f"rebuilds during the load: {len(ms)}, median {statistics.median(ms)} ms, slowest {max(ms)} ms")
PY

#!/usr/bin/env bash
# The standard workbook at scale: the synthetic standard of 50 sequences × 80 competencies
# (4,000 competency files, 20,000 competency levels). Side by side in one hyperfine run,
# interleaved: `rungs check` of the content (the floor: an import reads the same files and
# checks the project once), `export --format xlsx`, an import of the workbook unchanged, and an
# import of it with one grid cell changed (a dry run, so every run sees the same content; it
# checks the project as it would be and the standard as it is, on one core each). Medians of
# several runs, and peak memory of one run each. Target: import within 3× check. Not part of CI.
#   bash benches/workbook.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=${BENCH_DIR:-/tmp/rungs-bench-workbook}
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target} cargo build --release --quiet
rungs=${CARGO_TARGET_DIR:-$PWD/target}/release/rungs
rm -rf "$work" && mkdir -p "$work"
python3 benches/gen-synthetic.py "$work/content" >/dev/null
cd "$work"
$rungs export content --format xlsx --out standard.xlsx --quiet
# One cell changed: seq0's first grid row at its second level, through the workbook itself.
python3 - standard.xlsx edited.xlsx <<'PY'
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
zin = zipfile.ZipFile(src)
book = zin.read("xl/workbook.xml").decode()
rels = zin.read("xl/_rels/workbook.xml.rels").decode()
strings = zin.read("xl/sharedStrings.xml").decode()
names = re.findall(r'<sheet name="([^"]+)" sheetId="\d+" r:id="(rId\d+)"', book)
rid = next(r for n, r in names if n.startswith("能力要求·"))
target = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels) or re.search(r'Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
path = "xl/" + target.group(1).lstrip("/").removeprefix("xl/")
sheet = zin.read(path).decode()
# Row 3 is the first competency; column D its second level. Write 1★ there, inline.
sheet, n = re.subn(r'<c r="D3"[^>]*?(/>|>.*?</c>)', '<c r="D3" t="inlineStr"><is><t>1★</t></is></c>', sheet, count=1, flags=re.S)
assert n == 1
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        zout.writestr(item, sheet.encode() if item.filename == path else zin.read(item.filename))
PY
$rungs import content edited.xlsx --dry-run --quiet
hyperfine --warmup 1 --runs "$runs" --export-json results.json \
  -n check "$rungs check content --quiet" \
  -n export "$rungs export content --format xlsx --out out.xlsx --quiet" \
  -n import-unchanged "$rungs import content standard.xlsx --quiet" \
  -n import-one-cell "$rungs import content edited.xlsx --dry-run --quiet" >/dev/null
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
mem_check=$(peak $rungs check content --quiet)
mem_export=$(peak $rungs export content --format xlsx --out out.xlsx --quiet)
mem_import=$(peak $rungs import content standard.xlsx --quiet)
mem_edit=$(peak $rungs import content edited.xlsx --dry-run --quiet)
python3 - results.json "$mem_check" "$mem_export" "$mem_import" "$mem_edit" "$(stat -c %s standard.xlsx)" <<'PY'
import json, statistics, sys
r = {x["command"]: statistics.median(x["times"]) for x in json.load(open(sys.argv[1]))["results"]}
mb = lambda kb: int(kb) / 1024
print(f"check {r['check']:.2f} s ({mb(sys.argv[2]):.0f} MB) · export {r['export']:.2f} s ({mb(sys.argv[3]):.0f} MB,"
      f" {int(sys.argv[6]) / 1e6:.1f} MB workbook) · import unchanged {r['import-unchanged']:.2f} s ({mb(sys.argv[4]):.0f} MB),"
      f" {r['import-unchanged'] / r['check']:.2f}x check · import one cell {r['import-one-cell']:.2f} s ({mb(sys.argv[5]):.0f} MB),"
      f" {r['import-one-cell'] / r['check']:.2f}x check (target <= 3x)")
PY

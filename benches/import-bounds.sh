#!/usr/bin/env bash
# Import's budgets under load: a CSV of 1,000,000 rows and one of 100,000 (both refused by the
# row budget while reading), a workbook of 20,000 rows (within the 50,000-row budget, imported as a dry run), and
# a zip bomb (a workbook whose directory says it unpacks to 4 GB): wall time and peak memory of
# each, median of three runs. Not part of CI.   bash benches/import-bounds.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/rungs-bench-import-bounds}
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
cargo build --release --quiet
rungs=$(pwd)/target/release/rungs
rm -rf "$work" && mkdir -p "$work"
cp -r content "$work/content"
python3 - "$work" <<'PY'
import sys, zipfile, struct, pathlib
work = pathlib.Path(sys.argv[1])
for rows in (1_000_000, 100_000):
    with open(work / f"rows{rows}.csv", "w", encoding="utf-8") as f:
        f.write("工号,姓名,部门,序列,评定周期,申请级别,评定日期\n")
        for i in range(rows):
            f.write(f"X{i},员工{i},华东销售部,sales,2025H1,s1,2025-06-01\n")
with open(work / "rows20000.csv", "w", encoding="utf-8") as f:
    f.write("工号,姓名,部门,序列,评定周期,申请级别,评定日期\n")
    for i in range(19_990):
        f.write(f"X{i},员工{i},华东销售部,sales,2025H1,s1,2025-06-01\n")
# A zip whose central directory says one entry unpacks to 4 GB.
path = work / "bomb.xlsx"
with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
    z.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
data = bytearray(path.read_bytes())
at = data.find(b"PK\x01\x02")
data[at + 24:at + 28] = struct.pack("<I", 0xF000_0000)
path.write_bytes(bytes(data))
PY
measure() {
  local name=$1; shift
  local runs=()
  for _ in 1 2 3; do
    # A refused import exits 2: the time is what is measured.
    /usr/bin/time -o "$work/time" -f '%e %M' "$@" >/dev/null 2>&1 || true
    runs+=("$(tail -1 "$work/time")")
  done
  printf '%s\n' "${runs[@]}" | python3 -c "
import sys, statistics
rows = [l.split() for l in sys.stdin if l.strip()]
t = statistics.median(float(r[0]) for r in rows); m = statistics.median(int(r[1]) for r in rows)
print(f'$name: median {t:.2f} s, peak {m/1024:.0f} MiB')"
}
cd "$work"
measure "1,000,000-row CSV (refused)" "$rungs" import content rows1000000.csv --dry-run
measure "100,000-row CSV (refused)" "$rungs" import content rows100000.csv --dry-run
measure "19,990-row CSV (dry run)" "$rungs" import content rows20000.csv --dry-run
measure "zip bomb (refused)" "$rungs" import content bomb.xlsx --dry-run

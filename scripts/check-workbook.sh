#!/usr/bin/env bash
# The standard workbook saved by a real spreadsheet program: LibreOffice Calc (headless) opens
# the sample's `standard.xlsx` and saves it as ods and again as xlsx; `rungs import` of each
# must change no byte of the content. Then one cell is changed in the ods (a grid cell, by
# unpacking its content.xml) and the import must change exactly one line. Installs LibreOffice
# Calc if missing (apt-get) and uses the binary `cargo test` built.
export RUNGS_LANG=en
set -euo pipefail
cd "$(dirname "$0")/.."
work=${RUNGS_CHECK_DIR:-$(mktemp -d)}/workbook
rm -rf "$work" && mkdir -p "$work"
if ! command -v soffice >/dev/null || ! soffice --help 2>/dev/null | grep -q calc \
   || [ ! -e /usr/lib/libreoffice/program/libsclo.so ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-calc-nogui >/dev/null
fi

bin=$(pwd)/target/debug/rungs
[ -x "$bin" ] || cargo build --quiet
cp -r content "$work/content"
cd "$work"
snapshot() { (cd content && find . -type f -print0 | sort -z | xargs -0 sha256sum) ; }
before=$(snapshot)
"$bin" export content --format xlsx --out standard.xlsx --quiet
HOME="$work" timeout 300 soffice --headless --convert-to ods --outdir lo standard.xlsx >/dev/null 2>&1
HOME="$work" timeout 300 soffice --headless --convert-to xlsx --outdir lo/xlsx lo/standard.ods >/dev/null 2>&1
[ -s lo/standard.ods ] && [ -s lo/xlsx/standard.xlsx ] || { echo "FAIL: LibreOffice did not save the workbook"; exit 1; }
for saved in lo/standard.ods lo/xlsx/standard.xlsx; do
  out=$("$bin" import content "$saved" 2>&1) || { echo "FAIL: import of $saved: $out"; exit 1; }
  grep -q "nothing to write" <<<"$out" || { echo "FAIL: $saved as LibreOffice saved it changes the content: $out"; exit 1; }
  [ "$(snapshot)" = "$before" ] || { echo "FAIL: $saved changed a file"; exit 1; }
  echo "ok: $saved (saved by LibreOffice) imports unchanged"
done

# One cell changed in LibreOffice's own file: 二级 沟通能力 2 → 3★ on 能力要求·销售序列.
python3 - lo/standard.ods lo/edited.ods <<'PY'
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
zin = zipfile.ZipFile(src)
xml = zin.read("content.xml").decode("utf-8")
start = xml.index('table:name="能力要求·销售序列"')
end = xml.index("</table:table>", start)
sheet = xml[start:end]
row_start = sheet.index(">communication<")
row_start = sheet.rfind("<table:table-row", 0, row_start)
row_end = sheet.index("</table:table-row>", row_start)
row = sheet[row_start:row_end]
cells = re.findall(r"<table:table-cell[^>]*?(?:/>|>.*?</table:table-cell>)", row, re.S)
# id, name, s1, s2: the fourth cell is 二级's.
old = cells[3]
assert "<text:p>2</text:p>" in old, old
new = old.replace("<text:p>2</text:p>", "<text:p>3★</text:p>")
row2 = row.replace(old, new, 1)
xml = xml[:start] + sheet[:row_start] + row2 + sheet[row_end:] + xml[end:]
with zipfile.ZipFile(dst, "w") as zout:
    for item in zin.infolist():
        data = xml.encode("utf-8") if item.filename == "content.xml" else zin.read(item.filename)
        compress = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
        zout.writestr(item, data, compress_type=compress)
PY
"$bin" import content lo/edited.ods --quiet
# diff exits 1 when files differ: its output is taken whole, then read.
changes=$(diff -r "$OLDPWD/content" content || true)
grep -qF '>       - { competency: communication, level: 3, key: true }' <<<"$changes" \
  || { echo "FAIL: the edited cell did not become its line"; echo "$changes"; exit 1; }
changed=$(grep -c '^[<>]' <<<"$changes" || true)
[ "$changed" = 2 ] || { echo "FAIL: $changed lines changed, not one"; echo "$changes"; exit 1; }
echo "ok: one cell changed in LibreOffice's ods is one line changed in sales.yaml"

# The synthetic standard of 5,155 pages (50 sequences × 80 competencies): its workbook imported
# unchanged changes no byte either.
python3 "$OLDPWD/benches/gen-synthetic.py" synthetic/content >/dev/null
(cd synthetic && find content -type f -print0 | sort -z | xargs -0 sha256sum) > synthetic.before
"$bin" export synthetic/content --format xlsx --out synthetic/standard.xlsx --quiet
out=$("$bin" import synthetic/content synthetic/standard.xlsx 2>&1) || { echo "FAIL: synthetic import: $out"; exit 1; }
grep -q "nothing to write" <<<"$out" || { echo "FAIL: the synthetic workbook changes the content: $out"; exit 1; }
(cd synthetic && find content -type f -print0 | sort -z | xargs -0 sha256sum) | cmp -s - synthetic.before \
  || { echo "FAIL: the synthetic import changed a file"; exit 1; }
echo "ok: the synthetic standard's workbook ($(stat -c %s synthetic/standard.xlsx) bytes) imports unchanged"

#!/usr/bin/env bash
# Checks of the built output that need programs from outside the repo: the W3C Nu HTML checker,
# headless Chromium (screenshots, search, keyboard navigation, the level picker, overflow, the
# preview server's overlay) and
# poppler (PDF text, embedded fonts, page images). Installs what it needs (apt-get, npm), reuses
# the binary `cargo test` built, and leaves screenshots in $RUNGS_CHECK_DIR/shots to look at.
# rungs speaks English here: the checks read its words.
export RUNGS_LANG=en
set -euo pipefail
cd "$(dirname "$0")/.."
work=${RUNGS_CHECK_DIR:-$(mktemp -d)}
mkdir -p "$work/shots"
passed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }

have() { command -v "$1" >/dev/null 2>&1; }
if ! have chromium || ! have pdftoppm || ! have java || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils fonts-noto-cjk default-jre-headless fontconfig >/dev/null
fi
if [ ! -d "$work/node_modules/playwright-core" ] || [ ! -d "$work/node_modules/vnu-jar" ] || [ ! -d "$work/node_modules/axe-core" ]; then
  (cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund vnu-jar@26 playwright-core@1 axe-core@4 >/dev/null)
fi

bin=/work/mytarget/debug/rungs
[ -x "$bin" ] || cargo build --quiet
"$bin" build content --out "$work/out" --commit none --quiet
site="$work/out/site"

# The HTML is valid (errors only; the checker's own info and warnings are not failures).
java -jar "$work/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --skip-non-html "$site"
ok "Nu HTML checker: $(find "$site" -name '*.html' | wc -l) pages without errors"

# Reports: text, embedded fonts, and pictures of what a person sees.
report="$work/out/reports/sales/E1002-2024H1.pdf"
text=$(pdftotext "$report" -)
for want in 王思远 任职资格认证报告 通过 客户导向; do
  grep -q "$want" <<<"$text" || { echo "FAIL: $want not in the report text"; exit 1; }
done
ok "report text holds the name, the verdict and Chinese text"
pdffonts "$report" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1; print "not embedded: " $0 } END { exit bad }'
pdffonts "$work/out/handbook.pdf" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1; print "not embedded: " $0 } END { exit bad }'
ok "every font in the report and the handbook is embedded"
pdftoppm -png -r 60 -f 1 -l 1 "$report" "$work/shots/report"
pdftoppm -png -r 60 -f 1 -l 5 "$work/out/handbook.pdf" "$work/shots/handbook"
pdftoppm -png -r 60 -f 1 -l 1 "$work/out/sheets/sales.pdf" "$work/shots/sheet"
pdftoppm -png -r 60 "$work/out/summaries/2024H2/managers/M01-李强.pdf" "$work/shots/summary"
ok "PDF pages rendered to $work/shots"

# A protected report, as another reader (poppler) opens it: AES-256, printing only, and the
# text there with its password and not without.
rm -rf "$work/dist"
"$bin" distribute content --by manager --encrypt --no-reuse --out "$work/dist" --commit none --quiet 2>/dev/null
(cd "$work/dist" && rm -rf x && mkdir x && cd x && python3 -c "import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extractall()" ../M01-李强-2024H2.zip)
protected=$(find "$work/dist/x" -name 'E1001-*.pdf')
password=$(awk -F, '$1 == "E1001" && $4 == "report" { print $5 }' "$work/dist/passwords.csv")
info=$(pdfinfo -upw "$password" "$protected" 2>&1)
grep -q "algorithm:AES-256" <<<"$info" || { echo "FAIL: not AES-256: $info"; exit 1; }
grep -q "print:yes copy:no change:no" <<<"$info" || { echo "FAIL: permissions: $info"; exit 1; }
opened=$(pdftotext -upw "$password" "$protected" -)
grep -q 林晓峰 <<<"$opened" || { echo "FAIL: no text with the password"; exit 1; }
if pdftotext -upw wrong-password "$protected" - >/dev/null 2>&1; then echo "FAIL: opened with a wrong password"; exit 1; fi
ok "a protected report is AES-256, printable, not editable, and opens with its password only"

# The site in a real browser.
RUNGS_NODE_MODULES="$work/node_modules" node scripts/browser-check.mjs "$site" "$work/shots"
passed=$((passed + 11))

# The preview server in a real browser: the overlay for a broken edit, cleared by the fix.
rm -rf "$work/serve-content" && cp -r content "$work/serve-content"
RUNGS_NODE_MODULES="$work/node_modules" node scripts/serve-check.mjs "$bin" "$work/serve-content" "$work/shots"
passed=$((passed + 1))

echo "output checks: $passed passed, 0 failed"

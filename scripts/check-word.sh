#!/usr/bin/env bash
# The handbook's Word edition opened by a real word processor: LibreOffice (headless) converts
# `handbook.docx` to PDF, and the result must read whole — the cover with its approval block,
# the contents, every level heading, the dictionary — over a plausible number of A4 pages, with
# each table's header row repeated where it runs over a page. Installs LibreOffice Writer and
# poppler if missing (apt-get) and uses the binary `cargo test` built.
export RUNGS_LANG=en
set -euo pipefail
cd "$(dirname "$0")/.."
work=${RUNGS_CHECK_DIR:-$(mktemp -d)}/word
rm -rf "$work" && mkdir -p "$work"
if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui poppler-utils fonts-noto-cjk >/dev/null
fi

bin=$(pwd)/target/debug/rungs
[ -x "$bin" ] || cargo build --quiet
"$bin" build content --out "$work/out" --only word --commit none --quiet
HOME="$work" timeout 300 soffice --headless --convert-to pdf --outdir "$work" "$work/out/handbook.docx" >/dev/null 2>&1
pdf="$work/handbook.pdf"
[ -s "$pdf" ] || { echo "FAIL: LibreOffice did not convert handbook.docx"; exit 1; }

pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
size=$(pdfinfo "$pdf" | awk '/^Page size:/ {print $3 "x" $5}')
echo "LibreOffice: $pages pages of $size pt"
[ "$pages" -ge 40 ] && [ "$pages" -le 200 ] || { echo "FAIL: $pages pages"; exit 1; }
case "$size" in 595*x841*|595*x842*) ;; *) echo "FAIL: page size $size is not A4"; exit 1 ;; esac

text=$(pdftotext -layout "$pdf" -)
for expected in 营销体系任职资格标准 编制 审核 批准 "人力资源部 王芳" 修订记录 目录 \
  "一级 · 助理客户经理" "四级 · 销售总监" "五级 · 资深专家" 能力素质词典 评分规则 任职资格一纸禅 \
  "· HR-QS-2013-001" 附则; do
  grep -qF "$expected" <<<"$text" || { echo "FAIL: '$expected' missing from the converted text"; exit 1; }
done
# Page numbers as official documents set them, from the page after the cover.
grep -qE "—[[:space:]]*3[[:space:]]*—" <<<"$text" || { echo "FAIL: no page number like — 3 —"; exit 1; }
# Field codes never show as text.
if grep -qE "PAGEREF|TOC \\\\o" <<<"$text"; then echo "FAIL: a field's code shows as text"; exit 1; fi
# A table running over a page repeats its header row at the top of the next (under the
# running head: title · edition · document number).
repeats=$(pdftotext -layout "$pdf" - | awk 'BEGIN{RS="\f"} { n=split($0, L, "\n"); for (i=1;i<=n;i++) if (L[i] ~ /[^ ]/ && L[i] !~ /任职资格标准 · /) { if (L[i] ~ /^ *(能力素质 +要求 +关键|模块 +评分项 +分值)/) r++; break } } END {print r+0}')
echo "pages that open with a table's repeated header row: $repeats"
[ "$repeats" -ge 2 ] || { echo "FAIL: no table header repeated on a new page"; exit 1; }
echo "ok: the Word edition converts whole ($pages A4 pages)"

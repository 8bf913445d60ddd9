#!/usr/bin/env bash
# Every output rungs writes, for the sample and a synthetic project, into one folder, so that two
# builds of rungs can be compared byte for byte (a refactoring must change none of them):
#   bash scripts/compare-outputs.sh BIN DIR      (then: diff -r DIR-before DIR-after)
# Passwords and protection keys are random, so distribute runs unprotected here.
# rungs speaks English here: the checks read its words.
export RUNGS_LANG=en
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "$1")
out=$(realpath -m "$2")
rm -rf "$out" && mkdir -p "$out"
synthetic=${SYNTHETIC_DIR:-/tmp/rungs-compare-synthetic}
[ -d "$synthetic" ] || python3 benches/gen-synthetic.py "$synthetic" --sequences 6 --levels 5 --competencies 20 --records 300 >/dev/null
run() { "$bin" "$@" >>"$out/stdout.txt" 2>>"$out/stderr.txt" || echo "exit $? from: $*" >>"$out/stdout.txt"; }
for project in content "$synthetic"; do
  name=$(basename "$project")
  o=$out/$name
  mkdir -p "$o"
  run build "$project" --out "$o/build" --commit none -q --no-cache
  run build "$project" --out "$o/what-if" --commit none -q --no-cache --against current --only reports,summaries
  run distribute "$project" --by manager --out "$o/by-manager" --commit none -q
  run distribute "$project" --by department --out "$o/by-department" --commit none -q
  for f in csv xlsx; do run results "$project" --format $f --out "$o/results.$f" -q; done
  run export "$project" --format json --out "$o/export.json" -q
  for f in csv xlsx case; do run export "$project" --format $f --out "$o/export-$f" -q; done
  "$bin" check "$project" --format json >"$o/check.json" 2>/dev/null || true
done
run template content --sequence sales --level s2 --out "$out/template.xlsx" -q
run template content --sequence sales --level s2 --with-records 2024H2 --out "$out/template-filled.csv" -q
"$bin" diff f577835 --format json >"$out/diff.json" 2>>"$out/stderr.txt" || true
"$bin" diff f577835 --list-records >"$out/diff.txt" 2>>"$out/stderr.txt" || true
"$bin" schema --out "$out/schema" >/dev/null 2>&1 || true
# The build cache holds inodes and times, and fingerprints that a refactoring may key afresh.
find "$out" -name '.*.rungs-cache' -delete
# Zips hold the time they were written: compare what they hold.
find "$out" -name '*.zip' | while read -r z; do mkdir -p "$z.d" && (cd "$z.d" && python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall()" "$z") && rm "$z"; done
echo "outputs in $out: $(find "$out" -type f | wc -l) files"

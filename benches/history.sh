#!/usr/bin/env bash
# Versioning speed: `rungs diff` between two revisions of the sample and of the 5,000-page
# synthetic content (targets: under 1 s and under 10 s), and what reading history costs a build
# on a repository of 10,000 commits (the stamp, the editions and every page's last-changed date
# from one walk): `build --only site` with `--commit auto` against `--commit none`, run side by
# side. Medians of several runs with hyperfine. Not part of CI.   bash benches/history.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/rungs-bench-history}
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
cargo build --release --quiet
rungs=$PWD/target/release/rungs
rm -rf "$work" && mkdir -p "$work"
git_() { git -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false "$@"; }
median() { python3 -c "import json,statistics;print(f\"{statistics.median(json.load(open('$1'))['results'][$2]['times']):.3f}\")"; }

# Two revisions: the content, then every level's first requirement raised by one (or a
# definition reworded), with the records of the working tree evaluated under both.
two_revisions() { # DIR
  (cd "$1" && git_ init -q && git_ add -A && git_ commit -qm base)
  python3 - "$1/content" <<'PY'
import pathlib, re, sys
for f in sorted(pathlib.Path(sys.argv[1], "sequences").glob("*.yaml")):
    text = f.read_text()
    text = re.sub(r"level: (\d)", lambda m: f"level: {min(int(m.group(1)) + 1, 5)}", text, count=1)
    f.write_text(text)
PY
  (cd "$1" && git_ commit -qam change)
}
mkdir -p "$work/sample" && cp -r content "$work/sample/content" && two_revisions "$work/sample"
python3 benches/gen-synthetic.py "$work/synthetic/content" --sequences 50 --levels 6 --competencies 80 --records 1000 >/dev/null
two_revisions "$work/synthetic"
(cd "$work/sample" && hyperfine --warmup 1 --runs 5 --export-json "$work/diff-sample.json" "$rungs diff HEAD~1 --color never" >/dev/null)
(cd "$work/synthetic" && hyperfine --warmup 1 --runs 3 --export-json "$work/diff-synthetic.json" "$rungs diff HEAD~1 --color never" >/dev/null)
pages=$(cd "$work/synthetic" && $rungs build content --out "$work/syn-out" --only site --commit none --quiet --no-cache && find "$work/syn-out/site" -name '*.html' | wc -l)
echo "diff, sample: median $(median "$work/diff-sample.json" 0) s (target < 1 s)"
echo "diff, synthetic ($pages pages, 1000 records): median $(median "$work/diff-synthetic.json" 0) s (target < 10 s)"

# 10,000 commits, each rewording one standards file of the sample (fast-import, not 10,000 runs
# of git commit).
mkdir -p "$work/long" && cp -r content "$work/long/content"
(cd "$work/long" && git_ init -q && git_ add -A && git_ commit -qm base)
base=$(cd "$work/long" && git rev-parse HEAD)
python3 - "$work/long" "$base" <<'PY' | (cd "$work/long" && git_ fast-import --quiet)
import pathlib, sys
root = pathlib.Path(sys.argv[1])
base = sys.argv[2]
files = sorted(p for p in (root / "content").rglob("*.yaml") if "assessments" not in p.parts)
for i in range(10_000):
    f = files[i % len(files)]
    body = f.read_text() + f"# revision {i}\n"
    data = body.encode()
    path = f.relative_to(root).as_posix()
    msg = f"revision {i}".encode()
    print("commit refs/heads/bench")
    print(f"committer bench <bench@example.com> {1_700_000_000 + i * 60} +0000")
    print(f"data {len(msg)}"); sys.stdout.flush(); sys.stdout.buffer.write(msg + b"\n")
    if i == 0:
        print(f"from {base}")
    print(f"M 100644 inline {path}")
    print(f"data {len(data)}"); sys.stdout.flush(); sys.stdout.buffer.write(data + b"\n")
    sys.stdout.flush()
PY
(cd "$work/long" && git_ checkout -q -f bench)
commits=$(cd "$work/long" && git rev-list --count HEAD)
(cd "$work/long" && hyperfine --warmup 1 --runs 5 --export-json "$work/long.json" \
  "$rungs build content --out $work/long-out-a --only site --commit auto --quiet --no-cache" \
  "$rungs build content --out $work/long-out-b --only site --commit none --quiet --no-cache" >/dev/null)
a=$(median "$work/long.json" 0); b=$(median "$work/long.json" 1)
python3 -c "print(f'history of {$commits} commits: site build with history {$a} s, without {$b} s, history costs {$a - $b:.3f} s ({$a / $b:.2f}x)')"

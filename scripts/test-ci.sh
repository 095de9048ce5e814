#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what the tests need (npm and Debian packages), then runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_loglevel=error npm_config_update_notifier=false npm_config_fund=false

step() { printf '\n== %s\n' "$*"; }
results=$(mktemp -d)
passed=0 failed=0
# Adds a suite's counts from its TAP file to the totals printed at the end.
tally() {
  local p f
  p=$(grep -E '^# pass [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  f=$(grep -E '^# fail [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  passed=$((passed + p)) failed=$((failed + f))
}
finish() { printf '\ntests: %d passed, %d failed\n' "$passed" "$failed"; }
trap finish EXIT

step "npm dependencies"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit
fi

step "Debian chromium and a real VS Code (code-server) for browser and editor tests, cached in .tools/"
bash scripts/installVscodeTestTools.sh >/dev/null

step "PostgreSQL (Debian package) for the registry tests"
MICROAPP_GUARD_TEST_POSTGRES=$(bash scripts/startTestPostgres.sh)
export MICROAPP_GUARD_TEST_POSTGRES
echo "$MICROAPP_GUARD_TEST_POSTGRES"

step "type-check and build"
npx tsc --noEmit -p .
npm run build --silent

step "unit and browser tests (core, CLI, registry on SQLite and PostgreSQL, pages in headless Chromium)"
status=0
node --import tsx --test --test-concurrency=2 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$results/unit.tap" $(find test/unit test/e2e -name "*.test.ts" | sort) || status=$?
tally "$results/unit.tap"
[ "$status" -eq 0 ] || exit "$status"

step "editor integration tests in a real VS Code (code-server + headless Chromium)"
status=0
node test/integration/run.mjs leaky-workspace | tee "$results/vscode.txt" || status=$?
line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$results/vscode.txt" | tail -1 || true)
passed=$((passed + $(echo "${line:-0 passed, 1 failed}" | awk '{print $1}')))
failed=$((failed + $(echo "${line:-0 passed, 1 failed}" | awk '{print $3}')))
[ "$status" -eq 0 ] || exit "$status"

step "first run in a real VS Code: a folder with no manifest, the Getting Started walkthrough"
status=0
MICROAPP_GUARD_SUITE=first-run node test/integration/run.mjs fresh-folder | tee "$results/vscode-first-run.txt" || status=$?
line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$results/vscode-first-run.txt" | tail -1 || true)
passed=$((passed + $(echo "${line:-0 passed, 1 failed}" | awk '{print $1}')))
failed=$((failed + $(echo "${line:-0 passed, 1 failed}" | awk '{print $3}')))
[ "$status" -eq 0 ] || exit "$status"

step "the .vsix: packed by vsce (its scan for secrets in the package included), under 2 MB"
if npm run --silent package >"$results/package.txt" 2>&1; then
  size=$(stat -c %s dist/microapp-guard.vsix)
  echo "dist/microapp-guard.vsix: $size bytes"
  if [ "$size" -lt 2097152 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "the .vsix is 2 MB or more"; exit 1; fi
else
  cat "$results/package.txt"
  failed=$((failed + 1))
  exit 1
fi

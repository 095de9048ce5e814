#!/usr/bin/env bash
# The action's scan step: writes SARIF and reports, as step outputs, the report's path and how many findings are at or
# above fail-on. It does not fail on findings (the upload step runs first; action/gate.sh fails the job).
set -uo pipefail
cli="$(cd "$(dirname "$0")/.." && pwd)/dist/cli.js"
cd "${GITHUB_WORKSPACE:-.}"
sarif="${INPUT_SARIF_FILE:-microapp-guard.sarif}"
threshold="${INPUT_FAIL_ON:-error}"
case "$threshold" in error|warning|info|none) ;; *) echo "::error::fail-on must be error, warning, info or none, not \"$threshold\""; exit 2 ;; esac
args=(scan)
read -r -a paths <<< "${INPUT_PATH:-.}"
args+=("${paths[@]}" --format sarif --output "$sarif" --fail-on "$([ "$threshold" = none ] && echo error || echo "$threshold")")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
node "$cli" "${args[@]}"
status=$?
if [ "$status" -ge 2 ]; then
  echo "::error::Micro App Guard could not scan (exit $status); see the message above."
  exit "$status"
fi
# Count the results at or above the threshold (SARIF levels: error, warning, note).
findings=$(node -e '
  const levels = { error: 3, warning: 2, note: 1 };
  const wanted = { error: 3, warning: 2, info: 1, none: 4 }[process.argv[2]];
  const sarif = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(sarif.runs.flatMap((run) => run.results).filter((r) => levels[r.level ?? "warning"] >= wanted).length);
' "$sarif" "$threshold")
echo "sarif-file=$sarif" >> "${GITHUB_OUTPUT:-/dev/null}"
echo "findings=$findings" >> "${GITHUB_OUTPUT:-/dev/null}"
echo "Micro App Guard: $findings finding(s) at or above \"$threshold\"; SARIF written to $sarif."

#!/usr/bin/env bash
# Builds the CLI from the action's own checkout (no published package needed); skipped when it is already built.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f dist/cli.js ]; then
  echo "Micro App Guard CLI already built."
  exit 0
fi
npm ci --no-audit --no-fund
node esbuild.mjs --production

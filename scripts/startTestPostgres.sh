#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests (installing Debian's package when missing) and prints its URL.
set -euo pipefail
port="${PGPORT_TEST:-55432}"
dir="${PGDATA_TEST:-/tmp/microapp-guard-pg}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
  echo "installing PostgreSQL from Debian packages…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
# PostgreSQL refuses to run as root: run it as the postgres user the package creates.
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if ! run "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  rm -rf "$dir" && mkdir -p "$dir" && { [ "$(id -u)" != 0 ] || chown postgres:postgres "$dir"; }
  run "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 >/dev/null
  run "$bin/pg_ctl" -D "$dir" -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" -l "$dir/server.log" -w start >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$port/postgres"

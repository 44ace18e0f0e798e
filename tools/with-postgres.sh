#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on loopback (a free port, its own folder),
# exported to the command as PORTAL_TEST_POSTGRES_URL/USER/PASSWORD (each test JVM makes a database of
# its own beside it: PostgresPerJvm); stops and removes the
# server afterwards. Without PostgreSQL binaries the command runs without those variables.
set -euo pipefail
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "with-postgres: no PostgreSQL found; PostgreSQL tests will be skipped" >&2
  exec "$@"
fi
dir="$(mktemp -d /tmp/portal-pg.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
run_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
chmod 755 "$dir"; [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
run_pg "$bin/initdb" -D "$dir/data" -U portal --auth=trust -E UTF8 >/dev/null
run_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null
cleanup() { run_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
run_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U portal portal
export PORTAL_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/portal"
export PORTAL_TEST_POSTGRES_USER=portal PORTAL_TEST_POSTGRES_PASSWORD=
echo "with-postgres: PostgreSQL on 127.0.0.1:$port" >&2
"$@"

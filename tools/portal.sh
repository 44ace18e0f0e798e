#!/usr/bin/env bash
# Builds and starts the portal with its embedded defaults (H2 file database in ./data, demo
# profile, embedded SMTP, local ingest pipeline) on http://localhost:8080. Says what it does at
# each step, and once the portal answers, where to go and (demo profile) how to sign in.
# Arguments go to the portal, e.g. tools/portal.sh --server.port=9090.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '==> %s\n' "$*"; }

# The port and profiles the portal will use: the last --name=value argument wins, then the
# environment, then application.properties' defaults (8080, demo).
port="${SERVER_PORT:-8080}"
profiles="${SPRING_PROFILES_ACTIVE:-demo}"
for arg in "$@"; do
  case "$arg" in
    --server.port=*) port="${arg#*=}" ;;
    --spring.profiles.active=*) profiles="${arg#*=}" ;;
  esac
done

step "1/4 Checking the machine: nginx with RTMP, ffmpeg, Chromium, Node 24 (tools/setup-machine.sh)"
tools/setup-machine.sh
step "2/4 Selecting JDK 25"
source tools/java-home.sh
step "3/4 Building the portal and its frontend (Maven and Vite; a minute or two the first time)"
./mvnw -B -q -pl portal -am package -DskipTests
step "4/4 Starting the portal on port $port"
# Framework start-up chatter (push transport, migrations) stays out of the way; your arguments win.
java -jar portal/target/portal.jar --logging.level.org.atmosphere=warn --logging.level.org.flywaydb=warn "$@" &
portal=$!
trap 'kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true; exit 130' INT TERM

# Ready once the port takes connections (bash's /dev/tcp: no curl needed).
until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
  if ! kill -0 "$portal" 2>/dev/null; then
    wait "$portal" || status=$?
    echo "The portal stopped before it was ready (exit ${status:-0}); its log is above." >&2
    exit "${status:-1}"
  fi
  sleep 1
done
if [[ ",$profiles," == *,demo,* ]]; then
  echo "Open http://localhost:$port — sign in as kongress / kongress-demo (customer) or support / support-demo"
else
  echo "Open http://localhost:$port"
fi
wait "$portal"

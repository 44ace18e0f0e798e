#!/usr/bin/env bash
# The container tests alone: ContainerTopologyIT (docker-compose.yml under a real Docker engine, images
# from Debian packages with this build's jars, docker kill of ingest-a and of an edge host) and
# StackDeployIT (docker-stack.yml on a one-node swarm). Builds the jars first (package phase).
# Starts dockerd when none runs (tools/ensure-docker.sh) and stops it again at the end.
# Logs: portal/target/container-logs/; screenshots: portal/target/screenshots/containers-*.png.
# More compose files for the compose test: -Dit.compose.override=docker/jvm-measure.override.yml
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools/setup-machine.sh
source tools/java-home.sh
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if ! docker info >/dev/null 2>&1; then
  trap 'tools/ensure-docker.sh --stop' EXIT
  tools/ensure-docker.sh
fi
./mvnw -B -pl portal -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='ContainerTopologyIT,StackDeployIT' "$@"

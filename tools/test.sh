#!/usr/bin/env bash
# Runs every test: unit, Spring, real nginx-rtmp + ffmpeg, GreenMail SMTP and Playwright in
# headless Chromium, the booking tests once more on a throwaway PostgreSQL server, and, last
# (failsafe, after the jars are packaged), the topology as processes and under a real Docker engine:
# images built from Debian packages, the compose file with two kills, the stack on a one-node swarm.
# The Docker engine comes from tools/ensure-docker.sh (Debian's docker.io, started here when none
# runs and stopped again at the end); SKIP_DOCKER_TESTS=1 skips the container tests, and says so.
# Screenshots land in portal/target/screenshots/, container logs in portal/target/container-logs/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools/setup-machine.sh
source tools/java-home.sh
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ "${SKIP_DOCKER_TESTS:-0}" != 1 ]] && ! docker info >/dev/null 2>&1; then
  trap 'tools/ensure-docker.sh --stop' EXIT
  tools/ensure-docker.sh || echo "test.sh: NO DOCKER ENGINE could be started: the container tests will fail" \
    "(SKIP_DOCKER_TESTS=1 skips them on purpose)" >&2
fi
tools/with-postgres.sh ./mvnw -B verify "$@"

#!/usr/bin/env bash
# Runs every test: unit, Spring, real nginx-rtmp + ffmpeg, GreenMail SMTP and Playwright in
# headless Chromium, the booking tests once more on a throwaway PostgreSQL server, and, last
# (failsafe, after the jars are packaged), the topology as processes and under a real Docker engine:
# images built from Debian packages, the compose file with two kills, the stack on a one-node swarm.
# The Docker engine comes from tools/ensure-docker.sh (Debian's docker.io, started here when none
# runs and stopped again at the end); SKIP_DOCKER_TESTS=1 skips the container tests, and says so.
# While Maven runs, docker/warm-images.sh builds what the images need besides the jars. Test JVMs:
# two per module side by side (pom.xml test.forks; -Dtest.forks=1 runs them one after the other).
# Screenshots land in portal/target/screenshots/, container logs in portal/target/container-logs/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools/setup-machine.sh
source tools/java-home.sh
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
warm_pid=
cleanup() {
  # (if, not &&: under set -e a failed kill of a finished warm-up would end the trap before the stop)
  if [[ -n "$warm_pid" ]]; then kill "$warm_pid" 2>/dev/null || true; fi
  if [[ -n "${started_docker:-}" ]]; then tools/ensure-docker.sh --stop; fi
}
trap cleanup EXIT
if [[ "${SKIP_DOCKER_TESTS:-0}" != 1 ]] && ! docker info >/dev/null 2>&1; then
  started_docker=1
  tools/ensure-docker.sh || echo "test.sh: NO DOCKER ENGINE could be started: the container tests will fail" \
    "(SKIP_DOCKER_TESTS=1 skips them on purpose)" >&2
fi
if [[ "${SKIP_DOCKER_TESTS:-0}" != 1 ]] && docker info >/dev/null 2>&1; then
  # the images' base, stand-ins and package layers need nothing from this build: made while Maven tests
  warm_log="$(mktemp /tmp/warm-images.XXXXXX.log)"
  nice -n 10 docker/warm-images.sh >"$warm_log" 2>&1 &
  warm_pid=$!
  echo "test.sh: warming the container images in the background (log: $warm_log)" >&2
fi
tools/with-postgres.sh ./mvnw -B verify "$@"

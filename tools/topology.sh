#!/usr/bin/env bash
# The docker-compose topology without Docker, as a test: builds the jars (package phase), then
# TopologyFailoverIT starts portal, ingest-a, ingest-b and edge as separate JVMs on free loopback
# ports, publishes ffmpeg test patterns to both ingest hosts, SIGKILLs the whole ingest-a host and
# checks that the edge serves ingest-b. With PostgreSQL installed the portal runs on a throwaway
# PostgreSQL (as in compose), else on H2. Logs of every process: portal/target/failsafe-reports/.
# The full `tools/test.sh` (./mvnw verify) runs the same test with all others.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools/setup-machine.sh
source tools/java-home.sh
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec tools/with-postgres.sh ./mvnw -B -pl portal -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=TopologyFailoverIT "$@"

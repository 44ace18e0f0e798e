#!/usr/bin/env bash
# Builds and starts the portal with its embedded defaults (H2 file database in ./data, demo
# profile, embedded SMTP, local ingest pipeline) on http://localhost:8080.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools/setup-machine.sh
source tools/java-home.sh
./mvnw -B -q -pl portal -am package -DskipTests
exec java -jar portal/target/portal.jar "$@"

#!/usr/bin/env bash
# Runs every test: unit, Spring, real nginx-rtmp + ffmpeg, GreenMail SMTP and Playwright in
# headless Chromium, and the booking tests once more on a throwaway PostgreSQL server.
# Screenshots land in portal/target/screenshots/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools/setup-machine.sh
source tools/java-home.sh
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec tools/with-postgres.sh ./mvnw -B verify "$@"

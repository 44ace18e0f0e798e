#!/bin/sh
# Starts the monitor JVM as PID 1's only child so `docker stop` (SIGTERM) reaches Spring, which
# stops nginx gracefully and ffmpeg with 'q' before the container ends.
set -eu
mkdir -p "${MONITOR_WORK_DIR:-/var/lib/monitor/work}"
exec java ${JAVA_OPTS:--XX:MaxRAMPercentage=60} -jar /opt/monitor/monitor.jar "$@"

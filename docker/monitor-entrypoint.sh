#!/bin/sh
# Starts the monitor JVM as PID 1's only child so `docker stop` (SIGTERM) reaches Spring, which
# stops nginx gracefully and ffmpeg with 'q' before the container ends.
# C1 only: the monitor is I/O-bound and its hot paths run a few times a second, so C2's long tail of
# compilations cost more CPU than it saves (docs/benchmarks.md, live CPU).
set -eu
mkdir -p "${MONITOR_WORK_DIR:-/var/lib/monitor/work}"
exec java ${JAVA_OPTS:--XX:MaxRAMPercentage=60 -XX:TieredStopAtLevel=1} -jar /opt/monitor/monitor.jar "$@"

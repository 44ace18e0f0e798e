#!/bin/sh
# Starts the monitor JVM (under tini, the image's PID 1) so `docker stop` (SIGTERM) reaches Spring,
# which stops nginx gracefully and ffmpeg with 'q' before the container ends.
# JVM options per role unless JAVA_OPTS is set (measured: docs/deploy.md, "JVM options"):
# - C1 only for every role: the monitor is I/O-bound and its hot paths run a few times a second, so
#   C2's long tail of compilations costs more CPU than it saves (docs/benchmarks.md, live CPU).
# - a fixed heap per role instead of a share of the host's memory (a container without a memory
#   limit sees the whole host): ingest hosts hold a few playlists and the event stream, edge hosts
#   the segment cache of every content they serve (origin segments of the last minute).
set -eu
mkdir -p "${MONITOR_WORK_DIR:-/var/lib/monitor/work}"
if [ -z "${JAVA_OPTS:-}" ]; then
  case "${MONITOR_ROLE:-all}" in
    ingest-a|ingest-b) JAVA_OPTS="-Xms64m -Xmx256m -XX:+UseSerialGC" ;;
    edge) JAVA_OPTS="-Xms128m -Xmx512m -XX:+UseSerialGC" ;;
    *) JAVA_OPTS="-XX:MaxRAMPercentage=60" ;;
  esac
  JAVA_OPTS="$JAVA_OPTS -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java $JAVA_OPTS -jar /opt/monitor/monitor.jar "$@"

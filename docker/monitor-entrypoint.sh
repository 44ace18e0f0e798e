#!/bin/sh
# Starts the monitor JVM (under tini, the image's PID 1) so `docker stop` (SIGTERM) reaches Spring,
# which stops nginx gracefully and ffmpeg with 'q' before the container ends.
# JVM options per role unless JAVA_OPTS is set (measured in ContainerTopologyIT with GC logs:
# docs/deploy.md, "Images"):
# - C1 only for every role: the monitor is I/O-bound and its hot paths run a few times a second, so
#   C2's long tail of compilations costs more CPU than it saves (docs/benchmarks.md, live CPU).
# - a fixed heap per role instead of a share of the host's memory (a container without a memory
#   limit sees the whole host): ingest hosts kept <= 22 MB live, edge hosts <= 29 MB with one small
#   stream; an edge's segment cache grows with the contents it serves (the last minute of each).
# - MetaspaceSize above the measured 43 MB: with the default (~21 MB) every JVM made two full
#   collections for class metadata while starting and serving its first requests, 0.6-2 s each on a
#   busy host.
set -eu
mkdir -p "${MONITOR_WORK_DIR:-/var/lib/monitor/work}"
if [ -z "${JAVA_OPTS:-}" ]; then
  case "${MONITOR_ROLE:-all}" in
    ingest-a|ingest-b) JAVA_OPTS="-Xms64m -Xmx256m" ;;
    edge) JAVA_OPTS="-Xms128m -Xmx512m" ;;
    *) JAVA_OPTS="-XX:MaxRAMPercentage=60" ;;
  esac
  JAVA_OPTS="$JAVA_OPTS -XX:+UseSerialGC -XX:MetaspaceSize=64m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java $JAVA_OPTS -jar /opt/monitor/monitor.jar "$@"

#!/usr/bin/env bash
# The third-party images docker-compose.yml names, for a Docker engine that cannot pull them (no
# Docker Hub): pulls each one that is missing; where the pull fails, builds a stand-in from Debian
# packages (docker/standins/*, on debian:trixie-slim) and tags it with the very name compose uses, so
# the compose file stays as users run it. Stand-ins carry the label backup-ingest.stand-in=true;
# `docker rmi postgres:17 axllent/mailpit:v1.27` brings back the official images on the next pull.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
declare -A standin=([postgres:17]=postgres [axllent/mailpit:v1.27]=mailpit)
for image in "${!standin[@]}"; do
  grep -q "image: $image\$" "$root/docker-compose.yml" \
    || { echo "standins: docker-compose.yml does not name $image any more; update docker/standins.sh" >&2; exit 1; }
  docker image inspect "$image" >/dev/null 2>&1 && continue
  if timeout 300 docker pull -q "$image" >/dev/null 2>&1; then
    echo "standins: pulled $image" >&2
    continue
  fi
  "$root/docker/debian-base.sh"
  echo "standins: $image cannot be pulled; building a stand-in from Debian packages (docker/standins/${standin[$image]})" >&2
  docker build -q --label backup-ingest.stand-in=true -t "$image" "$root/docker/standins/${standin[$image]}" >/dev/null
done

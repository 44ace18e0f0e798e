#!/usr/bin/env bash
# The third-party images docker-compose.yml names, for a Docker engine that cannot pull them (no
# Docker Hub): pulls each one that is missing; where the pull fails, builds a stand-in from Debian
# packages (docker/standins/*, on debian:trixie-slim) and tags it with the very name compose uses, so
# the compose file stays as users run it. Stand-ins carry the label backup-ingest.stand-in=<hash of
# their folder> and are rebuilt when that folder changes; `docker rmi postgres:17 axllent/mailpit:v1.27`
# brings back the official images on the next pull.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/docker/image-lock.sh"
declare -A standin=([postgres:17]=postgres [axllent/mailpit:v1.27]=mailpit)
for image in "${!standin[@]}"; do
  grep -q "image: $image\$" "$root/docker-compose.yml" \
    || { echo "standins: docker-compose.yml does not name $image any more; update docker/standins.sh" >&2; exit 1; }
  folder="$root/docker/standins/${standin[$image]}"
  hash="$(cd "$folder" && find . -type f -not -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
  if docker image inspect "$image" >/dev/null 2>&1; then
    built="$(docker image inspect -f '{{index .Config.Labels "backup-ingest.stand-in"}}' "$image")"
    [[ -z "$built" || "$built" == "$hash" ]] && continue   # the official image, or an up-to-date stand-in
    echo "standins: docker/standins/${standin[$image]} changed; rebuilding the stand-in $image" >&2
  elif timeout 300 docker pull -q "$image" >/dev/null 2>&1; then
    echo "standins: pulled $image" >&2
    continue
  else
    echo "standins: $image cannot be pulled; building a stand-in from Debian packages (docker/standins/${standin[$image]})" >&2
  fi
  "$root/docker/debian-base.sh"
  docker build -q --label "backup-ingest.stand-in=$hash" -t "$image" "$folder" >/dev/null
done

#!/usr/bin/env bash
# Builds everything of the images that does not depend on this build's jars: the base image
# (debian-base.sh), the stand-ins (standins.sh) and both Dockerfiles' `runtime` stage (Debian's
# packages: the JRE, nginx, ffmpeg). tools/test.sh runs it in the background while Maven tests, so
# the container tests find those layers in the build cache and only copy the new jars in
# (docs/deploy.md, "Images"). Idempotent; the compose build gives the same result without it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/docker/image-lock.sh"
started=$SECONDS
"$root/docker/debian-base.sh"
"$root/docker/standins.sh"
for role in monitor portal; do
  docker build -q --target runtime -f "$root/docker/Dockerfile.$role" "$root" >/dev/null
done
echo "warm-images: base, stand-ins and the package layers of both images ready in $((SECONDS - started)) s" >&2

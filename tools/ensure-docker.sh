#!/usr/bin/env bash
# A Docker engine for the container tests (ContainerTopologyIT, StackDeployIT), from Debian packages:
# - docker.io (dockerd, containerd, runc) and debootstrap from the machine's own Debian release;
# - Compose v2 and buildx as CLI plugins: the docker-compose and docker-buildx packages of Debian trixie,
#   downloaded with an apt configuration of their own (the host's sources stay as they are: nothing is
#   installed or upgraded from trixie) and unpacked into /usr/libexec/docker/cli-plugins (both binaries
#   need only libc);
# - starts dockerd when none answers (no systemd needed; log /var/log/dockerd.log).
# `tools/ensure-docker.sh --stop` stops a dockerd this script started (tools/test.sh does, at its end).
# Idempotent; needs root for what is missing. The images' base, debian:trixie-slim, and the stand-ins for
# postgres:17 and mailpit come from docker/debian-base.sh and docker/standins.sh (the tests run both).
set -euo pipefail
started_marker=/run/backup-ingest-dockerd.pid

if [[ "${1:-}" == --stop ]]; then
  [[ -s "$started_marker" ]] || exit 0
  pid="$(cat "$started_marker")"
  rm -f "$started_marker"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    echo "ensure-docker: stopped the dockerd it had started (pid $pid)" >&2
  fi
  exit 0
fi

need=()
command -v dockerd >/dev/null || need+=(docker.io)
command -v debootstrap >/dev/null || need+=(debootstrap)
if ((${#need[@]})); then
  [[ $(id -u) -eq 0 ]] || { echo "ensure-docker: need root to install ${need[*]}" >&2; exit 1; }
  echo "ensure-docker: installing ${need[*]}" >&2
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  rm -f /usr/sbin/policy-rc.d
fi

plugins=/usr/libexec/docker/cli-plugins
if ! docker compose version >/dev/null 2>&1 || ! docker buildx version >/dev/null 2>&1; then
  [[ $(id -u) -eq 0 ]] || { echo "ensure-docker: need root to install the compose and buildx plugins" >&2; exit 1; }
  echo "ensure-docker: Compose v2 and buildx from Debian trixie (docker-compose, docker-buildx) into $plugins" >&2
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/lists/partial" "$tmp/cache/archives/partial" "$tmp/debs" "$tmp/root"
  # the Debian archive this machine already installs from, with trixie instead of its own release
  mirror="$(apt-get indextargets --format '$(REPO_URI)' 'Created-By: Packages' | grep -m1 '/debian/$')"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" > "$tmp/sources.list"
  apt_trixie=(-o "Dir::Etc::SourceList=$tmp/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$tmp/lists" -o "Dir::Cache=$tmp/cache" -o Dir::State::Status=/dev/null
    -o APT::Sandbox::User=root)
  apt-get "${apt_trixie[@]}" update -qq
  (cd "$tmp/debs" && apt-get "${apt_trixie[@]}" download -qq docker-compose docker-buildx)
  for deb in "$tmp"/debs/*.deb; do dpkg-deb -x "$deb" "$tmp/root"; done
  install -D -m 755 "$tmp/root$plugins/docker-compose" "$plugins/docker-compose"
  install -D -m 755 "$tmp/root$plugins/docker-buildx" "$plugins/docker-buildx"
  docker compose version >&2
fi

if ! docker info >/dev/null 2>&1; then
  [[ $(id -u) -eq 0 ]] || { echo "ensure-docker: no Docker engine answers, and only root can start dockerd" >&2; exit 1; }
  setsid dockerd >>/var/log/dockerd.log 2>&1 < /dev/null &
  echo $! > "$started_marker"
  for _ in $(seq 1 120); do docker info >/dev/null 2>&1 && break; sleep 0.5; done
  docker info >/dev/null 2>&1 || { tail -20 /var/log/dockerd.log >&2; echo "ensure-docker: dockerd did not come up" >&2; exit 1; }
  echo "ensure-docker: started dockerd (pid $(cat "$started_marker"), log /var/log/dockerd.log)" >&2
fi

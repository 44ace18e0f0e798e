#!/usr/bin/env bash
# Makes sure the Docker engine has `debian:trixie-slim`, the only base image of this project.
# Pulls it where Docker Hub answers; where it does not, builds the same thing from Debian's archive:
# debootstrap (minbase) of trixie, slimmed as the official image is (no docs, man pages, locales;
# dpkg keeps them out of later installs too; apt keeps no lists or caches), then `docker import`.
# Needs root and debootstrap for the fallback. Idempotent: an existing image is kept.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/image-lock.sh"
image=debian:trixie-slim
# the Debian archive this machine installs from (its apt sources), unless DEBIAN_MIRROR names another
mirror="${DEBIAN_MIRROR:-$(apt-get indextargets --format '$(REPO_URI)' 'Created-By: Packages' 2>/dev/null \
  | grep -m1 '/debian/$' | sed 's:/$::')}"
[[ -n "$mirror" ]] || { echo "debian-base: no Debian archive in this machine's apt sources; set DEBIAN_MIRROR" >&2; exit 1; }

docker image inspect "$image" >/dev/null 2>&1 && exit 0
if timeout 120 docker pull -q "$image" >/dev/null 2>&1; then
  echo "debian-base: pulled $image" >&2
  exit 0
fi
echo "debian-base: $image cannot be pulled; building it from $mirror (debootstrap minbase)" >&2
command -v debootstrap >/dev/null || { echo "debian-base: needs debootstrap (apt-get install debootstrap)" >&2; exit 1; }
rootfs="$(mktemp -d /tmp/trixie-rootfs.XXXXXX)"
trap 'rm -rf "$rootfs"' EXIT
debootstrap --variant=minbase --keyring=/usr/share/keyrings/debian-archive-keyring.gpg \
  trixie "$rootfs" "$mirror" >"$rootfs.log" 2>&1 || { tail -20 "$rootfs.log" >&2; exit 1; }
rm -f "$rootfs.log"

# What the official slim image leaves out, for every package installed later as well
cat > "$rootfs/etc/dpkg/dpkg.cfg.d/docker" <<'CFG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/man/*
CFG
find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
rm -rf "$rootfs"/usr/share/{info,linda,man}/* "$rootfs"/usr/share/lintian/overrides/*
find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} +
cat > "$rootfs/etc/apt/apt.conf.d/docker-clean" <<'CFG'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
CFG
echo 'Acquire::Languages "none";' > "$rootfs/etc/apt/apt.conf.d/docker-no-languages"
echo 'APT::AutoRemove::SuggestsImportant "false";' > "$rootfs/etc/apt/apt.conf.d/docker-autoremove-suggests"
# the official image's sources: the release, its updates and security
rm -f "$rootfs/etc/apt/sources.list"
cat > "$rootfs/etc/apt/sources.list.d/debian.sources" <<SRC
Types: deb
URIs: $mirror
Suites: trixie trixie-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${mirror%/debian}/debian-security
Suites: trixie-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/log/* "$rootfs"/tmp/* \
  "$rootfs"/var/cache/debconf/*-old "$rootfs"/var/lib/dpkg/*-old
: > "$rootfs/etc/machine-id"
tar -C "$rootfs" --numeric-owner -c . | docker import --change 'CMD ["bash"]' \
  --message "debootstrap --variant=minbase trixie $mirror, slimmed" - "$image" >/dev/null
echo "debian-base: $image built from Debian packages ($(docker image inspect -f '{{.Size}}' "$image" | numfmt --to=si)B)" >&2

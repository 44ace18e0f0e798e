#!/usr/bin/env bash
# Writes .env for docker compose (repository root): a random shared secret per ingest monitor and per
# edge, the portal's SHA-256 hashes of them, the monitor API secret (portal and monitors), the
# viewer-ticket secret of portal and edges, and a database password. Existing .env is kept.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -e .env ]]; then echo ".env exists; remove it to make new secrets" >&2; exit 1; fi
secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
hash() { printf %s "$1" | sha256sum | cut -d' ' -f1; }
a="$(secret)"; b="$(secret)"; e1="$(secret)"; e2="$(secret)"; e3="$(secret)"
umask 077
cat > .env <<ENV
INGEST_A_SECRET=$a
INGEST_B_SECRET=$b
INGEST_A_SECRET_HASH=$(hash "$a")
INGEST_B_SECRET_HASH=$(hash "$b")
EDGE_1_SECRET=$e1
EDGE_2_SECRET=$e2
EDGE_3_SECRET=$e3
EDGE_1_SECRET_HASH=$(hash "$e1")
EDGE_2_SECRET_HASH=$(hash "$e2")
EDGE_3_SECRET_HASH=$(hash "$e3")
MONITOR_API_SECRET=$(secret)
VIEWER_TICKET_SECRET=$(secret)
PORTAL_DB_PASSWORD=$(secret)
PUBLIC_HOST=${PUBLIC_HOST:-localhost}
ENV
echo "wrote .env (keep it private)"

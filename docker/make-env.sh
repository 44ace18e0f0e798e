#!/usr/bin/env bash
# Writes .env for docker compose (repository root): a random shared secret per ingest monitor and per
# edge, the portal's SHA-256 hashes of them, the monitor API secret (portal and monitors), the
# viewer tickets' Ed25519 key pair (the private key for the portal, the public key for the edge
# hosts), and a database password. Existing .env is kept. Needs openssl (1.1.1 or later).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -e .env ]]; then echo ".env exists; remove it to make new secrets" >&2; exit 1; fi
secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
hash() { printf %s "$1" | sha256sum | cut -d' ' -f1; }
a="$(secret)"; b="$(secret)"; e1="$(secret)"; e2="$(secret)"; e3="$(secret)"
umask 077
ticket_key="$(openssl genpkey -algorithm ed25519 -outform PEM)"
ticket_private="$(printf %s "$ticket_key" | openssl pkey -outform DER | base64 | tr -d '\n')"
ticket_public="$(printf %s "$ticket_key" | openssl pkey -pubout -outform DER | base64 | tr -d '\n')"
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
VIEWER_TICKET_PRIVATE_KEY=$ticket_private
VIEWER_TICKET_PUBLIC_KEY=$ticket_public
PORTAL_DB_PASSWORD=$(secret)
PUBLIC_HOST=${PUBLIC_HOST:-localhost}
ENV
echo "wrote .env (keep it private)"

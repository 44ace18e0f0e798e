#!/usr/bin/env bash
# Writes .env for docker compose (repository root): a random shared secret per ingest monitor, the
# portal's SHA-256 hashes of them, and a database password. Existing .env is kept.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -e .env ]]; then echo ".env exists; remove it to make new secrets" >&2; exit 1; fi
secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
hash() { printf %s "$1" | sha256sum | cut -d' ' -f1; }
a="$(secret)"; b="$(secret)"
umask 077
cat > .env <<ENV
INGEST_A_SECRET=$a
INGEST_B_SECRET=$b
INGEST_A_SECRET_HASH=$(hash "$a")
INGEST_B_SECRET_HASH=$(hash "$b")
PORTAL_DB_PASSWORD=$(secret)
PUBLIC_HOST=${PUBLIC_HOST:-localhost}
ENV
echo "wrote .env (keep it private)"

#!/usr/bin/env bash
# Writes .env for docker compose (repository root): a random shared secret per ingest monitor and per
# edge, the portal's SHA-256 hashes of them, the monitor API secret (portal and monitors), the
# viewer tickets' Ed25519 key pair (the private key for the portal, the public key for the edge
# hosts), and a database password. Existing .env is kept. Needs openssl (1.1.1 or later).
# `docker/make-env.sh FILE` writes FILE instead (the container test's own, used with
# `docker compose --env-file FILE`). Every variable docker-compose.yml takes from the environment is
# written here or has its default in the compose file (ports: see docs/deploy.md).
set -euo pipefail
out="$(realpath -m "${1:-$(dirname "${BASH_SOURCE[0]}")/../.env}")"
if [[ -e "$out" ]]; then echo "$out exists; remove it to make new secrets" >&2; exit 1; fi
secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
hash() { printf %s "$1" | sha256sum | cut -d' ' -f1; }
a="$(secret)"; b="$(secret)"; e1="$(secret)"; e2="$(secret)"; e3="$(secret)"
umask 077
ticket_key="$(openssl genpkey -algorithm ed25519 -outform PEM)"
ticket_private="$(printf %s "$ticket_key" | openssl pkey -outform DER | base64 | tr -d '\n')"
ticket_public="$(printf %s "$ticket_key" | openssl pkey -pubout -outform DER | base64 | tr -d '\n')"
cat > "$out" <<ENV
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
# docker-stack.yml only (several machines): the public name of each role's machine
PORTAL_HOST=${PORTAL_HOST:-${PUBLIC_HOST:-localhost}}
INGEST_A_HOST=${INGEST_A_HOST:-${PUBLIC_HOST:-localhost}}
INGEST_B_HOST=${INGEST_B_HOST:-${PUBLIC_HOST:-localhost}}
EDGE_1_HOST=${EDGE_1_HOST:-${PUBLIC_HOST:-localhost}}
EDGE_2_HOST=${EDGE_2_HOST:-${PUBLIC_HOST:-localhost}}
EDGE_3_HOST=${EDGE_3_HOST:-${PUBLIC_HOST:-localhost}}
ENV
echo "wrote $out (keep it private)"

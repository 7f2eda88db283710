#!/usr/bin/env bash
# Starts the whole local stack; Ctrl-C stops everything it started. See README.md.
#   bash infra/start.sh                  PostgreSQL, Temporal, migrations, worker, demo data, API, frontends
#   bash infra/start.sh --servers-only   PostgreSQL and Temporal only
# DATABASE_URL / TEMPORAL_ADDRESS point it at servers that are already running instead.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/setup.sh
# node with tsx as an import hook (what `tsx infra/src/start.ts` does, minus the extra process that would relay
# signals): Ctrl-C reaches start.ts directly, which stops the children in order.
exec node --import tsx infra/src/start.ts "$@"

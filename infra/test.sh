#!/usr/bin/env bash
# Runs every test of every package on an ephemeral PostgreSQL and Temporal server of its own (other ports and
# folders than a started stack). Arguments go to `vitest run`, e.g.
#   bash infra/test.sh --project db              one package (projects are named after their folders)
#   bash infra/test.sh workflows/test/opening    files matching a filter
# SKIP_FRONTEND_BUILD=1 skips building the frontends (only the end-to-end test needs the build).
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/setup.sh

# A failed build is reported in the final summary and fails the run, but the other tests still run.
FRONTEND_BUILD_EXIT_CODE=0
if [ "${SKIP_FRONTEND_BUILD:-}" != 1 ]; then
  echo "building the frontends"
  run_pnpm --filter "./frontends/**" --if-present run build || FRONTEND_BUILD_EXIT_CODE=$?
fi
export FRONTEND_BUILD_EXIT_CODE
exec node --import tsx infra/src/test-stack.ts "$@"

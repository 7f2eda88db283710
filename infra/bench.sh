#!/usr/bin/env bash
# Runs the benchmarks (bench/) on an ephemeral PostgreSQL and Temporal dev server of their own and prints a table per
# benchmark: the machine, the input sizes, median and spread of each figure, every ratio to its baseline. Not a test.
#   bash infra/bench.sh                      everything at the default sizes (about ten minutes on two cores)
#   bash infra/bench.sh --quick              the smallest sizes, to try it out
#   bash infra/bench.sh --only api --accounts 2000
#   bash infra/bench.sh --help               every option and size with its default
# The frontends benchmark builds the frontends first (SKIP_FRONTEND_BUILD=1 measures the existing build).
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/setup.sh
# Legacy decorators for TypeORM and type-graphql, which the benchmarks load as TypeScript source.
export TSX_TSCONFIG_PATH="$PWD/bench/tsconfig.json"
exec node --import tsx bench/src/main.ts "$@"

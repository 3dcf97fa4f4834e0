#!/usr/bin/env bash
# Runs the whole test suite: installs dependencies, builds, runs every CTest test (all labels).
# The PostgreSQL tests (label postgres) use a throwaway server started here and stopped on exit,
# also when tests fail.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
pg_server=$(bash scripts/pg-test-server.sh start)  # fails the script when the server does not start
eval "$pg_server"
trap 'bash scripts/pg-test-server.sh stop "$REGIO_PG_TEST_DIR"' EXIT
start=$(date +%s)
ctest --test-dir build --output-on-failure -j2
echo "Testsuite klaar in $(( $(date +%s) - start )) s"

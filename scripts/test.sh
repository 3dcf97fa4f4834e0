#!/usr/bin/env bash
# Runs the whole test suite: installs dependencies, builds, runs every CTest test (all labels).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
start=$(date +%s)
ctest --test-dir build --output-on-failure -j2
echo "Testsuite klaar in $(( $(date +%s) - start )) s"

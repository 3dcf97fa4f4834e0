#!/usr/bin/env bash
# Installs what is needed, builds, fills a fresh SQLite database with the (fictional) demo data and
# shows the national picture, then starts the web application (the demo's logins are printed).
# Database: $REGIOMONITOR_DB or ./demo.db.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
db="${REGIOMONITOR_DB:-demo.db}"
./build/regiomonitor demo --db "$db"
./build/regiomonitor --db "$db" analyse --wave 2020-vervolg --compare 2017-start --format table
./build/regiomonitor --db "$db" goals status
./build/regiomonitor --db "$db" outcomes releases
echo
echo "Database: $db — verder met bijvoorbeeld: ./build/regiomonitor --db $db --help"
# Then the web application on the same database (REGIO_START_SERVE=0 skips it); Ctrl+C stops it.
if [[ "${REGIO_START_SERVE:-1}" != 0 ]]; then
  exec ./build/regiomonitor --db "$db" serve --port "${REGIO_PORT:-8080}"
fi

#!/usr/bin/env bash
# Runs the end-to-end tests: a fresh database with one beheerder, `serve --port 0`, then the
# Chromium tests against the printed URL (the walk-throughs, then axe-core on every page and the
# anonymous visitor's view of every route, with a release published). Usage: run.sh BINARY SCREENSHOT_DIR
set -euo pipefail
binary="$1"
shots="$2"
here="$(cd "$(dirname "$0")" && pwd)"
if [[ ! -d "$here/node_modules/playwright-core" ]]; then
  echo "playwright-core ontbreekt: draai scripts/install-deps.sh (npm ci in tests/e2e)" >&2
  exit 1
fi
work="$(mktemp -d)"
server=""
cleanup() {
  [[ -n "$server" ]] && kill -TERM "$server" 2>/dev/null && wait "$server" || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$shots"
# A small demo database (31 regions, four waves), so the dashboard and the reports have figures.
db="$work/e2e.db"
"$binary" demo --zonder-releases --persons 100 --db "$db" >/dev/null
printf '%s\n' 'e2e-wachtwoord' | "$binary" --db "$db" users add e2e-beheerder --role beheerder --password-stdin
"$binary" --db "$db" serve --port 0 >"$work/serve.out" 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 100); do
  grep -q 'http://' "$work/serve.out" 2>/dev/null && break
  sleep 0.1
done
url="$(grep -o 'http://[^ ]*' "$work/serve.out")"
# The generated HTML documents: the national report and a fact sheet.
"$binary" --db "$db" report national --wave 2020-vervolg --format html --output "$work/rapport.html"
mkdir -p "$work/factsheets"
"$binary" --db "$db" report regions --wave 2020-vervolg --region AM13 --format html \
  --output "$work/factsheets"
node "$here/login.mjs" "$url" "$shots" e2e-beheerder e2e-wachtwoord
node "$here/form.mjs" "$url" "$shots"
node "$here/dash.mjs" "$url" "$shots"
node "$here/region.mjs" "$url" "$shots" regio-am13 demo
node "$here/upload.mjs" "$url" "$shots" onderzoeker demo
# After upload.mjs has published a release: the pages then show released outcome figures too.
node "$here/axe.mjs" "$url" e2e-beheerder e2e-wachtwoord "$work/rapport.html" "$work/factsheets/factsheet-AM13.html"
node "$here/anonymous.mjs" "$url" "$shots"
# Last: a wave with a nested-repeat questionnaire (it does not become the latest wave the pages above use).
"$binary" --db "$db" waves add 2020-huishoudens --name "Huishoudens 2020" --date 2020-12-31 --questionnaire "$here/nestform" >/dev/null
node "$here/nestform.mjs" "$url" "$shots"

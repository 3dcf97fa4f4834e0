#!/usr/bin/env bash
# Web (issue 7, DESIGN §5): wrk against the dashboard, a region page and an API route of
# `regiomonitor serve` on the demo database, and in the same run against the same dashboard page
# saved as a static file and served by nginx on loopback (the physical limit on this machine).
# Bar: p99 under 20 ms at 64 connections on 2 cores, and at least half of nginx's requests/s for
# the dashboard. wrk runs on the same cores as the server it measures (a shared 2-core machine).
#
#   bench/web.sh                  # from the repository root; BUILD=build DURATION=10s CONNECTIONS=64
#
# Writes the table to stdout and to bench/results/web-<date>.md (RESULT= for another file).
# REGIOMONITOR=path/to/binary measures that binary instead of building (e.g. an older version,
# with DB= its own demo database: a newer schema is refused by an older binary; LABEL= names it
# in the result).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WORK=bench/work/web
DB=${DB:-$WORK/demo.db}
RESULT=${RESULT:-bench/results/web-$(date -u +%Y-%m-%d).md}
mkdir -p "$WORK" "$(dirname "$RESULT")"

# What is measured, in one place: "name|login|path|fallback path". login "-" = anonymous; a path
# that does not answer 200 is replaced by its fallback (and the table says so). {WAVE} is the
# latest wave of the demo.
TARGETS=(
  "dashboard|-|/dashboard?meetmoment={WAVE}|"
  "regiopagina|regio-am13|/regio/AM13|"
  "api|regio-am13|/api/v1/regios/AM13/indicatoren|"
)

need() {  # command, Debian package
  command -v "$1" >/dev/null && return
  echo "$2 installeren (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$2" >/dev/null
}
need wrk wrk
need nginx nginx-light
need curl curl

BIN=${REGIOMONITOR:-$BUILD/regiomonitor}
if [[ -z ${REGIOMONITOR:-} ]]; then
  cmake -S . -B "$BUILD" -G Ninja >/dev/null
  cmake --build "$BUILD" -j2 --target regiomonitor >/dev/null
fi
RM="$BIN --db $DB"

if [[ ! -f $DB ]]; then
  echo "demodatabase maken (met releases; duurt ongeveer een minuut) -> $DB"
  $BIN demo --db "$DB.tmp" 2>/dev/null >/dev/null
  mv "$DB.tmp" "$DB"
fi
WAVE=$($RM waves list 2>/dev/null | awk '$1 ~ /^[0-9a-z][0-9a-z-]*$/ && $1 != "code" {w = $1} END {print w}')
[[ -n $WAVE ]] || { echo "geen meetmoment gevonden in $DB" >&2; exit 1; }

SERVER_PID=""
NGINX_DIR=""
cleanup() {
  [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  if [[ -n $NGINX_DIR && -f $NGINX_DIR/nginx.pid ]]; then kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true; fi
  [[ -n $NGINX_DIR ]] && sleep 0.2 && rm -rf "$NGINX_DIR"
  return 0
}
trap cleanup EXIT

# The server on a free port; its first line names the URL.
$RM serve --port 0 >"$WORK/serve.out" 2>"$WORK/access.log" &
SERVER_PID=$!
for _ in $(seq 100); do grep -q 'http://' "$WORK/serve.out" 2>/dev/null && break; sleep 0.1; done
BASE=$(grep -o 'http://[^ ]*' "$WORK/serve.out" | head -1)
BASE=${BASE%/}
[[ -n $BASE ]] || { echo "serve gaf geen adres" >&2; cat "$WORK/serve.out" >&2; exit 1; }

# A session cookie for a demo login (password `demo`): the login form's CSRF token travels in a
# cookie and a hidden field (double submit); the answer sets regio_sessie.
declare -A COOKIES
login() {
  local user=$1 jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" "$BASE/inloggen" | grep -o 'name="csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "naam=$user" --data-urlencode "wachtwoord=demo" \
    --data-urlencode "csrf=$token" "$BASE/inloggen"
  awk '$6 == "regio_sessie" {print "regio_sessie=" $7}' "$jar"
  rm -f "$jar"
}

status_of() {  # path, cookie
  curl -s -o /dev/null -w '%{http_code}' ${2:+-H "Cookie: $2"} "$BASE$1"
}

# wrk's --latency output -> "requests/s p50_ms p99_ms failures" (non-2xx answers and socket errors)
measure() {  # url, cookie
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency ${2:+-H "Cookie: $2"} "$1")
  echo "$out" >>"$WORK/wrk.log"
  echo "$out" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    /Socket errors:/ { for (i = 3; i <= NF; i += 2) { v = $(i + 1); sub(",", "", v); errors += v } }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad + errors }'
}

: >"$WORK/wrk.log"
declare -a NAMES PATHS RESULTS
for t in "${TARGETS[@]}"; do
  IFS='|' read -r name user path fallback <<<"$t"
  path=${path//\{WAVE\}/$WAVE}
  cookie=""
  if [[ $user != "-" ]]; then
    [[ -n ${COOKIES[$user]:-} ]] || COOKIES[$user]=$(login "$user")
    cookie=${COOKIES[$user]}
    [[ -n $cookie ]] || { echo "inloggen als $user mislukt" >&2; exit 1; }
  fi
  code=$(status_of "$path" "$cookie")
  if [[ $code != 200 && -n $fallback ]]; then
    echo "$path gaf $code: in plaats daarvan $fallback"
    path=$fallback
    code=$(status_of "$path" "$cookie")
  fi
  [[ $code == 200 ]] || { echo "$path gaf $code" >&2; exit 1; }
  echo "wrk $name: $path ${cookie:+(ingelogd als $user)}"
  NAMES+=("$name")
  PATHS+=("$path${cookie:+ ($user)}")
  RESULTS+=("$(measure "$BASE$path" "$cookie")")
done

# The same dashboard page as a static file behind nginx (2 workers, keep-alive, loopback).
NGINX_DIR=$(mktemp -d)
chmod 755 "$NGINX_DIR"  # nginx workers run as nobody
curl -s "$BASE/dashboard?meetmoment=$WAVE" >"$NGINX_DIR/dashboard.html"
NGINX_PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$NGINX_DIR/nginx.conf" <<EOF
worker_processes 2;
daemon off;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  keepalive_timeout 60s;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $NGINX_DIR;
    location / { try_files \$uri =404; }
  }
}
EOF
nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR" &
for _ in $(seq 50); do [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT/dashboard.html") == 200 ]] && break; sleep 0.1; done
echo "wrk nginx: dezelfde dashboardpagina als statisch bestand ($(wc -c <"$NGINX_DIR/dashboard.html") bytes)"
NAMES+=("nginx (statisch)")
PATHS+=("/dashboard.html")
RESULTS+=("$(measure "http://127.0.0.1:$NGINX_PORT/dashboard.html" "")")
NGINX_RPS=$(echo "${RESULTS[-1]}" | awk '{print $1}')

{
  echo "# Web: wrk tegen regiomonitor serve en nginx ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; demodatabase, meetmoment $WAVE; $(nproc) cores, gedeeld"
  echo "door server én wrk (en andere processen op de machine). Eis: p99 < 20 ms, dashboard >= 0,5 x nginx."
  echo "${LABEL:-Commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')}. Opnieuw: \`bash bench/web.sh\`."
  echo
  echo "| doel | pad | verzoeken/s | p50 (ms) | p99 (ms) | fout | / nginx |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  for i in "${!NAMES[@]}"; do
    read -r rps p50 p99 bad <<<"${RESULTS[$i]}"
    ratio=$(awk -v a="$rps" -v b="$NGINX_RPS" 'BEGIN { printf "%.2f", a / b }')
    echo "| ${NAMES[$i]} | \`${PATHS[$i]}\` | $rps | $p50 | $p99 | $bad | $ratio |"
  done
} | tee "$RESULT"
echo
echo "resultaat: $RESULT (wrk-uitvoer: $WORK/wrk.log)"

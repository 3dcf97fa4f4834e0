#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a fresh cluster (Debian's postgresql package) in a
# temporary folder, on 127.0.0.1 with a free port, trust authentication (except for the role
# regio_password_test, which must give its password: the test of a refused login), no fsync. Runs as the
# `postgres` system user when started by root (the server refuses to run as root).
#
#   eval "$(bash scripts/pg-test-server.sh start)"  # exports REGIO_TEST_PG and REGIO_PG_TEST_DIR
#   bash scripts/pg-test-server.sh stop [DIR]       # DIR defaults to $REGIO_PG_TEST_DIR
#
# `start` prints only the export lines on stdout (progress goes to stderr). The CTest fixture
# `postgres_server` uses `fixture-start STATE` / `fixture-stop STATE` instead: they keep the URI
# in STATE/uri and do nothing when REGIO_TEST_PG names a server already (scripts/test.sh).
set -euo pipefail

die() { echo "pg-test-server: $*" >&2; exit 1; }

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -x "$dir/initdb" ]] || die "PostgreSQL is niet geïnstalleerd: draai scripts/install-deps.sh (pakket postgresql)"
  echo "$dir"
}

# Runs a command as the server's user, in the server's folder (so it may read its working dir).
as_server() {
  local dir=$1; shift
  if ((EUID == 0)); then
    id postgres >/dev/null 2>&1 || die "gebruiker postgres ontbreekt: draai scripts/install-deps.sh"
    (cd "$dir" && runuser -u postgres -- "$@")
  else
    (cd "$dir" && "$@")
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts a server in a new temporary folder; prints the folder and the URI, one per line.
start_server() {
  local bin dir port
  bin=$(bindir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/regio-pg.XXXXXX")
  chmod 700 "$dir"
  ((EUID == 0)) && chown postgres: "$dir"
  as_server "$dir" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; rm -rf "$dir"; die "initdb mislukt"; }
  # The first matching line wins: this role is checked by password, every other one trusted.
  as_server "$dir" sh -c "printf 'host all regio_password_test 127.0.0.1/32 scram-sha-256\n' | cat - data/pg_hba.conf >data/pg_hba.new && mv data/pg_hba.new data/pg_hba.conf"
  for _ in $(seq 1 20); do
    port=$((20000 + RANDOM % 40000))
    port_in_use "$port" && continue
    if as_server "$dir" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -s start \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' -c fsync=off \
          -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >&2; then
      echo "$dir"
      echo "postgresql://postgres@127.0.0.1:$port/postgres"
      return 0
    fi
  done
  cat "$dir/server.log" >&2 || true
  rm -rf "$dir"
  die "geen vrije poort gevonden of de server start niet"
}

stop_server() {
  local dir=$1
  [[ -n "$dir" && -d "$dir" ]] || return 0
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_server "$dir" "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w -s stop >&2 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start)
    { read -r dir; read -r uri; } < <(start_server)
    [[ -n "${uri:-}" ]] || die "start mislukt"
    echo "PostgreSQL-testserver: $uri (map $dir)" >&2
    printf 'export REGIO_TEST_PG=%q\nexport REGIO_PG_TEST_DIR=%q\n' "$uri" "$dir"
    ;;
  stop)
    stop_server "${2:-${REGIO_PG_TEST_DIR:-}}"
    ;;
  fixture-start)
    state=${2:?usage: fixture-start STATE_DIR}
    mkdir -p "$state"
    [[ -f "$state/server-dir" ]] && stop_server "$(cat "$state/server-dir")"
    rm -f "$state/uri" "$state/server-dir"
    if [[ -n "${REGIO_TEST_PG:-}" ]]; then
      echo "REGIO_TEST_PG is gezet: de tests gebruiken $REGIO_TEST_PG" >&2
      exit 0
    fi
    { read -r dir; read -r uri; } < <(start_server)
    [[ -n "${uri:-}" ]] || die "start mislukt"
    echo "$dir" >"$state/server-dir"
    echo "$uri" >"$state/uri"
    echo "PostgreSQL-testserver: $uri" >&2
    ;;
  fixture-stop)
    state=${2:?usage: fixture-stop STATE_DIR}
    [[ -f "$state/server-dir" ]] && stop_server "$(cat "$state/server-dir")"
    rm -f "$state/uri" "$state/server-dir"
    ;;
  *)
    die "gebruik: $0 start | stop [MAP] | fixture-start STATE | fixture-stop STATE"
    ;;
esac

#!/usr/bin/env bash
# The attack test: an attacker written independently of Regiomonitor (tests/attack/lp_attack.py, scipy's HiGHS)
# holds every release in every format and solves linear programmes over all of it; it must learn no count
# between 1 and the threshold - 1 and narrow no suppressed count below the threshold.
#   run.sh BINARY [random|demo|all]
# random: three random deliveries, two releases each (and a negative control: the same attacker must break a
# release protected by primary suppression and rounding alone). demo: every release the demo command publishes.
set -euo pipefail
bin=$1
what=${2:-all}
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3  # Debian's python3 with python3-scipy (scripts/install-deps.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {  # name command...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $name"; else failed=$((failed + 1)); echo "MISLUKT: $name"; fi
}

export_release() {  # db peildatum prefix
  "$bin" --db "$1" outcomes indicators --release "$2" --format json --output "$3.json"
  "$bin" --db "$1" outcomes indicators --release "$2" --format csv --output "$3.csv"
  "$bin" --db "$1" outcomes indicators --release "$2" --format csv-nl --output "$3-nl.csv"
  "$py" "$here/release_files.py" same "$3.json" "$3.csv" "$3-nl.csv"
}

if [[ $what == random || $what == all ]]; then
  for seed in 1 2 3; do
    dir=$work/r$seed
    "$py" "$here/random_delivery.py" "$dir" "$seed" 300
    db=$work/r$seed.db
    "$bin" --db "$db" outcomes import --delivery "willekeurig-$seed" --extractiedatum 2023-06-30 "$dir" >/dev/null
    releases=()
    for d in 2022-06-30 2022-12-31 2023-06-30; do
      "$bin" --db "$db" outcomes publish --peildatum "$d" >/dev/null 2>&1
      export_release "$db" "$d" "$work/r$seed-$d"
      releases+=("$work/r$seed-$d.json")
    done
    check "willekeurige levering $seed: drie releases samen" "$py" "$here/lp_attack.py" "${releases[@]}"
    # Negative control: the same attacker on a naive protection of the same figures.
    "$bin" --db "$db" outcomes indicators --unsuppressed --peildatum 2023-06-30 --format json \
      --output "$work/r$seed-exact.json"
    "$py" "$here/release_files.py" weak "$work/r$seed-exact.json" "$work/r$seed-weak.json" 10 5
    check "controle $seed: naïeve beveiliging wordt gebroken" \
      bash -c "'$py' '$here/lp_attack.py' '$work/r$seed-weak.json' > '$work/r$seed-weak.txt'; grep -q GEVONDEN '$work/r$seed-weak.txt'"
  done
fi

if [[ $what == demo || $what == all ]]; then
  db=$work/demo.db
  "$bin" demo --db "$db" >/dev/null
  releases=()
  while read -r d; do
    export_release "$db" "$d" "$work/demo-$d"
    releases+=("$work/demo-$d.json")
  done < <("$bin" --db "$db" outcomes releases | awk 'NR > 2 {print $1}')
  if ((${#releases[@]} < 2)); then echo "de demo heeft minder dan twee releases"; failed=$((failed + 1)); fi
  check "demo: alle ${#releases[@]} releases samen" "$py" "$here/lp_attack.py" "${releases[@]}"
fi

echo "$passed passed, $failed failed"
((failed == 0))

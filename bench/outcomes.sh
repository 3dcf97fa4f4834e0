#!/usr/bin/env bash
# Outcomes at national scale (DESIGN §5), side by side with DuckDB in the same run:
#   (a) import of 1M persons (~4M rows) with full validation vs DuckDB loading the same CSVs;
#   (b) all indicators of §3.8 vs DuckDB computing them in SQL (duckdb_outcomes.mjs), whose
#       output must be byte-identical to ours (it is our independent second implementation);
#   peak memory of both. Each measurement 3x, the median is reported.
#
#   bench/outcomes.sh                 # from the repository root; BUILD=build PERSONS=1000000
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
PERSONS=${PERSONS:-1000000}
PEILDATUM=${PEILDATUM:-2025-01-01}
RUNS=${RUNS:-3}
WORK=bench/work
EXTRACT=$WORK/extract-$PERSONS
mkdir -p "$WORK"

cmake -S . -B "$BUILD" -G Ninja >/dev/null
cmake --build "$BUILD" -j2 --target regiomonitor regio_gen_extract >/dev/null

if [[ ! -f $EXTRACT/uitkeringen.csv ]]; then
  echo "extract genereren: $PERSONS personen -> $EXTRACT"
  "$BUILD"/bench/regio_gen_extract "$PERSONS" "$EXTRACT.tmp"
  mv "$EXTRACT.tmp" "$EXTRACT"
fi
du -sh "$EXTRACT"

if [[ ! -d bench/node_modules/@duckdb/node-api ]]; then
  npm install --prefix bench --no-audit --no-fund >/dev/null
fi

# Runs a command, appends "seconds max_rss_kb" to the named list; output of the command to $WORK/last.out.
measure() {
  local list=$1; shift
  /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$@" >"$WORK/last.out"
  cat "$WORK/time.txt" >>"$WORK/$list"
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
col() { awk -v c="$1" '{print $c}' "$WORK/$2" | median; }

rm -f "$WORK"/{ours_import,duck_import,ours_ind,duck_ind}
OURS_DB=$WORK/ours.db
DUCK_DB=$WORK/duck.duckdb
for run in $(seq "$RUNS"); do
  echo "ronde $run/$RUNS"
  rm -f "$OURS_DB" "$OURS_DB"-wal "$OURS_DB"-shm
  measure ours_import "$BUILD"/regiomonitor --db "$OURS_DB" outcomes import --delivery bench "$EXTRACT"
  measure duck_import node bench/duckdb_outcomes.mjs load "$EXTRACT" "$DUCK_DB"
  measure ours_ind "$BUILD"/regiomonitor --db "$OURS_DB" outcomes indicators --peildatum "$PEILDATUM" \
    --unsuppressed --format csv
  cp "$WORK/last.out" "$WORK/ours_indicators.csv"
  measure duck_ind node bench/duckdb_outcomes.mjs indicators "$DUCK_DB" "$PEILDATUM" "$WORK/duck_indicators.csv"
done

if cmp -s "$WORK/ours_indicators.csv" "$WORK/duck_indicators.csv"; then
  SAME="identiek ($(($(wc -l <"$WORK/ours_indicators.csv") - 1)) rijen)"
else
  SAME="VERSCHILLEND (zie diff $WORK/ours_indicators.csv $WORK/duck_indicators.csv)"
fi

oi=$(col 1 ours_import); di=$(col 1 duck_import); oc=$(col 1 ours_ind); dc=$(col 1 duck_ind)
om=$(cat "$WORK/ours_import" "$WORK/ours_ind" | awk '{print $2}' | sort -g | tail -1)
dm=$(cat "$WORK/duck_import" "$WORK/duck_ind" | awk '{print $2}' | sort -g | tail -1)
omi=$(col 2 ours_import); dmi=$(col 2 duck_import)
echo
echo "outcomes op landelijke schaal: $PERSONS personen, peildatum $PEILDATUM, mediaan van $RUNS"
printf '  import      ours %6.2f s %7d MB | duckdb %6.2f s %7d MB\n' "$oi" $((omi / 1024)) "$di" $((dmi / 1024))
printf '  indicatoren ours %6.2f s %7d MB | duckdb %6.2f s %7d MB\n' "$oc" $(($(col 2 ours_ind) / 1024)) "$dc" $(($(col 2 duck_ind) / 1024))
echo "  uitkomsten: $SAME"
awk -v oi="$oi" -v di="$di" -v oc="$oc" -v dc="$dc" -v om="$om" -v dm="$dm" -v omi="$omi" -v dmi="$dmi" 'BEGIN {
  printf "  import-tijd ours/duckdb      %.2f  (eis <= 1)\n", oi / di
  printf "  indicatortijd duckdb/ours    %.1f  (eis >= 10)\n", dc / oc
  printf "  piekgeheugen ours/duckdb     %.2f  (eis <= 0.5; max over import en indicatoren)\n", om / dm
  printf "  piekgeheugen import alleen   %.2f\n", omi / dmi
}'

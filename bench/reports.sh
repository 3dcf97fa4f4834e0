#!/usr/bin/env bash
# Reports (issue 8): the national report and the fact sheets of all regions as PDF with our own
# writer (cairo/pango, no browser), side by side in the same run with headless Chromium printing
# the same HTML documents to PDF (how DHIS2, Superset and Metabase make their PDFs).
# Bar: all documents in under 5 s on 2 cores, and at least 10x faster than Chromium.
#
#   bench/reports.sh              # from the repository root; BUILD=build WAVE=2020-vervolg RUNS=3
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
WAVE=${WAVE:-2020-vervolg}
RUNS=${RUNS:-3}
CHROMIUM=${CHROMIUM:-chromium}
WORK=bench/work/reports
DB=$WORK/demo.db
mkdir -p "$WORK"

cmake -S . -B "$BUILD" -G Ninja >/dev/null
cmake --build "$BUILD" -j2 --target regiomonitor >/dev/null
RM="$BUILD/regiomonitor --db $DB"

if [[ ! -f $DB ]]; then
  echo "demodatabase maken (met releases; duurt ongeveer een minuut) -> $DB"
  $BUILD/regiomonitor demo --db "$DB.tmp" 2>/dev/null >/dev/null
  mv "$DB.tmp" "$DB"
fi

# The HTML documents Chromium prints: the same documents, made once (not timed).
rm -rf "$WORK/html" && mkdir -p "$WORK/html"
$RM report national --wave "$WAVE" --format html --output "$WORK/html/rapport.html" 2>/dev/null
$RM report regions --wave "$WAVE" --format html --output "$WORK/html" 2>/dev/null
DOCS=$(ls "$WORK/html"/*.html | wc -l)

ours() {
  rm -rf "$WORK/pdf" && mkdir -p "$WORK/pdf"
  $RM report national --wave "$WAVE" --format pdf --output "$WORK/pdf/rapport.pdf" 2>/dev/null
  $RM report regions --wave "$WAVE" --format pdf --output "$WORK/pdf" 2>/dev/null
}
chrome() {
  rm -rf "$WORK/chrome" && mkdir -p "$WORK/chrome"
  local profile
  profile=$(mktemp -d)
  for f in "$WORK/html"/*.html; do
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
      --disable-sync --no-first-run --user-data-dir="$profile" \
      --print-to-pdf="$WORK/chrome/$(basename "$f" .html).pdf" "file://$PWD/$f" >/dev/null 2>&1
  done
  rm -rf "$profile"
}
seconds() { local s e; s=$(date +%s.%N); "$@"; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: >"$WORK/ours.txt"; : >"$WORK/chrome.txt"
for run in $(seq "$RUNS"); do
  echo "ronde $run/$RUNS"
  seconds ours >>"$WORK/ours.txt"
  seconds chrome >>"$WORK/chrome.txt"
done
o=$(median <"$WORK/ours.txt"); c=$(median <"$WORK/chrome.txt")
pages=$(for f in "$WORK/pdf"/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | paste -sd+ | bc)
echo
echo "rapporten als PDF: $DOCS documenten ($pages pagina's), meetmoment $WAVE, mediaan van $RUNS; $(nproc) cores (gedeelde machine)"
printf '  regiomonitor  %6.2f s  (eis < 5 s)\n' "$o"
printf '  chromium      %6.2f s\n' "$c"
awk -v o="$o" -v c="$c" 'BEGIN { printf "  chromium/ours %6.1f   (eis >= 10)\n", c / o }'

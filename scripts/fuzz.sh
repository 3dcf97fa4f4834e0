#!/usr/bin/env bash
# Runs the libFuzzer targets for a while each (not part of the test suite, whose deterministic
# smoke tests cover the same properties). Needs clang 16: libstdc++ 12 hides std::expected from
# clangs that report __cpp_concepts < 202002, so the macro is set by hand (clang 16 implements
# what that check guards).
#   bash scripts/fuzz.sh [SECONDS]      # default 60 per target
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
bash scripts/install-deps.sh
command -v clang++-16 >/dev/null || apt-get install -y -qq clang-16 libclang-rt-16-dev
cmake -S . -B build-fuzz -G Ninja -DREGIO_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-16 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="-U__cpp_concepts -D__cpp_concepts=202002L -Wno-builtin-macro-redefined -fsanitize=fuzzer-no-link,address" \
  >/dev/null
cmake --build build-fuzz -j2 --target csv_fuzz outcomes_extract_fuzz
for target in build-fuzz/src/tabular/csv_fuzz build-fuzz/src/outcomes/outcomes_extract_fuzz; do
  corpus=build-fuzz/corpus/$(basename "$target")
  mkdir -p "$corpus"
  echo "== $(basename "$target"): ${seconds} s"
  "$target" -max_total_time="$seconds" -rss_limit_mb=4096 "$corpus" 2>&1 | tail -n 2
done

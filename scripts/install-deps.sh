#!/usr/bin/env bash
# Installs everything Regiomonitor needs to build, run and test on Debian 12 (run as root).
# Idempotent: packages already present are left alone.
set -euo pipefail
packages=(
  build-essential cmake pkg-config ninja-build
  libsqlite3-dev sqlite3
  libpq-dev postgresql
  libfmt-dev libcli11-dev nlohmann-json3-dev
  libssl-dev libzip-dev libpugixml-dev libxlsxwriter-dev
  libgtest-dev libgmock-dev
  libglpk-dev
  libboost-dev libsodium-dev
  libyaml-cpp-dev
  libcairo2-dev libpango1.0-dev librsvg2-dev libhyphen-dev hyphen-nl fonts-noto-core
  libqpdf-dev qpdf poppler-utils
  python3 python3-scipy python3-numpy
  nodejs chromium
  time
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installeren: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The browser tests (tests/e2e): playwright-core from npm drives Debian's chromium.
command -v npm >/dev/null || apt-get install -y -qq --no-install-recommends npm
(cd "$(dirname "$0")/../tests/e2e" && npm ci --no-audit --no-fund --silent)

#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root), configures and builds the default preset.
# Usage: bash scripts/setup.sh [--bench]   (--bench adds the peer tools the benchmarks compare with)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config ccache git clang-14 libclang-rt-14-dev
  libicu-dev libre2-dev libcli11-dev libfmt-dev nlohmann-json3-dev libsqlite3-dev
  libgumbo-dev libxml2-dev libpugixml-dev zlib1g-dev libzstd-dev zstd libxxhash-dev
  libcpp-httplib-dev libstemmer-dev libjemalloc-dev libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-jsonschema chromium
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(python3-sklearn python3-dateparser python3-readability python3-numpy apache2-utils)
fi
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake --preset default >/dev/null
cmake --build --preset default

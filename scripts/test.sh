#!/usr/bin/env bash
# The whole test suite: set-up and build (scripts/setup.sh), every ctest test of the default
# preset (unit, golden, accuracy gates, browser tests), then the libFuzzer smoke runs under
# ASan+UBSan (asan preset, label `fuzz`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ctest --preset default -j2
cmake --preset asan >/dev/null
cmake --build --preset asan --target fuzz_targets
ctest --preset fuzz -j2

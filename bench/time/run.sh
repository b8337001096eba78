#!/usr/bin/env bash
# Peer benchmark of the time stage (issue 6): runs, in one run, our tagger, chrono-node (npm
# `chrono-node`, its German `chrono.de` and English parsers) and Debian's python3-dateparser on
# the expression table tests/timex/expressions.tsv and prints accuracy and expressions/s for
# each (scoring: see score.py).
#   bash bench/time/run.sh [BUILD_DIR]     (default build/release, configured if missing)
# Installs chrono-node into bench/time/node_modules (git-ignored) and, if missing,
# python3-dateparser with apt-get.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build/release}"
table="$root/tests/timex/expressions.tsv"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRI_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target tri_timex_table >/dev/null
if [ ! -d "$here/node_modules/chrono-node" ]; then
  (cd "$here" && npm install --no-audit --no-fund >/dev/null)
fi
if ! /usr/bin/python3 -c "import dateparser" 2>/dev/null; then
  apt-get install -y python3-dateparser >/dev/null
fi

echo "running triangulate ..." >&2
"$build/tools/time/tri_timex_table" "$table" --predictions --repeat 1000 >"$out/ours.tsv"
echo "running chrono-node ..." >&2
node "$here/chrono_run.mjs" "$table" 50 >"$out/chrono.jsonl"
echo "running python3-dateparser ..." >&2
/usr/bin/python3 "$here/dateparser_run.py" "$table" 3 >"$out/dateparser.jsonl"
/usr/bin/python3 "$here/score.py" "$table" "$out/ours.tsv" "$out/chrono.jsonl" "$out/dateparser.jsonl"

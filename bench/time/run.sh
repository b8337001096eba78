#!/usr/bin/env bash
# Peer benchmark of the time stage (issue 6): runs, in one run, our tagger, chrono-node (npm
# `chrono-node`, its German `chrono.de` and English parsers) and Debian's python3-dateparser on
# the expression table tests/timex/expressions.tsv and prints accuracy and expressions/s for
# each (scoring: see score.py).
#   bash bench/time/run.sh [BUILD_DIR]     (default build/release, configured if missing)
# ROUNDS=N (default 3) runs ours and chrono-node N times, alternating, and scores the median
# speed of each (dateparser, 400x slower, runs once).
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

rounds="${ROUNDS:-3}"
for r in $(seq 1 "$rounds"); do
  echo "round $r of $rounds: triangulate, chrono-node ..." >&2
  if [ "$r" = 1 ]; then
    "$build/tools/time/tri_timex_table" "$table" --predictions --repeat 1000 >"$out/ours.tsv"
    node "$here/chrono_run.mjs" "$table" 50 20 >"$out/chrono.jsonl"
  else
    # Later rounds add only their timing line.
    "$build/tools/time/tri_timex_table" "$table" --predictions --repeat 1000 |
      grep '^seconds' >>"$out/ours.tsv"
    node "$here/chrono_run.mjs" "$table" 50 20 | tail -n 1 >>"$out/chrono.jsonl"
  fi
done
echo "running python3-dateparser ..." >&2
/usr/bin/python3 "$here/dateparser_run.py" "$table" 3 >"$out/dateparser.jsonl"
/usr/bin/python3 "$here/score.py" "$table" "$out/ours.tsv" "$out/chrono.jsonl" "$out/dateparser.jsonl"

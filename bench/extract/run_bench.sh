#!/usr/bin/env bash
# Extraction benchmark, one run on the same pages: triangulate's extractor, Mozilla Readability
# (npm @mozilla/readability + jsdom, installed here into bench/extract/node_modules) and Debian's
# python3-readability, each single-threaded on the trafilatura evaluation pages; prints
# precision/recall/F1 (trafilatura's scoring) and pages/s for each.
# Usage: bash bench/extract/run_bench.sh [BUILD_DIR]   (default build/default; needs ../shared)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/default}
data=${TRI_SHARED_DIR:-$root/../shared}/data/trafilatura-eval
if [[ ! -f "$data/evaldata.json" ]]; then
  echo "bench/extract: $data not found" >&2
  exit 1
fi
work=$build/bench_extract
mkdir -p "$work"
[[ -d "$work/pages" ]] || tar --zstd -xf "$data/pages.tar.zst" -C "$work"
[[ -x "$build/tools/extract_eval/extract_eval" ]] || cmake --build "$build" --target extract_eval
if [[ ! -d "$here/node_modules/jsdom" || ! -d "$here/node_modules/@mozilla/readability" ]]; then
  npm install --no-audit --no-fund --prefix "$here" >&2
fi
if ! /usr/bin/python3 -c 'import readability' 2>/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-readability >&2
fi
/usr/bin/python3 -c '
import json, sys
for v in json.load(open(sys.argv[1], encoding="utf-8")).values(): print(v["file"])
' "$data/evaldata.json" > "$work/files.txt"

echo "extracting $(wc -l < "$work/files.txt") pages with each tool ..." >&2
"$build/tools/extract_eval/extract_eval" --data "$data" --pages "$work" \
  --jsonl "$work/triangulate.jsonl" > "$work/triangulate.log"
node "$here/readability_js.js" "$work/pages" "$work/files.txt" > "$work/readability_js.jsonl"
/usr/bin/python3 "$here/readability_py.py" "$work/pages" "$work/files.txt" > "$work/readability_py.jsonl"
/usr/bin/python3 "$here/score.py" "$data/evaldata.json" \
  "$work/triangulate.jsonl" "$work/readability_js.jsonl" "$work/readability_py.jsonl"

#!/usr/bin/env bash
# Loopback load benchmark of the server (issue 9): builds server_load, generates a
# 10,000-article corpus, ingests it into build/bench/server10k.db (once; delete it to rebuild),
# and prints requests/s and p50/p90/p99 latency for the story, search, list and article
# endpoints, first against the in-process server, then against `triangulate serve`.
# Usage: bash bench/server_load.sh [BUILD_DIR] [SECONDS] [CONNECTIONS]
#   (TRI_SERVE_CACHE_MB=0 runs the separate server without its story page cache)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/default}
seconds=${2:-5}
connections=${3:-4}
cmake --build "$build" --target server_load triangulate >/dev/null
mkdir -p build/bench
db=build/bench/server10k.db
"$build/bench/server_load" --db "$db" --articles 10000 --seconds "$seconds" --connections "$connections"
echo "--- story pages without the server's page cache (every request decodes and renders)"
"$build/bench/server_load" --db "$db" --seconds "$seconds" --connections "$connections" \
  --only story --cache-mb 0 | grep -v '^database'

echo "--- the same against a separate \`triangulate serve\` process"
log=$(mktemp)
"$build/triangulate" serve --db "$db" --port 0 --cache-mb "${TRI_SERVE_CACHE_MB:-64}" 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q "http://" "$log" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log")
"$build/bench/server_load" --url "$url" --seconds "$seconds" --connections "$connections"

#!/usr/bin/env bash
# The store commands end to end on examples/: ingest (twice: the second run adds nothing),
# stories, story in every format, search, entity, and the documented default database path.
# Usage: cli_smoke_test.sh TRIANGULATE EXAMPLES_DIR
set -euo pipefail
bin=$1
examples=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db=$dir/t.db
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" ingest --db "$db" --quiet "$examples" 2>"$dir/first.log" || [ $? -eq 1 ]
grep -q "added" "$dir/first.log" || fail "ingest printed no summary: $(cat "$dir/first.log")"
grep -qF "triangulate: database $db " "$dir/first.log" || fail "ingest did not say where the database is: $(cat "$dir/first.log")"
"$bin" ingest --db "$db" --quiet "$examples" 2>"$dir/second.log" || [ $? -eq 1 ]
grep -q "triangulate: 0 added, 0 updated" "$dir/second.log" || fail "re-ingest added something: $(cat "$dir/second.log")"

"$bin" stories --db "$db" --format json >"$dir/stories.json"
story=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["stories"]; assert s, "no stories"; print(s[0]["id"])' "$dir/stories.json")
"$bin" story --db "$db" "$story" --format json >"$dir/story.json"
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert a["stories"][0]["id"]==sys.argv[2]; assert a["documents"]' "$dir/story.json" "$story" ||
  fail "story json"
# Outputs go to files first: `cmd | grep -q` can fail under pipefail when grep exits early.
"$bin" story --db "$db" "$story" --format md >"$dir/story.md"
grep -q . "$dir/story.md" || fail "story md is empty"
"$bin" story --db "$db" "$story" --format html -o "$dir/story.html"
grep -qi "<html" "$dir/story.html" || fail "story html"
"$bin" story --db "$db" no-such-story >/dev/null 2>&1 && fail "a missing story did not fail"

word=$(python3 -c 'import json,sys,re; t=json.load(open(sys.argv[1]))["stories"][0]["title"]; print(max(re.findall(r"\w{4,}", t) or ["Stadt"], key=len))' "$dir/stories.json")
"$bin" search --db "$db" "$word" --format json >"$dir/search.json"
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["hits"], "no hits"' "$dir/search.json" || fail "search '$word' found nothing"
"$bin" search --db "$db" "" >/dev/null 2>&1 && fail "an empty query did not fail"
"$bin" entity --db "$db" a --format json | python3 -c 'import json,sys; json.load(sys.stdin)' || fail "entity json"

# Without --db: $TRIANGULATE_DB, else ./triangulate.db.
(cd "$dir" && TRIANGULATE_DB= "$bin" stories >/dev/null 2>&1) && fail "stories without a database succeeded"
(cd "$dir" && cp t.db triangulate.db && TRIANGULATE_DB= "$bin" stories >default.txt) &&
  grep -q "$story" "$dir/default.txt" || fail "./triangulate.db not used"
TRIANGULATE_DB=$db "$bin" stories >"$dir/env.txt"
grep -q "$story" "$dir/env.txt" || fail "\$TRIANGULATE_DB not used"
echo "cli smoke test passed"

"""Peer for bench/time/run.sh: Debian's python3-dateparser on the expression table.

Each row's context goes to dateparser.search.search_dates with the row's language and the
anchor (noon) as RELATIVE_BASE (rows without an anchor get 2025-10-27, which they are scored
without). Prints one JSON line per row ({line, found, text, year, month, day, hour, minute}),
then {seconds, passes, cpu_seconds} (wall-clock and process CPU time of the timed passes).
"""
import datetime
import json
import sys
import time
import warnings

warnings.filterwarnings("ignore")
from dateparser.search import search_dates  # noqa: E402

table, passes = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1
rows = []
with open(table, encoding="utf-8") as f:
    for no, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        lang, context, expression, anchor = line.split("\t")[:4]
        y, m, d = map(int, ("2025-10-27" if anchor == "-" else anchor).split("-"))
        rows.append((no, lang, context, expression, datetime.datetime(y, m, d, 12, 0, 0)))


def parse(lang, context, ref):
    try:
        return search_dates(context, languages=[lang],
                            settings={"RELATIVE_BASE": ref, "RETURN_AS_TIMEZONE_AWARE": False}) or []
    except Exception:  # dateparser raises on some inputs; count as nothing found
        return []


out = []
for no, lang, context, expression, ref in rows:
    begin = context.find(expression)
    end = begin + len(expression)
    best, best_overlap, pos = None, 0, 0
    for text, dt in parse(lang, context, ref):
        at = context.find(text, pos)
        if at < 0:
            at = context.find(text)
        if at < 0:
            continue
        pos = at + 1
        overlap = min(end, at + len(text)) - max(begin, at)
        if overlap > best_overlap:
            best, best_overlap = (text, dt), overlap
    if best is None:
        out.append({"line": no, "found": False})
    else:
        dt = best[1]
        out.append({"line": no, "found": True, "text": best[0], "year": dt.year, "month": dt.month,
                    "day": dt.day, "hour": dt.hour, "minute": dt.minute})
start = time.perf_counter()
cpu_start = time.process_time()
for _ in range(passes):
    for no, lang, context, expression, ref in rows:
        parse(lang, context, ref)
seconds = time.perf_counter() - start
cpu_seconds = time.process_time() - cpu_start
for o in out:
    print(json.dumps(o))
print(json.dumps({"seconds": seconds, "passes": passes, "cpu_seconds": cpu_seconds}))

"""Scores the peer benchmark of bench/time/run.sh on the expression table.

Inputs: the table, our predictions (tri_timex_table --predictions), chrono's and dateparser's
JSON lines. Scoring (documented in data/time/README.md):
- ours: a row is right when type and value equal the expected TIMEX3 exactly;
- peers (which return a date-time, not a TIMEX3 value): a row is right when their date falls
  in the expected period at the granularity it names: the same day for day values (and the
  same hour:minute for clock times), inside the week/month/season/quarter/year otherwise.
  Values no peer can express (durations, sets, PRESENT_REF/PAST_REF/FUTURE_REF, partial
  "XXXX-..." values, BC years, centuries, decades) count as misses for them; the "expressible"
  column scores only the other rows, for everyone.
Speed: rows x passes / seconds of each tool's own parsing loop (ours: tokens + sentences +
tagging; chrono: chrono.de/en.parse; dateparser: search_dates), in the same run, without process
start-up, after untimed warm-up passes (ours and dateparser: one, the scored one; chrono: 20 more,
so that V8 has compiled its hot code); once per wall-clock second and once per second of process
CPU time (user + system, all threads). A file may hold several timing lines (run.sh's rounds, which
alternate the tools): each tool's speed is then the median over its rounds, and the ratios are
also given per round, since on a shared machine one round can be off by 20 % or more.
"""
import datetime
import json
import re
import statistics
import sys


def load_table(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t") + [""]
            rows.append({"line": no, "lang": cols[0], "type": cols[4], "value": cols[5]})
    return rows


def interval(value):
    """(first, last, needs_time) for values a date-time can express, else None."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T(\d{2}):(\d{2})|T(MO|MI|AF|EV|NI))?", value)
    if m:
        d = datetime.date(int(m[1]), int(m[2]), int(m[3]))
        clock = (int(m[5]), int(m[6])) if m[5] else None
        return d, d, clock
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if m:
        monday = datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        first = monday + datetime.timedelta(days=5) if m[3] else monday
        return first, monday + datetime.timedelta(days=6), None
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        y, mo = int(m[1]), int(m[2])
        nxt = datetime.date(y + (mo == 12), mo % 12 + 1, 1)
        return datetime.date(y, mo, 1), nxt - datetime.timedelta(days=1), None
    m = re.fullmatch(r"(\d{4})-(Q|H)(\d)", value)
    if m:
        y, n = int(m[1]), int(m[3])
        months = 3 if m[2] == "Q" else 6
        first = datetime.date(y, (n - 1) * months + 1, 1)
        end_month = n * months
        nxt = datetime.date(y + (end_month == 12), end_month % 12 + 1, 1)
        return first, nxt - datetime.timedelta(days=1), None
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        y = int(m[1])
        spans = {"SP": ((3, 1), (5, 31)), "SU": ((6, 1), (8, 31)), "FA": ((9, 1), (11, 30)),
                 "WI": ((12, 1), (12, 31))}
        (m1, d1), (m2, d2) = spans[m[2]]
        last = datetime.date(y + 1, 2, 28) if m[2] == "WI" else datetime.date(y, m2, d2)
        return datetime.date(y, m1, d1), last, None
    m = re.fullmatch(r"(\d{4})", value)
    if m:
        y = int(m[1])
        return datetime.date(y, 1, 1), datetime.date(y, 12, 31), None
    return None


def peer_right(row, pred):
    if not pred or not pred.get("found"):
        return False
    iv = interval(row["value"])
    if iv is None:
        return False
    try:
        d = datetime.date(pred["year"], pred["month"], pred["day"])
    except (TypeError, ValueError):
        return False
    first, last, clock = iv
    if not (first <= d <= last):
        return False
    if clock is not None:
        return (pred.get("hour"), pred.get("minute")) == clock
    return True


def read_lines(path):
    preds, timing = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            o = json.loads(line)
            if "seconds" in o:
                timing.append(o)
            else:
                preds[o["line"]] = o
    return preds, timing


def main(table, ours_path, chrono_path, dateparser_path):
    rows = load_table(table)
    ours, our_timing = {}, []
    with open(ours_path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "seconds":
                our_timing.append({"seconds": float(cols[1]), "passes": int(cols[2])})
                if len(cols) > 3:
                    our_timing[-1]["cpu_seconds"] = float(cols[3])
            else:
                ours[int(cols[0])] = {"found": cols[1] == "1", "type": cols[2], "value": cols[3]}
    chrono, chrono_timing = read_lines(chrono_path)
    dp, dp_timing = read_lines(dateparser_path)
    expressible = [r for r in rows if r["type"] in ("DATE", "TIME") and interval(r["value"])]
    tools = [
        ("triangulate", lambda r: ours.get(r["line"], {}).get("found") and
         ours[r["line"]]["type"] == r["type"] and ours[r["line"]]["value"] == r["value"], our_timing),
        ("chrono-node", lambda r: peer_right(r, chrono.get(r["line"])), chrono_timing),
        ("python3-dateparser", lambda r: peer_right(r, dp.get(r["line"])), dp_timing),
    ]
    print(f"expression table: {len(rows)} rows ({sum(r['lang'] == 'de' for r in rows)} de, "
          f"{sum(r['lang'] == 'en' for r in rows)} en); {len(expressible)} with DATE/TIME values "
          f"a date-time can express")
    print(f"{'tool':<20} {'all':>7} {'de':>7} {'en':>7} {'expressible':>12} {'expr/s':>12} "
          f"{'expr/CPU-s':>12}")
    speeds, cpu_speeds, rounds = {}, {}, {}
    for name, right, timing in tools:
        acc = lambda subset: 100.0 * sum(1 for r in subset if right(r)) / max(1, len(subset))
        de = [r for r in rows if r["lang"] == "de"]
        en = [r for r in rows if r["lang"] == "en"]
        walls = [len(rows) * t["passes"] / t["seconds"] for t in timing if t.get("seconds")]
        cpus = [len(rows) * t["passes"] / t["cpu_seconds"] for t in timing if t.get("cpu_seconds")]
        speed = statistics.median(walls) if walls else 0
        cpu_speed = statistics.median(cpus) if cpus else 0
        speeds[name], cpu_speeds[name] = speed, cpu_speed
        rounds[name] = (walls, cpus)
        print(f"{name:<20} {acc(rows):6.1f}% {acc(de):6.1f}% {acc(en):6.1f}% {acc(expressible):11.1f}% "
              f"{speed:12.0f} {cpu_speed:12.0f}")
    for peer, label in (("chrono-node", "chrono-node"), ("python3-dateparser", "dateparser")):
        if speeds.get(peer):
            line = f"speed ratio triangulate / {label}: {speeds['triangulate'] / speeds[peer]:.1f}x wall-clock"
            if cpu_speeds.get(peer) and cpu_speeds.get("triangulate"):
                line += f", {cpu_speeds['triangulate'] / cpu_speeds[peer]:.1f}x CPU time"
            n = min(len(rounds["triangulate"][0]), len(rounds[peer][0]))
            if n > 1:
                ours_w, peer_w = rounds["triangulate"][0], rounds[peer][0]
                per_round = ", ".join(f"{ours_w[k] / peer_w[k]:.1f}x" for k in range(n))
                line += f" (medians of {n} rounds; wall-clock per round: {per_round})"
            print(line)


if __name__ == "__main__":
    main(*sys.argv[1:5])

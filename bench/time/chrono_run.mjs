// Peer for bench/time/run.sh: chrono-node on the expression table. German rows use chrono.de,
// English rows chrono.en; each row gets its context sentence and the anchor as reference date
// (noon, local time; rows without an anchor get 2025-10-27, which they are scored without).
// Prints one JSON line per row: {line, found, text, index, year, month, day, hour, minute,
// certain: [components]}, then {seconds, passes, cpu_seconds} (wall-clock and process CPU time,
// user + system, of the timed passes).
//   node chrono_run.mjs TABLE [PASSES] [WARMUP_PASSES]
// The untimed warm-up passes (default 20) let V8 finish compiling chrono's hot code first:
// with one warm-up pass, the timed passes ran ~25 % slower than chrono's steady state.
import * as chrono from "chrono-node";
import { readFileSync } from "node:fs";

const table = process.argv[2];
const passes = Number(process.argv[3] || 5);
const warmup = Number(process.argv[4] ?? 20);
const rows = [];
readFileSync(table, "utf8").split("\n").forEach((line, i) => {
  if (!line || line.startsWith("#")) return;
  const [lang, context, expression, anchor] = line.split("\t");
  const [y, m, d] = (anchor === "-" ? "2025-10-27" : anchor).split("-").map(Number);
  rows.push({ line: i + 1, lang, context, expression, ref: new Date(y, m - 1, d, 12, 0, 0) });
});

function parse(row) {
  const parser = row.lang === "de" ? chrono.de : chrono.en;
  return parser.parse(row.context, row.ref);
}

const out = rows.map((row) => {
  const begin = row.context.indexOf(row.expression);
  const end = begin + row.expression.length;
  let best = null, bestOverlap = 0;
  for (const r of parse(row)) {
    const overlap = Math.min(end, r.index + r.text.length) - Math.max(begin, r.index);
    if (overlap > bestOverlap) { bestOverlap = overlap; best = r; }
  }
  if (!best) return { line: row.line, found: false };
  const s = best.start;
  const certain = ["year", "month", "day", "hour", "minute"].filter((c) => s.isCertain(c));
  return { line: row.line, found: true, text: best.text, index: best.index, year: s.get("year"),
           month: s.get("month"), day: s.get("day"), hour: s.get("hour"), minute: s.get("minute"),
           certain };
});
for (let p = 0; p < warmup; ++p) for (const row of rows) parse(row);
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (let p = 0; p < passes; ++p) for (const row of rows) parse(row);
const cpu = process.cpuUsage(cpu0);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu_seconds = (cpu.user + cpu.system) / 1e6;
for (const o of out) console.log(JSON.stringify(o));
console.log(JSON.stringify({ seconds, passes, cpu_seconds }));

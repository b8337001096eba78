// The story timeline as an inline SVG: one row per article, dated items as dots on a shared
// date axis, plus the full list below (items whose date is vague, like "2025-W44", appear in
// the list only).
import { formatDate, h, sourceLabel, svg } from './dom.js';

const DAY = 86400000;

// Only full dates go on the chart; a year, a month or a week ("2027", "2026-W46") would sit
// on an arbitrary day, so those appear in the list only.
function toTime(when) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(when || '');
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? t : null;
}

const PARTS = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

// "2026-11-20TEV" -> "20 Nov 2026, evening"; "2026-11-16T11:20" -> "16 Nov 2026, 11:20".
function whenLabel(when) {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})|T([A-Z]{2}))?/.exec(when || '');
  if (!m) return when;
  if (m[2]) return formatDate(`${m[1]}T${m[2]}`);
  return m[3] ? `${formatDate(m[1])}, ${PARTS[m[3]] || m[3]}` : formatDate(m[1]);
}

function isoDay(t) { return new Date(t).toISOString().slice(0, 10); }

export function timelineChart(entries, articles) {
  if (!entries || entries.length === 0) {
    return h('p', { class: 'empty' }, 'No dated events or statements were found.');
  }
  const dated = entries.map((e) => ({ ...e, t: toTime(e.when) })).filter((e) => e.t !== null);
  const docs = [...new Set(entries.map((e) => e.document))];
  const figure = h('figure', { class: 'timeline' });
  if (dated.length > 0) {
    // Half a day of margin either side, so items on the first and last day are not on the edge.
    const lo = Math.min(...dated.map((e) => e.t)) - DAY / 2;
    const hi = Math.max(...dated.map((e) => e.t)) + DAY / 2;
    const left = 150, right = 40, top = 20, row = 28, width = 860;
    const height = top + docs.length * row + 30;
    const x = (t) => left + ((t - lo) / (hi - lo)) * (width - left - right);
    const chart = svg('svg', {
      viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'timeline-svg',
      'aria-label': `Timeline of ${dated.length} dated items`,
    });
    docs.forEach((d, i) => {
      const y = top + i * row + row / 2;
      const a = articles.get(d);
      const label = a ? sourceLabel(a) : d;
      chart.append(
        svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'lane' }),
        svg('text', { x: left - 8, y: y + 4, 'text-anchor': 'end', class: 'lane-label' }, label.slice(0, 22)));
    });
    // Ticks on whole days: every day for short stories, else about six evenly spread.
    const days = Math.round((hi - lo) / DAY);
    const step = Math.max(1, Math.ceil(days / 6));
    for (let t = Math.ceil(lo / DAY) * DAY; t <= hi; t += step * DAY) {
      const tx = x(t);
      chart.append(
        svg('line', { x1: tx, x2: tx, y1: top - 6, y2: height - 24, class: 'tick' }),
        svg('text', { x: tx, y: height - 8, 'text-anchor': 'middle', class: 'tick-label' }, formatDate(isoDay(t))));
    }
    for (const e of dated) {
      const y = top + docs.indexOf(e.document) * row + row / 2;
      const dot = svg('circle', { cx: x(e.t), cy: y, r: 6, class: `dot kind-${e.kind || 'event'}` },
        svg('title', null, `${e.when} · ${e.kind || 'event'}${e.speaker ? ` · ${e.speaker}` : ''}: ${e.text}`));
      chart.append(dot);
    }
    figure.append(chart, h('figcaption', { class: 'legend' },
      h('span', { class: 'key kind-event' }, 'event'), h('span', { class: 'key kind-statement' }, 'statement'),
      h('span', { class: 'key kind-publication' }, 'publication')));
  }
  figure.append(h('ol', { class: 'timeline-list' }, entries.map((e) => {
    const a = articles.get(e.document);
    return h('li', null,
      h('span', { class: 'when' }, whenLabel(e.when)),
      ' ', h('span', { class: `kind kind-${e.kind || 'event'}` }, e.kind || 'event'), ' ',
      h('span', null, e.text), ' ',
      h('a', { href: `#/article/${encodeURIComponent(e.document)}`, class: 'muted' }, `— ${a ? sourceLabel(a) : e.document}`),
      e.speaker ? h('span', { class: 'muted' }, ` (${e.speaker})`) : null);
  })));
  return figure;
}

// DOM helpers. Every piece of article or user text goes into the page as a text node
// (textContent); markup is never built from strings, so hostile text cannot become script.

const SVG_NS = 'http://www.w3.org/2000/svg';

// Only in-app routes and http(s) links are ever written into href; anything else
// (javascript:, data:, vbscript:) becomes an inert "#".
export function safeHref(value) {
  const s = String(value ?? '');
  if (s.startsWith('#/')) return s;
  try {
    const u = new URL(s);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch (e) { /* not a URL */ }
  return '#';
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) {
      if (typeof v === 'function') el.addEventListener(k.slice(2), v);  // never string handlers
    } else if (k === 'class') {
      el.setAttribute('class', String(v));
    } else if (k === 'href') {
      el.setAttribute('href', safeHref(v));
    } else {
      el.setAttribute(k, String(v));
    }
  }
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// h('a', {href: '#/story/x', class: 'x'}, 'text', childNode, ...)
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  return append(el, children);
}

export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined && !k.startsWith('on')) el.setAttribute(k, String(v));
  }
  return append(el, children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// Spans from the server are UTF-8 byte offsets; JavaScript strings index UTF-16 units.
// Returns a function mapping a byte offset of `text` to a string index.
export function byteIndexer(text) {
  const map = new Uint32Array(new TextEncoder().encode(text).length + 1);
  let byte = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i);
    const len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < len; k++) map[byte + k] = i;
    byte += len;
    if (cp >= 0x10000) i++;
  }
  map[byte] = text.length;
  return (b) => map[Math.max(0, Math.min(b, byte))];
}

// Text with [begin, end) byte ranges wrapped in <mark>.
export function highlighted(text, ranges) {
  const at = byteIndexer(text);
  const out = [];
  let pos = 0;
  for (const [b, e] of ranges) {
    const s = at(b), t = at(e);
    if (s < pos || t <= s) continue;
    out.push(text.slice(pos, s), h('mark', null, text.slice(s, t)));
    pos = t;
  }
  out.push(text.slice(pos));
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// "2026-11-18T16:05:00+01:00" -> "18 Nov 2026, 16:05" (as written, no time-zone conversion).
export function formatDate(iso) {
  if (!iso) return 'undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const day = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] || m[2]} ${m[1]}`;
  return m[4] ? `${day}, ${m[4]}:${m[5]}` : day;
}

export function pill(text, kind) {
  return h('span', { class: `pill ${kind || ''}` }, text);
}

export function relationPill(relation) {
  const labels = {
    agreed: 'agreed', contradicted: 'contradicted', single_source: 'single source',
    revised_over_time: 'revised over time',
  };
  return pill(labels[relation] || relation, `rel-${relation}`);
}

export function errorBox(message) {
  return h('div', { class: 'error', role: 'alert' }, message);
}

// Replaces the children of `el` (null/undefined children are skipped, unlike Element.append).
export function fill(el, ...children) {
  return append(clear(el), children);
}

// How an article is named in lists and tables: its outlet, else the site of its URL, else the
// file name it was read from.
export function sourceLabel(article) {
  if (!article) return 'unknown';
  if (article.outlet) return article.outlet;
  try {
    if (article.url) return new URL(article.url).hostname.replace(/^www\./, '');
  } catch (e) { /* not a URL */ }
  const src = String(article.source || article.id || 'unknown');
  return src.split(/[\\/]/).pop();
}

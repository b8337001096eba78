// The article page: the text with entities, time expressions, quotes and claims highlighted
// from their byte spans, layer toggles, and the annotations listed beside it.
import { api } from './api.js';
import { byteIndexer, fill, formatDate, h, pill, safeHref, sourceLabel } from './dom.js';

const LAYERS = [
  { key: 'entities', label: 'Names', cls: 'ent' },
  { key: 'timex', label: 'Dates & times', cls: 'tx' },
  { key: 'quotes', label: 'Quotes', cls: 'qt' },
  { key: 'claims', label: 'Claims', cls: 'cl' },
];

// Cuts the text at every span boundary; each piece knows which annotations cover it.
function segments(text, marks) {
  const at = byteIndexer(text);
  const cuts = new Set([0, text.length]);
  const spans = marks.map((m) => ({ ...m, s: at(m.begin), e: at(m.end) })).filter((m) => m.e > m.s);
  for (const m of spans) { cuts.add(m.s); cuts.add(m.e); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    out.push({ text: text.slice(s, e), covering: spans.filter((m) => m.s <= s && m.e >= e) });
  }
  return out;
}

function marksOf(doc) {
  const marks = [];
  for (const e of doc.entities) {
    marks.push({ begin: e.begin, end: e.end, cls: `ent ent-${e.type}`, title: `${e.type}: ${e.canonical || e.text}`, entity: e.canonical_id });
  }
  for (const t of doc.timex) marks.push({ begin: t.begin, end: t.end, cls: 'tx', title: `${t.type} ${t.value}` });
  for (const q of doc.quotes) {
    marks.push({ begin: q.begin, end: q.end, cls: 'qt', title: `quote (${q.kind}) · ${q.speaker || 'unknown speaker'}` });
  }
  for (const c of doc.claims) marks.push({ begin: c.begin, end: c.end, cls: `cl mod-${c.modality}`, title: `claim · ${c.modality}` });
  return marks;
}

function annotatedText(doc) {
  return h('div', { class: 'article-text', id: 'article-text', lang: doc.language || 'und' },
    segments(doc.text, marksOf(doc)).map((seg) => {
      if (seg.covering.length === 0) return seg.text;
      const cls = [...new Set(seg.covering.flatMap((m) => m.cls.split(' ')))].join(' ');
      const title = seg.covering.map((m) => m.title).join('\n');
      const entity = seg.covering.find((m) => m.entity);
      return entity
        ? h('a', { class: `mark ${cls}`, title, href: `#/entity/${encodeURIComponent(entity.entity)}` }, seg.text)
        : h('span', { class: `mark ${cls}`, title }, seg.text);
    }));
}

function toggles(container) {
  return h('fieldset', { class: 'toggles' }, h('legend', null, 'Highlight'),
    LAYERS.map((l) => h('label', { class: `toggle key-${l.cls}` },
      h('input', { type: 'checkbox', checked: 'checked', 'data-layer': l.cls,
        onchange: (ev) => container.classList.toggle(`hide-${l.cls}`, !ev.target.checked) }),
      ` ${l.label}`)));
}

function sidePanel(doc) {
  const entities = new Map();
  for (const e of doc.entities) {
    const key = e.canonical_id || `${e.type}:${e.text}`;
    if (!entities.has(key)) entities.set(key, { ...e, n: 0 });
    entities.get(key).n++;
  }
  return h('aside', { class: 'panel' },
    h('h2', null, 'Names'), h('ul', { id: 'entity-list' }, [...entities.values()].map((e) => h('li', null,
      pill(e.type, `ent-${e.type}`), ' ',
      e.canonical_id ? h('a', { href: `#/entity/${encodeURIComponent(e.canonical_id)}` }, e.canonical || e.text) : e.text,
      e.n > 1 ? h('span', { class: 'muted' }, ` ×${e.n}`) : null))),
    h('h2', null, 'Dates & times'), h('ul', null, doc.timex.map((t) => h('li', null, h('q', null, t.text), ' → ', h('code', null, t.value)))),
    h('h2', null, 'Quotes'), h('ul', null, doc.quotes.map((q) => h('li', null,
      h('strong', null, q.speaker || 'unknown speaker'), q.speaker_anonymous ? pill('anonymous', 'flag') : null, ': ',
      h('q', null, q.text)))),
    h('h2', null, 'Claims'), h('ul', null, doc.claims.map((c) => h('li', null,
      pill(c.modality, `mod-${c.modality}`), ' ', c.text, c.source ? h('span', { class: 'muted' }, ` — ${c.source}`) : null))));
}

export async function renderArticle(view, id) {
  const doc = await api.article(id);
  const body = annotatedText(doc);
  const author = doc.author ? ` · ${doc.author}` : '';
  fill(view,
    h('p', { class: 'crumbs' }, doc.story ? h('a', { href: `#/story/${encodeURIComponent(doc.story)}` }, `← Story: ${doc.story_title || doc.story}`) : null),
    h('h1', { id: 'article-title' }, doc.title || doc.source),
    h('p', { class: 'meta' }, sourceLabel(doc), ' · ',
      doc.published ? formatDate(doc.published)
        : doc.published_inferred ? `undated (probably ${doc.published_inferred.earliest} – ${doc.published_inferred.latest})` : 'undated',
      author, doc.agency ? [' · ', pill(doc.agency, 'neutral')] : null),
    doc.url ? h('p', { class: 'meta' }, 'Source: ', safeHref(doc.url) === '#'
      ? h('span', { class: 'unsafe-url', title: 'not a web address; not linked' }, doc.url)
      : h('a', { href: doc.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, doc.url)) : null,
    toggles(body),
    h('div', { class: 'article-layout' }, body, sidePanel(doc)));
}

// The story page: what the outlets disagree on (with both sides' words quoted), the timeline,
// the claim × outlet matrix, and the sourcing audit.
import { api } from './api.js';
import { fill, formatDate, h, pill, relationPill, sourceLabel } from './dom.js';
import { timelineChart } from './timeline.js';

const MODALITY = { hedged: 'hedged', reported: 'reported', speculative: 'speculative', negated: 'negated' };

const outletName = sourceLabel;

function articleLink(article, text) {
  return h('a', { href: `#/article/${encodeURIComponent(article.id)}` }, text || outletName(article));
}

function side(claim, docId, articles, evidence) {
  const a = articles.get(docId);
  const modality = claim.modality[docId];
  const speaker = claim.speakers[docId];
  return h('div', { class: 'side', 'data-document': docId },
    h('div', { class: 'side-head' }, a ? articleLink(a) : docId, ' says ',
      h('strong', { class: 'value' }, claim.values[docId]),
      MODALITY[modality] ? pill(MODALITY[modality], 'hedge') : null),
    h('blockquote', { class: 'evidence' }, evidence || '(no quote)'),
    speaker ? h('div', { class: 'muted small' }, `attributed to ${speaker}`) : null);
}

function contradictions(story, articles, evidence) {
  const list = story.claims.filter((c) => c.relation === 'contradicted');
  return h('section', { class: 'section', id: 'contradictions' },
    h('h2', null, 'Where the outlets disagree'),
    list.length === 0
      ? h('p', { class: 'empty' }, 'No contradictions were found between the articles of this story.')
      : list.map((c) => h('article', { class: 'contradiction', 'data-claim': c.id },
        h('h3', null, c.statement || c.slot),
        c.note ? h('p', { class: 'muted small' }, c.note) : null,
        h('div', { class: 'sides' }, Object.keys(c.values).map((d) => side(c, d, articles, (evidence[c.id] || {})[d]))))));
}

function matrix(story, docs) {
  if (story.claims.length === 0) {
    return h('section', { class: 'section', id: 'matrix' }, h('h2', null, 'Claims by outlet'),
      h('p', { class: 'empty' }, 'No claims were compared for this story.'));
  }
  return h('section', { class: 'section', id: 'matrix' },
    h('h2', null, 'Claims by outlet'),
    h('div', { class: 'scroll' }, h('table', { class: 'matrix' },
      h('thead', null, h('tr', null, h('th', null, 'Claim'), h('th', null, 'Relation'),
        docs.map((a) => h('th', { scope: 'col' }, articleLink(a))))),
      h('tbody', null, story.claims.map((c) => h('tr', { class: `rel-${c.relation}` },
        h('th', { scope: 'row' }, c.statement || c.slot),
        h('td', null, relationPill(c.relation)),
        docs.map((a) => {
          const v = c.values[a.id];
          if (v === undefined) return h('td', { class: 'absent' }, '—');
          const m = MODALITY[c.modality[a.id]];
          return h('td', { class: m ? 'hedged' : '' }, v, m ? pill(m, 'hedge') : null);
        })))))));
}

function percent(x) { return `${Math.round((x || 0) * 100)} %`; }

function sourcing(story, docs) {
  const row = (label, s, a) => h('tr', null,
    h('th', { scope: 'row' }, label),
    h('td', null, String(s.named_sources)), h('td', null, String(s.anonymous_sources)),
    h('td', null, String(s.quotes_without_speaker)), h('td', null, percent(s.hedged_share)),
    h('td', null, s.agency_copy ? (s.agency || 'yes') : 'no'),
    h('td', null, a && a.sourcing ? String(s.exclusive_claims) : '—'),
    h('td', { class: 'flags' }, (s.flags || []).map((f) => pill(f.replaceAll('_', ' '), 'flag'))));
  return h('section', { class: 'section', id: 'sourcing' },
    h('h2', null, 'Sourcing audit'),
    h('p', { class: 'muted' }, 'Who is quoted, how often a source stays anonymous, and how much is hedged.'),
    h('div', { class: 'scroll' }, h('table', { class: 'audit' },
      h('thead', null, h('tr', null, ['Article', 'Named sources', 'Anonymous', 'Quotes without speaker',
        'Hedged claims', 'Agency copy', 'Exclusive claims', 'Flags'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, docs.map((a) => row(outletName(a), a.sourcing || {}, a)),
        row('Whole story', story.sourcing || {}, null)))));
}

export async function renderStory(view, id) {
  const data = await api.story(id);
  const story = data.story;
  const docs = data.articles;
  const articles = new Map(docs.map((a) => [a.id, a]));
  const s = data.summary;
  fill(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, '← All stories')),
    h('h1', { id: 'story-title' }, story.title || '(untitled story)'),
    h('p', { class: 'meta' }, `${s.documents} articles from ${s.outlets.length || 'unknown'} outlet${s.outlets.length === 1 ? '' : 's'} · `,
      s.first_published ? `${formatDate(s.first_published)} – ${formatDate(s.last_published)}` : 'undated'),
    h('ul', { class: 'article-list' }, docs.map((a) => h('li', null, articleLink(a, a.title || a.source),
      h('span', { class: 'muted' }, ` — ${outletName(a)}, ${formatDate(a.published)}`),
      a.agency ? pill(a.agency, 'neutral') : null))),
    contradictions(story, articles, data.evidence),
    h('section', { class: 'section', id: 'timeline' }, h('h2', null, 'Timeline'), timelineChart(story.timeline, articles)),
    matrix(story, docs),
    sourcing(story, docs),
    data.syndication.length ? h('section', { class: 'section', id: 'syndication' }, h('h2', null, 'Near-copies'),
      h('ul', null, data.syndication.map((p) => h('li', null,
        articleLink(articles.get(p.a) || { id: p.a }), ' and ', articleLink(articles.get(p.b) || { id: p.b }),
        ` carry nearly the same text (${Math.round(p.similarity * 100)} % similar)`)))) : null);
}

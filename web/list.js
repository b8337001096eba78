// The story list (home page) and search results.
import { api } from './api.js';
import { fill, formatDate, h, highlighted, pill, sourceLabel } from './dom.js';

const PAGE = 25;

function pager(base, offset, more) {
  const links = [];
  if (offset > 0) links.push(h('a', { href: `${base}offset=${Math.max(0, offset - PAGE)}`, class: 'button' }, '← Newer'));
  if (more) links.push(h('a', { href: `${base}offset=${offset + PAGE}`, class: 'button' }, 'Older →'));
  return links.length ? h('nav', { class: 'pager' }, links) : null;
}

function storyCard(s) {
  const when = s.first_published && s.last_published && s.first_published.slice(0, 10) !== s.last_published.slice(0, 10)
    ? `${formatDate(s.first_published)} – ${formatDate(s.last_published)}`
    : formatDate(s.last_published);
  return h('li', { class: 'card story-card', 'data-story': s.id },
    h('a', { href: `#/story/${encodeURIComponent(s.id)}`, class: 'card-title' }, s.title || '(untitled story)'),
    h('div', { class: 'meta' },
      h('span', null, when), ' · ',
      h('span', null, `${s.documents} article${s.documents === 1 ? '' : 's'}`),
      s.outlets.length ? [' · ', h('span', { class: 'outlets' }, s.outlets.join(', '))] : null),
    h('div', { class: 'badges' },
      s.contradicted > 0
        ? pill(`${s.contradicted} contradiction${s.contradicted === 1 ? '' : 's'}`, 'rel-contradicted')
        : null,
      s.claims > 0 ? pill(`${s.claims} compared claim${s.claims === 1 ? '' : 's'}`, 'neutral') : null));
}

export async function renderStories(view, offset) {
  const [data, stats] = await Promise.all([api.stories(PAGE + 1, offset), api.stats()]);
  const more = data.stories.length > PAGE;
  const stories = data.stories.slice(0, PAGE);
  fill(view,
    h('h1', null, 'Stories'),
    h('p', { class: 'muted' },
      `${stats.articles} articles in ${stats.stories} stories, newest first. `,
      'Open a story to see where the outlets agree, where they contradict each other and how each article is sourced.'),
    stories.length
      ? h('ol', { class: 'cards', id: 'story-list' }, stories.map(storyCard))
      : h('p', { class: 'empty' }, 'No stories yet. Add articles with `triangulate ingest`.'),
    pager('#/?', offset, more));
}

function hitCard(hit) {
  return h('li', { class: 'card hit', 'data-article': hit.id },
    h('a', { href: `#/article/${encodeURIComponent(hit.id)}`, class: 'card-title' }, hit.title || hit.source),
    h('div', { class: 'meta' },
      h('span', null, sourceLabel(hit)), ' · ', h('span', null, formatDate(hit.published)),
      hit.story ? [' · ', h('a', { href: `#/story/${encodeURIComponent(hit.story)}` }, 'story')] : null),
    h('p', { class: 'snippet' }, highlighted(hit.snippet, hit.highlights)));
}

export async function renderSearch(view, q, offset) {
  if (!q.trim()) {
    fill(view, h('h1', null, 'Search'), h('p', { class: 'muted' }, 'Type a word or a "phrase" above.'));
    return;
  }
  const data = await api.search(q, PAGE, offset);
  fill(view,
    h('h1', null, 'Search: ', h('q', null, q)),
    h('p', { class: 'muted' },
      'German and English words match their other forms (Streik, Streiks, Bahnstreik; strike, strikes). ',
      'Use "quotes" for phrases, word* for prefixes, OR, and -word to exclude.'),
    data.hits.length
      ? h('ol', { class: 'cards', id: 'search-results' }, data.hits.map(hitCard))
      : h('p', { class: 'empty', id: 'search-results' }, 'Nothing matches.'),
    pager(`#/search?q=${encodeURIComponent(q)}&`, offset, data.more));
}

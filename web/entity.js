// Entity pages: one person/organisation/place with its names, stories and articles, and a
// searchable list of all of them.
import { api } from './api.js';
import { fill, formatDate, h, pill, sourceLabel } from './dom.js';

const TYPES = { PER: 'person', ORG: 'organisation', LOC: 'place', OTH: 'other' };

export async function renderEntity(view, id) {
  const e = await api.entity(id);
  fill(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/entities' }, '← People & organisations')),
    h('h1', { id: 'entity-name' }, e.name),
    h('p', { class: 'meta' }, pill(TYPES[e.type] || e.type, `ent-${e.type}`), ` ${e.mentions} mention${e.mentions === 1 ? '' : 's'}`),
    e.aliases.length ? h('p', null, h('strong', null, 'Also written as: '), e.aliases.join(' · ')) : null,
    e.roles.length ? h('p', null, h('strong', null, 'Roles: '), e.roles.join(' · ')) : null,
    e.affiliations.length ? h('p', null, h('strong', null, 'Affiliations: '), e.affiliations.join(' · ')) : null,
    h('h2', null, 'Stories'),
    e.stories.length ? h('ul', { class: 'cards' }, e.stories.map((s) => h('li', { class: 'card' },
      h('a', { href: `#/story/${encodeURIComponent(s.id)}`, class: 'card-title' }, s.title || s.id),
      h('div', { class: 'meta' }, `${s.documents} articles · ${formatDate(s.last_published)}`)))) : h('p', { class: 'empty' }, 'None.'),
    h('h2', null, 'Articles'),
    h('ul', { class: 'plain' }, e.articles.map((a) => h('li', null,
      h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || a.source),
      h('span', { class: 'muted' }, ` — ${sourceLabel(a)}, ${formatDate(a.published)}`)))));
}

export async function renderEntities(view, q, offset) {
  const data = await api.entities(q, 50, offset);
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'Filter by name', maxlength: '256' });
  const form = h('form', { class: 'inline-form', onsubmit: (ev) => {
    ev.preventDefault();
    window.location.hash = `#/entities?q=${encodeURIComponent(input.value.trim())}`;
  } }, input, h('button', { type: 'submit' }, 'Filter'));
  fill(view,
    h('h1', null, 'People & organisations'),
    form,
    data.entities.length ? h('table', { class: 'audit' },
      h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Type'), h('th', null, 'Mentions'))),
      h('tbody', null, data.entities.map((e) => h('tr', null,
        h('td', null, h('a', { href: `#/entity/${encodeURIComponent(e.id)}` }, e.name)),
        h('td', null, TYPES[e.type] || e.type), h('td', null, String(e.mentions))))))
      : h('p', { class: 'empty' }, 'No entities match.'));
}

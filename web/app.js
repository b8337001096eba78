// The single-page app: hash routes -> views. #/ stories, #/search?q=, #/story/ID,
// #/article/ID, #/entity/ID, #/entities?q=.
import { clear, errorBox, h } from './dom.js';
import { renderSearch, renderStories } from './list.js';
import { renderStory } from './story.js';
import { renderArticle } from './article.js';
import { renderEntities, renderEntity } from './entity.js';

const main = document.getElementById('main');
const input = document.getElementById('search-input');

function parseRoute() {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch (e) { return p; }
  });
  return { parts, params };
}

let renderCount = 0;

async function route() {
  const { parts, params } = parseRoute();
  const mine = ++renderCount;
  const view = h('div', { class: 'view' }, h('p', { class: 'muted' }, 'Loading…'));
  clear(main).appendChild(view);
  const offset = Number(params.get('offset')) || 0;
  try {
    if (parts.length === 0) {
      await renderStories(view, offset);
    } else if (parts[0] === 'search') {
      input.value = params.get('q') || '';
      await renderSearch(view, params.get('q') || '', offset);
    } else if (parts[0] === 'story' && parts[1]) {
      await renderStory(view, parts[1]);
    } else if (parts[0] === 'article' && parts[1]) {
      await renderArticle(view, parts[1]);
    } else if (parts[0] === 'entity' && parts[1]) {
      await renderEntity(view, parts[1]);
    } else if (parts[0] === 'entities') {
      await renderEntities(view, params.get('q') || '', offset);
    } else {
      clear(view).appendChild(errorBox('There is no such page.'));
    }
  } catch (err) {
    if (mine === renderCount) clear(view).appendChild(errorBox(err.message || String(err)));
  }
  if (mine === renderCount) {
    document.body.dataset.ready = parts[0] || 'stories';  // lets browser tests wait for a view
    main.focus({ preventScroll: true });
  }
}

document.getElementById('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = input.value.trim();
  if (q) window.location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', () => { delete document.body.dataset.ready; route(); });
route();

// The checks of browser_test.mjs. Each takes a browser context, a base URL, the screenshot
// folder and check(name, ok, detail).

// A page that records what must never happen: dialogs (alert/confirm), uncaught errors,
// console errors (CSP violations are reported there).
async function newPage(context) {
  const page = await context.newPage();
  page.problems = [];
  page.on('dialog', async (d) => { page.problems.push(`dialog: ${d.message()}`); await d.dismiss(); });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  return page;
}

async function ready(page, view) {
  await page.waitForFunction((v) => document.body.dataset.ready === v, view, { timeout: 15000 });
}

async function go(page, base, route, view) {
  await page.goto(`${base}/#${route}`);
  await ready(page, view);
}

async function api(page, base, p) {
  const r = await page.request.get(base + p);
  return r.json();
}

const count = (page, sel) => page.locator(sel).count();
const shot = (page, out, name) => page.screenshot({ path: `${out}/${name}`, fullPage: true });

export async function checkExamples(context, base, out, check) {
  const page = await newPage(context);
  await page.goto(`${base}/`);
  await ready(page, 'stories');
  const stories = (await api(page, base, '/api/stories?limit=25')).stories;
  check('examples: the database has stories', stories.length > 0, `${stories.length} stories`);
  check('examples: the story list shows them all', (await count(page, '#story-list > li')) === stories.length);
  await shot(page, out, 'stories.png');

  const word = stories.flatMap((s) => s.title.split(/[^\p{L}]+/u)).find((w) => w.length >= 5) || 'Streik';
  await page.fill('#search-input', word);
  await page.press('#search-input', 'Enter');
  await ready(page, 'search');
  const hits = (await api(page, base, `/api/search?q=${encodeURIComponent(word)}`)).hits;
  check(`examples: search "${word}" lists the hits`, hits.length > 0 && (await count(page, '#search-results > li')) === hits.length,
    `${hits.length} hits`);
  check('examples: search highlights the matches', (await count(page, '#search-results mark')) > 0);
  await shot(page, out, 'search.png');

  const story = [...stories].sort((a, b) => b.contradicted - a.contradicted || b.documents - a.documents)[0];
  await go(page, base, '/', 'stories');
  await page.click(`[data-story="${story.id}"] a.card-title`);
  await ready(page, 'story');
  const detail = await api(page, base, `/api/stories/${encodeURIComponent(story.id)}`);
  const contra = detail.story.claims.filter((c) => c.relation === 'contradicted');
  check('examples: the story page shows every contradiction', (await count(page, '#contradictions .contradiction')) === contra.length,
    `${contra.length} contradicted claims`);
  if (contra.length > 0) {
    const quotes = await page.locator('#contradictions .contradiction').first().locator('blockquote').allTextContents();
    const want = Object.values(detail.evidence[contra[0].id]).map((t) => t || '(no quote)');
    check('examples: both sides of a contradiction are quoted', quotes.length >= 2 && want.every((t) => quotes.includes(t)));
  } else {
    check('examples: a story without contradictions says so', (await count(page, '#contradictions .empty')) === 1);
  }
  check('examples: the claim matrix has a row per compared claim',
    detail.story.claims.length === 0 || (await count(page, '#matrix tbody tr')) === detail.story.claims.length);
  check('examples: the sourcing audit has a row per article plus the total',
    (await count(page, '#sourcing tbody tr')) === detail.articles.length + 1);
  check('examples: the timeline lists every entry',
    detail.story.timeline.length === 0 || (await count(page, '#timeline .timeline-list li')) === detail.story.timeline.length);
  await shot(page, out, 'story.png');

  await page.click('.article-list a >> nth=0');
  await ready(page, 'article');
  const id = decodeURIComponent(page.url().split('#/article/')[1]);
  const doc = await api(page, base, `/api/articles/${encodeURIComponent(id)}`);
  check('examples: the article text is shown exactly', (await page.locator('#article-text').textContent()) === doc.text);
  const layers = doc.entities.length + doc.timex.length + doc.quotes.length + doc.claims.length;
  check('examples: annotations are highlighted', layers === 0 || (await count(page, '#article-text .mark')) > 0, `${layers} annotations`);
  await page.uncheck('input[data-layer="ent"]');
  check('examples: a highlight layer can be switched off', await page.locator('#article-text').evaluate((e) => e.classList.contains('hide-ent')));
  await page.check('input[data-layer="ent"]');
  await shot(page, out, 'article.png');
  if ((await count(page, '#entity-list a')) > 0) {
    await page.click('#entity-list a >> nth=0');
    await ready(page, 'entity');
    check('examples: the entity page opens', (await count(page, '#entity-name')) === 1);
    await shot(page, out, 'entity.png');
  }
  check('examples: no script errors or dialogs', page.problems.length === 0, page.problems.join(' | '));
  await page.close();
}

// Nothing from the hostile fixture may become markup or run.
async function assertInert(page, check, what) {
  await page.locator('#main .mark, #main a, #main td').evaluateAll((els) => els.forEach((e) => {
    e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  }));
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    dangerous: document.querySelectorAll('#main script, #main iframe, #main object, #main embed, #main img, '
      + '#main [onerror], #main [onload], #main [onclick], #main [onmouseover]').length,
    foreignSvg: [...document.querySelectorAll('#main svg')].filter((s) => !s.classList.contains('timeline-svg')).length,
    badLinks: [...document.querySelectorAll('#main a[href]')].map((a) => a.getAttribute('href'))
      .filter((h) => !h.startsWith('#') && !/^https?:\/\//.test(h)),
  }));
  check(`hostile: ${what}: no script ran and no markup was injected`,
    state.pwned === undefined && state.dangerous === 0 && state.foreignSvg === 0 && state.badLinks.length === 0,
    JSON.stringify(state));
}

export async function checkFixtures(context, base, out, check) {
  const page = await newPage(context);
  await go(page, base, '/story/s-bahnstreik', 'story');
  check('fixture: the contradiction is shown', (await count(page, '#contradictions .contradiction')) === 1);
  const quotes = await page.locator('#contradictions blockquote').allTextContents();
  check('fixture: both sides are quoted from the articles',
    quotes.includes('Die GDL streikt 72 Stunden lang.') && quotes.includes('The GDL union will strike for 48 hours'), quotes.join(' / '));
  const values = await page.locator('#contradictions .value').allTextContents();
  check('fixture: both values are named', values.includes('72 Stunden') && values.includes('48 hours'));
  await shot(page, out, 'fixture-story.png');

  for (const [route, view] of [['/story/s-hostile', 'story'], ['/article/hostile-1', 'article'],
    ['/entity/e:hostile', 'entity'], ['/search?q=Br%C3%BCcke', 'search'], ['/', 'stories'], ['/entities', 'entities']]) {
    await go(page, base, route, view);
    await assertInert(page, check, route);
    if (view === 'story' || view === 'article') await shot(page, out, `hostile-${view}.png`);
  }
  await go(page, base, '/article/hostile-1', 'article');
  const doc = await api(page, base, '/api/articles/hostile-1');
  check('hostile: the article text is shown literally', (await page.locator('#article-text').textContent()) === doc.text
    && doc.text.includes('<script>'));
  check('hostile: a javascript: URL is not a link', (await page.locator('a[href^="javascript"]').count()) === 0);
  check('hostile: no dialogs, errors or CSP violations', page.problems.length === 0, page.problems.join(' | '));
  await page.close();
}

export async function checkReport(context, file, out, check) {
  const page = await newPage(context);
  await page.goto(`file://${file}`);
  await page.waitForLoadState('load');
  await page.locator('body *').evaluateAll((els) => els.forEach((e) => e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))));
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]').length,
    jsLinks: document.querySelectorAll('a[href^="javascript" i], iframe').length,
    injectedScripts: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
  }));
  check('hostile HTML report: no script ran and no markup was injected',
    state.pwned === undefined && state.handlers === 0 && state.jsLinks === 0 && state.injectedScripts === 0, JSON.stringify(state));
  check('hostile HTML report: no dialogs or errors', page.problems.length === 0, page.problems.join(' | '));
  await shot(page, out, 'hostile-report.png');
  await page.close();
}

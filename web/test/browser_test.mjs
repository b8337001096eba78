// Browser tests of the web UI (ctest label `browser`). Builds a database from examples/ with
// `triangulate ingest`, serves it with `triangulate serve --port 0`, and drives Debian's
// chromium through playwright-core: story list, search, a story with its contradictions, an
// article with highlights, an entity. Then the same against the fixture database (a known
// contradiction, and hostile markup everywhere) and the hostile HTML report: no script may run.
// Screenshots go to --out. Exit 0: all passed, 1: a check failed, 77: skipped (no node/chromium).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { checkExamples, checkFixtures, checkReport } from './checks.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, v, i, a) => (i % 2 === 0 ? acc.concat([[v.replace(/^--/, ''), a[i + 1]]]) : acc), []));
const CHROMIUM = process.env.TRI_CHROMIUM || '/usr/bin/chromium';

function skip(why) {
  console.log(`browser tests skipped: ${why}`);
  process.exit(77);
}

if (!fs.existsSync(CHROMIUM)) skip(`no chromium at ${CHROMIUM}`);
let playwright;
try {
  playwright = createRequire(path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'package.json'))('playwright-core');
} catch (e) {
  console.error('playwright-core is not installed (web/test/setup.sh installs it):', e.message);
  process.exit(1);
}

fs.mkdirSync(args.out, { recursive: true });
const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok: !!ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  return !!ok;
}

function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 120000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Starts `triangulate serve --port 0` and resolves with its base URL once it prints it.
function serve(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(args.triangulate, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${buf}`)), 20000);
    child.stderr.on('data', (d) => {
      buf += d;
      const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(buf);
      if (m) { clearTimeout(timer); resolve({ url: m[1], child }); }
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${buf}`)));
  });
}

async function main() {
  const examplesDb = path.join(args.out, 'examples.db');
  const fixtureDb = path.join(args.out, 'fixture.db');
  const report = path.join(args.out, 'hostile-report.html');
  for (const f of [examplesDb, `${examplesDb}-wal`, `${examplesDb}-shm`]) fs.rmSync(f, { force: true });
  const ingest = run(args.triangulate, ['ingest', '--db', examplesDb, '--quiet', args.examples]);
  check('ingest examples/', ingest.code === 0 || ingest.code === 1, ingest.err.trim().split('\n').pop());
  const fixture = run(args['fixture-tool'], [fixtureDb, report]);
  check('build the fixture database', fixture.code === 0, fixture.err);

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-chromium-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  const servers = [];
  try {
    const ex = await serve(examplesDb);
    servers.push(ex.child);
    await checkExamples(context, ex.url, args.out, check);
    const fx = await serve(fixtureDb);
    servers.push(fx.child);
    await checkFixtures(context, fx.url, args.out, check);
    await checkReport(context, report, args.out, check);
  } finally {
    await context.close();
    for (const s of servers) s.kill('SIGTERM');
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (e) {
  check('browser test run', false, e.stack || String(e));
}
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
console.log(`screenshots: ${args.out}`);
process.exit(failed ? 1 : 0);

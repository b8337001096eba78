// Mozilla Readability (with jsdom) over the trafilatura evaluation pages: one JSON line per page
// ({file, text}) on stdout, then a summary line {"tool", "pages", "seconds"} measuring only the
// jsdom parse + Readability.parse() time (reading files and turning the result into text are
// outside the clock). Usage: node readability_js.js PAGES_DIR FILE_LIST
const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require(path.join(__dirname, 'node_modules', 'jsdom'));
const { Readability } = require(path.join(__dirname, 'node_modules', '@mozilla', 'readability'));

const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE',
  'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'BR', 'UL', 'OL', 'TABLE', 'FIGCAPTION', 'DD', 'DT']);

// Text with line breaks at block boundaries (textContent would glue "end.Start" together).
function toText(node, out) {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out.push(child.nodeValue);
    else if (child.nodeType === 1) {
      if (BLOCK.has(child.tagName)) out.push('\n');
      toText(child, out);
      if (BLOCK.has(child.tagName)) out.push('\n');
    }
  }
  return out;
}

const [pagesDir, listFile] = process.argv.slice(2);
const files = fs.readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
let seconds = 0;
for (const file of files) {
  const bytes = fs.readFileSync(path.join(pagesDir, file));
  let text = '';
  const t0 = process.hrtime.bigint();
  let article = null;
  try {
    const dom = new JSDOM(bytes, { url: 'https://example.org/', virtualConsole: new VirtualConsole() });
    article = new Readability(dom.window.document).parse();
    dom.window.close();
  } catch (e) {
    article = null;
  }
  seconds += Number(process.hrtime.bigint() - t0) / 1e9;
  if (article && article.content) {
    const frag = new JSDOM(article.content, { virtualConsole: new VirtualConsole() });
    text = toText(frag.window.document.body, []).join('');
    frag.window.close();
  }
  process.stdout.write(JSON.stringify({ file, text }) + '\n');
}
process.stdout.write(JSON.stringify({ tool: 'readability.js', pages: files.length, seconds }) + '\n');

// Copies the rule-count summary of docs/rules.md (generated from the catalog) into README.md,
// so the README's figures are never edited by hand. Run by `npm run docs`.
import { readFileSync, writeFileSync } from 'node:fs';

const start = '<!-- rule-counts:start -->';
const end = '<!-- rule-counts:end -->';

function block(text, file) {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`${file}: the ${start} ... ${end} markers are missing`);
  return { from, to: to + end.length };
}

const docs = readFileSync('docs/rules.md', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const source = block(docs, 'docs/rules.md');
const target = block(readme, 'README.md');
const updated = readme.slice(0, target.from) + docs.slice(source.from, source.to) + readme.slice(target.to);
if (updated !== readme) writeFileSync('README.md', updated);

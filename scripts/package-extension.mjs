// Builds dist/ and packages the VS Code extension as a .vsix, offline. Everything the extension
// loads is bundled into dist/, so vsce skips dependency detection; .vscodeignore keeps the package
// to the run-time files, the manifest, README, LICENSE and docs.
//
//   node scripts/package-extension.mjs [--out <file.vsix>] [--skip-build]
//
// Prints the packaged files and the size, and the .vsix path on the last line.

import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, 'skip-build': { type: 'boolean' } } });
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = resolve(root, values.out ?? `${manifest.name}-${manifest.version}.vsix`);
const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
const listOptions = ['--no-dependencies'];
const packageOptions = ['--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links'];

const run = (args) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

if (!values['skip-build']) run([join(root, 'scripts/build.mjs')]);

const files = run([vsce, 'ls', ...listOptions]).split('\n').filter(Boolean);
// Source maps and the CLI are not needed by the extension; a file outside dist/ that runs would be a mistake.
const unexpected = files.filter((f) => !/^(dist\/(extension\.js|server\.js|lsp-lint-worker\.js|hcl-syntax-worker\.cjs|[\w-]+\.wasm(\.gz)?|docs\/[\w-]+\.md)|docs\/[\w-]+\.md|README\.md|LICENSE|package\.json)$/.test(f));
if (unexpected.length > 0) throw new Error(`unexpected files in the package: ${unexpected.join(', ')}`);
for (const required of ['dist/extension.js', 'dist/server.js', 'dist/lsp-lint-worker.js', 'dist/tree-sitter-terraform.wasm', 'dist/web-tree-sitter.wasm', 'dist/hcl2json.wasm.gz', 'dist/hcl-syntax-worker.cjs']) {
  if (!files.includes(required)) throw new Error(`${required} is missing from the package; run the build`);
}

run([vsce, 'package', ...packageOptions, '--out', out]);
const size = statSync(out).size;
console.log(files.map((f) => `  ${f}`).join('\n'));
console.log(`${files.length} files, ${(size / 1024 / 1024).toFixed(2)} MiB`);
console.log(relative(process.cwd(), out) || out);

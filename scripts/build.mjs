// Bundles the CLI, its lint worker and (once it exists) the language server into dist/, with the
// wasm files they load at run time copied beside them.
//
//   node scripts/build.mjs [--outdir <dir>]

import { build } from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = resolve(root, values.outdir ?? 'dist');

const entries = [
  { source: 'server/src/cli/main.ts', output: 'cli.js', executable: true },
  { source: 'server/src/cli/lint-worker.ts', output: 'lint-worker.js' },
  { source: 'server/src/lsp/main.ts', output: 'server.js', executable: true, optional: true },
];

// Copied beside the bundles: files loaded by path at run time (server/src/parsers/assets.ts and
// the HCL syntax worker look beside the running script first).
const assets = [
  { path: 'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm' },
  { path: 'node_modules/web-tree-sitter/web-tree-sitter.wasm' },
  { path: 'server/src/parsers/terraform/hcl-syntax-worker.cjs', optional: true },
];

mkdirSync(outdir, { recursive: true });

for (const entry of entries) {
  const source = join(root, entry.source);
  if (entry.optional && !existsSync(source)) continue;
  const outfile = join(outdir, entry.output);
  await build({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    // Loads its Go wasm relative to its own folder, so it must stay a package in node_modules.
    external: ['@cdktf/hcl2json'],
    banner: entry.executable ? { js: '#!/usr/bin/env node' } : undefined,
    // Bundled ESM dependencies may read import.meta.url; in CommonJS that is this file's URL.
    define: { 'import.meta.url': 'importMetaUrl' },
    inject: [join(root, 'scripts/import-meta-url.js')],
    logLevel: 'warning',
  });
  if (entry.executable) chmodSync(outfile, 0o755);
}

for (const asset of assets) {
  const from = join(root, asset.path);
  if (asset.optional && !existsSync(from)) continue;
  copyFileSync(from, join(outdir, asset.path.split('/').pop()));
}

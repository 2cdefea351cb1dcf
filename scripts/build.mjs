// Bundles the CLI, its lint worker, the language server and the VS Code extension into dist/, with
// the wasm files they load at run time copied beside them, and one Markdown page per rule in
// dist/docs/ for the editor's offline rule documentation.
//
//   node scripts/build.mjs [--outdir <dir>]

import { build } from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nodeBundleOptions } from './node-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = resolve(root, values.outdir ?? 'dist');

const entries = [
  { source: 'server/src/cli/main.ts', output: 'cli.js', executable: true },
  { source: 'server/src/cli/lint-worker.ts', output: 'lint-worker.js' },
  { source: 'server/src/lsp/main.ts', output: 'server.js', executable: true, optional: true },
  { source: 'server/src/lsp/lint-worker.ts', output: 'lsp-lint-worker.js', optional: true },
  // The editor loads `vscode` itself; everything else, the language client included, is bundled.
  { source: 'client/src/extension.ts', output: 'extension.js', external: ['vscode'], optional: true },
  // Self-contained, so that dist/ runs without node_modules (an installed CLI, the editor extension).
  { source: 'server/src/parsers/terraform/hcl-syntax-worker.cjs', output: 'hcl-syntax-worker.cjs', plugins: [hcl2jsonWasmBesideBundle()] },
];

// Copied beside the bundles: files loaded by path at run time (server/src/parsers/assets.ts and
// the HCL syntax worker look beside the running script first).
const assets = [
  { path: 'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm' },
  { path: 'node_modules/web-tree-sitter/web-tree-sitter.wasm' },
  { path: 'node_modules/@cdktf/hcl2json/main.wasm.gz', as: 'hcl2json.wasm.gz' },
];

/**
 * @cdktf/hcl2json reads its Go wasm from `<package>/main.wasm.gz`, relative to its own folder.
 * Bundled, that folder is gone: point it at the copy placed beside the bundle instead.
 */
function hcl2jsonWasmBesideBundle() {
  return {
    name: 'hcl2json-wasm-beside-bundle',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /@cdktf[\\/]hcl2json[\\/]lib[\\/]bridge\.js$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const source = await readFile(args.path, 'utf8');
        const original = '(0, path_1.join)(__dirname, "..", "main.wasm.gz")';
        if (!source.includes(original)) throw new Error('@cdktf/hcl2json changed how it loads its wasm; update the build');
        return { contents: source.replace(original, '(0, path_1.join)(__dirname, "hcl2json.wasm.gz")'), loader: 'js' };
      });
    },
  };
}

mkdirSync(outdir, { recursive: true });

for (const entry of entries) {
  const source = join(root, entry.source);
  if (entry.optional && !existsSync(source)) continue;
  const outfile = join(outdir, entry.output);
  const common = nodeBundleOptions(root);
  await build({
    ...common,
    entryPoints: [source],
    outfile,
    sourcemap: true,
    plugins: entry.plugins ?? [],
    external: [...common.external, ...(entry.external ?? [])],
    banner: entry.executable ? { js: '#!/usr/bin/env node' } : undefined,
  });
  if (entry.executable) chmodSync(outfile, 0o755);
}

for (const asset of assets) {
  const from = join(root, asset.path);
  if (asset.optional && !existsSync(from)) continue;
  copyFileSync(from, join(outdir, asset.as ?? asset.path.split('/').pop()));
}

await writeRuleDocs(join(outdir, 'docs'));

/**
 * One page per rule, `<outdir>/<ID>.md`, rendered by the same function as hovers and docs/rules.md.
 * The rule catalog is TypeScript: bundle a small program that renders it, then run that.
 */
async function writeRuleDocs(docsDir) {
  const scratch = mkdtempSync(join(tmpdir(), 'shiftguard-rule-docs-'));
  try {
    const program = join(scratch, 'render.cjs');
    await build({
      stdin: {
        contents: [
          "import { rules } from './rules/index';",
          "import { renderRuleMarkdown } from './server/src/engine/rule-docs';",
          'export const pages = rules.map((rule) => ({ id: rule.id, markdown: renderRuleMarkdown(rule, 1) }));',
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      ...nodeBundleOptions(root),
      outfile: program,
    });
    const { pages } = createRequire(import.meta.url)(program);
    rmSync(docsDir, { recursive: true, force: true });
    mkdirSync(docsDir, { recursive: true });
    for (const page of pages) writeFileSync(join(docsDir, `${page.id}.md`), `${page.markdown}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

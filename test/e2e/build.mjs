// Bundles the editor test suite into dist-test/suite/index.js, the CommonJS module that the
// extension host loads as `extensionTestsPath` (`vscode` is provided by the host).
//
//   node test/e2e/build.mjs

import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = join(root, 'dist-test');

mkdirSync(outdir, { recursive: true });
// Build output, never committed.
writeFileSync(join(outdir, '.gitignore'), '*\n');
await build({
  entryPoints: [join(root, 'test/e2e/suite/index.ts')],
  outfile: join(outdir, 'suite/index.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode'],
  logLevel: 'warning',
});

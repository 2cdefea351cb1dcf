// Mutation fuzzing of the parsers, the engine and the rules (not part of `npm test`):
//
//   npm run fuzz -- [--minutes 30] [--seed N] [--workers 1] [--no-corpus]
//   npm run fuzz -- --replay .fuzz-failures/<seed>-<index>.json
//
// The driver is TypeScript (test/robustness/fuzz.ts): bundle it with esbuild, then run it.

import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundleOptions } from './node-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
// Inside the repository, so that the bundle resolves the installed packages.
const outdir = mkdtempSync(join(cache, 'shiftguard-fuzz-'));
try {
  const program = join(outdir, 'fuzz.cjs');
  const common = nodeBundleOptions(root);
  await build({
    ...common,
    entryPoints: [join(root, 'test/robustness/fuzz.ts')],
    outfile: program,
    // The driver bundles the case worker itself, at run time.
    external: [...common.external, 'esbuild'],
  });
  const run = spawnSync(process.execPath, [program, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  process.exitCode = run.status ?? 2;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

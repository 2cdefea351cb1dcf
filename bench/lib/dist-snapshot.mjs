// A private copy of dist/ for the run: a build started meanwhile (npm run build rewrites dist/ in
// place) cannot change, or truncate, the product under measurement.

import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, repositoryRoot } from './config.mjs';

export function snapshotDist() {
  const dist = join(repositoryRoot, 'dist');
  for (const name of ['cli.js', 'server.js', 'lint-worker.js']) {
    if (!existsSync(join(dist, name))) fail(`dist/${name} is missing: run \`npm run build\` (npm run bench does)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'shiftguard-bench-dist-'));
  cpSync(dist, dir, { recursive: true, filter: (source) => !source.endsWith('.map') });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

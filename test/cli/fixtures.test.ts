import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

/**
 * The CLI's JSON for every fixture, compared with `test-fixtures/expected/<target>/<file>.expected.json`
 * (not `<file>.json`: `main.tf.json` would itself be a Terraform file that the walk picks up).
 * `UPDATE_EXPECTED=1 npx vitest run test/cli/fixtures.test.ts` rewrites the expectations and
 * removes orphaned ones; review the diff before committing.
 */
const root = join(__dirname, '../..');
const fixtures = join(root, 'test-fixtures');
const expectedDir = join(fixtures, 'expected');
const update = process.env.UPDATE_EXPECTED === '1';

interface FileEntry {
  path: string;
  kind: string | null;
  findings: unknown[];
}

function expectedPathOf(fixturePath: string): string {
  return join(expectedDir, `${fixturePath.slice('test-fixtures/'.length)}.expected.json`);
}

function listJson(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listJson(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

async function lintFixtures(): Promise<FileEntry[]> {
  if (!existsSync(fixtures)) return [];
  // Every rule, the strict ones too: each has a fixture that shows it firing.
  const run = await runCli(['lint', 'test-fixtures', '--format', 'json', '--preset', 'strict'], { cwd: root });
  if (run.code === 2) throw new Error(`shiftguard lint test-fixtures failed: ${run.stderr}`);
  const files: FileEntry[] = JSON.parse(run.stdout).files;
  return files.filter((f) => !f.path.startsWith('test-fixtures/expected/'));
}

const files = await lintFixtures();
const render = (entry: FileEntry) => `${JSON.stringify(entry, null, 2)}\n`;

if (update) {
  const wanted = new Set(files.map((f) => expectedPathOf(f.path)));
  for (const stale of listJson(expectedDir).filter((p) => !wanted.has(p))) rmSync(stale);
  for (const entry of files) {
    const target = expectedPathOf(entry.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, render(entry));
  }
}

describe('fixtures match their expected CLI output', () => {
  it.skipIf(files.length === 0)('has fixtures', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s', (_path, entry) => {
    const target = expectedPathOf(entry.path);
    expect(existsSync(target), `${relative(root, target)} is missing: run with UPDATE_EXPECTED=1`).toBe(true);
    expect(render(entry)).toBe(readFileSync(target, 'utf8'));
  });

  it('has no orphaned expectation files', () => {
    const wanted = new Set(files.map((f) => expectedPathOf(f.path)));
    const orphans = listJson(expectedDir)
      .filter((p) => !wanted.has(p))
      .map((p) => relative(root, p).split(sep).join('/'));
    expect(orphans, 'expectation files without a fixture (delete them or run with UPDATE_EXPECTED=1)').toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OffThreadLinter } from '../../server/src/lsp/off-thread-linter';
import { initParsers, parseSource } from '../../server/src/parsers';
import { lint } from '../../server/src/engine/lint';
import { rules } from '../../rules';
import type { Finding } from '../../server/src/engine/types';

const root = join(__dirname, '../..');
let outdir: string;
let linter: OffThreadLinter;

beforeAll(() => {
  // A private build: the worker runs the bundled code, as in the shipped server.
  outdir = mkdtempSync(join(tmpdir(), 'shiftguard-worker-'));
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', outdir], { cwd: root, stdio: 'pipe' });
  linter = OffThreadLinter.create(outdir)!;
}, 120_000);

afterAll(() => {
  linter?.dispose();
  rmSync(outdir, { recursive: true, force: true });
});

const pod = (i: number) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n`;

describe('off-thread linting', () => {
  it('is only available where the worker bundle exists', () => {
    expect(OffThreadLinter.create(join(root, 'server', 'src'))).toBeUndefined();
    expect(linter).toBeDefined();
  });

  it('lints a large document on the worker with the same findings as on the main thread', async () => {
    const text = Array.from({ length: 2000 }, (_, i) => pod(i)).join('---\n');
    const { findings } = (await linter.lint('/work/pods.yaml', text, {}, Infinity).result) as { findings: Finding[] };
    expect(findings.filter((f) => f.ruleId === 'K8S-001')).toHaveLength(2000);
    await initParsers();
    expect(findings).toEqual(lint(parseSource('/work/pods.yaml', text)!, rules));
  });

  it('cancels a superseded lint and serves the next one', async () => {
    const big = Array.from({ length: 20_000 }, (_, i) => pod(i)).join('---\n');
    const first = linter.lint('/work/big.yaml', big, {}, Infinity);
    const second = linter.lint('/work/small.yaml', pod(1), {}, Infinity);
    linter.cancel(first.id);
    expect(await first.result).toBeUndefined();
    expect(((await second.result) as { findings: Finding[] }).findings.map((f) => f.ruleId)).toContain('K8S-001');
  });

  it('reads and checks files from disk', async () => {
    const findings = await linter.checkFile(join(root, 'test-fixtures/kubernetes/privileged-daemonset.yaml'), {
      maxFileSize: 1 << 20, fix: false, disabledRules: [], threshold: 'low', keepText: false,
    }, Infinity).result;
    expect((findings as { findings: Finding[] }).findings.map((f) => f.ruleId)).toContain('K8S-001');
  });
});

describe('documentation links', () => {
  it('point at the rule page shipped beside the bundle, which opens offline', async () => {
    const { offlineDocsHref } = await import('../../server/src/lsp/diagnostics');
    const href = offlineDocsHref(join(outdir, 'docs'));
    expect(href('DKR-001')).toMatch(/^file:\/\/.*\/docs\/DKR-001\.md$/);
    expect(href('syntax')).toBe('https://shiftguard.dev/rules/syntax');
  });
});

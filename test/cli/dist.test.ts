import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli';

const root = join(__dirname, '../..');
let outdir: string;

beforeAll(() => {
  // A private build, so that a concurrent `npm run build` cannot change the files under test.
  outdir = mkdtempSync(join(tmpdir(), 'shiftguard-dist-'));
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', outdir], { cwd: root, stdio: 'pipe' });
});

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function cli(args: string[], cwd: string) {
  const run = spawnSync(join(outdir, 'cli.js'), args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('built CLI', () => {
  it('is an executable bundle with its wasm files beside it', () => {
    expect(statSync(join(outdir, 'cli.js')).mode & 0o111).not.toBe(0);
    for (const file of ['lint-worker.js', 'tree-sitter-terraform.wasm', 'web-tree-sitter.wasm']) {
      expect(statSync(join(outdir, file)).size).toBeGreaterThan(0);
    }
    const version = cli(['--version'], root);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 on a usage error', () => {
    const run = cli(['lint', '--format', 'yaml'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('shiftguard: invalid value for --format: "yaml" (expected text, json, sarif)\n');
  });

  it('lints many files on worker threads with the same result as on one thread', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      files[`svc-${String(i).padStart(2, '0')}/Dockerfile`] = i % 3 === 0 ? 'FROM alpine\nRUN echo hi\n' : 'FROM alpine:3.20\nUSER 10001\n';
      files[`svc-${String(i).padStart(2, '0')}/deploy.yaml`] =
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n';
      files[`svc-${String(i).padStart(2, '0')}/main.tf`] = i % 5 === 0 ? 'resource "x" "y" {\n' : 'variable "a" {}\n';
    }
    files['bin/Dockerfile'] = '\u0000\u0001';
    const cwd = makeTree(files);
    const parallel = cli(['lint', '.', '--format', 'json'], cwd);
    const serial = await runCli(['lint', '.', '--format', 'json'], { cwd });
    expect(parallel.stderr).toBe(serial.stderr);
    expect(JSON.parse(parallel.stdout)).toEqual(JSON.parse(serial.stdout));
    expect(parallel.code).toBe(serial.code);
    expect(JSON.parse(parallel.stdout).summary.filesChecked).toBe(121);
  });

  it('checks a huge file in a worker with a heap limit, and reports it when it runs out of memory', () => {
    // 9 MiB of small manifests: over the size that is always checked in a worker, and far more
    // than 64 MiB of heap once parsed.
    const pod = (i: number) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n---\n`;
    const documents: string[] = [];
    let size = 0;
    for (let i = 0; size < 9 * 1024 * 1024; i++) {
      documents.push(pod(i));
      size += documents[documents.length - 1].length;
    }
    const cwd = makeTree({ 'huge.yaml': documents.join(''), Dockerfile: 'FROM alpine\nUSER 10001\n' });
    const run = cli(['lint', '.', '--max-file-size', '16MiB', '--max-memory', '64MiB', '--format', 'json'], cwd);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { path: string; findings: { ruleId: string; severity: string; message: string }[] }[] };
    const huge = report.files.find((f) => f.path.endsWith('huge.yaml'))!;
    expect(huge.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['skipped', 'error', 'Checking this file needed more than the 64 MiB heap of a lint worker (--max-memory); not checked.'],
    ]);
    expect(report.files.find((f) => f.path.endsWith('Dockerfile'))!.findings.map((f) => f.ruleId)).toEqual(['DKR-002']);
  });

  it('rejects a heap limit too small to load the parsers', () => {
    const run = cli(['lint', '--max-memory', '10MiB'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('shiftguard: invalid value for --max-memory: "10MiB" (at least 64MiB)\n');
  });
});

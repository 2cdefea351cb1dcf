import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeTree } from '../helpers/cli';
import { checkInWorkers } from '../../server/src/cli/pool';
import type { CheckOptions, FileResult } from '../../server/src/cli/check-file';

const options: CheckOptions = { maxFileSize: 1024, fix: false, disabledRules: [], threshold: 'low', keepText: false };

/** A stand-in worker: answers with the path, throws on "throw", dies on "exit", hangs up on "error". */
const fakeWorker = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, path }) => {
  if (path.includes('exit')) process.exit(3);
  if (path.includes('throw')) throw new Error('worker defect');
  if (path.includes('error')) return parentPort.postMessage({ id, error: 'could not check' });
  parentPort.postMessage({ id, result: { path, kind: 'dockerfile', findings: [], fixed: 0 } });
});
`;

const here = (path: string): Promise<FileResult> =>
  Promise.resolve({ path, kind: null, findings: [], fixed: -1 });

describe('worker pool', () => {
  it('returns results in input order', async () => {
    const script = join(makeTree({ 'worker.cjs': fakeWorker }), 'worker.cjs');
    const paths = Array.from({ length: 30 }, (_, i) => `/f${i}`);
    const results = await checkInWorkers(paths, options, script, 3, here);
    expect(results.map((r) => r.path)).toEqual(paths);
    expect(results.every((r) => r.fixed === 0)).toBe(true);
  });

  it('checks a file again on this thread when its worker fails, throws or dies', async () => {
    const script = join(makeTree({ 'worker.cjs': fakeWorker }), 'worker.cjs');
    const paths = ['/a', '/b-exit', '/c', '/d-throw', '/e', '/f-error', '/g', '/h-exit', '/i'];
    const results = await checkInWorkers(paths, options, script, 2, here);
    expect(results.map((r) => [r.path, r.fixed])).toEqual([
      ['/a', 0],
      ['/b-exit', -1],
      ['/c', 0],
      ['/d-throw', -1],
      ['/e', 0],
      ['/f-error', -1],
      ['/g', 0],
      ['/h-exit', -1],
      ['/i', 0],
    ]);
  });

  it('reports a file that runs its worker out of memory instead of checking it again here', async () => {
    const hog = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, path }) => {
  const kept = [];
  if (path.includes('huge')) for (;;) kept.push(new Array(100000).fill(path));
  parentPort.postMessage({ id, result: { path, kind: 'kubernetes', findings: [], fixed: 0 } });
});
`;
    const script = join(makeTree({ 'worker.cjs': hog }), 'worker.cjs');
    const paths = ['/a.yaml', '/huge.yaml', '/c.yaml', '/d.yaml'];
    const results = await checkInWorkers(paths, options, script, 2, here, 32);
    expect(results.map((r) => [r.path, r.fixed])).toEqual([
      ['/a.yaml', 0],
      ['/huge.yaml', 0],
      ['/c.yaml', 0],
      ['/d.yaml', 0],
    ]);
    expect(results[1].kind).toBe('kubernetes');
    expect(results[1].findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['skipped', 'error', 'Checking this file needed more than the 32 MiB heap of a lint worker (--max-memory); not checked.'],
    ]);
  });

  it('falls back to this thread when workers cannot start', async () => {
    const script = join(makeTree({ 'worker.cjs': 'process.exit(1);\n' }), 'worker.cjs');
    const results = await checkInWorkers(['/a', '/b', '/c'], options, script, 2, here);
    expect(results.map((r) => [r.path, r.fixed])).toEqual([
      ['/a', -1],
      ['/b', -1],
      ['/c', -1],
    ]);
  });

  it('gives the Terraform files of a directory to one worker, and other files to any', async () => {
    const tellsThread = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id, path }) => {
  // Slow enough that both workers are busy, so the hand-out order decides.
  setTimeout(() => parentPort.postMessage({ id, result: { path, kind: null, findings: [], fixed: threadId } }), 5);
});
`;
    const script = join(makeTree({ 'worker.cjs': tellsThread }), 'worker.cjs');
    const modules = ['/a', '/b', '/c'].flatMap((dir) => ['main.tf', 'variables.tf', 'outputs.tf', 'versions.tf'].map((name) => `${dir}/${name}`));
    const others = Array.from({ length: 12 }, (_, i) => `/k8s/manifest-${i}.yaml`);
    const paths = [...modules, ...others];
    const results = await checkInWorkers(paths, options, script, 2, here);
    const threadOf = new Map(results.map((r) => [r.path, r.fixed]));
    for (const dir of ['/a', '/b', '/c']) {
      const threads = new Set(modules.filter((p) => p.startsWith(dir)).map((p) => threadOf.get(p)));
      expect(threads.size, dir).toBe(1);
    }
    expect(new Set(others.map((p) => threadOf.get(p))).size).toBe(2);
  });
});

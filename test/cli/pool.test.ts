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

  it('falls back to this thread when workers cannot start', async () => {
    const script = join(makeTree({ 'worker.cjs': 'process.exit(1);\n' }), 'worker.cjs');
    const results = await checkInWorkers(['/a', '/b', '/c'], options, script, 2, here);
    expect(results.map((r) => [r.path, r.fixed])).toEqual([
      ['/a', -1],
      ['/b', -1],
      ['/c', -1],
    ]);
  });
});

// Section 1, first half: the parse floor. Every file of the corpus, already in memory, parsed by
// the raw parsers alone (bench/lib/raw-parsers.mjs): once on this thread, file by file, and once
// spread over as many worker threads as the CLI's pool would use.

import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { kinds } from './lib/corpus.mjs';
import { loadRawParsers } from './lib/raw-parsers.mjs';
import { median, round } from './lib/stats.mjs';

/** The CLI's pool (server/src/cli/main.ts): workers above 16 files, at most 4, one per core. */
export const cliParallelThreshold = 16;
export const cliPoolSize = () => Math.min(availableParallelism(), 4);

function throughput(files, bytes, ms) {
  return { filesPerSecond: round(files / (ms / 1000), 1), megabytesPerSecond: round(bytes / 1e6 / (ms / 1000)) };
}

/**
 * Single-thread floor: `runs` passes over all files. A file's time is its median over the passes;
 * the floor of any set of files (a kind, what one CLI run checked) is the sum over its files.
 */
async function singleThread(files, runs) {
  const parsers = await loadRawParsers();
  const perFile = files.map(() => []);
  const passesMs = [];
  for (let run = 0; run < runs; run++) {
    const passStart = performance.now();
    files.forEach((file, i) => {
      const start = performance.now();
      parsers[file.kind](file.text, file.path);
      perFile[i].push(performance.now() - start);
    });
    passesMs.push(performance.now() - passStart);
  }
  return { fileMs: perFile.map(median), passesMs };
}

async function parallel(files, runs, size) {
  const counter = new SharedArrayBuffer(4);
  const list = files.map(({ path, kind }) => ({ path, kind }));
  const workers = Array.from({ length: size }, () => new Worker(new URL('./lib/parse-floor-worker.mjs', import.meta.url), { workerData: { files: list, counter } }));
  const next = (worker) => new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  try {
    await Promise.all(workers.map(next));
    const passesMs = [];
    for (let run = 0; run < runs; run++) {
      Atomics.store(new Int32Array(counter), 0, 0);
      const done = workers.map(next);
      const start = performance.now();
      for (const worker of workers) worker.postMessage('start');
      await Promise.all(done);
      passesMs.push(performance.now() - start);
    }
    return passesMs;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export async function measureParseFloor(files, { runs }) {
  const { fileMs, passesMs } = await singleThread(files, runs);
  const floorOf = (predicate) => files.reduce((sum, file, i) => (predicate(file) ? sum + fileMs[i] : sum), 0);
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  const totalMs = floorOf(() => true);

  const byKind = {};
  for (const kind of kinds) {
    const ofKind = files.filter((f) => f.kind === kind);
    const kindBytes = ofKind.reduce((sum, f) => sum + f.bytes, 0);
    const ms = floorOf((f) => f.kind === kind);
    byKind[kind] = { files: ofKind.length, bytes: kindBytes, ms: round(ms), ...(ms > 0 ? throughput(ofKind.length, kindBytes, ms) : {}) };
  }

  const size = cliPoolSize();
  let parallelResult = null;
  if (files.length > cliParallelThreshold && size > 1) {
    const parallelPasses = await parallel(files, runs, size);
    const ms = median(parallelPasses);
    parallelResult = { workers: size, ms: round(ms), passesMs: parallelPasses.map((p) => round(p)), ...throughput(files.length, bytes, ms) };
  }

  return {
    files: files.length,
    bytes,
    singleThread: { ms: round(totalMs), passesMs: passesMs.map((p) => round(p)), ...throughput(files.length, bytes, totalMs), byKind },
    parallel: parallelResult,
    /** Floor in milliseconds of any subset of the files, by absolute path. */
    floorOfPaths: (paths) => {
      const wanted = new Set(paths);
      return floorOf((f) => wanted.has(f.path));
    },
  };
}

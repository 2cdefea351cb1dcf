/**
 * Mutation fuzzing without a time bound, for `npm run fuzz` (scripts/fuzz.mjs bundles this file):
 *
 *   npm run fuzz -- [--minutes 30] [--seed N] [--workers 1] [--no-corpus]
 *   npm run fuzz -- --replay .fuzz-failures/<file>.json
 *
 * Mutates the test fixtures and the real-world corpus, checks every case in a worker with a
 * time and heap limit, writes each failing input with its seed and mutation steps to
 * .fuzz-failures/, and prints a summary.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { mutationCase, type MutationCase } from './cases';
import { corpusDir, describeFailure, repoRoot, startRunner, type CaseResult } from './harness';
import { seedInputs } from './inputs';
import { applySteps, type MutationStep } from './mutations';
import type { CaseTask } from './protocol';
import { caseTimeoutMs, workerHeapMb } from './limits';

/** What a failure file holds. */
interface FailureRecord {
  seed: number;
  index: number;
  /** The unmutated input, relative to the repository (or the corpus folder). */
  source: string;
  steps: MutationStep[];
  task: CaseTask;
  status: string;
  detail: string;
}

const root = repoRoot();
const failuresDir = join(root, '.fuzz-failures');

function signature(result: CaseResult): string {
  // One file per kind of failure is enough to fix it; numbers differ between inputs.
  const first = result.outcome?.violations[0] ?? result.error ?? '';
  return `${result.status}:${first.split('\n')[0].replace(/\d+/g, 'N').replace(/"[^"]*"/g, '"…"').slice(0, 160)}`;
}

function recordFailure(made: MutationCase, result: CaseResult): string {
  mkdirSync(failuresDir, { recursive: true });
  const file = join(failuresDir, `${made.seed}-${made.index}.json`);
  const record: FailureRecord = {
    seed: made.seed,
    index: made.index,
    source: relative(root, made.source.path),
    steps: made.steps,
    task: made.task,
    status: result.status,
    detail: describeFailure(made.task.path, result),
  };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return file;
}

async function replay(file: string): Promise<number> {
  const record = JSON.parse(readFileSync(file, 'utf8')) as FailureRecord;
  const sourcePath = join(root, record.source);
  if (existsSync(sourcePath) && record.task.input && 'text' in record.task.input) {
    const again = applySteps(readFileSync(sourcePath, 'utf8'), record.steps);
    console.log(again === record.task.input.text ? 'The steps on the source give the recorded input.' : 'The source changed since: replaying the recorded input.');
  }
  const scratch = mkdtempSync(join(tmpdir(), 'shiftguard-replay-'));
  const task: CaseTask = record.task.pipeline === 'cli' ? { ...record.task, path: join(scratch, 'replay', record.source.split('/').pop()!), options: { ...record.task.options, roots: [scratch] } } : record.task;
  const runner = await startRunner({ workers: 1, heapMb: workerHeapMb });
  try {
    const result = await runner.run(task, caseTimeoutMs);
    console.log(result.status === 'ok' ? `ok: no violation (${result.wallMs} ms)` : describeFailure(record.source, result));
    return result.status === 'ok' ? 0 : 1;
  } finally {
    await runner.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function fuzz(minutes: number, seed: number, workers: number, withCorpus: boolean): Promise<number> {
  const corpus = withCorpus ? corpusDir(root) : undefined;
  const inputs = [
    ...seedInputs(join(root, 'test-fixtures'), { exclude: ['expected'] }),
    ...(corpus ? seedInputs(corpus, { maxBytes: 128 * 1024 }) : []),
  ];
  console.log(`fuzz: seed ${seed}, ${minutes} min, ${workers} worker(s), ${inputs.length} inputs${corpus ? ' (fixtures and corpus)' : ' (fixtures)'}`);
  console.log(`replay a case: npm run fuzz -- --replay .fuzz-failures/<seed>-<index>.json`);
  const scratch = mkdtempSync(join(tmpdir(), 'shiftguard-fuzz-'));
  const runner = await startRunner({ workers, heapMb: workerHeapMb });
  const deadline = Date.now() + minutes * 60_000;
  const started = Date.now();
  const perKind: Record<string, number> = {};
  const perStatus: Record<string, number> = {};
  const seen = new Map<string, number>();
  const written: string[] = [];
  let next = 0;
  let lastReport = Date.now();

  const loop = async () => {
    while (Date.now() < deadline) {
      const made = mutationCase(seed, next++, inputs, scratch);
      const result = await runner.run(made.task, caseTimeoutMs);
      if (made.scratchDir) rmSync(made.scratchDir, { recursive: true, force: true });
      perKind[made.source.syntax] = (perKind[made.source.syntax] ?? 0) + 1;
      perStatus[result.status] = (perStatus[result.status] ?? 0) + 1;
      if (result.status !== 'ok') {
        const key = signature(result);
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        if (count <= 3) {
          const file = recordFailure(made, result);
          written.push(file);
          console.log(`FAIL ${relative(root, file)}: ${describeFailure(relative(root, made.source.path), result).slice(0, 500)}`);
        }
      }
      if (Date.now() - lastReport > 60_000) {
        lastReport = Date.now();
        const done = Object.values(perStatus).reduce((a, b) => a + b, 0);
        console.log(`… ${done} cases, ${(done / ((Date.now() - started) / 1000)).toFixed(1)}/s, ${done - (perStatus.ok ?? 0)} failing`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: workers }, loop));
  } finally {
    await runner.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }

  const total = Object.values(perStatus).reduce((a, b) => a + b, 0);
  const seconds = (Date.now() - started) / 1000;
  console.log(`\nfuzz summary: seed ${seed}, ${total} cases in ${seconds.toFixed(0)} s (${(total / seconds).toFixed(1)} cases/s)`);
  console.log(`  per input syntax: ${JSON.stringify(perKind)}`);
  console.log(`  per status: ${JSON.stringify(perStatus)}`);
  console.log(`  distinct failures: ${seen.size}${written.length ? `; written: ${written.map((f) => relative(root, f)).join(', ')}` : ''}`);
  for (const [key, count] of seen) console.log(`  ${count}× ${key}`);
  return seen.size > 0 ? 1 : 0;
}

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    seed: { type: 'string' },
    workers: { type: 'string', default: '1' },
    replay: { type: 'string' },
    'no-corpus': { type: 'boolean', default: false },
  },
});

const exit = values.replay
  ? replay(values.replay)
  : fuzz(Number(values.minutes), values.seed ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31), Number(values.workers), !values['no-corpus']);
exit.then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);

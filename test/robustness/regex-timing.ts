import { Worker } from 'node:worker_threads';

/** Length of the generated inputs: long enough that a quadratic pattern takes seconds. */
export const attackLength = 50_000;

/** Characters every pattern is tried with besides its own: one per common class, and line breaks. */
const classRepresentatives = ['a', 'A', 'z', '0', '9', '_', ' ', '\t', '\n', '\r', '-', '.', '/', '\\', ':', '=', '$', '{', '}', '"', "'", '@', '%', '\0'];

/**
 * Attack-like inputs for a pattern: for each character of the pattern's own text and each class
 * representative, a long run of it, alone and followed by a character nothing expects. A pattern
 * that backtracks over a run of something it repeats shows it on one of these.
 */
export function attackInputs(source: string, extra: readonly string[] = []): string[] {
  const characters = new Set([...source].filter((c) => c >= ' ' && c <= '~'));
  for (const c of classRepresentatives) characters.add(c);
  const inputs: string[] = [];
  for (const c of characters) {
    const run = c.repeat(attackLength);
    inputs.push(run, `${run}\u0001`, `\u0001${run}\u0001`);
  }
  return [...inputs, ...extra];
}

export interface TimingResult {
  /** Slowest input's time in milliseconds (the time limit when one was stopped). */
  slowestMs: number;
  /** The first characters of the slowest input, for the failure message. */
  slowestInput: string;
  /** An input was stopped at the time limit. */
  stopped: boolean;
}

// Runs in a worker: a runaway pattern blocks its thread, and only a worker can be stopped from outside.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { source, flags, inputs } = workerData;
for (let i = 0; i < inputs.length; i++) {
  const pattern = new RegExp(source, flags);
  parentPort.postMessage({ started: i });
  const start = performance.now();
  if (pattern.global) for (const _ of inputs[i].matchAll(pattern));
  else pattern.exec(inputs[i]);
  parentPort.postMessage({ done: i, ms: performance.now() - start });
}
parentPort.postMessage({ finished: true });
`;

/**
 * Runs `source`/`flags` over every input (all matches with `g`, the first otherwise) in a worker,
 * stopping it when one input takes longer than `limitMs`.
 */
export function timePattern(source: string, flags: string, inputs: readonly string[], limitMs: number): Promise<TimingResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { source, flags, inputs } });
    let slowest: TimingResult = { slowestMs: 0, slowestInput: '', stopped: false };
    let timer: NodeJS.Timeout | undefined;
    const describe = (input: string) => JSON.stringify(input.slice(0, 40)) + (input.length > 40 ? ` (${input.length} chars)` : '');
    worker.on('message', (message: { started?: number; done?: number; ms?: number; finished?: boolean }) => {
      if (message.started !== undefined) {
        const input = inputs[message.started];
        timer = setTimeout(() => {
          slowest = { slowestMs: limitMs, slowestInput: describe(input), stopped: true };
          void worker.terminate().then(() => resolve(slowest));
        }, limitMs);
      } else if (message.done !== undefined) {
        clearTimeout(timer);
        if (message.ms! > slowest.slowestMs) slowest = { slowestMs: message.ms!, slowestInput: describe(inputs[message.done]), stopped: false };
      } else if (message.finished) {
        void worker.terminate().then(() => resolve(slowest));
      }
    });
    worker.on('error', reject);
  });
}

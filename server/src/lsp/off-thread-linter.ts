import { existsSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LintConfig } from '../engine/config';
import { fileFinding, formatSize, type CheckOptions } from '../cli/check-file';
import type { Finding } from '../engine/types';
import type { SliceContext, SliceLint } from '../engine/yaml-slices';
import type { CappedFindings } from './finding-cap';

const workerFile = 'lsp-lint-worker.js';

/**
 * What the worker is asked: lint a text (at most `maxFindings` of its findings come back), one
 * slice of a YAML text, a file on disk, or to forget what it keeps of a closed document.
 */
export type WorkerTask =
  | { path: string; text: string; config: LintConfig; maxFindings: number }
  | { path: string; text: string; config: LintConfig; slice: SliceContext; reuse: string }
  | { path: string; options: CheckOptions; maxFindings: number }
  | { forget: string }
  | { collect: true };

/** The worker's answer: findings, or for a slice its lint (null when only the whole file can be linted). */
export interface WorkerReply {
  findings?: Finding[];
  /** Findings beyond `maxFindings`, counted but not sent. */
  omitted?: number;
  slice?: SliceLint | null;
  /** The worker's heap after a garbage collection (memory tests, under `--expose-gc`). */
  heapUsed?: number;
}

/** Why the worker gave no answer: it ran out of heap, or it failed (the message says how). */
export interface WorkerFailure {
  failed: 'memory' | 'crash';
  message: string;
}

/** An answer of the worker, a failure, or undefined when the request was cancelled. */
export type Outcome<T> = T | WorkerFailure | undefined;

export function isFailure(value: unknown): value is WorkerFailure {
  return typeof value === 'object' && value !== null && 'failed' in value;
}

/**
 * The heap of the worker: a quarter of the machine's memory, between 2 and 4 GiB, so that a
 * document whose lint runs away stops the worker, not the editor's machine. Measured: an 8 MiB
 * Dockerfile of 100,000 short stages (the size limit, the densest input) runs out of 1 GiB and
 * is checked within 2 GiB.
 */
export const workerHeapLimitMiB = Math.max(2048, Math.min(4096, Math.floor(totalmem() / (1024 * 1024) / 4)));

interface Task {
  id: number;
  payload: WorkerTask;
  resolve: (reply: Outcome<WorkerReply>) => void;
}

/**
 * Lints documents on a worker thread with a bounded heap, one at a time, so that no parse holds
 * the server's event loop. A request resolves to undefined when it was cancelled, and to a
 * {@link WorkerFailure} when the worker ran out of memory or crashed on it; a superseded
 * document is cancelled by terminating the worker. A worker that is gone restarts on the next
 * request.
 */
export class OffThreadLinter {
  private worker: Worker | undefined;
  private queue: Task[] = [];
  private current: Task | undefined;
  private nextId = 1;

  /** Undefined when no worker bundle sits beside the server (running from source). */
  static create(
    directory: string | undefined = typeof __dirname !== 'undefined' ? __dirname : undefined,
    heapLimitMiB = workerHeapLimitMiB,
  ): OffThreadLinter | undefined {
    if (!directory) return undefined;
    const script = join(directory, workerFile);
    return existsSync(script) ? new OffThreadLinter(script, heapLimitMiB) : undefined;
  }

  private constructor(
    private readonly script: string,
    private readonly heapLimitMiB: number,
  ) {}

  /** Lints a document's text; at most `maxFindings` findings, the most severe, come back. */
  lint(path: string, text: string, config: LintConfig, maxFindings: number): { id: number; result: Promise<Outcome<CappedFindings>> } {
    return this.enqueue({ path, text, config, maxFindings }, capped);
  }

  /**
   * Lints one slice of a YAML text (see `lintYamlSlice`); null when the slice cannot be linted
   * alone. The worker keeps the last slice parsed under each `reuse` key, to parse the next
   * version of that slice from it.
   */
  lintSlice(path: string, text: string, slice: SliceContext, config: LintConfig, reuse: string): { id: number; result: Promise<Outcome<SliceLint | null>> } {
    return this.enqueue({ path, text, config, slice, reuse }, (reply) => reply.slice);
  }

  /** Reads and checks a file on disk, as the command line does. */
  checkFile(path: string, options: CheckOptions, maxFindings: number): { id: number; result: Promise<Outcome<CappedFindings>> } {
    return this.enqueue({ path, options, maxFindings }, capped);
  }

  /** Drops what the worker keeps of a document (the parses of its slices); a worker that is not running keeps nothing. */
  forget(path: string): void {
    if (this.worker) void this.enqueue({ forget: path }, () => undefined);
  }

  /** Collects the worker's garbage where `gc` is exposed, and answers its heap use; undefined without a worker. */
  async collect(): Promise<number | undefined> {
    if (!this.worker) return undefined;
    const outcome = await this.enqueue({ collect: true }, (reply) => reply.heapUsed).result;
    return typeof outcome === 'number' ? outcome : undefined;
  }

  private enqueue<T>(payload: WorkerTask, answer: (reply: WorkerReply) => T | undefined): { id: number; result: Promise<Outcome<T>> } {
    const id = this.nextId++;
    const result = new Promise<Outcome<T>>((resolve) => {
      this.queue.push({ id, payload, resolve: (reply) => resolve(reply === undefined || isFailure(reply) ? reply : answer(reply)) });
    });
    this.pump();
    return { id, result };
  }

  /** Drops a queued request, or stops the worker if it is running that request. */
  cancel(id: number): void {
    if (this.unqueue(id)) return;
    if (this.current?.id === id) {
      const worker = this.worker;
      this.worker = undefined;
      this.finish(undefined);
      void worker?.terminate();
    }
  }

  /**
   * Drops a queued request; one that is running finishes, its answer unused. For work that leaves
   * the worker something to reuse (the parse of a slice), which stopping the worker would lose.
   */
  abandon(id: number): void {
    this.unqueue(id);
  }

  private unqueue(id: number): boolean {
    const queued = this.queue.findIndex((t) => t.id === id);
    if (queued < 0) return false;
    this.queue.splice(queued, 1)[0].resolve(undefined);
    return true;
  }

  dispose(): void {
    for (const task of this.queue) task.resolve(undefined);
    this.queue = [];
    this.finish(undefined);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.heapLimitMiB } });
    worker.on('message', (reply: WorkerReply & { id: number; error?: string }) => {
      if (reply.id === this.current?.id) this.finish(reply.error === undefined ? reply : { failed: 'crash', message: reply.error });
    });
    // 'exit' always follows 'error', and only 'exit' comes after the worker's last messages.
    let error: unknown;
    worker.on('error', (reason) => {
      error = reason;
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.finish(lossOf(error, code, this.heapLimitMiB));
    });
    worker.unref();
    return worker;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const task = this.queue.shift()!;
    this.current = task;
    this.worker ??= this.spawn();
    this.worker.postMessage({ id: task.id, ...task.payload });
  }

  private finish(reply: Outcome<WorkerReply>): void {
    const done = this.current;
    if (!done) return;
    this.current = undefined;
    done.resolve(reply);
    this.pump();
  }
}

function capped(reply: WorkerReply): CappedFindings | undefined {
  return reply.findings && { findings: reply.findings, omitted: reply.omitted ?? 0 };
}

/** The finding at 1:1 of a document or file the worker failed on: it was not checked. */
export function failureFinding(failure: WorkerFailure): Finding {
  if (failure.failed === 'memory') {
    return fileFinding('skipped', 'error', `Checking this file needed more than the ${failure.message} of the lint worker; not checked.`);
  }
  return fileFinding('internal', 'error', `Shiftguard failed on this file (${failure.message}); not checked.`);
}

function lossOf(error: unknown, code: number, heapLimitMiB: number): WorkerFailure {
  if ((error as { code?: unknown } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { failed: 'memory', message: `${formatSize(heapLimitMiB * 1024 * 1024)} heap` };
  }
  return { failed: 'crash', message: error instanceof Error ? error.message : `the lint worker stopped (exit code ${code})` };
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LintConfig } from '../engine/config';
import type { CheckOptions } from '../cli/check-file';
import type { Finding } from '../engine/types';
import type { SliceContext, SliceLint } from '../engine/yaml-slices';

const workerFile = 'lsp-lint-worker.js';

/** What the worker is asked: lint a text, one slice of a YAML text, or a file on disk. */
export type WorkerTask =
  | { path: string; text: string; config: LintConfig }
  | { path: string; text: string; config: LintConfig; slice: SliceContext; reuse: string }
  | { path: string; options: CheckOptions };

/** The worker's answer: findings, or for a slice its lint (null when only the whole file can be linted). */
export interface WorkerReply {
  findings?: Finding[];
  slice?: SliceLint | null;
}

interface Task {
  id: number;
  payload: WorkerTask;
  resolve: (reply: WorkerReply | undefined) => void;
}

/**
 * Lints documents on a worker thread, one at a time. Used for large documents, whose parse
 * would otherwise hold the server's event loop for seconds. `lint` resolves to undefined when
 * the work was cancelled or the worker failed; a superseded document is cancelled by
 * terminating the worker, which restarts on the next request.
 */
export class OffThreadLinter {
  private worker: Worker | undefined;
  private queue: Task[] = [];
  private current: Task | undefined;
  private nextId = 1;

  /** Undefined when no worker bundle sits beside the server (running from source). */
  static create(directory: string | undefined = typeof __dirname !== 'undefined' ? __dirname : undefined): OffThreadLinter | undefined {
    if (!directory) return undefined;
    const script = join(directory, workerFile);
    return existsSync(script) ? new OffThreadLinter(script) : undefined;
  }

  private constructor(private readonly script: string) {}

  /** Lints a document's text. */
  lint(path: string, text: string, config: LintConfig): { id: number; result: Promise<Finding[] | undefined> } {
    return this.enqueue({ path, text, config }, (reply) => reply.findings);
  }

  /**
   * Lints one slice of a YAML text (see `lintYamlSlice`); null when the slice cannot be linted
   * alone. The worker keeps the last slice parsed under each `reuse` key, to parse the next
   * version of that slice from it.
   */
  lintSlice(path: string, text: string, slice: SliceContext, config: LintConfig, reuse: string): { id: number; result: Promise<SliceLint | null | undefined> } {
    return this.enqueue({ path, text, config, slice, reuse }, (reply) => reply.slice);
  }

  /** Reads and checks a file on disk, as the command line does. */
  checkFile(path: string, options: CheckOptions): { id: number; result: Promise<Finding[] | undefined> } {
    return this.enqueue({ path, options }, (reply) => reply.findings);
  }

  private enqueue<T>(payload: WorkerTask, answer: (reply: WorkerReply) => T | undefined): { id: number; result: Promise<T | undefined> } {
    const id = this.nextId++;
    const result = new Promise<T | undefined>((resolve) => {
      this.queue.push({ id, payload, resolve: (reply) => resolve(reply && answer(reply)) });
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
    const worker = new Worker(this.script);
    worker.on('message', (reply: WorkerReply & { id: number; error?: string }) => {
      if (reply.id === this.current?.id) this.finish(reply.error === undefined ? reply : undefined);
    });
    const lost = () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.finish(undefined);
    };
    worker.on('error', lost);
    worker.on('exit', lost);
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

  private finish(reply: WorkerReply | undefined): void {
    const done = this.current;
    if (!done) return;
    this.current = undefined;
    done.resolve(reply);
    this.pump();
  }
}

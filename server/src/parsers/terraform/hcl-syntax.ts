import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { withLfBreaks, type LineIndex } from '../../engine/text';
import type { FileProblem } from '../source';
import { hclErrorToProblems } from './hcl-diagnostics';

const workerFile = 'hcl-syntax-worker.cjs';
const workerStartupAllowanceMs = 20_000;

function workerPath(): string {
  const here = typeof __dirname !== 'undefined' ? __dirname : dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, workerFile), join(here, 'parsers', 'terraform', workerFile)];
  return candidates.find((p) => existsSync(p)) ?? candidates[0];
}

interface Pending {
  id: number;
  filename: string;
  text: string;
  /** Requests with the same key are versions of one document: only the newest waiting one is kept. */
  key: string | undefined;
  resolve: (verdict: { ok: true } | { ok: false; message: string } | undefined) => void;
}

/**
 * Runs HashiCorp's HCL parser in a worker thread, one file at a time, each with a time limit.
 * A worker that dies or overruns is terminated and a fresh one serves the next request; the
 * request that killed it gets no verdict.
 */
export class HclSyntaxChecker {
  private worker: Worker | undefined;
  private queue: Pending[] = [];
  private current: Pending | undefined;
  private timer: NodeJS.Timeout | undefined;
  private nextId = 1;

  /** `timeoutFor` is the time limit of one check, not counting the start of a new worker. */
  constructor(
    private readonly timeoutFor: (text: string) => number = (text) => 5_000 + text.length / 100,
    private readonly startupAllowanceMs = workerStartupAllowanceMs,
  ) {}

  /**
   * Resolves to the parser's verdict, or undefined when there was none (timeout or crash): the
   * caller then keeps the provisional problems of the tree-sitter parse. A later request with the
   * same `key` ends this one without a verdict if it is still waiting.
   */
  check(filename: string, text: string, key?: string): Promise<{ ok: true } | { ok: false; message: string } | undefined> {
    return new Promise((resolve) => {
      // A newer text of the same document makes a waiting older one pointless (fast typing).
      if (key !== undefined) {
        for (const stale of this.queue.filter((p) => p.key === key)) stale.resolve(undefined);
        this.queue = this.queue.filter((p) => p.key !== key);
      }
      this.queue.push({ id: this.nextId++, filename, text, key, resolve });
      this.pump();
    });
  }

  /** Stops the worker; pending requests get no verdict. */
  async dispose(): Promise<void> {
    for (const pending of this.queue) pending.resolve(undefined);
    this.queue = [];
    this.finish(undefined);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(workerPath());
    worker.on('message', (reply: { id: number; ok: boolean; message?: string }) => {
      if (this.current && reply.id === this.current.id) {
        this.finish(reply.ok ? { ok: true } : { ok: false, message: reply.message ?? '' });
      }
    });
    // A crash emits 'error' then 'exit', and a worker stopped for overrunning exits while the next
    // check already runs on its successor: only the first sign of death of the serving worker counts.
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
    const next = this.queue.shift()!;
    this.current = next;
    // A fresh worker first loads and compiles the Go runtime: allow for that on a busy machine.
    const startup = this.worker ? 0 : this.startupAllowanceMs;
    this.worker ??= this.spawn();
    this.worker.ref();
    this.timer = setTimeout(() => {
      const stuck = this.worker;
      this.worker = undefined;
      this.finish(undefined);
      void stuck?.terminate();
    }, startup + this.timeoutFor(next.text));
    this.worker.postMessage({ id: next.id, filename: next.filename, text: next.text });
  }

  private finish(verdict: { ok: true } | { ok: false; message: string } | undefined): void {
    const done = this.current;
    if (!done) return;
    this.current = undefined;
    clearTimeout(this.timer);
    this.worker?.unref();
    done.resolve(verdict);
    this.pump();
  }
}

let shared: HclSyntaxChecker | undefined;

/** The process-wide checker, started on first use. */
export function sharedHclSyntaxChecker(): HclSyntaxChecker {
  shared ??= new HclSyntaxChecker();
  return shared;
}

/** Far deeper than any real configuration, far shallower than what overflows HashiCorp's parser. */
const maxCheckedNesting = 1_000;

/** The deepest nesting of brackets and braces in a text, counted without reading it (strings too). */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */ || c === 40 /* ( */) deepest = Math.max(deepest, ++depth);
    else if ((c === 125 /* } */ || c === 93 /* ] */ || c === 41 /* ) */) && depth > 0) depth--;
  }
  return deepest;
}

/**
 * The authoritative syntax problems of an HCL text (`.tf`, `.tfvars`), or undefined when the
 * check could not run to completion, was not tried (nesting too deep), or was superseded by a
 * newer text of the same path while it waited. JSON files are checked
 * by their own parser instead.
 */
export async function checkHclSyntax(
  path: string,
  text: string,
  lines: LineIndex,
  checker: HclSyntaxChecker = sharedHclSyntaxChecker(),
): Promise<FileProblem[] | undefined> {
  // HashiCorp's parser recurses per level of nesting: very deep input overflows its stack, and it
  // then dies or fails only after its time limit. Such text keeps the tree-sitter verdict.
  if (bracketDepth(text) > maxCheckedNesting) return undefined;
  const filename = /\.tfvars$/i.test(path) ? 'input.tfvars' : 'input.tf';
  // HCL breaks lines at LF only: a lone CR would put every error of a file on its last line.
  const verdict = await checker.check(filename, withLfBreaks(text), path);
  if (!verdict) return undefined;
  return verdict.ok ? [] : hclErrorToProblems(verdict.message, filename, lines);
}

import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileFinding, formatSize, type CheckOptions, type FileResult } from './check-file';
import { detectKind } from '../parsers/detect';
import { appendAll } from '../engine/arrays';

/** Files of one module handed to one worker at most, so that a huge directory still runs in parallel. */
const maxGroup = 32;

/**
 * Files sent to a worker before it answers: the next file waits in the worker's own queue, so it
 * never idles for the round trip through the main thread between two files.
 */
const tasksInFlight = 2;

type Fallback = (path: string) => Promise<FileResult>;

interface Reply {
  id: number;
  result?: FileResult;
  error?: string;
}

/**
 * Hands out file indices, the Terraform files of a directory together: a worker keeps taking
 * files of the module it is in, because each worker reads and caches a module once, and
 * alternating a module's files between workers would read it in each of them. Other files, and
 * the files of very large directories in slices, go to whichever worker is free.
 */
class DirectoryQueue {
  private readonly groups: number[][] = [];
  private remaining: number;

  constructor(paths: readonly string[]) {
    const byDirectory = new Map<string, number[]>();
    paths.forEach((path, index) => {
      const directory = detectKind(path) === 'terraform' ? dirname(path) : undefined;
      let group = directory === undefined ? undefined : byDirectory.get(directory);
      if (!group || group.length >= maxGroup) {
        group = [];
        if (directory !== undefined) byDirectory.set(directory, group);
        this.groups.push(group);
      }
      group.push(index);
    });
    this.groups.reverse();
    this.remaining = paths.length;
  }

  get isEmpty(): boolean {
    return this.remaining === 0;
  }

  /** The next file for a worker: from `own` (its directory's files, taken over) or a new directory. */
  take(own: number[]): number | undefined {
    if (own.length === 0) {
      const group = this.groups.pop();
      if (!group) return undefined;
      appendAll(own, group);
    }
    this.remaining--;
    return own.shift();
  }

  /** Gives back the files of a worker that is gone: those it was sent but did not check, and its untaken ones. */
  giveBack(sent: number[], own: number[]): void {
    this.remaining += sent.length;
    const files = [...sent, ...own.splice(0)];
    if (files.length > 0) this.groups.push(files);
  }
}

/** A worker stopped by V8 because its heap reached the limit. */
function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

function outOfMemory(path: string, heapLimitMiB: number | undefined): FileResult {
  const limit = heapLimitMiB === undefined ? 'the heap of a lint worker' : `the ${formatSize(heapLimitMiB * 1024 * 1024)} heap of a lint worker`;
  const message = `Checking this file needed more than ${limit} (--max-memory); not checked.`;
  return { path, kind: detectKind(path) ?? null, findings: [fileFinding('skipped', 'error', message)], fixed: 0 };
}

/**
 * Checks files on `size` worker threads, each with a heap of at most `heapLimitMiB` when given.
 * A file whose worker fails is checked again with `fallback` (on this thread), except one that
 * ran the worker out of memory: it would do the same here, so it is reported instead.
 */
export function checkInWorkers(
  paths: readonly string[],
  options: CheckOptions,
  workerScript: string,
  size: number,
  fallback: Fallback,
  heapLimitMiB?: number,
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(paths.length);
  const queue = new DirectoryQueue(paths);
  let done = 0;
  // A worker that cannot even start would otherwise be replaced forever.
  let restartsLeft = size * 2;
  const workers = new Set<Worker>();

  return new Promise((resolvePool, rejectPool) => {
    const finish = (index: number, result: FileResult) => {
      results[index] = result;
      done++;
      if (done === paths.length) {
        for (const worker of workers) void worker.terminate();
        resolvePool(results);
      }
    };
    const retryHere = (index: number) => {
      fallback(paths[index]).then((result) => finish(index, result), rejectPool);
    };

    const start = () => {
      const resourceLimits = heapLimitMiB === undefined ? undefined : { maxOldGenerationSizeMb: heapLimitMiB };
      const worker = new Worker(workerScript, { workerData: options, resourceLimits });
      workers.add(worker);
      const own: number[] = [];
      const inFlight: number[] = [];
      const feed = () => {
        while (inFlight.length < tasksInFlight) {
          const next = queue.take(own);
          if (next === undefined) break;
          inFlight.push(next);
          worker.postMessage({ id: next, path: paths[next] });
        }
        if (inFlight.length === 0) {
          workers.delete(worker);
          void worker.terminate();
        }
      };
      worker.on('message', (reply: Reply) => {
        const at = inFlight.indexOf(reply.id);
        if (at < 0) return;
        inFlight.splice(at, 1);
        if (reply.result) finish(reply.id, reply.result);
        else retryHere(reply.id);
        feed();
      });
      const lost = (error?: unknown) => {
        if (!workers.has(worker)) return;
        workers.delete(worker);
        // The worker checks its files in order: the first was being checked; the others wait their turn.
        const [checking, ...waiting] = inFlight.splice(0);
        if (checking !== undefined) {
          if (isOutOfMemory(error)) finish(checking, outOfMemory(paths[checking], heapLimitMiB));
          else retryHere(checking);
        }
        queue.giveBack(waiting, own);
        if (!queue.isEmpty) {
          if (restartsLeft-- > 0) start();
          else for (let index = queue.take(own); index !== undefined; index = queue.take(own)) retryHere(index);
        }
      };
      // 'exit' always follows 'error', and only 'exit' comes after the worker's last messages
      // have been delivered: a file answered just before a crash is not checked again.
      let failure: unknown;
      worker.on('error', (error) => {
        failure = error;
      });
      worker.on('exit', () => lost(failure));
      feed();
    };

    if (paths.length === 0) resolvePool(results);
    else for (let i = 0; i < Math.min(size, paths.length); i++) start();
  });
}

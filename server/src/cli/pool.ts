import { Worker } from 'node:worker_threads';
import type { CheckOptions, FileResult } from './check-file';

type Fallback = (path: string) => Promise<FileResult>;

interface Reply {
  id: number;
  result?: FileResult;
  error?: string;
}

/**
 * Checks files on a pool of worker threads, one file per worker at a time, and returns the
 * results in the order of `paths`. A file whose worker fails or dies is checked again with
 * `fallback` on the calling thread, so a defect in one file never loses the run.
 */
export function checkInWorkers(
  paths: readonly string[],
  options: CheckOptions,
  workerScript: string,
  size: number,
  fallback: Fallback,
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(paths.length);
  let next = 0;
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
      const worker = new Worker(workerScript, { workerData: options });
      workers.add(worker);
      let current: number | undefined;
      const feed = () => {
        if (next >= paths.length) {
          current = undefined;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, path: paths[current] });
      };
      worker.on('message', (reply: Reply) => {
        if (reply.id !== current) return;
        if (reply.result) finish(reply.id, reply.result);
        else retryHere(reply.id);
        feed();
      });
      const lost = () => {
        if (!workers.has(worker)) return;
        workers.delete(worker);
        if (current !== undefined) retryHere(current);
        current = undefined;
        if (next < paths.length) {
          if (restartsLeft-- > 0) start();
          else while (next < paths.length) retryHere(next++);
        }
      };
      worker.on('error', lost);
      worker.on('exit', lost);
      feed();
    };

    if (paths.length === 0) resolvePool(results);
    else for (let i = 0; i < Math.min(size, paths.length); i++) start();
  });
}

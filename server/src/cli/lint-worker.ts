import { parentPort, workerData } from 'node:worker_threads';
import { rules as catalog } from '../../../rules';
import { initParsers } from '../parsers';
import { checkFile, type CheckOptions } from './check-file';

/**
 * A worker of the lint pool: initialises the parsers once, then checks the files it is sent one
 * after another, in the order they came (the pool sends the next before the last is done).
 */
const options = workerData as CheckOptions;
const ready = initParsers();

interface Task {
  id: number;
  path: string;
}

async function check(task: Task): Promise<void> {
  try {
    await ready;
    const result = await checkFile(task.path, catalog, options);
    parentPort?.postMessage({ id: task.id, result });
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) });
  }
}

let last: Promise<void> = Promise.resolve();
parentPort?.on('message', (task: Task) => {
  last = last.then(() => check(task));
});

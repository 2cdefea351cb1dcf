import { parentPort, workerData } from 'node:worker_threads';
import { rules } from '../../../rules';
import { initParsers } from '../parsers';
import { checkFile, type CheckOptions } from './check-file';

/** A worker of the lint pool: initialises the parsers once, then checks one file per message. */
const options = workerData as CheckOptions;
const ready = initParsers();

parentPort?.on('message', async (task: { id: number; path: string }) => {
  try {
    await ready;
    const result = await checkFile(task.path, rules, options);
    parentPort?.postMessage({ id: task.id, result });
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) });
  }
});

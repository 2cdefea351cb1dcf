import { parentPort } from 'node:worker_threads';
import { rules } from '../../../rules';
import type { LintConfig } from '../engine/config';
import { initParsers } from '../parsers';
import { checkFile, lintOne, type CheckOptions } from '../cli/check-file';

/** Lints large documents for the language server, so its event loop stays free meanwhile. */
const ready = initParsers();

type Task =
  | { id: number; path: string; text: string; config: LintConfig }
  | { id: number; path: string; options: CheckOptions };

parentPort?.on('message', async (task: Task) => {
  try {
    await ready;
    // With text: an open document's buffer. Without: a file on disk, read and checked like the CLI does.
    const { findings } = 'text' in task
      ? await lintOne(task.path, task.text, rules, task.config)
      : await checkFile(task.path, rules, task.options);
    parentPort?.postMessage({ id: task.id, findings });
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) });
  }
});

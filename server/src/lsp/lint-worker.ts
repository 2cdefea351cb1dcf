import { parentPort } from 'node:worker_threads';
import { rules } from '../../../rules';
import { initParsers } from '../parsers';
import { dirname } from 'node:path';
import { checkFile, forgetModule, lintOne } from '../cli/check-file';
import { lintYamlSlice } from '../engine/yaml-slices';
import { KubernetesSliceParser } from '../parsers/kubernetes/scalar-edit';
import type { WorkerReply, WorkerTask } from './off-thread-linter';
import { capFindings } from './finding-cap';

/** Lints large documents for the language server, so its event loop stays free meanwhile. */
const ready = initParsers();

/** Slice parsers of the slices most recently linted here, least recent first. */
const sliceParsers = new Map<string, KubernetesSliceParser>();
const keptSliceParsers = 4;

function sliceParserFor(key: string): KubernetesSliceParser {
  const parser = sliceParsers.get(key) ?? new KubernetesSliceParser();
  sliceParsers.delete(key);
  sliceParsers.set(key, parser);
  if (sliceParsers.size > keptSliceParsers) sliceParsers.delete(sliceParsers.keys().next().value!);
  return parser;
}

/**
 * Forgets what is kept of a closed document: the parsers of its slices, which hold parse trees as
 * large as the slices, and its module with the parses of its files.
 */
function forget(path: string): WorkerReply {
  for (const key of [...sliceParsers.keys()]) if (key.startsWith(`${path}#`)) sliceParsers.delete(key);
  forgetModule(dirname(path));
  return {};
}

async function answer(task: WorkerTask): Promise<WorkerReply> {
  if ('forget' in task) return forget(task.forget);
  if ('collect' in task) {
    (globalThis as { gc?: () => void }).gc?.();
    return { heapUsed: process.memoryUsage().heapUsed };
  }
  if ('slice' in task) return { slice: lintYamlSlice(task.path, task.text, task.slice, rules, task.config, sliceParserFor(task.reuse)) ?? null };
  // With text: an open document's buffer. Without: a file on disk, read and checked like the CLI does.
  // Capped here: copying hundreds of thousands of findings to the server's thread would hold it for seconds.
  if ('text' in task) return capFindings((await lintOne(task.path, task.text, rules, task.config)).findings, task.maxFindings);
  return capFindings((await checkFile(task.path, rules, task.options)).findings, task.maxFindings);
}

parentPort?.on('message', async (task: WorkerTask & { id: number }) => {
  try {
    await ready;
    parentPort?.postMessage({ id: task.id, ...(await answer(task)) });
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) });
  }
});

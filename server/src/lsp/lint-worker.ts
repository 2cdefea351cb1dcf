import { parentPort } from 'node:worker_threads';
import { rules } from '../../../rules';
import { initParsers } from '../parsers';
import { checkFile, lintOne } from '../cli/check-file';
import { lintYamlSlice } from '../engine/yaml-slices';
import { KubernetesSliceParser } from '../parsers/kubernetes/scalar-edit';
import type { WorkerReply, WorkerTask } from './off-thread-linter';

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

async function answer(task: WorkerTask): Promise<WorkerReply> {
  if ('slice' in task) return { slice: lintYamlSlice(task.path, task.text, task.slice, rules, task.config, sliceParserFor(task.reuse)) ?? null };
  // With text: an open document's buffer. Without: a file on disk, read and checked like the CLI does.
  if ('text' in task) return { findings: (await lintOne(task.path, task.text, rules, task.config)).findings };
  return { findings: (await checkFile(task.path, rules, task.options)).findings };
}

parentPort?.on('message', async (task: WorkerTask & { id: number }) => {
  try {
    await ready;
    parentPort?.postMessage({ id: task.id, ...(await answer(task)) });
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) });
  }
});

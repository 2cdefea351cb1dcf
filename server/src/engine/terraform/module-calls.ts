import { posix } from 'node:path';
import type { TerraformFile, TfBlock } from '../../parsers/terraform/model';
import type { Finding } from '../types';
import type { BlockView } from './module';
import { TerraformModule } from './module';
import { asString, type TfEvalValue } from './value';

/** A file of a module that could not be read, and why (e.g. "not a regular file (FIFO)"). */
export interface UnreadFile {
  path: string;
  reason: string;
}

/** What reading a local module directory gave. */
export interface LoadedModule {
  /** The directory read (links resolved), or the one asked for when nothing was read. */
  directory: string;
  files: TerraformFile[];
  /** Set when the module is not analysed at all: outside the checked tree, no such directory, no `.tf` files. */
  notRead?: 'outside' | 'missing' | 'no-configuration';
  /** Files Terraform would read that could not be: the module is incomplete, so it is not analysed. */
  unread?: readonly UnreadFile[];
}

/** Reads the `.tf` files of a local module directory; undefined is taken as a directory that does not exist. */
export type ModuleSource = (directory: string) => LoadedModule | undefined;

/** How deep module calls are followed; deeper trees are rare and would multiply the work. */
export const maxModuleDepth = 4;

/** A `source` that Terraform reads from the local file system: `./x` or `../x`. */
export function isLocalSource(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..';
}

export interface ModuleCall {
  block: TfBlock;
  name: string;
  source: string;
  view: BlockView;
}

/** The `module` blocks of a file with a known `source`, one per instance that exists. */
export function moduleCalls(file: TerraformFile, module: TerraformModule): ModuleCall[] {
  const calls: ModuleCall[] = [];
  for (const block of file.blocks) {
    if (block.type !== 'module' || !block.labels[0]) continue;
    for (const view of module.instances(block)) {
      const source = asString(view.value('source'));
      if (source !== undefined) calls.push({ block, name: block.labels[0].value, source, view });
    }
  }
  return calls;
}

/** The inputs a module call passes: every argument except the meta-arguments. */
export function moduleInputs(call: ModuleCall): Map<string, TfEvalValue> {
  const meta = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
  const inputs = new Map<string, TfEvalValue>();
  for (const attribute of call.block.attributes) {
    if (!meta.has(attribute.name)) inputs.set(attribute.name, call.view.value(attribute.name) ?? { kind: 'unknown' });
  }
  return inputs;
}

/** The child module directory of a local source, as a POSIX-style join (sources use `/`). */
export function childDirectory(callerDirectory: string, source: string): string {
  return posix.normalize(posix.join(callerDirectory.replace(/\\/g, '/'), source));
}

/**
 * Moves findings about a child module, produced with the caller's inputs, to the caller: a
 * finding whose value came from the caller file is reported at that value there, naming the
 * place inside the module in its related information.
 */
export function relocateToCaller(findings: readonly Finding[], call: ModuleCall, callerPath: string, childFile: string): Finding[] {
  const moved: Finding[] = [];
  for (const finding of findings) {
    const fromCaller = finding.related.find((r) => r.path === callerPath);
    if (!fromCaller) continue;
    moved.push({
      ...finding,
      message: `In module "${call.name}" (${call.source}): ${finding.message}`,
      range: fromCaller.range,
      related: [{ message: 'Inside the module, here.', path: childFile, range: finding.range }],
      // An edit in the child would change every caller of the module.
      fix: undefined,
      suggestions: [],
    });
  }
  return moved;
}

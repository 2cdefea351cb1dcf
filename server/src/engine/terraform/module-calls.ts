import { posix } from 'node:path';
import type { TerraformFile, TfBlock } from '../../parsers/terraform/model';
import type { Finding, RelatedLocation } from '../types';
import type { BlockView } from './module';
import { TerraformModule } from './module';
import { asString, type Origin, type TfEvalValue } from './value';

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

/**
 * The modules `terraform init` installed for a root module, from `.terraform/modules/modules.json`:
 * the directory of each call by its key (`a`, and `a.b` for call `b` inside module `a`), or the
 * reason an entry (or the whole file) cannot be used.
 */
export type InstalledModules =
  | { directories: ReadonlyMap<string, string>; refused: ReadonlyMap<string, string> }
  | { problem: string };

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
 * A finding inside a module whose value was written outside it, on its way up the calls to the
 * module where the value was written. `finding` keeps its place in the innermost module; its
 * message already names each module on the way.
 */
export interface PassedFinding {
  finding: Finding;
  /** The file of the innermost module the finding is in. */
  path: string;
  /** Where the value was written. */
  origin: Origin;
  /** The arguments that passed the value on, outermost first. */
  hops: RelatedLocation[];
}

/** What the lint of one module file hands to the file that calls the module. */
export interface ModuleFileResult {
  /** The findings of rules in this file (not those moved here from modules it calls). */
  reported: readonly Finding[];
  /** Findings of modules this file calls whose values came from further out. */
  passed: readonly PassedFinding[];
}

const sameOrigin = (a: Origin | undefined, b: Origin) =>
  a !== undefined && a.path === b.path && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character &&
  a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;

function carries(value: TfEvalValue, origin: Origin, depth = 0): boolean {
  if (sameOrigin(value.origin, origin)) return true;
  if (depth > 4) return false;
  if (value.kind === 'list') return value.items.some((item) => carries(item, origin, depth + 1));
  if (value.kind === 'object') return [...value.entries.values()].some((entry) => carries(entry, origin, depth + 1));
  return false;
}

/** The range of the call's argument whose value carries the value written at `origin`. */
function passingArgument(call: ModuleCall, inputs: ReadonlyMap<string, TfEvalValue>, origin: Origin) {
  for (const [name, value] of inputs) if (carries(value, origin)) return call.block.attribute(name)?.value.range;
  return undefined;
}

/**
 * Moves the findings of a child module, produced with the caller's inputs, towards the place
 * where their values were written. A finding whose value was written in the calling module is
 * reported in the calling file: at the value when it is written there, else at the argument that
 * passes it, naming every hop and the place inside the module in its related information. One
 * whose value came into the calling module from its own caller is passed on, one level up. One
 * whose value was written in the child module (or that has no value) stays where it is: the
 * module's own lint reports it.
 */
export function relocateToCaller(
  child: ModuleFileResult,
  childFile: string,
  childModule: TerraformModule,
  call: ModuleCall,
  inputs: ReadonlyMap<string, TfEvalValue>,
  caller: { path: string; module: TerraformModule },
): { moved: Finding[]; passed: PassedFinding[] } {
  const childPaths = filePaths(childModule);
  const callerPaths = filePaths(caller.module);
  const prefix = `In module "${call.name}" (${call.source}): `;
  const moved: Finding[] = [];
  const passed: PassedFinding[] = [];
  const route = (item: PassedFinding) => {
    const argument = passingArgument(call, inputs, item.origin);
    if (!callerPaths.has(item.origin.path)) {
      // Written further out: the caller's caller decides. Without the argument, the chain is lost.
      if (argument) passed.push({ ...item, hops: [{ message: `Passed to module "${call.name}" here.`, path: caller.path, range: argument }, ...item.hops] });
      return;
    }
    const inFile = item.origin.path === caller.path;
    const range = inFile ? item.origin.range : argument;
    if (!range) return;
    moved.push({
      ...item.finding,
      range,
      related: [
        ...(inFile ? [] : [{ message: 'The value is set here.', path: item.origin.path, range: item.origin.range }]),
        ...item.hops,
        { message: 'Inside the module, here.', path: item.path, range: item.finding.range },
      ],
      // An edit in the child would change every caller of the module.
      fix: undefined,
      suggestions: [],
    });
  };
  for (const finding of child.reported) {
    const origin = finding.related.find((r) => r.path !== undefined && !childPaths.has(r.path));
    if (!origin?.path) continue;
    const named = { ...finding, message: prefix + finding.message };
    route({ finding: named, path: childFile, origin: { path: origin.path, range: origin.range }, hops: [] });
  }
  for (const item of child.passed) route({ ...item, finding: { ...item.finding, message: prefix + item.finding.message } });
  return { moved, passed };
}

const pathsOf = new WeakMap<TerraformModule, Set<string>>();

function filePaths(module: TerraformModule): Set<string> {
  let paths = pathsOf.get(module);
  if (!paths) {
    paths = new Set([...module.configFiles, ...module.variableFiles].map((f) => f.path));
    pathsOf.set(module, paths);
  }
  return paths;
}

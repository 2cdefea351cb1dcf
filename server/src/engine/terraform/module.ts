import { posix, win32 } from 'node:path';
import type { TerraformFile, TfAttribute, TfBlock, TfValue } from '../../parsers/terraform/model';
import { evaluate, evaluateValue, iterationEntries, type EvalEnvironment, type EvalScope } from './evaluate';
import type { Origin, TfEvalValue } from './value';

export interface ModuleOptions {
  /** Variable definition files given explicitly (`--var-file`), applied last, in order. */
  varFiles?: readonly TerraformFile[];
  /** Values for the module's variables when another module calls it. */
  inputs?: ReadonlyMap<string, TfEvalValue>;
  /**
   * Reads a file for `file()`, relative to the module directory: its text; undefined when it does
   * not exist; a {@link FileRefusal} when it exists but was not read (a FIFO, outside the tree).
   */
  readFile?: (path: string) => string | FileRefusal | undefined;
}

/** Why a `file()` target that exists was not read; `error` when Terraform could not read it either. */
export interface FileRefusal {
  unread: string;
  severity: 'error' | 'info';
}

/** A `file()` call whose target was not read: its value is unknown, and a note says why. */
export interface RefusedRead extends FileRefusal {
  path: string;
  at: Origin;
}

/** A block seen from where it is evaluated: its file and the names bound there (each, count, iterators). */
export interface BlockView {
  block: TfBlock;
  file: TerraformFile;
  scope: EvalScope;
  attribute(name: string): TfAttribute | undefined;
  /** The evaluated value of an attribute; undefined when the attribute is absent. */
  value(name: string): TfEvalValue | undefined;
  /** Nested blocks of a type: written ones and those a `dynamic` block generates from a known `for_each`. */
  blocks(type: string): BlockView[];
  /** True when a `dynamic` block of this type has a `for_each` that is not known: its blocks cannot be checked. */
  hasUnknownBlocks(type: string): boolean;
}

function dirname(path: string): string {
  return path.includes('\\') && !path.includes('/') ? win32.dirname(path) : posix.dirname(path);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * All `.tf` and `.tf.json` files of one directory, with their variable values (defaults,
 * `terraform.tfvars`, `*.auto.tfvars`, explicit var files, in Terraform's order of precedence)
 * and locals. Rules evaluate attributes through it, and find blocks of other files that refer to
 * a block (an S3 bucket's encryption configuration, a security group's rules).
 */
export class TerraformModule {
  readonly configFiles: readonly TerraformFile[];
  readonly variableFiles: readonly TerraformFile[];
  private readonly fileByBlock = new Map<TfBlock, TerraformFile>();
  private readonly variables = new Map<string, { block: TfBlock; file: TerraformFile }>();
  private readonly locals = new Map<string, { attribute: TfAttribute; file: TerraformFile }>();
  private readonly variableCache = new Map<string, TfEvalValue>();
  private readonly localCache = new Map<string, TfEvalValue>();
  private readonly localsInProgress = new Set<string>();
  private referenceIndex: Map<string, TfBlock[]> | undefined;
  private readonly refused = new Map<string, RefusedRead>();
  readonly environment: EvalEnvironment;

  constructor(
    readonly directory: string,
    files: readonly TerraformFile[],
    private readonly options: ModuleOptions = {},
  ) {
    this.configFiles = files.filter((f) => !f.variablesFile);
    const automatic = files
      .filter((f) => f.variablesFile && /^(terraform\.tfvars(\.json)?|.*\.auto\.tfvars(\.json)?)$/i.test(baseName(f.path)))
      .sort((a, b) => precedence(a.path) - precedence(b.path) || (baseName(a.path) < baseName(b.path) ? -1 : 1));
    this.variableFiles = [...automatic, ...(options.varFiles ?? [])];
    for (const file of this.configFiles) {
      for (const block of file.blocks) {
        this.index(block, file);
        if (block.type === 'variable' && block.labels[0]) this.variables.set(block.labels[0].value, { block, file });
        if (block.type === 'locals') for (const attribute of block.attributes) this.locals.set(attribute.name, { attribute, file });
      }
    }
    this.environment = {
      variable: (name) => this.variable(name),
      local: (name) => this.local(name),
      pathValue: (name) => (name === 'module' ? { kind: 'string', value: this.directory } : { kind: 'unknown' }),
      readFile: (path, at) => {
        const read = this.options.readFile?.(path);
        if (typeof read !== 'object') return read;
        if (at) this.refused.set(`${at.path}|${at.range.start.line}:${at.range.start.character}|${path}`, { ...read, path, at });
        return undefined;
      },
    };
  }

  /** The `file()` calls written in `path` whose targets were evaluated so far and not read. */
  refusedReads(path: string): RefusedRead[] {
    return [...this.refused.values()].filter((read) => read.at.path === path);
  }

  /** A module of one file, for linting a file on its own. */
  static ofFile(file: TerraformFile): TerraformModule {
    return new TerraformModule(dirname(file.path), [file]);
  }

  private index(block: TfBlock, file: TerraformFile): void {
    this.fileByBlock.set(block, file);
    for (const nested of block.blocks) this.index(nested, file);
  }

  /** The file a block (or nested block) of this module is written in. */
  fileOf(block: TfBlock): TerraformFile | undefined {
    return this.fileByBlock.get(block);
  }

  /** `resource` blocks of a type across the module's files. */
  resources(type?: string): TfBlock[] {
    return this.configFiles.flatMap((f) => f.resources(type));
  }

  /** The value of `var.<name>`: caller input, else the last var file that sets it, else its default. */
  variable(name: string): TfEvalValue {
    const cached = this.variableCache.get(name);
    if (cached) return cached;
    let value: TfEvalValue = { kind: 'unknown' };
    const input = this.options.inputs?.get(name);
    if (input) {
      value = input;
    } else {
      const fromFile = [...this.variableFiles].reverse().map((f) => ({ f, a: f.attributes.find((a) => a.name === name) })).find((x) => x.a);
      const declared = this.variables.get(name);
      if (fromFile?.a) value = evaluateValue(fromFile.a.value, this.constantScope(fromFile.f.path));
      else if (declared) {
        const fallback = declared.block.attribute('default');
        if (fallback) value = evaluateValue(fallback.value, this.constantScope(declared.file.path));
      }
    }
    this.variableCache.set(name, value);
    return value;
  }

  /** The value of `local.<name>`; a local that refers to itself is unknown. */
  local(name: string): TfEvalValue {
    const cached = this.localCache.get(name);
    if (cached) return cached;
    const declared = this.locals.get(name);
    if (!declared || this.localsInProgress.has(name)) return { kind: 'unknown' };
    this.localsInProgress.add(name);
    try {
      const value = evaluateValue(declared.attribute.value, this.scopeFor(declared.file));
      this.localCache.set(name, value);
      return value;
    } finally {
      this.localsInProgress.delete(name);
    }
  }

  /** Variable values and defaults are constants: they may not refer to anything. */
  private constantScope(path: string): EvalScope {
    const none: EvalEnvironment = {
      variable: () => ({ kind: 'unknown' }),
      local: () => ({ kind: 'unknown' }),
      pathValue: () => ({ kind: 'unknown' }),
      readFile: () => undefined,
    };
    return { path, environment: none };
  }

  scopeFor(file: TerraformFile, bindings?: ReadonlyMap<string, TfEvalValue>): EvalScope {
    return { path: file.path, environment: this.environment, bindings };
  }

  /** Evaluates a value written in `file`. */
  evaluate(value: TfValue, file: TerraformFile, bindings?: ReadonlyMap<string, TfEvalValue>): TfEvalValue {
    return evaluateValue(value, this.scopeFor(file, bindings));
  }

  /**
   * The instances of a resource (or module call) as far as they matter for checking: none for
   * `count = 0` or an empty `for_each`, one per element of a known `for_each` (with `each`
   * bound), one per index of a known `count` of at most {@link maxCountInstances} when the block
   * reads `count.index` (with `count.index` bound), otherwise one whose `count.index` / `each`
   * are unknown. Instances of one block report at the same ranges: the engine keeps one finding
   * per rule and range.
   */
  instances(block: TfBlock): BlockView[] {
    const file = this.fileOf(block) ?? this.configFiles[0];
    const count = block.attribute('count');
    if (count) {
      const value = this.evaluate(count.value, file);
      if (value.kind === 'number' && value.value <= 0) return [];
      if (value.kind === 'bool' && !value.value) return [];
      if (value.kind === 'number' && Number.isInteger(value.value) && value.value <= maxCountInstances && readsCountIndex(block)) {
        return Array.from({ length: value.value }, (_, index) => {
          const bound: TfEvalValue = { kind: 'object', entries: new Map([['index', { kind: 'number', value: index }]]) };
          return this.view(block, file, new Map([['count', bound]]));
        });
      }
      return [this.view(block, file, new Map([['count', { kind: 'unknown' }]]))];
    }
    const forEach = block.attribute('for_each');
    if (forEach) {
      const collection = this.evaluate(forEach.value, file);
      const entries = collection.kind === 'unknown' ? undefined : iterationEntries(collection);
      if (!entries) return [this.view(block, file, new Map([['each', { kind: 'unknown' }]]))];
      // A set of strings iterates with each.key = each.value = the element.
      return entries.map(([key, value]) => {
        const eachKey = collection.kind === 'list' ? value : key;
        const each: TfEvalValue = { kind: 'object', entries: new Map([['key', eachKey], ['value', value]]) };
        return this.view(block, file, new Map([['each', each]]));
      });
    }
    return [this.view(block, file)];
  }

  /** A view of a block for evaluating its attributes and nested blocks. */
  view(block: TfBlock, file: TerraformFile = this.fileOf(block) ?? this.configFiles[0], bindings?: ReadonlyMap<string, TfEvalValue>): BlockView {
    const scope = this.scopeFor(file, bindings);
    const module = this;
    return {
      block,
      file,
      scope,
      attribute: (name) => block.attribute(name),
      value(name) {
        const attribute = block.attribute(name);
        return attribute ? evaluateValue(attribute.value, scope) : undefined;
      },
      blocks(type) {
        const written = block.blocksOf(type).map((b) => module.view(b, file, bindings));
        return [...written, ...module.dynamicBlocks(block, type, file, scope)];
      },
      hasUnknownBlocks(type) {
        return block.blocks.some((b) => {
          if (b.type !== 'dynamic' || b.labels[0]?.value !== type) return false;
          const forEach = b.attribute('for_each');
          return !forEach || evaluateValue(forEach.value, scope).kind === 'unknown';
        });
      },
    };
  }

  /** Blocks generated by `dynamic "<type>"` blocks whose `for_each` is known. */
  private dynamicBlocks(parent: TfBlock, type: string, file: TerraformFile, scope: EvalScope): BlockView[] {
    const views: BlockView[] = [];
    for (const dynamic of parent.blocks) {
      if (dynamic.type !== 'dynamic' || dynamic.labels[0]?.value !== type) continue;
      const content = dynamic.blocksOf('content')[0];
      const forEach = dynamic.attribute('for_each');
      if (!content || !forEach) continue;
      const collection = evaluateValue(forEach.value, scope);
      const entries = collection.kind === 'unknown' ? undefined : iterationEntries(collection);
      if (!entries) continue;
      const iteratorAttribute = dynamic.attribute('iterator');
      const iterator = iteratorAttribute?.value.kind === 'expression' ? iteratorAttribute.value.text.trim() : type;
      for (const [key, value] of entries) {
        const bindings = new Map(scope.bindings ?? []);
        bindings.set(iterator, { kind: 'object', entries: new Map([['key', collection.kind === 'list' ? key : key], ['value', value]]) });
        views.push(this.view(content, file, bindings));
      }
    }
    return views;
  }

  /**
   * Resources that refer to `target` (e.g. `bucket = aws_s3_bucket.logs.id` refers to
   * `aws_s3_bucket.logs`), optionally of one type: the satellites that configure it.
   */
  referencing(target: TfBlock, type?: string): TfBlock[] {
    if (target.labels.length < 2) return [];
    const address = `${target.type === 'data' ? 'data.' : ''}${target.labels[0].value}.${target.labels[1].value}`;
    this.referenceIndex ??= this.buildReferenceIndex();
    return (this.referenceIndex.get(address) ?? []).filter((b) => type === undefined || b.labels[0]?.value === type);
  }

  private buildReferenceIndex(): Map<string, TfBlock[]> {
    const index = new Map<string, TfBlock[]>();
    for (const resource of this.resources()) {
      const addresses = new Set<string>();
      collectReferences(resource, addresses);
      for (const address of addresses) {
        const list = index.get(address) ?? [];
        list.push(resource);
        index.set(address, list);
      }
    }
    return index;
  }
}

/**
 * The largest known `count` expanded into instances; beyond it the block is checked once with
 * `count.index` unknown, which keeps the work bounded on generated configurations.
 */
export const maxCountInstances = 64;

const readsCountIndexCache = new WeakMap<TfBlock, boolean>();

/**
 * True when an expression of the block, its nested blocks or its `dynamic` blocks mentions
 * `count.index`. Other blocks are checked once: their instances are all alike.
 */
function readsCountIndex(block: TfBlock): boolean {
  let reads = readsCountIndexCache.get(block);
  if (reads === undefined) {
    reads = block.attributes.some((a) => a.name !== 'count' && valueReadsCountIndex(a.value)) || block.blocks.some(readsCountIndex);
    readsCountIndexCache.set(block, reads);
  }
  return reads;
}

function valueReadsCountIndex(value: TfValue): boolean {
  // The text covers the JSON syntax too, whose expressions are kept as template strings.
  if (value.kind === 'expression') return /\bcount\.index\b/.test(value.text);
  if (value.kind === 'tuple') return value.items.some(valueReadsCountIndex);
  if (value.kind === 'object') return value.entries.some((e) => valueReadsCountIndex(e.value));
  return false;
}

function precedence(path: string): number {
  const name = baseName(path).toLowerCase();
  if (name === 'terraform.tfvars') return 0;
  if (name === 'terraform.tfvars.json') return 1;
  return 2;
}

function collectReferences(block: TfBlock, out: Set<string>): void {
  for (const attribute of block.attributes) collectValueReferences(attribute.value, out);
  for (const nested of block.blocks) collectReferences(nested, out);
}

function collectValueReferences(value: TfValue, out: Set<string>): void {
  if (value.kind === 'expression') {
    for (const reference of value.references) {
      const parts = reference.split('.');
      if (parts[0] === 'data' && parts.length >= 3) out.add(parts.slice(0, 3).join('.'));
      else if (parts.length >= 2) out.add(parts.slice(0, 2).join('.'));
    }
  } else if (value.kind === 'tuple') {
    for (const item of value.items) collectValueReferences(item, out);
  } else if (value.kind === 'object') {
    for (const entry of value.entries) collectValueReferences(entry.value, out);
  }
}

export { evaluate };

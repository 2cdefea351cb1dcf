import type { Range } from '../text';
import type { TextEdit } from '../types';
import type { TerraformFile, TfBlock, TfExpr, TfValue } from '../../parsers/terraform/model';
import type {
  ContainerList,
  ContainerSecurityField,
  InheritedSecurityField,
  WorkloadContainer,
  WorkloadEffectiveValue,
  WorkloadEntry,
  WorkloadFile,
  WorkloadOrigin,
  WorkloadPod,
  WorkloadValue,
} from '../../parsers/kubernetes/workload-model';
import { podSpecPath } from '../../parsers/kubernetes/workloads';
import type { BlockView, TerraformModule } from './module';
import { asBool, asNumber, asString, type TfEvalValue } from './value';

/**
 * Where each workload resource of the kubernetes provider keeps its pod spec. Provider 3.x
 * deprecated the unversioned names in favour of `_v1`; both are in use.
 */
const templateSpec = ['spec', 'template', 'spec'];
const podSpecBlocks: Readonly<Record<string, readonly string[]>> = {
  kubernetes_pod: ['spec'],
  kubernetes_pod_v1: ['spec'],
  kubernetes_deployment: templateSpec,
  kubernetes_deployment_v1: templateSpec,
  kubernetes_stateful_set: templateSpec,
  kubernetes_stateful_set_v1: templateSpec,
  kubernetes_daemonset: templateSpec,
  kubernetes_daemon_set_v1: templateSpec,
  kubernetes_replication_controller: templateSpec,
  kubernetes_replication_controller_v1: templateSpec,
  kubernetes_job: templateSpec,
  kubernetes_job_v1: templateSpec,
  kubernetes_cron_job: ['spec', 'job_template', 'spec', 'template', 'spec'],
  kubernetes_cron_job_v1: ['spec', 'job_template', 'spec', 'template', 'spec'],
};

/**
 * API list fields that the provider writes as repeated singular blocks. Other fields follow the
 * plain camelCase to snake_case rule (`hostNetwork` is `host_network`).
 */
const repeatedBlocks: Readonly<Record<string, string>> = {
  containers: 'container',
  initContainers: 'init_container',
  volumes: 'volume',
  volumeMounts: 'volume_mount',
  ports: 'port',
  env: 'env',
  envFrom: 'env_from',
  sysctls: 'sysctl',
  tolerations: 'toleration',
  hostAliases: 'host_aliases',
  imagePullSecrets: 'image_pull_secrets',
  readinessGates: 'readiness_gate',
  topologySpreadConstraints: 'topology_spread_constraint',
};

/** Integer fields the provider types as strings, where an empty string means unset. */
const nullableIntegers = new Set(['run_as_user', 'run_as_group', 'fs_group']);

const containerLists: readonly ContainerList[] = ['containers', 'initContainers', 'ephemeralContainers'];

function snakeCase(name: string): string {
  if (Object.prototype.hasOwnProperty.call(repeatedBlocks, name)) return repeatedBlocks[name];
  // An acronym is one word: `hostPID` is `host_pid`. The look-ahead splits `HTTPGet` before the last
  // capital without `[A-Z]+`, which would rescan a run of capitals from each of its letters.
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1_')
    .toLowerCase();
}

/** A value of the workload view, with the entries of its fields. */
interface Node extends WorkloadValue {
  entry(key: string): WorkloadEntry | undefined;
}

function follow(start: Node, path: readonly (string | number)[]): Node | undefined {
  let current: Node | undefined = start;
  for (const step of path) {
    if (!current) return undefined;
    current = typeof step === 'number' ? (current.items()[step] as Node | undefined) : (current.entry(step)?.value as Node | undefined);
  }
  return current;
}

/** What nodes share: the file the findings go to. */
interface Site {
  file: TerraformFile;
}

/** A node that holds no scalar value: an unknown, a list of blocks, a block. */
abstract class NonScalarNode implements Node {
  abstract readonly range: Range;
  abstract get(...path: (string | number)[]): WorkloadValue | undefined;
  abstract entry(key: string): WorkloadEntry | undefined;
  bool(): undefined {
    return undefined;
  }
  int(): undefined {
    return undefined;
  }
  string(): undefined {
    return undefined;
  }
  items(): WorkloadValue[] {
    return [];
  }
}

/** Something that cannot be known before apply, or a block a `dynamic` block generates from unknown data. */
class UnknownNode extends NonScalarNode {
  constructor(readonly range: Range) {
    super();
  }
  get(): WorkloadValue {
    return this;
  }
  entry(key: string): WorkloadEntry {
    return { key, keyRange: this.range, value: this, range: this.range };
  }
}

/** An evaluated value; `range` is where it is written in the linted file, `origin` where it was finally set. */
class ValueNode implements Node {
  constructor(
    private readonly site: Site,
    readonly value: TfEvalValue,
    readonly range: Range,
  ) {}

  get origin(): WorkloadOrigin | undefined {
    return this.value.origin;
  }

  get isNull(): boolean {
    return this.value.kind === 'null';
  }

  bool(): boolean | undefined {
    return asBool(this.value);
  }

  int(): number | undefined {
    const number = asNumber(this.value);
    return number !== undefined && Number.isInteger(number) ? number : undefined;
  }

  string(): string | undefined {
    return asString(this.value);
  }

  items(): WorkloadValue[] {
    return this.value.kind === 'list' ? this.value.items.map((item) => this.child(item)) : [];
  }

  get(...path: (string | number)[]): WorkloadValue | undefined {
    return follow(this, path);
  }

  entry(key: string): WorkloadEntry | undefined {
    if (this.value.kind === 'unknown') return new UnknownNode(this.range).entry(key);
    if (this.value.kind !== 'object') return undefined;
    const child = this.value.entries.get(key);
    if (!child) return undefined;
    const node = this.child(child);
    return { key, keyRange: node.range, value: node, range: node.range };
  }

  /** A member of an object or list: reported where it is written when that is in this file, else where this value is. */
  private child(value: TfEvalValue): ValueNode {
    const origin = value.origin;
    const range = origin && origin.path === this.site.file.path ? origin.range : this.range;
    return new ValueNode(this.site, value, range);
  }
}

/** Blocks of a repeated type, such as the `volume` blocks of a pod spec. */
class ListNode extends NonScalarNode {
  constructor(
    private readonly nodes: Node[],
    readonly range: Range,
  ) {
    super();
  }
  override items(): WorkloadValue[] {
    return this.nodes;
  }
  get(...path: (string | number)[]): WorkloadValue | undefined {
    return follow(this, path);
  }
  entry(): undefined {
    return undefined;
  }
}

/** Where each attribute entry was written, for edits that remove it. */
interface AttributeEntry extends WorkloadEntry {
  readonly attributeOf: { block: TfBlock; name: string };
}

/** A provider block (`spec`, `container`, `security_context`): API field names map to snake_case. */
class BlockNode extends NonScalarNode {
  constructor(
    private readonly site: Site,
    readonly view: BlockView,
  ) {
    super();
  }

  get range(): Range {
    return this.view.block.typeRange;
  }

  get(...path: (string | number)[]): WorkloadValue | undefined {
    return follow(this, path);
  }

  entry(key: string): WorkloadEntry | undefined {
    const name = snakeCase(key);
    const block = this.view.block;
    const attribute = block.attribute(name);
    const blocks = this.view.blocks(name);
    // JSON syntax writes blocks as objects, which also read as arguments: the provider's schema makes them blocks.
    if (attribute && !(this.site.file.json && blocks.length > 0)) {
      const value = this.view.value(name) ?? { kind: 'unknown' };
      const node = new ValueNode(this.site, value, attribute.value.range);
      const entry: AttributeEntry = {
        key: name,
        keyRange: attribute.nameRange,
        value: node,
        range: attribute.range,
        attributeOf: { block, name },
      };
      return entry;
    }
    if (Object.prototype.hasOwnProperty.call(repeatedBlocks, key)) {
      if (blocks.length === 0) return undefined;
      const nodes = blocks.map((view) => new BlockNode(this.site, view));
      return { key: name, keyRange: blocks[0].block.typeRange, value: new ListNode(nodes, blocks[0].block.typeRange), range: blocks[0].block.range };
    }
    if (blocks.length === 0) {
      if (!this.view.hasUnknownBlocks(name)) return undefined;
      const dynamic = block.blocks.find((b) => b.type === 'dynamic' && b.labels[0]?.value === name);
      return new UnknownNode(dynamic?.headerRange ?? block.typeRange).entry(name);
    }
    const node = new BlockNode(this.site, blocks[0]);
    return { key: name, keyRange: blocks[0].block.typeRange, value: node, range: blocks[0].block.range };
  }
}

/** An entry with a value that counts: absent, `null` and the provider's empty-string "unset" integers do not. */
function present(entry: WorkloadEntry | undefined): WorkloadEntry | undefined {
  const value = entry?.value;
  if (!entry || !value) return undefined;
  if (value instanceof ValueNode) {
    if (value.isNull) return undefined;
    if (nullableIntegers.has(entry.key) && value.value.kind === 'string' && value.value.value.trim() === '') return undefined;
  }
  return entry;
}

function createPod(node: Node, metadata: Node | undefined, containerBlocks: Map<WorkloadContainer, BlockView>): WorkloadPod {
  const securityContext = present(node.entry('securityContext'))?.value as Node | undefined;
  const os = node.get('os', 'name');
  const osName = os?.string();
  const containers: WorkloadContainer[] = [];
  const pod: WorkloadPod = {
    // An OS that is not known may be Windows: Linux-only settings are not judged then.
    isWindows: os !== undefined && (osName === undefined || osName.toLowerCase() === 'windows'),
    userNamespace: node.get('hostUsers')?.bool() === false,
    containers,
    fieldName: (field) => (node instanceof BlockNode ? snakeCase(field) : field),
    setting: (field, value) => `${node instanceof BlockNode ? snakeCase(field) : field} = ${value}`,
    field: (name) => present(node.entry(name)),
    securityField: (name) => present(securityContext?.entry(name)),
    annotation(key) {
      const value = metadata?.get('annotations', key);
      return value instanceof ValueNode && value.isNull ? undefined : value;
    },
  };
  for (const list of containerLists) {
    node
      .entry(list)
      ?.value?.items()
      .forEach((item, index) => {
        const container = createContainer(pod, list, index, item as Node);
        containers.push(container);
        if (item instanceof BlockNode) containerBlocks.set(container, item.view);
      });
  }
  containers.sort((a, b) => a.anchor.start.line - b.anchor.start.line || a.anchor.start.character - b.anchor.start.character);
  return pod;
}

function createContainer(pod: WorkloadPod, list: ContainerList, index: number, node: Node): WorkloadContainer {
  const nameEntry = present(node.entry('name'));
  const securityContext = present(node.entry('securityContext'))?.value as Node | undefined;
  const own = (field: string): WorkloadEffectiveValue | undefined => {
    const entry = present(securityContext?.entry(field));
    return entry?.value ? { entry, value: entry.value, from: 'container' } : undefined;
  };
  return {
    pod,
    list,
    index,
    name: nameEntry?.value?.string(),
    image: present(node.entry('image')),
    // A Terraform resource is a whole object, never a patch.
    partial: false,
    anchor: nameEntry?.value?.range ?? node.range,
    field: (name) => present(node.entry(name)),
    own: (field: ContainerSecurityField | InheritedSecurityField) => own(field),
    effective(field: InheritedSecurityField) {
      const mine = own(field);
      if (mine) return mine;
      const inherited = pod.securityField(field);
      return inherited?.value ? { entry: inherited, value: inherited.value, from: 'pod' } : undefined;
    },
  };
}

/** True when an expression reads a file: the manifest is then linted as the file it comes from. */
function readsFile(expr: TfExpr | undefined): boolean {
  if (!expr) return false;
  switch (expr.type) {
    case 'call':
      return ['file', 'templatefile'].includes(expr.name) || expr.args.some(readsFile);
    case 'template':
      return expr.parts.some((part) => typeof part !== 'string' && readsFile(part));
    case 'postfix':
      return readsFile(expr.target);
    case 'conditional':
      return readsFile(expr.condition) || readsFile(expr.then) || readsFile(expr.otherwise);
    case 'binary':
      return readsFile(expr.left) || readsFile(expr.right);
    case 'unary':
      return readsFile(expr.operand);
    case 'tuple':
      return expr.items.some(readsFile);
    case 'object':
      return expr.entries.some((e) => readsFile(e.key) || readsFile(e.value));
    case 'for':
      return readsFile(expr.collection) || readsFile(expr.valueResult);
    default:
      return false;
  }
}

function manifestReadsFile(value: TfValue): boolean {
  if (value.kind === 'expression') return readsFile(value.expr);
  if (value.kind === 'tuple') return value.items.some(manifestReadsFile);
  if (value.kind === 'object') return value.entries.some((e) => manifestReadsFile(e.value));
  return false;
}

/** The pod spec of a `kubernetes_manifest`, read with the API's camelCase names. */
function manifestPodSpec(site: Site, view: BlockView): { spec: Node; metadata: Node | undefined } | undefined {
  const attribute = view.attribute('manifest');
  if (!attribute || manifestReadsFile(attribute.value)) return undefined;
  const value = view.value('manifest');
  if (!value || value.kind !== 'object') return undefined;
  const manifest = new ValueNode(site, value, attribute.value.range);
  const apiVersion = manifest.get('apiVersion')?.string();
  const kind = manifest.get('kind')?.string();
  if (!apiVersion || !kind) return undefined;
  const slash = apiVersion.indexOf('/');
  const path = podSpecPath(slash >= 0 ? apiVersion.slice(0, slash) : '', kind);
  const spec = path ? (manifest.get(...path) as ValueNode | undefined) : undefined;
  if (spec?.value.kind !== 'object') return undefined;
  return { spec, metadata: manifest.get(...path!.slice(0, -1), 'metadata') as Node | undefined };
}

function blockPodSpec(site: Site, view: BlockView, path: readonly string[]): { spec: Node; metadata: Node | undefined } | undefined {
  let current: BlockView | undefined = view;
  for (const type of path.slice(0, -1)) current = current?.blocks(type)[0];
  const spec = current?.blocks(path[path.length - 1])[0];
  if (!current || !spec) return undefined;
  // The pod's metadata is the sibling of its spec: the resource's for a pod, the template's otherwise.
  const metadata = current.blocks('metadata')[0];
  return { spec: new BlockNode(site, spec), metadata: metadata && new BlockNode(site, metadata) };
}

/**
 * The workloads of a Terraform file's kubernetes provider resources, in the form the Kubernetes
 * rules read: `kubernetes_pod(_v1)`, `kubernetes_deployment(_v1)`, StatefulSets, DaemonSets,
 * ReplicationControllers, Jobs, CronJobs, and `kubernetes_manifest` objects of those kinds.
 * Values are evaluated in the module (variables, locals, `for_each`); one pod per instance,
 * none for `count = 0`. Ranges are those of the HCL attributes; edits write HCL.
 */
export function terraformWorkloads(file: TerraformFile, module: TerraformModule): WorkloadFile {
  const site: Site = { file };
  const containerBlocks = new Map<WorkloadContainer, BlockView>();
  const podSpecs: WorkloadPod[] = [];
  for (const resource of file.resources()) {
    const type = resource.labels[0]?.value ?? '';
    const path = Object.prototype.hasOwnProperty.call(podSpecBlocks, type) ? podSpecBlocks[type] : undefined;
    if (!path && type !== 'kubernetes_manifest') continue;
    for (const instance of module.instances(resource)) {
      const found = path ? blockPodSpec(site, instance, path) : manifestPodSpec(site, instance);
      if (found) podSpecs.push(createPod(found.spec, found.metadata, containerBlocks));
    }
  }
  return {
    podSpecs,
    containers: podSpecs.flatMap((pod) => pod.containers),
    entryLineRange: (entry) => ('attributeOf' in entry && !file.json ? attributeLineRange(file, entry as AttributeEntry) : undefined),
    itemLineRange: (item) => (item instanceof BlockNode && !file.json ? blockLineRange(file, item.view.block) : undefined),
    setContainerSecurityField(container, key, value) {
      const view = containerBlocks.get(container);
      return view && !file.json ? setSecurityField(file, view.block, key.split('.').map(snakeCase).join('.'), value) : undefined;
    },
  };
}

/** The whole lines of a block written alone on them, line break included. */
function blockLineRange(file: TerraformFile, block: TfBlock): Range | undefined {
  const { lines, text } = file;
  const range = block.range;
  const before = lines.lineText(range.start.line).slice(0, range.start.character);
  const after = lines.lineText(range.end.line).slice(range.end.character);
  if (!/^[ \t]*$/.test(before) || !/^[ \t]*((#|\/\/).*)?$/.test(after)) return undefined;
  const end = range.end.line + 1 < lines.lineCount ? lines.lineStarts[range.end.line + 1] : text.length;
  return lines.rangeOf(lines.lineStarts[range.start.line], end);
}

/** The whole line of an attribute written alone on it, line break included. */
function attributeLineRange(file: TerraformFile, entry: AttributeEntry): Range | undefined {
  const { lines, text } = file;
  const range = entry.range;
  if (range.start.line !== range.end.line) return undefined;
  const line = range.start.line;
  const before = lines.lineText(line).slice(0, range.start.character);
  const after = lines.lineText(line).slice(range.end.character);
  if (!/^[ \t]*$/.test(before) || !/^[ \t]*((#|\/\/).*)?$/.test(after)) return undefined;
  const end = line + 1 < lines.lineCount ? lines.lineStarts[line + 1] : text.length;
  return lines.rangeOf(lines.lineStarts[line], end);
}

function setSecurityField(file: TerraformFile, container: TfBlock, name: string, value: string): TextEdit | undefined {
  // A dotted name is a nested block: `capabilities.drop` is `capabilities { drop = ... }`.
  const path = ['security_context', ...name.split('.')];
  let block = container;
  for (let depth = 0; depth < path.length - 1; depth++) {
    // A generated block cannot take a second, written one (the provider allows one).
    if (block.hasDynamic(path[depth])) return undefined;
    const child = block.blocksOf(path[depth])[0];
    if (!child) return insertLines(file, block, nestedLines(path.slice(depth), value, indentUnit(file, block)));
    block = child;
  }
  const existing = block.attribute(path[path.length - 1]);
  if (existing) return { range: existing.value.range, newText: value };
  return insertLines(file, block, [`${path[path.length - 1]} = ${value}`]);
}

/** `a { b { c = value } }` as lines, indented by `unit` per level. */
function nestedLines(path: readonly string[], value: string, unit: string): string[] {
  if (path.length === 1) return [`${path[0]} = ${value}`];
  return [`${path[0]} {`, ...nestedLines(path.slice(1), value, unit).map((line) => unit + line), '}'];
}

/** The indentation of a block's body: that of its first member on a line of its own, else one unit more than the block. */
function bodyIndent(file: TerraformFile, block: TfBlock): string {
  const { lines } = file;
  const members = [...block.attributes.map((a) => a.range), ...block.blocks.map((b) => b.range)];
  const first = members.sort((a, b) => a.start.line - b.start.line)[0];
  if (first && first.start.line > block.openBrace.start.line) {
    const indent = lines.indentOf(first.start.line);
    if (indent.length === first.start.character) return indent;
  }
  return lines.indentOf(block.typeRange.start.line) + '  ';
}

function indentUnit(file: TerraformFile, block: TfBlock): string {
  const outer = file.lines.indentOf(block.typeRange.start.line);
  const inner = bodyIndent(file, block);
  return inner.startsWith(outer) && inner.length > outer.length ? inner.slice(outer.length) : '  ';
}

/** Adds lines at the end of a block body, indented like its members. */
function insertLines(file: TerraformFile, block: TfBlock, body: readonly string[]): TextEdit | undefined {
  const close = block.closeBrace;
  if (!close) return undefined;
  const { lines } = file;
  const eol = lines.eol;
  const outer = lines.indentOf(block.typeRange.start.line);
  const open = block.openBrace;
  if (close.start.line === open.start.line) {
    // A one-line block: give it a body of its own.
    const indent = outer + '  ';
    const content = lines.text.slice(lines.offsetAt(open.end), lines.offsetAt(close.start)).trim();
    const kept = content ? `${indent}${content}${eol}` : '';
    const rendered = body.map((line) => indent + line).join(eol);
    return { range: { start: open.end, end: close.start }, newText: `${eol}${kept}${rendered}${eol}${outer}` };
  }
  const indent = bodyIndent(file, block);
  const rendered = body.map((line) => indent + line).join(eol);
  const beforeBrace = lines.lineText(close.start.line).slice(0, close.start.character);
  if (/^[ \t]*$/.test(beforeBrace)) {
    const at = { line: close.start.line, character: 0 };
    return { range: { start: at, end: at }, newText: rendered + eol };
  }
  return { range: { start: close.start, end: close.start }, newText: `${eol}${rendered}${eol}${outer}` };
}

import { Composer, Parser, type Document } from 'yaml';
import { LineIndex, withLfBreaks, type Range } from '../../engine/text';
import type { Comment, FileProblem } from '../source';
import { YamlEditor, type EditStyle } from './edits';
import type { Container, KubernetesFile, KubernetesObject, PodSpec } from './model';
import { podSpecsOf } from './workloads';
import { manifestKeys } from './split';
import { YamlNode, type NodeContext } from './yaml-node';
import { cycleProblem, documentBudget, overBudgetProblem } from './budget';
import { YamlGraph, type DocumentAliases } from './yaml-graph';

const helmMessage = 'Helm template: render it first (helm template …) and lint the output.';

/** A manifest has `apiVersion:` and `kind:` keys starting a line (possibly indented or in a list item). */
function looksLikeManifest(text: string): boolean {
  const keys = manifestKeys(text);
  return keys.apiVersion && keys.kind;
}

function isChartTemplatePath(path: string): boolean {
  return /(?:^|[\\/])templates[\\/]/.test(path);
}

/**
 * Parses a YAML file into Kubernetes objects. Every document counts; a document is an object when
 * it has string `apiVersion` and `kind`, and the items of a `List` are objects too. YAML that holds
 * no manifest gives no objects and no problems; syntax errors (an alias inside the node it refers
 * to among them) are reported only for files that look like manifests, and a Helm template gives
 * a single `unsupported` problem. A document whose aliases and merge keys expand beyond its budget
 * (see `budget.ts`) gives a `skipped` problem and nothing else, whatever it looks like. Never throws.
 */
export function parseKubernetes(path: string, text: string): KubernetesFile {
  const lines = new LineIndex(text);
  try {
    return parseYaml(path, text, lines, { manifest: looksLikeManifest(text) })!.file;
  } catch (error) {
    const problems: FileProblem[] = looksLikeManifest(text)
      ? [{ code: 'syntax', message: `Could not read this YAML: ${error instanceof Error ? error.message : String(error)}`, range: lines.rangeOf(0, 0) }]
      : [];
    return createFile(path, text, lines, [], [], [], problems, []);
  }
}

/**
 * How one slice of a larger YAML stream (see `splitYamlDocuments`) is parsed: with the decisions
 * the whole file makes, so that its findings are those of the whole file there.
 */
export interface KubernetesSliceOptions extends EditStyle {
  /**
   * Where the slice ends in `text`. What follows is `sliceLookahead` text, parsed only so that the
   * slice's last document ends as it does in the whole stream. Absent: the slice ends the file.
   */
  end?: number;
  /** The whole file looks like a manifest, so syntax errors are reported. */
  manifest: boolean;
}

/** A parsed slice of a YAML stream. */
export interface KubernetesSlice {
  file: KubernetesFile;
  /** A document of the slice has syntax errors, reported or not (they are in a manifest). */
  invalid: boolean;
}

/**
 * Parses one slice of a YAML stream. Undefined when the slice cannot be judged on its own: it
 * holds a Helm template expression, a scalar runs past its end, or the parser failed on it.
 */
export function parseKubernetesSlice(path: string, text: string, options: KubernetesSliceOptions): KubernetesSlice | undefined {
  const lines = new LineIndex(text);
  return sliceModel(path, text, lines, () => composeYaml(text, lines), options);
}

/** The `yaml` library's reading of a text, from which the model is built. */
export interface ComposedYaml {
  comments: Comment[];
  documents: Document.Parsed[];
  /** The parser reported an error before the first document started (see `modelOf`). */
  errorBeforeFirstDocument: boolean;
}

/** The options of the `yaml` library that the model is built with. */
export const composerOptions = { merge: true, uniqueKeys: false } as const;

export function composeYaml(text: string, lines: LineIndex): ComposedYaml {
  // The lexer ends lines at LF only; editors, and `lines`, also at a lone CR.
  const tokens = Array.from(new Parser().parse(withLfBreaks(text)));
  const firstDocument = tokens.findIndex((token) => token.type === 'document');
  return {
    comments: collectComments(tokens, text, lines),
    documents: Array.from(new Composer(composerOptions).compose(tokens, true, text.length)),
    errorBeforeFirstDocument: tokens.slice(0, firstDocument < 0 ? tokens.length : firstDocument).some((token) => token.type === 'error'),
  };
}

/**
 * The model of a slice from its composed text (composed on demand), as `parseKubernetesSlice`
 * gives it; for parsers that compose a new version of a slice from the previous one.
 */
export function sliceModel(path: string, text: string, lines: LineIndex, compose: () => ComposedYaml, options: KubernetesSliceOptions): KubernetesSlice | undefined {
  if (text.includes('{{')) return undefined;
  try {
    return modelOf(path, text, lines, compose(), { manifest: options.manifest, slice: options });
  } catch {
    return undefined;
  }
}

function parseYaml(path: string, text: string, lines: LineIndex, options: { manifest: boolean }): KubernetesSlice | undefined {
  return modelOf(path, text, lines, composeYaml(text, lines), options);
}

function modelOf(
  path: string,
  text: string,
  lines: LineIndex,
  composed: ComposedYaml,
  options: { manifest: boolean; slice?: KubernetesSliceOptions },
): KubernetesSlice | undefined {
  const { comments } = composed;
  let { documents } = composed;
  const manifestLike = options.manifest;
  const { slice } = options;
  // The parser reports a document that cannot start (`}` first) before the document itself, and
  // the composer gives that error to the document before it: in the whole file, one of another slice.
  if (slice && composed.errorBeforeFirstDocument) return undefined;
  const end = slice?.end;
  if (end !== undefined) {
    const after = documents.findIndex((doc) => doc.range[0] >= end);
    const next = documents[after];
    // The lookahead's marker must start a document of its own, and no error of the slice may have moved to it.
    if (!next || next.range[0] !== end || documents.slice(after).some((doc) => doc.errors.some((e) => e.pos[0] < end))) return undefined;
    documents = documents.slice(0, after);
  }

  const braces = text.indexOf('{{');
  const hasErrors = documents.some((doc) => doc.errors.length > 0);
  if (manifestLike && braces >= 0 && (hasErrors || isChartTemplatePath(path))) {
    const problem: FileProblem = { code: 'unsupported', message: helmMessage, range: lines.rangeOf(braces, braces + 2) };
    return { file: createFile(path, text, lines, comments, [], [], [problem], []), invalid: hasErrors };
  }

  const problems: FileProblem[] = [];
  const objects: KubernetesObject[] = [];
  const podSpecs: PodSpec[] = [];
  const scopes: Range[] = [];
  const shared: SharedContext = { graph: new YamlGraph(), wrappers: new Map() };
  let invalid = hasErrors;
  documents.forEach((document, documentIndex) => {
    if (document.errors.length > 0) {
      // Later errors of a document mostly follow from the first one.
      if (manifestLike) problems.push(tooDeepProblem(document, lines) ?? syntaxProblem(document.errors[0], text, lines));
      return;
    }
    const model = documentModel(document, documentIndex, { text, lines, document, ...shared });
    if ('problem' in model) {
      // A cycle makes the document invalid, like a syntax error; what exceeds the budget may be valid.
      if (model.problem.code === 'syntax') invalid = true;
      if (model.problem.code !== 'syntax' || manifestLike) problems.push(model.problem);
      return;
    }
    for (const object of model.objects) objects.push(object);
    for (const spec of model.podSpecs) podSpecs.push(spec);
    for (const scope of model.scopes) scopes.push(scope);
  });
  return { file: createFile(path, text, lines, comments, objects, podSpecs, problems, scopes, slice), invalid };
}

const noAliases: DocumentAliases = { aliases: [] };

/** What the documents of a file share: the graph of their nodes and the nodes' wrappers. */
type SharedContext = Pick<NodeContext, 'graph' | 'wrappers'>;

/** The objects of one document with their pod specs and suppression scopes. */
interface DocumentModel {
  objects: KubernetesObject[];
  podSpecs: PodSpec[];
  scopes: Range[];
}

/**
 * Models one document that the parser read without errors. Its aliases and merges are resolved
 * first, within its budget; a document that exceeds it, or refers to itself, gives a problem and
 * nothing else: no rule sees part of it.
 */
function documentModel(document: Document.Parsed, documentIndex: number, context: NodeContext): DocumentModel | { problem: FileProblem } {
  const { text, lines, graph } = context;
  const budget = documentBudget(document, text);
  const { aliases, failure } = budget ? graph.add(document, budget) : noAliases;
  if (failure?.kind === 'cycle') return { problem: cycleProblem(failure.alias, lines) };
  const overBudget = () => ({ problem: overBudgetProblem(document, aliases, graph, budget?.limit ?? 0, lines) });
  if (failure) return overBudget();
  const model: DocumentModel = { objects: [], podSpecs: [], scopes: [] };
  const root = YamlNode.of(context, document.contents);
  const object = root?.isMap ? toObject(root, documentIndex, undefined) : undefined;
  if (!root || !object) return model;
  model.objects.push(object);
  model.scopes.push(object.range);
  const marker = document.range[0];
  if (text.startsWith('---', marker) && marker < root.startOffset) model.scopes.push(lines.rangeOf(marker, root.contentEnd()));
  const items = object.kind.endsWith('List') ? root.get('items') : undefined;
  for (const item of items?.items() ?? []) {
    const member = item.isMap ? toObject(item, documentIndex, object) : undefined;
    if (!member) continue;
    model.objects.push(member);
    model.scopes.push(member.range);
  }
  const podSpecs = podSpecsOf(model.objects, graph, budget);
  if (!podSpecs) return overBudget();
  model.podSpecs = podSpecs;
  return model;
}

function toObject(root: YamlNode, documentIndex: number, list: KubernetesObject | undefined): KubernetesObject | undefined {
  const apiVersion = root.get('apiVersion')?.value;
  const kind = root.get('kind')?.value;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || apiVersion === '' || kind === '') return undefined;
  const slash = apiVersion.indexOf('/');
  return {
    apiVersion,
    kind,
    group: slash >= 0 ? apiVersion.slice(0, slash) : '',
    name: root.get('metadata', 'name')?.string(),
    namespace: root.get('metadata', 'namespace')?.string(),
    root,
    range: root.range,
    documentIndex,
    ...(list ? { list } : {}),
  };
}

function createFile(
  path: string,
  text: string,
  lines: LineIndex,
  comments: Comment[],
  objects: KubernetesObject[],
  podSpecs: PodSpec[],
  problems: FileProblem[],
  suppressionScopes: Range[],
  style?: EditStyle,
): KubernetesFile {
  const containers: Container[] = podSpecs.flatMap((pod) => pod.containers);
  const editor = new YamlEditor(text, lines, () => objects.map((o) => o.root), style);
  return {
    kind: 'kubernetes',
    path,
    text,
    lines,
    comments,
    problems,
    // A comment above a container's `- name:` line covers the whole container.
    suppressionScopes: [...suppressionScopes, ...containers.map((container) => container.node.range)],
    objects,
    podSpecs,
    containers,
    insertEntry: (map, key, value) => editor.insertEntry(map, key, value),
    entryLineRange: (entry) => editor.entryLineRange(entry),
    itemLineRange: (item) => (item instanceof YamlNode ? editor.itemLineRange(item) : undefined),
    setContainerSecurityField: (container, key, value) => editor.setContainerSecurityField(container, key, value),
    rangeOfText(node, needle) {
      // Plain, quoted without escapes, block scalars line by line: the needle is in the source as decoded.
      if (!(node instanceof YamlNode) || node.aliased || needle.length === 0) return node.range;
      const start = node.startOffset;
      const at = text.slice(start, node.contentEnd()).indexOf(needle);
      return at < 0 ? node.range : lines.rangeOf(start + at, start + at + needle.length);
    },
  };
}

/**
 * The parser's message without its ` at line 3, column 5:` ending, which the range replaces. The
 * spaces are trimmed separately: a leading `\s*` would be tried from every space of a long run
 * (the message quotes the offending text).
 */
function withoutPosition(message: string): string {
  const position = /at line \d+, column \d+:?$/.exec(message);
  return position ? message.slice(0, position.index).trimEnd() : message;
}

/**
 * A document nested too deeply for the YAML parser's stack. Its error stands where the stack ran
 * out, which varies from run to run: the problem is placed at the document's start instead.
 */
function tooDeepProblem(document: Document.Parsed, lines: LineIndex): FileProblem | undefined {
  if (!document.errors.some((error) => error.code === 'RESOURCE_EXHAUSTION')) return undefined;
  const start = document.range[0];
  return { code: 'skipped', message: 'This YAML document nests too deeply to be read; it was not checked.', range: lines.rangeOf(start, start) };
}

function syntaxProblem(error: Document.Parsed['errors'][number], text: string, lines: LineIndex): FileProblem {
  let [start, end] = error.pos;
  start = Math.min(Math.max(0, start), text.length);
  end = Math.min(Math.max(start, end), text.length);
  if (end === start && start < text.length && text[start] !== '\n' && text[start] !== '\r') end = start + 1;
  const message = withoutPosition(error.message.split('\n')[0]);
  return { code: 'syntax', message: `Invalid YAML: ${message}`, range: lines.rangeOf(start, end) };
}

interface CstToken {
  type?: string;
  offset?: number;
  source?: string;
  start?: unknown;
  sep?: unknown;
  end?: unknown;
  props?: unknown;
  items?: unknown;
  key?: unknown;
  value?: unknown;
}

// Fields of the `yaml` package's concrete syntax tree that can hold comments or nested tokens.
const cstFields = ['start', 'key', 'sep', 'value', 'end', 'props', 'items'] as const;

/** Every `#` comment of the concrete syntax tree (block scalars excluded), in file order. */
function collectComments(tokens: unknown[], text: string, lines: LineIndex): Comment[] {
  const found: Comment[] = [];
  if (!text.includes('#')) return found;
  const stack: unknown[] = [...tokens].reverse();
  while (stack.length > 0) {
    const token = stack.pop();
    if (!token || typeof token !== 'object') continue;
    if (Array.isArray(token)) {
      for (let i = token.length - 1; i >= 0; i--) stack.push(token[i]);
      continue;
    }
    const t = token as CstToken;
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
      found.push({ text: t.source, range: lines.rangeOf(t.offset, t.offset + t.source.length) });
      continue;
    }
    for (let i = cstFields.length - 1; i >= 0; i--) {
      const child = t[cstFields[i]];
      if (child && typeof child === 'object') stack.push(child);
    }
  }
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

import { isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlAstNode, type Pair } from 'yaml';
import type { LineIndex, Range } from '../../engine/text';

/** What a node needs from its file: the text, offsets to positions, and its document for aliases. */
export interface NodeContext {
  readonly text: string;
  readonly lines: LineIndex;
  readonly document: Document.Parsed;
}

/** A key of the YAML 1.1 merge syntax (`<<: *defaults`), which Kubernetes tooling honours. */
const mergeKeySource = '<<';

// go-yaml, which kubectl and the API machinery use, reads YAML 1.1 booleans.
const yaml11True = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const yaml11False = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);

/** How deep `<<` merges and aliases are followed; real files use one or two levels. */
const maxMergeDepth = 8;

/**
 * One key and its value in a mapping. Ranges are exact: `keyRange` is the key as written,
 * `value.range` the value as written (an alias `*name` where an alias is used).
 */
export interface YamlEntry {
  readonly key: string;
  readonly keyRange: Range;
  /** Undefined only for a key without any value node; `key:` alone gives a null scalar. */
  readonly value: YamlNode | undefined;
  /** From the key's first character to the end of its value. */
  readonly range: Range;
  /** The mapping that holds the entry (after alias resolution). */
  readonly parent: YamlNode;
  /** True when the entry comes from a `<<` merge rather than the mapping itself. */
  readonly merged: boolean;
  /** Offsets of the key start and value end in the file text. */
  readonly startOffset: number;
  readonly endOffset: number;
}

/**
 * A YAML node with exact ranges and a small navigation API. Aliases are resolved: `node` is the
 * anchored node, while `range` stays where the value is written (the alias itself).
 */
export class YamlNode {
  private rangeCache: Range | undefined;

  constructor(
    /** The file and document the node belongs to. */
    readonly context: NodeContext,
    /** The resolved AST node of the `yaml` package; rules use the methods instead. */
    readonly node: YamlAstNode,
    /** Offsets where the value is written: start and end of the node, or of the alias using it. */
    readonly startOffset: number,
    readonly endOffset: number,
    /** True when reached through an alias (`*name`). */
    readonly aliased = false,
  ) {}

  /** Wraps a node, resolving an alias; undefined for a dangling alias or a missing node. */
  static of(context: NodeContext, node: unknown, depth = 0): YamlNode | undefined {
    if (!node || typeof node !== 'object') return undefined;
    if (isAlias(node)) {
      if (depth > maxMergeDepth) return undefined;
      const target = node.resolve(context.document);
      if (!target || isAlias(target)) return undefined;
      const [start, end] = node.range ?? [0, 0];
      return new YamlNode(context, target, start, end, true);
    }
    if (!isMap(node) && !isSeq(node) && !isScalar(node)) return undefined;
    const [start, end] = node.range ?? [0, 0];
    return new YamlNode(context, node as YamlAstNode, start, end);
  }

  /** Where the value is written. For a scalar, the value with its quotes but not a trailing comment. */
  get range(): Range {
    if (!this.rangeCache) this.rangeCache = this.context.lines.rangeOf(this.startOffset, this.contentEnd());
    return this.rangeCache;
  }

  /** Range of the referenced node's own text, where the anchor is (equal to `range` when not aliased). */
  get definitionRange(): Range {
    const [start, end] = this.node.range ?? [this.startOffset, this.endOffset];
    return this.context.lines.rangeOf(start, trimEnd(this.context.text, start, end));
  }

  get isMap(): boolean {
    return isMap(this.node);
  }

  get isSeq(): boolean {
    return isSeq(this.node);
  }

  get isScalar(): boolean {
    return isScalar(this.node);
  }

  /** True for a collection written in flow style (`{a: 1}`, `[a, b]`). */
  get isFlow(): boolean {
    return (isMap(this.node) || isSeq(this.node)) && Boolean(this.node.flow);
  }

  /** True for a null scalar (`~`, `null`, or nothing after the key). */
  get isNull(): boolean {
    return isScalar(this.node) && this.node.value === null;
  }

  /** The scalar value as the YAML 1.2 core schema reads it; undefined for collections. */
  get value(): unknown {
    return isScalar(this.node) ? this.node.value : undefined;
  }

  /**
   * The scalar as a string: plain scalars as written (`1.10` stays `1.10`), quoted and block
   * scalars as decoded. Undefined for null and collections.
   */
  string(): string | undefined {
    if (!isScalar(this.node) || this.node.value === null) return undefined;
    if (this.node.type === 'PLAIN' && typeof this.node.source === 'string') return this.node.source;
    const value = this.node.value;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  }

  /** A boolean as Kubernetes reads it (YAML 1.1 words such as `yes` count); undefined otherwise. */
  bool(): boolean | undefined {
    if (!isScalar(this.node)) return undefined;
    if (typeof this.node.value === 'boolean') return this.node.value;
    if (this.node.type !== 'PLAIN' || typeof this.node.source !== 'string') return undefined;
    if (yaml11True.has(this.node.source)) return true;
    if (yaml11False.has(this.node.source)) return false;
    return undefined;
  }

  /** An integer value (decimal, `0x`, `0o`); undefined for anything else, quoted numbers included. */
  int(): number | undefined {
    if (!isScalar(this.node)) return undefined;
    const value = this.node.value;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value === 'bigint') return Number(value);
    return undefined;
  }

  /** The entry for `key` in a mapping (own keys first, then `<<` merges); undefined otherwise. */
  entry(key: string): YamlEntry | undefined {
    if (!isMap(this.node)) return undefined;
    // A repeated key is not an error for go-yaml's decoder used by kubectl: the last one wins.
    const pairs = this.node.items;
    for (let i = pairs.length - 1; i >= 0; i--) {
      if (keyText(pairs[i]) === key) return this.makeEntry(pairs[i], false);
    }
    for (const entry of this.mergedEntries(0)) {
      if (entry.key === key) return entry;
    }
    return undefined;
  }

  /** Every entry of a mapping in written order (the last of a repeated key), then keys merged with `<<` that it does not set. */
  entries(): YamlEntry[] {
    if (!isMap(this.node)) return [];
    const own: YamlEntry[] = [];
    const seen = new Set<string>();
    const pairs = this.node.items;
    for (let i = pairs.length - 1; i >= 0; i--) {
      const key = keyText(pairs[i]);
      if (key === undefined || key === mergeKeySource || seen.has(key)) continue;
      seen.add(key);
      own.push(this.makeEntry(pairs[i], false));
    }
    own.reverse();
    for (const entry of this.mergedEntries(0)) {
      if (!seen.has(entry.key)) {
        seen.add(entry.key);
        own.push(entry);
      }
    }
    return own;
  }

  /** The value of `key` in a mapping, or of index `key` in a sequence. */
  child(key: string | number): YamlNode | undefined {
    if (typeof key === 'number') return this.items()[key];
    return this.entry(key)?.value;
  }

  /** Follows a path of keys and indexes: `pod.get('spec', 'containers', 0, 'image')`. */
  get(...path: (string | number)[]): YamlNode | undefined {
    let current: YamlNode | undefined = this;
    for (const key of path) {
      current = current.child(key);
      if (!current) return undefined;
    }
    return current;
  }

  /** The items of a sequence, aliases resolved; empty for anything else. */
  items(): YamlNode[] {
    if (!isSeq(this.node)) return [];
    const out: YamlNode[] = [];
    for (const item of this.node.items) {
      const wrapped = YamlNode.of(this.context, item);
      if (wrapped) out.push(wrapped);
    }
    return out;
  }

  private makeEntry(pair: Pair, merged: boolean): YamlEntry {
    const key = pair.key as YamlAstNode;
    const [keyStart, keyEnd] = key.range ?? [0, 0];
    const value = YamlNode.of(this.context, pair.value);
    const valueEnd = value ? value.contentEnd() : keyEnd;
    const lines = this.context.lines;
    return {
      key: keyText(pair) ?? '',
      keyRange: lines.rangeOf(keyStart, keyEnd),
      value,
      range: lines.rangeOf(keyStart, Math.max(valueEnd, keyEnd)),
      parent: this,
      merged,
      startOffset: keyStart,
      endOffset: Math.max(valueEnd, keyEnd),
    };
  }

  private mergedEntries(depth: number): YamlEntry[] {
    if (!isMap(this.node) || depth > maxMergeDepth) return [];
    const out: YamlEntry[] = [];
    for (const pair of this.node.items) {
      if (keyText(pair) !== mergeKeySource) continue;
      const source = YamlNode.of(this.context, pair.value);
      // `<<: *a` or `<<: [*a, *b]`; earlier sources win, as in go-yaml.
      const sources = source?.isSeq ? source.items() : source ? [source] : [];
      for (const from of sources) {
        if (!from.isMap) continue;
        for (const p of (from.node as { items: Pair[] }).items) {
          if (keyText(p) === mergeKeySource) continue;
          out.push({ ...from.makeEntry(p, true), merged: true });
        }
        out.push(...from.mergedEntries(depth + 1));
      }
    }
    return out;
  }

  /** End offset of the written value without trailing line breaks, spaces or comments. */
  contentEnd(): number {
    if (this.aliased) return this.endOffset;
    return trimEnd(this.context.text, this.startOffset, this.endOffset);
  }
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (!isScalar(key)) return undefined;
  if (typeof key.value === 'symbol') return mergeKeySource;
  if (key.type === 'PLAIN' && typeof key.source === 'string') return key.source;
  return key.value === null || key.value === undefined ? undefined : String(key.value);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13) e--;
    else break;
  }
  return e;
}

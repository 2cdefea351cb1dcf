import { isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlAstNode, type Pair, type YAMLMap } from 'yaml';
import type { LineIndex, Range } from '../../engine/text';
import { keyText, type MergedKey, type YamlGraph } from './yaml-graph';

/** What a node needs from its file: the text, offsets to positions, and its aliases and merges. */
export interface NodeContext {
  readonly text: string;
  readonly lines: LineIndex;
  readonly document: Document.Parsed;
  readonly graph: YamlGraph;
  /** The wrapper of each node of the file reached so far (undefined: nothing to wrap). */
  readonly wrappers: Map<object, YamlNode | undefined>;
}

/** Mappings up to this size are searched rather than indexed: most are this small, and many are read once. */
const smallMap = 16;

// go-yaml, which kubectl and the API machinery use, reads YAML 1.1 booleans.
const yaml11True = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const yaml11False = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);

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
 * anchored node, while `range` stays where the value is written (the alias itself). Each node of
 * a file has one wrapper, which remembers its items and entries, and each mapping's merges are
 * resolved once for the file (see `YamlGraph`), whatever their depth.
 */
export class YamlNode {
  private rangeCache: Range | undefined;
  private entriesCache: readonly YamlEntry[] | undefined;
  private itemsCache: readonly YamlNode[] | undefined;

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
  static of(context: NodeContext, node: unknown): YamlNode | undefined {
    if (!node || typeof node !== 'object') return undefined;
    const { wrappers } = context;
    if (wrappers.has(node)) return wrappers.get(node);
    const wrapper = YamlNode.wrap(context, node);
    wrappers.set(node, wrapper);
    return wrapper;
  }

  private static wrap(context: NodeContext, node: object): YamlNode | undefined {
    if (isAlias(node)) {
      const target = context.graph.target(node);
      if (!target || (!isMap(target) && !isSeq(target) && !isScalar(target))) return undefined;
      const [start, end] = node.range ?? [0, 0];
      return new YamlNode(context, target as YamlAstNode, start, end, true);
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
    const map = this.node as YAMLMap;
    const { graph } = this.context;
    // A repeated key is not an error for go-yaml's decoder used by kubectl: the last one wins.
    if (map.items.length <= smallMap && !graph.merges(map)) {
      for (let i = map.items.length - 1; i >= 0; i--) if (keyText(map.items[i]) === key) return this.makeEntry(map.items[i], false);
      return undefined;
    }
    const keys = graph.keysOf(map);
    const own = keys.own.get(key);
    if (own) return this.makeEntry(own, false);
    const merged = keys.merged.get(key);
    return merged && this.mergedEntry(merged);
  }

  /** Every entry of a mapping in written order (the last of a repeated key), then keys merged with `<<` that it does not set. */
  entries(): readonly YamlEntry[] {
    if (!isMap(this.node)) return [];
    if (!this.entriesCache) {
      const keys = this.context.graph.keysOf(this.node as YAMLMap);
      const out: YamlEntry[] = [];
      for (const key of keys.ownOrder) out.push(this.entry(key)!);
      for (const key of keys.mergedOrder) out.push(this.entry(key)!);
      this.entriesCache = out;
    }
    return this.entriesCache;
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
  items(): readonly YamlNode[] {
    if (!isSeq(this.node)) return [];
    if (!this.itemsCache) {
      const out: YamlNode[] = [];
      for (const item of this.node.items) {
        const wrapped = YamlNode.of(this.context, item);
        if (wrapped) out.push(wrapped);
      }
      this.itemsCache = out;
    }
    return this.itemsCache;
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

  /** A merged key as an entry of the mapping it comes from (whose wrapper is where the merge names it). */
  private mergedEntry(merged: MergedKey): YamlEntry | undefined {
    const from = YamlNode.of(this.context, merged.via);
    return from && from.makeEntry(merged.pair, true);
  }

  /** End offset of the written value without trailing line breaks, spaces or comments. */
  contentEnd(): number {
    if (this.aliased) return this.endOffset;
    return trimEnd(this.context.text, this.startOffset, this.endOffset);
  }
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

import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Pair, type YAMLMap } from 'yaml';
import type { WorkBudget } from './budget';

/*
 * The documents of a YAML file as a graph: aliases resolved once, `<<` merges resolved once per
 * mapping, and the size of the tree a walk through aliases would see. The `yaml` library resolves
 * an alias by walking the whole document each time (`Alias.resolve`), and merging naively repeats
 * the work of every source, so a few kilobytes of aliases cost minutes; here every node is visited
 * once, iteratively, and the work that aliases and merges can multiply is charged to a budget.
 */

/**
 * A key of the YAML 1.1 merge syntax (`<<: *defaults`), which Kubernetes tooling honours: a plain
 * `<<` (or one tagged `!!merge`), which the `yaml` library reads as a symbol. A quoted "<<" is an
 * ordinary key, for go-yaml as for that library.
 */
export function isMergeKey(pair: Pair): boolean {
  return isScalar(pair.key) && typeof pair.key.value === 'symbol';
}

/** The key of a pair as text (plain scalars as written); undefined for merge keys, collections and aliases. */
export function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (!isScalar(key) || typeof key.value === 'symbol') return undefined;
  if (key.type === 'PLAIN' && typeof key.source === 'string') return key.source;
  return key.value === null || key.value === undefined ? undefined : String(key.value);
}

/** A key that a mapping takes from a `<<` merge: the pair that sets it, and the node written in the merge that leads to its mapping. */
export interface MergedKey {
  readonly pair: Pair;
  /** The alias or mapping written in the `<<` value; its wrapper is the entry's parent. */
  readonly via: object;
}

/** The keys of one mapping: its own (the last of a repeated key wins) and those merged into it. */
export interface MapKeys {
  readonly own: ReadonlyMap<string, Pair>;
  /** Own keys in the written order of the pair that counts. */
  readonly ownOrder: readonly string[];
  /** Keys from `<<` merges that the mapping does not set itself; earlier sources win, as in go-yaml. */
  readonly merged: ReadonlyMap<string, MergedKey>;
  readonly mergedOrder: readonly string[];
}

const noMerges: ReadonlyMap<string, MergedKey> = new Map();

/** How a document could not be added to the graph. */
export type GraphFailure =
  | { kind: 'cycle'; alias: Alias }
  | { kind: 'budget' };

/** What adding a document found. */
export interface DocumentAliases {
  /** Its aliases, in document order (up to where it stopped). */
  readonly aliases: readonly Alias[];
  /** Why it is incomplete; undefined when it is whole. */
  readonly failure?: GraphFailure;
}

interface Frame {
  node: object;
  exit: boolean;
}

/**
 * The graph of a file's documents. Anchors are per document; the nodes of different documents are
 * different objects, so one set of tables serves them all.
 */
export class YamlGraph {
  private readonly targets = new Map<Alias, object>();
  private readonly sizes = new Map<object, number>();
  private readonly keys = new Map<YAMLMap, MapKeys>();
  private readonly mergedKeys = new Map<YAMLMap, { merged: Map<string, MergedKey>; order: string[] }>();

  /**
   * Resolves the aliases and merges of a document in one pass, charging merged keys to `budget`.
   * Stops at the first alias that refers to a node containing it, or when the budget runs out;
   * what it did resolve of that document must not be used. Never throws, whatever the nesting.
   */
  add(document: Document.Parsed, budget: WorkBudget): DocumentAliases {
    return this.walk(document.contents, budget);
  }

  /** The node an alias refers to: the last node before it with that anchor; undefined when there is none. */
  target(alias: Alias): object | undefined {
    return this.targets.get(alias);
  }

  /**
   * Nodes of the tree under `node` as a walk through its aliases and merges sees it: every
   * collection, scalar and mapping entry counts once per place it is reached from.
   */
  expandedSize(node: unknown): number {
    if (!node || typeof node !== 'object') return 0;
    if (isAlias(node)) {
      const target = this.targets.get(node);
      return target ? this.expandedSize(target) : 0;
    }
    if (isScalar(node)) return 1;
    if (isPair(node)) return 1 + this.expandedSize(node.value);
    return this.sizes.get(node) ?? 0;
  }

  /** True when a mapping has `<<` merges. */
  merges(map: YAMLMap): boolean {
    return this.mergedKeys.has(map);
  }

  /** The own and merged keys of a mapping of the document. */
  keysOf(map: YAMLMap): MapKeys {
    let keys = this.keys.get(map);
    if (!keys) {
      const own = new Map<string, Pair>();
      const ownOrder: string[] = [];
      for (let i = map.items.length - 1; i >= 0; i--) {
        const pair = map.items[i];
        const key = keyText(pair);
        if (key === undefined || own.has(key)) continue;
        own.set(key, pair);
        ownOrder.push(key);
      }
      ownOrder.reverse();
      const merged = this.mergedKeys.get(map);
      let mergedOnly = noMerges;
      let mergedOrder: string[] = [];
      if (merged && merged.order.some((key) => own.has(key))) {
        mergedOrder = merged.order.filter((key) => !own.has(key));
        mergedOnly = new Map(mergedOrder.map((key) => [key, merged.merged.get(key)!]));
      } else if (merged) {
        // Most mappings override none of what they merge: one table, not a copy per mapping.
        ({ merged: mergedOnly, order: mergedOrder } = merged);
      }
      keys = { own, ownOrder, merged: mergedOnly, mergedOrder };
      this.keys.set(map, keys);
    }
    return keys;
  }

  private resolve(node: unknown): unknown {
    return isAlias(node) ? this.targets.get(node) : node;
  }

  /**
   * Pre-order (anchors are defined where their node starts, as the `yaml` library resolves them)
   * and post-order (sizes and merges need their parts first). An alias's target always ends
   * before the alias unless the alias is inside it, which is the cycle reported.
   */
  private walk(root: unknown, budget: WorkBudget): DocumentAliases {
    const aliases: Alias[] = [];
    let failure: GraphFailure | undefined;
    const anchors = new Map<string, object>();
    const open = new Set<object>();
    const stack: Frame[] = [];
    const push = (node: unknown) => {
      if (node && typeof node === 'object') stack.push({ node, exit: false });
    };
    push(root);
    while (stack.length > 0 && !failure) {
      const frame = stack.pop()!;
      const { node } = frame;
      if (frame.exit) {
        open.delete(node);
        if (!this.finish(node, budget)) failure = { kind: 'budget' };
        continue;
      }
      if (isAlias(node)) {
        aliases.push(node);
        const target = anchors.get(node.source);
        if (target && open.has(target)) failure = { kind: 'cycle', alias: node };
        else if (target) this.targets.set(node, target);
        continue;
      }
      if (isPair(node)) {
        push(node.value);
        push(node.key);
        continue;
      }
      if (!isMap(node) && !isSeq(node) && !isScalar(node)) continue;
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor) anchors.set(anchor, node);
      if (isScalar(node)) continue;
      if (anchor) open.add(node);
      stack.push({ node, exit: true });
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) push(items[i]);
    }
    return failure ? { aliases, failure } : { aliases };
  }

  /** Size and merged keys of a collection whose parts are all done. False when the budget ran out. */
  private finish(node: object, budget: WorkBudget): boolean {
    if (isSeq(node)) {
      let size = 1;
      for (const item of node.items) size += this.expandedSize(item);
      this.sizes.set(node, size);
      return true;
    }
    if (!isMap(node)) return true;
    const map = node as YAMLMap;
    let size = 1;
    let merges = false;
    for (const pair of map.items) {
      if (isMergeKey(pair)) merges = true;
      else size += 1 + this.expandedSize(pair.value);
    }
    if (merges && !this.merge(map, budget)) return false;
    const merged = this.mergedKeys.get(map);
    // An upper bound: a merged key that the mapping also sets is counted twice.
    for (const { pair } of merged?.merged.values() ?? []) size += 1 + this.expandedSize(pair.value);
    this.sizes.set(map, size);
    return true;
  }

  /** The keys merged into `map` from its `<<` sources, each source's keys read once. False when the budget ran out. */
  private merge(map: YAMLMap, budget: WorkBudget): boolean {
    const merged = new Map<string, MergedKey>();
    const order: string[] = [];
    const seen = new Set<object>();
    const add = (key: string, value: MergedKey) => {
      if (merged.has(key)) return;
      merged.set(key, value);
      order.push(key);
    };
    for (const pair of map.items) {
      if (!isMergeKey(pair)) continue;
      const value = this.resolve(pair.value);
      // `<<: *a` or `<<: [*a, *b]`.
      const sources = isSeq(value) ? (value.items as unknown[]) : [pair.value];
      for (const via of sources) {
        const source = this.resolve(via);
        // The same mapping merged again adds nothing.
        if (!isMap(source) || seen.has(source) || !via || typeof via !== 'object') continue;
        seen.add(source);
        const keys = this.keysOf(source as YAMLMap);
        if (!budget.charge(keys.ownOrder.length + keys.mergedOrder.length)) return false;
        for (const key of keys.ownOrder) add(key, { pair: keys.own.get(key)!, via });
        for (const key of keys.mergedOrder) add(key, keys.merged.get(key)!);
      }
    }
    this.mergedKeys.set(map, { merged, order });
    return true;
  }
}

import type { Alias, Document } from 'yaml';
import type { LineIndex } from '../../engine/text';
import type { FileProblem } from '../source';
import type { YamlGraph } from './yaml-graph';

/**
 * What one YAML document with aliases or merge keys may cost to model, in nodes, so that the work
 * stays proportional to its text however they multiply it: the keys that `<<` merges read, and for
 * each pod spec the tree that a walk through its aliases sees, plus a fixed amount per pod spec
 * and container for their models and checks. Written out, a document costs at most three nodes
 * per character (a flow list of empty containers, `[{},{}]`), real manifests far less: four per
 * character is never reached without aliases that multiply the text many times over.
 */
export const nodesPerCharacter = 4;
/** The least a document may cost: a short document with a few aliases is never refused. */
export const minimumNodes = 10_000;
/** What a pod spec and a container cost beyond their nodes: their models and the rules' checks. */
export const podSpecNodes = 8;
export const containerNodes = 8;

/** Work that aliases and merge keys can multiply, counted in nodes and bounded. */
export class WorkBudget {
  private used = 0;

  constructor(
    /** Nodes the document may cost. */
    readonly limit: number,
  ) {}

  /** Counts `nodes` more; false once the total is over the limit. */
  charge(nodes: number): boolean {
    this.used += nodes;
    return this.used <= this.limit;
  }
}

/**
 * The budget of a document, from the length of its text; undefined for a document without
 * aliases or merge keys, whose cost its text bounds.
 */
export function documentBudget(document: Document.Parsed, text: string): WorkBudget | undefined {
  const [start, , end] = document.range;
  const written = text.slice(start, end);
  if (!written.includes('*') && !written.includes('<<')) return undefined;
  return new WorkBudget(Math.max(minimumNodes, nodesPerCharacter * (end - start)));
}

/**
 * A document whose aliases expand beyond its budget, reported at the alias that expands the most
 * of those resolved before the budget ran out (the document's start when there is none):
 * checking part of it could miss what the rest holds.
 */
export function overBudgetProblem(document: Document.Parsed, aliases: readonly Alias[], graph: YamlGraph, limit: number, lines: LineIndex): FileProblem {
  let largest: { alias: Alias; size: number } | undefined;
  for (const alias of aliases) {
    const size = graph.expandedSize(alias);
    if (!largest || size > largest.size) largest = { alias, size };
  }
  const [start, end] = largest?.alias.range ?? [document.range[0], document.range[0]];
  return {
    code: 'skipped',
    message: `YAML aliases and merge keys expand this document to more than ${limit.toLocaleString('en-US')} nodes; it was not checked.`,
    range: lines.rangeOf(start, end),
  };
}

/** An alias inside the node it refers to: an infinite document, which kubectl refuses. */
export function cycleProblem(alias: Alias, lines: LineIndex): FileProblem {
  const [start, end] = alias.range ?? [0, 0];
  return { code: 'syntax', message: `Invalid YAML: the alias *${alias.source} refers to a node that contains it.`, range: lines.rangeOf(start, end) };
}

import type { Alias, Document } from 'yaml';
import type { LineIndex } from '../../engine/text';
import type { FileProblem } from '../source';
import type { DocumentGraph } from './document-graph';

/**
 * What one YAML document may cost to model, in nodes, so that the work stays proportional to its
 * text however its aliases and merge keys multiply it: the keys that `<<` merges read, and for
 * each pod spec the tree that a walk through its aliases sees, plus a fixed amount per pod spec
 * and container for their models and checks. A written node takes at least one character and
 * real manifests use few aliases, so four nodes per character leaves room for any of them.
 */
export const nodesPerCharacter = 4;
/** The least a document may cost: a short document with a few aliases is never refused. */
export const minimumNodes = 10_000;
/** What a pod spec and a container cost beyond their nodes: their models and the rules' checks. */
export const podSpecNodes = 16;
export const containerNodes = 16;

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

  get exceeded(): boolean {
    return this.used > this.limit;
  }
}

/** The budget of a document, from the length of its text. */
export function documentBudget(document: Document.Parsed): WorkBudget {
  const length = Math.max(0, document.range[2] - document.range[0]);
  return new WorkBudget(Math.max(minimumNodes, nodesPerCharacter * length));
}

/**
 * A document whose aliases expand beyond its budget, reported at the alias that expands the most
 * (the document's start when none does): checking part of it could miss what the rest holds.
 */
export function overBudgetProblem(document: Document.Parsed, graph: DocumentGraph, budget: WorkBudget, lines: LineIndex): FileProblem {
  let largest: { alias: Alias; size: number } | undefined;
  for (const candidate of graph.aliases()) if (!largest || candidate.size > largest.size) largest = candidate;
  const [start, end] = largest?.alias.range ?? [document.range[0], document.range[0]];
  return {
    code: 'skipped',
    message: `YAML aliases and merge keys expand this document to more than ${budget.limit.toLocaleString('en-US')} nodes; it was not checked.`,
    range: lines.rangeOf(start, end),
  };
}

/** An alias inside the node it refers to: an infinite document, which kubectl refuses. */
export function cycleProblem(alias: Alias, lines: LineIndex): FileProblem {
  const [start, end] = alias.range ?? [0, 0];
  return { code: 'syntax', message: `Invalid YAML: the alias *${alias.source} refers to a node that contains it.`, range: lines.rangeOf(start, end) };
}

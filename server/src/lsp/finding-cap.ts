import { comparePositions } from '../engine/text';
import type { Finding, FindingSeverity } from '../engine/types';
import { severityOrder, severityRank } from '../engine/types';
import { sortFindings } from '../engine/lint';
import { appendAll } from '../engine/arrays';

/** The findings of a document that are published, and how many more there were. */
export interface CappedFindings {
  findings: Finding[];
  omitted: number;
}

/**
 * At most `limit` of `items`, the most severe first and, within a severity, the earliest in the
 * file; the others are only counted. Linear in the items but for the one severity that is cut,
 * which arrives in file order from the lint and so sorts in linear time too.
 */
export function mostSevere<T>(
  items: readonly T[],
  limit: number,
  severityOf: (item: T) => FindingSeverity,
  before: (a: T, b: T) => number,
): { kept: T[]; omitted: number } {
  if (items.length <= limit) return { kept: [...items], omitted: 0 };
  const bySeverity: T[][] = severityOrder.map(() => []);
  for (const item of items) bySeverity[severityRank(severityOf(item))].push(item);
  const kept: T[] = [];
  for (const group of bySeverity) {
    if (kept.length + group.length <= limit) {
      appendAll(kept, group);
      continue;
    }
    group.sort(before);
    appendAll(kept, group.slice(0, limit - kept.length));
    break;
  }
  return { kept, omitted: items.length - kept.length };
}

/** At most `limit` findings, the most severe kept, in the order the editor shows them. */
export function capFindings(findings: Finding[], limit: number): CappedFindings {
  if (findings.length <= limit) return { findings, omitted: 0 };
  const { kept, omitted } = mostSevere(findings, limit, (f) => f.severity, (a, b) => comparePositions(a.range.start, b.range.start));
  return { findings: sortFindings(kept), omitted };
}

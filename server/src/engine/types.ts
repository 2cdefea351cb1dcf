import type { Range } from './text';
import type { FileKind } from '../parsers/source';
import type { RequirementId } from '../../../rules/requirements';

/** How bad a rule's finding is, from the rule's metadata (the user may override it). */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

/**
 * A finding's severity: a rule severity, `error` for input that could not be checked (syntax
 * errors, unreadable files), or `info` for notes that never fail a build.
 */
export type FindingSeverity = 'error' | Severity | 'info';

/** Most severe first; used for thresholds and sorting. */
export const severityOrder: readonly FindingSeverity[] = ['error', 'critical', 'high', 'medium', 'low', 'info'];

export function severityRank(severity: FindingSeverity): number {
  return severityOrder.indexOf(severity);
}

/** True when `severity` is at least as severe as `threshold`. */
export function meetsThreshold(severity: FindingSeverity, threshold: FindingSeverity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A titled set of edits applied together, e.g. "Run as UID 10001". */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** Another place that explains a finding (e.g. the variable default that made a value insecure). */
export interface RelatedLocation {
  message: string;
  range: Range;
  /** Set when the place is in another file. */
  path?: string;
}

/** Ids of findings that are not produced by a rule. */
export type BuiltinCode = 'syntax' | 'unsupported' | 'skipped' | 'internal';

export interface Finding {
  /** Rule id (`DKR-001`) or a built-in code (`syntax`, ...). */
  ruleId: string;
  messageId?: string;
  severity: FindingSeverity;
  message: string;
  range: Range;
  requirements: RequirementId[];
  /** Safe to apply unattended (`--fix`, fix-all). */
  fix?: Fix;
  /** Behaviour-changing remedies a person applies one at a time. */
  suggestions: Fix[];
  related: RelatedLocation[];
}

export type Target = FileKind;

import { relative, sep } from 'node:path';
import type { AnyRule } from '../engine/rule';
import type { Finding, FindingSeverity, Severity } from '../engine/types';
import { severityOrder } from '../engine/types';
import type { FileResult } from './check-file';
import packageJson from '../../../package.json';

export const toolName = 'shiftguard';
export const toolVersion: string = packageJson.version;
export const toolInformationUri = 'https://shiftguard.dev';

/** Everything a formatter needs about a finished run. */
export interface Report {
  /** Directory that paths are shown relative to. */
  cwd: string;
  /** One entry per checked file, sorted by displayed path. */
  files: FileResult[];
  threshold: Severity;
  /** The catalog the run used (SARIF lists every rule, not only those that fired). */
  rules: readonly AnyRule[];
  fixRequested: boolean;
}

export interface Summary {
  /** Files the run looked at: linted, or reported as not checked. */
  filesChecked: number;
  /** Files with an `error` saying that they, or a part of them, could not be checked. */
  filesNotChecked: number;
  filesWithFindings: number;
  findings: number;
  bySeverity: Record<FindingSeverity, number>;
  /** Findings that `--fix` would fix. */
  fixable: number;
  fixed: { problems: number; files: number };
}

/** The path as shown in every format: relative to the working directory, with `/`. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** A file-level error: the file, or a part of it, was not checked (unreadable, too large, over a budget, a failure). */
function isNotChecked(finding: Finding): boolean {
  return finding.severity === 'error' && (finding.ruleId === 'skipped' || finding.ruleId === 'internal');
}

export function summarize(report: Report): Summary {
  const bySeverity = Object.fromEntries(severityOrder.map((s) => [s, 0])) as Record<FindingSeverity, number>;
  let findings = 0;
  let fixable = 0;
  let filesWithFindings = 0;
  let filesNotChecked = 0;
  let fixedProblems = 0;
  let fixedFiles = 0;
  for (const file of report.files) {
    if (file.findings.length > 0) filesWithFindings++;
    if (file.findings.some(isNotChecked)) filesNotChecked++;
    for (const finding of file.findings) {
      findings++;
      bySeverity[finding.severity]++;
      if (finding.fix) fixable++;
    }
    if (file.fixed > 0) {
      fixedProblems += file.fixed;
      fixedFiles++;
    }
  }
  return {
    filesChecked: report.files.length,
    filesNotChecked,
    filesWithFindings,
    findings,
    bySeverity,
    fixable,
    fixed: { problems: fixedProblems, files: fixedFiles },
  };
}

/** Findings that fail the run: everything shown except `info` notes. */
export function failingCount(summary: Summary): number {
  return summary.findings - summary.bySeverity.info;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

import { createColors } from 'picocolors';
import type { FindingSeverity } from '../../engine/types';
import { severityOrder } from '../../engine/types';
import { displayPath, failingCount, plural, summarize, type Report } from '../report';
import { terminalSafe } from './terminal';
import { appendAll, maxOf } from '../../engine/arrays';

export interface TextOptions {
  color: boolean;
  quiet: boolean;
}

/**
 * Human output: findings grouped by file, one line each, then a summary line:
 *
 *   Dockerfile
 *     2:6  high  DKR-001  The final stage runs as "root".  [req 4.1]
 */
export function formatText(report: Report, options: TextOptions): string {
  const c = createColors(options.color);
  const paint: Record<FindingSeverity, (s: string) => string> = {
    error: (s) => c.bold(c.red(s)),
    critical: (s) => c.bold(c.red(s)),
    high: c.red,
    medium: c.yellow,
    low: c.cyan,
    info: c.dim,
  };
  const out: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    // Paths, messages (which quote names from the file) and ids are untrusted text: escaped, even without color.
    out.push(c.underline(terminalSafe(displayPath(report.cwd, file.path))));
    const rows = file.findings.map((f) => ({
      where: `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      finding: f,
    }));
    const whereWidth = maxOf(rows.map((r) => r.where.length));
    const severityWidth = maxOf(rows.map((r) => r.finding.severity.length));
    const idWidth = maxOf(rows.map((r) => terminalSafe(r.finding.ruleId).length));
    for (const { where, finding } of rows) {
      const requirements = finding.requirements.length > 0 ? `  ${c.dim(terminalSafe(`[req ${finding.requirements.join(', ')}]`))}` : '';
      out.push(
        `  ${c.dim(where.padEnd(whereWidth))}  ${paint[finding.severity](finding.severity.padEnd(severityWidth))}  ` +
          `${terminalSafe(finding.ruleId).padEnd(idWidth)}  ${terminalSafe(finding.message)}${requirements}`.trimEnd(),
      );
    }
    out.push('');
  }
  if (!options.quiet) appendAll(out, summaryLines(report, c.bold, c.red, c.green));
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

function summaryLines(
  report: Report,
  bold: (s: string) => string,
  red: (s: string) => string,
  green: (s: string) => string,
): string[] {
  const summary = summarize(report);
  const lines: string[] = [];
  const checked = plural(summary.filesChecked, 'file');
  if (summary.findings === 0) {
    lines.push(green(`✔ no findings in ${checked}`));
  } else {
    const parts = severityOrder
      .filter((s) => summary.bySeverity[s] > 0)
      .map((s) => (s === 'error' ? plural(summary.bySeverity[s], 'error') : `${summary.bySeverity[s]} ${s}`));
    const text =
      `${plural(summary.findings, 'finding')} (${parts.join(', ')}) in ${plural(summary.filesWithFindings, 'file')}, ` +
      `${checked} checked` +
      (summary.filesNotChecked > 0 ? `, ${summary.filesNotChecked} of them not in full` : '');
    lines.push(failingCount(summary) > 0 ? red(bold(`✖ ${text}`)) : green(`✔ ${text}`));
  }
  if (summary.fixed.problems > 0) {
    lines.push(`fixed ${plural(summary.fixed.problems, 'problem')} in ${plural(summary.fixed.files, 'file')}`);
  }
  // After --fix, what is still marked fixable was refused (overlap, or the result would not parse).
  if (summary.fixable > 0 && !report.fixRequested) lines.push(`${summary.fixable} fixable with --fix`);
  return lines;
}

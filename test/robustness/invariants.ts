import type { Finding, Fix } from '../../server/src/engine/types';
import { severityOrder } from '../../server/src/engine/types';
import type { LineIndex, Position, Range } from '../../server/src/engine/text';

const severities = new Set<string>(severityOrder);

/** Messages of JavaScript engine failures: a defect of the linter, not a diagnostic of the file. */
const engineFailure = /Maximum call stack size exceeded|out of memory|is not a function|Cannot read propert|is not iterable|undefined is not/i;

function isCount(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

function positionProblem(lines: LineIndex, at: Position): string | undefined {
  if (!at || !isCount(at.line) || !isCount(at.character)) return `bad position ${JSON.stringify(at)}`;
  if (at.line >= lines.lineCount) return `line ${at.line} past the last line (${lines.lineCount - 1})`;
  const length = lines.lineText(at.line).length;
  if (at.character > length) return `character ${at.character} past the end of line ${at.line} (length ${length})`;
  return undefined;
}

function rangeProblem(lines: LineIndex, range: Range | undefined): string | undefined {
  if (!range) return 'no range';
  const problem = positionProblem(lines, range.start) ?? positionProblem(lines, range.end);
  if (problem) return problem;
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) {
    return `range ends before it starts: ${JSON.stringify(range)}`;
  }
  return undefined;
}

function fixProblems(lines: LineIndex, fix: Fix, label: string): string[] {
  if (typeof fix.title !== 'string' || fix.title === '') return [`${label} has no title`];
  return fix.edits.flatMap((edit, i) => {
    const problem = rangeProblem(lines, edit.range);
    const text = typeof edit.newText === 'string' ? undefined : 'newText is not a string';
    return [problem, text].filter((p): p is string => p !== undefined).map((p) => `${label} edit ${i}: ${p}`);
  });
}

/**
 * What is wrong with the findings of one text: ranges outside the document (a line past the
 * last one, a character past the end of its line), NaN or negative numbers, unknown severities,
 * empty rule ids or messages, `internal` findings (the linter failed) and engine failures passed
 * off as findings about the file (a stack overflow as a syntax error). Empty when all is well.
 * Related locations in other files are not checked: their text is not at hand.
 */
export function findingViolations(lines: LineIndex, findings: readonly Finding[]): string[] {
  const out: string[] = [];
  findings.forEach((finding, i) => {
    const label = `finding ${i} (${finding.ruleId} ${JSON.stringify(finding.message)})`;
    const add = (problem: string | undefined) => problem && out.push(`${label}: ${problem}`);
    if (typeof finding.ruleId !== 'string' || finding.ruleId === '') add('no rule id');
    if (finding.ruleId === 'internal') add('the linter failed on this input');
    else if (engineFailure.test(finding.message)) add('an engine failure reported as a finding about the file');
    if (typeof finding.message !== 'string' || finding.message === '') add('no message');
    if (!severities.has(finding.severity)) add(`unknown severity ${JSON.stringify(finding.severity)}`);
    add(rangeProblem(lines, finding.range));
    if (finding.fix) for (const p of fixProblems(lines, finding.fix, 'fix')) add(p);
    finding.suggestions.forEach((s, j) => fixProblems(lines, s, `suggestion ${j}`).forEach(add));
    finding.related.forEach((r, j) => {
      const problem = r.path === undefined ? rangeProblem(lines, r.range) : undefined;
      if (problem) add(`related ${j}: ${problem}`);
    });
  });
  return out;
}

/** A stable text form of findings, to compare two lints of one input. */
export function findingsFingerprint(findings: readonly Finding[]): string {
  return JSON.stringify(findings);
}

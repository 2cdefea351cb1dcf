import type { SourceFile } from '../parsers/source';
import type { Range } from './text';

/**
 * Inline suppressions, written in the file's own comment syntax:
 *
 *   # shiftguard-ignore DKR-001 -- runs a root-only init step
 *   # shiftguard-ignore-file K8S-004 -- test fixture
 *
 * `shiftguard-ignore` at the end of a line covers findings that start on that line; on a line of
 * its own it covers the next line and every finding inside a block or document starting there. Several ids may be
 * given, separated by commas or spaces; the reason after `--` is for reviewers.
 */
const directive = /shiftguard-ignore(-file)?\b([^\n]*)/;

/** One suppression comment: the rules it names and where it stands. */
export interface Suppression {
  ruleIds: Set<string>;
  /** 0-based line of the comment. */
  line: number;
  /** A comment on a line of its own covers the next line; a trailing comment only its own. */
  ownLine: boolean;
  wholeFile: boolean;
}

/** The suppression comments of a file, in file order. */
export function suppressionDirectives(file: SourceFile): Suppression[] {
  const found: Suppression[] = [];
  for (const comment of file.comments) {
    const match = directive.exec(comment.text);
    if (!match) continue;
    const beforeReason = match[2].split('--')[0];
    const ruleIds = new Set(beforeReason.split(/[\s,]+/).filter((id) => /^[A-Z0-9]+-\d+$/.test(id)));
    if (ruleIds.size === 0) continue;
    const before = file.lines.lineText(comment.range.start.line).slice(0, comment.range.start.character);
    found.push({ ruleIds, line: comment.range.end.line, ownLine: before.trim() === '', wholeFile: match[1] === '-file' });
  }
  return found;
}

/** Decides, for a file, whether a finding of a rule at a range is suppressed. */
export function createSuppressionFilter(file: SourceFile): (ruleId: string, at: Range) => boolean {
  const directives = suppressionDirectives(file);
  if (directives.length === 0) return () => false;
  return (ruleId, at) =>
    directives.some((d) => {
      if (!d.ruleIds.has(ruleId)) return false;
      if (d.wholeFile) return true;
      if (at.start.line === d.line) return true;
      if (!d.ownLine) return false;
      if (at.start.line === d.line + 1) return true;
      return file.suppressionScopes.some(
        (scope) => scope.start.line === d.line + 1 && scope.start.line <= at.start.line && at.start.line <= scope.end.line,
      );
    });
}

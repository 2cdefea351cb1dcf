import { applyEdits, fixesOverlap } from './edits';
import type { Finding, Fix } from './types';
import type { ParsedFile } from '../parsers/models';
import { appendAll } from './arrays';

/** Parses a text as the same file; may be asynchronous (e.g. the authoritative HCL check). */
export type Reparse = (text: string) => ParsedFile | Promise<ParsedFile>;

export interface FixOutcome {
  output: string;
  applied: Fix[];
  /** Fixes left out, with why: overlapping another fix, or output that no longer parses. */
  refused: { fix: Fix; reason: string }[];
}

function syntaxErrorCount(file: ParsedFile): number {
  return file.problems.filter((p) => p.code === 'syntax').length;
}

/**
 * Applies the safe fixes of `findings` to `file`: first-come among overlapping fixes, and only
 * if the result still parses (no syntax error that the input did not have). When the fixes
 * together break the file, each is tried alone and only those that keep it parsing are applied.
 */
export async function applyFixes(file: ParsedFile, findings: readonly Finding[], reparse: Reparse): Promise<FixOutcome> {
  const chosen: Fix[] = [];
  const refused: FixOutcome['refused'] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (chosen.some((other) => fixesOverlap(other, finding.fix!))) {
      refused.push({ fix: finding.fix, reason: 'overlaps another fix; run again to apply it' });
    } else {
      chosen.push(finding.fix);
    }
  }
  if (chosen.length === 0) return { output: file.text, applied: [], refused };

  const baseline = syntaxErrorCount(file);
  const parsesWith = async (fixes: Fix[]) => {
    const output = applyEdits(file.text, fixes.flatMap((f) => f.edits), file.lines);
    return { output, ok: syntaxErrorCount(await reparse(output)) <= baseline };
  };

  const together = await parsesWith(chosen);
  if (together.ok) return { output: together.output, applied: chosen, refused };

  const keep: Fix[] = [];
  for (const fix of chosen) {
    if ((await parsesWith([fix])).ok) keep.push(fix);
    else refused.push({ fix, reason: 'the result would not parse' });
  }
  if (keep.length === 0) return { output: file.text, applied: [], refused };
  const kept = await parsesWith(keep);
  if (kept.ok) return { output: kept.output, applied: keep, refused };
  for (const fix of keep) refused.push({ fix, reason: 'the result would not parse together with other fixes' });
  return { output: file.text, applied: [], refused };
}

/**
 * Lints and fixes repeatedly (fixes can reveal or unblock others) until nothing changes, at most
 * `maxPasses` times. Returns the final text and every fix applied.
 */
export async function fixUntilStable(
  file: ParsedFile,
  lintFile: (file: ParsedFile) => Finding[],
  reparse: Reparse,
  maxPasses = 10,
): Promise<{ output: string; applied: Fix[]; file: ParsedFile }> {
  const applied: Fix[] = [];
  let current = file;
  for (let pass = 0; pass < maxPasses; pass++) {
    const outcome = await applyFixes(current, lintFile(current), reparse);
    if (outcome.applied.length === 0) break;
    appendAll(applied, outcome.applied);
    current = await reparse(outcome.output);
  }
  return { output: current.text, applied, file: current };
}

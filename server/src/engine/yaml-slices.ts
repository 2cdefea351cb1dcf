import type { AnyRule } from './rule';
import type { LintConfig } from './config';
import type { Finding, Fix, RelatedLocation } from './types';
import { usualLineBreak, type LineBreak, type Range } from './text';
import { lint, sortFindings } from './lint';
import { suppressionDirectives } from './suppressions';
import { indentStepOf } from '../parsers/kubernetes/edits';
import { parseKubernetesSlice } from '../parsers/kubernetes/parse';
import type { KubernetesSliceParser } from '../parsers/kubernetes/scalar-edit';
import {
  describeSlice,
  sliceLookahead,
  splitYamlDocuments,
  type SliceFacts,
  type SliceFollowing,
  type YamlSlice,
} from '../parsers/kubernetes/split';
import { maxOf } from './arrays';

/**
 * Linting a multi-document YAML file one document at a time, so that an editor re-lints only the
 * document that changed. Each slice (see `splitYamlDocuments`) is parsed and linted as a file of
 * its own, with the decisions the whole file makes (is it a manifest, its line breaks and
 * indentation for fixes); the findings of the slices, moved to their lines and filtered by the
 * suppressions that reach across slices, are the findings of the whole file. Whatever this cannot
 * reproduce exactly (Helm templates, YAML directives, a rule or the parser failing, a scalar left
 * open across a document marker) makes it answer undefined: lint the whole file instead.
 */

/** What a slice is linted with. */
export interface SliceContext {
  /** The whole file looks like a manifest: syntax errors are reported. */
  manifest: boolean;
  /** The whole file's line break and indentation step, for the edits of fixes. */
  eol: LineBreak;
  indentUnit: number;
  /** What follows the slice; absent for the last slice. */
  following?: SliceFollowing;
}

/** The findings of one slice, positioned from the slice's first line, and what the merge needs. */
export interface SliceLint {
  context: SliceContext;
  findings: Finding[];
  /** A document of the slice has syntax errors (reported or not). */
  invalid: boolean;
  /** A finding carries edits, which depend on `context.eol` and `context.indentUnit`. */
  hasEdits: boolean;
  /** Indentation step of the slice's first nested block mapping: the file's is the first slice's that has one. */
  indentStep: number | undefined;
  /** Rules that a `shiftguard-ignore-file` comment of the slice names: suppressed in the whole file. */
  fileSuppressed: string[];
  /** Rules that an own-line `shiftguard-ignore` comment on the slice's last line names: it covers the next slice's first line and document. */
  trailingSuppressed: string[];
  /** Last line of the suppression scopes (documents, objects, containers) that start on the slice's first line. */
  headScopeEnd: number | undefined;
}

/** The whole file's decisions, from the facts of its slices. */
export interface SliceStream {
  slices: YamlSlice[];
  facts: SliceFacts[];
  /** Per slice, the line it starts on in the whole text (0-based). */
  lines: number[];
  /** Per slice, what it is linted with (before the indentation step is known: 2). */
  contexts: SliceContext[];
}

/**
 * Cuts a YAML text into slices with their contexts (one slice for a single document). Undefined
 * when the file is empty or must be linted whole (directives, Helm template expressions).
 * `factsOf` lets a caller reuse the facts of slices it has seen before.
 */
export function planSlices(
  text: string,
  factsOf: (text: string) => SliceFacts = describeSlice,
  slices: ReturnType<typeof splitYamlDocuments> = splitYamlDocuments(text),
): SliceStream | undefined {
  if (!slices || slices.length === 0) return undefined;
  const facts = slices.map((slice) => factsOf(slice.text));
  if (facts.some((f) => f.templateBraces)) return undefined;
  const lines: number[] = [];
  facts.reduce((line, f) => (lines.push(line), line + f.lineBreaks), 0);
  const manifest = facts.some((f) => f.apiVersionKey) && facts.some((f) => f.kindKey);
  const lineBreaks = facts.reduce((n, f) => n + f.lineBreaks, 0);
  const crlfBreaks = facts.reduce((n, f) => n + f.crlfBreaks, 0);
  const crBreaks = facts.reduce((n, f) => n + f.crBreaks, 0);
  // As `LineIndex.eol` decides for the whole text.
  const eol = usualLineBreak(lineBreaks, crlfBreaks, crBreaks);
  const contexts: SliceContext[] = new Array(slices.length);
  let following: SliceFollowing | undefined;
  for (let i = slices.length - 1; i >= 0; i--) {
    contexts[i] = { manifest, eol, indentUnit: 2, ...(following ? { following } : {}) };
    following = {
      closesDouble: facts[i].closesDouble || Boolean(following?.closesDouble),
      closesSingle: facts[i].closesSingle || Boolean(following?.closesSingle),
    };
  }
  return { slices, facts, lines, contexts };
}

/**
 * Parses and lints one slice as the file `path`. Undefined when only the whole file gives the
 * right findings. `parser` reuses what it parsed before (the previous version of an edited slice).
 */
export function lintYamlSlice(
  path: string,
  text: string,
  context: SliceContext,
  rules: readonly AnyRule[],
  config: LintConfig,
  parser?: KubernetesSliceParser,
): SliceLint | undefined {
  const lookahead = context.following ? sliceLookahead(context.following) : '';
  const parse = parser ? parser.parse.bind(parser) : parseKubernetesSlice;
  const parsed = parse(path, text + lookahead, {
    ...(lookahead ? { end: text.length } : {}),
    manifest: context.manifest,
    eol: context.eol,
    indentUnit: context.indentUnit,
  });
  if (!parsed) return undefined;
  const { file } = parsed;
  const findings = lint(file, rules, config);
  // A rule that throws stops for the rest of the file: only the whole file says where.
  if (findings.some((f) => f.ruleId === 'internal')) return undefined;
  const lastLine = file.lines.positionAt(text.length).line - 1;
  const directives = suppressionDirectives(file);
  const headScopes = file.suppressionScopes.filter((scope) => scope.start.line === 0);
  return {
    context,
    findings,
    invalid: parsed.invalid,
    hasEdits: findings.some((f) => f.fix || f.suggestions.length > 0),
    indentStep: indentStepOf(file.objects.map((o) => o.root)),
    fileSuppressed: directives.filter((d) => d.wholeFile).flatMap((d) => [...d.ruleIds]),
    trailingSuppressed: directives.filter((d) => !d.wholeFile && d.ownLine && d.line === lastLine).flatMap((d) => [...d.ruleIds]),
    headScopeEnd: headScopes.length > 0 ? maxOf(headScopes.map((scope) => scope.end.line)) : undefined,
  };
}

/** True when a slice linted in `linted.context` has the findings it would have in `wanted`. */
export function sliceLintFits(linted: SliceLint, wanted: SliceContext): boolean {
  const had = linted.context;
  if (Boolean(had.following) !== Boolean(wanted.following)) return false;
  // Without syntax errors, neither the manifest verdict nor what follows the slice changes anything.
  if (
    linted.invalid &&
    (had.manifest !== wanted.manifest ||
      had.following?.closesDouble !== wanted.following?.closesDouble ||
      had.following?.closesSingle !== wanted.following?.closesSingle)
  ) {
    return false;
  }
  return !linted.hasEdits || (had.eol === wanted.eol && had.indentUnit === wanted.indentUnit);
}

/** The indentation step of the whole file: that of the first slice that has one, else 2. */
export function fileIndentUnit(lints: readonly SliceLint[]): number {
  for (const l of lints) if (l.indentStep !== undefined) return l.indentStep;
  return 2;
}

/** A finding of a slice, and the file line where that slice starts. */
export interface SliceFinding {
  finding: Finding;
  line: number;
}

/**
 * The findings of the whole file from those of its slices (in file order, each with its first
 * line), after suppressions, still relative to their slices: place them with {@link placeFinding}.
 * A caller that keeps only some of them then copies only those.
 */
export function sliceFindings(slices: readonly { line: number; lint: SliceLint }[]): SliceFinding[] {
  const fileSuppressed = new Set(slices.flatMap((s) => s.lint.fileSuppressed));
  const kept: SliceFinding[] = [];
  slices.forEach(({ line, lint: current }, i) => {
    const above = i > 0 && slices[i - 1].lint.trailingSuppressed.length > 0 ? new Set(slices[i - 1].lint.trailingSuppressed) : undefined;
    for (const finding of current.findings) {
      if (fileSuppressed.has(finding.ruleId)) continue;
      const startLine = finding.range.start.line;
      const underComment = startLine === 0 || (current.headScopeEnd !== undefined && startLine <= current.headScopeEnd);
      if (above?.has(finding.ruleId) && underComment) continue;
      kept.push({ finding, line });
    }
  });
  return kept;
}

/** Orders slice findings by where they start in the file. */
export function compareSliceFindings(a: SliceFinding, b: SliceFinding): number {
  return a.finding.range.start.line + a.line - (b.finding.range.start.line + b.line) || a.finding.range.start.character - b.finding.range.start.character;
}

/** A slice's finding moved to its place in the file. */
export function placeFinding({ finding, line }: SliceFinding): Finding {
  return line === 0 ? finding : moveFinding(finding, line);
}

/** The whole file's findings from those of its slices (in file order, each with its first line). */
export function mergeSliceLints(slices: readonly { line: number; lint: SliceLint }[]): Finding[] {
  return sortFindings(sliceFindings(slices).map(placeFinding));
}

/**
 * Lints a YAML text slice by slice, for a file that does not change: the reference for what an
 * editor computes incrementally. Undefined when the file must be linted whole.
 */
export function lintBySlices(path: string, text: string, rules: readonly AnyRule[], config: LintConfig = {}): Finding[] | undefined {
  const stream = planSlices(text);
  if (!stream) return undefined;
  const lints: SliceLint[] = [];
  for (let i = 0; i < stream.slices.length; i++) {
    const result = lintYamlSlice(path, stream.slices[i].text, stream.contexts[i], rules, config);
    if (!result) return undefined;
    lints.push(result);
  }
  const indentUnit = fileIndentUnit(lints);
  for (let i = 0; i < lints.length; i++) {
    const wanted = { ...stream.contexts[i], indentUnit };
    if (sliceLintFits(lints[i], wanted)) continue;
    const again = lintYamlSlice(path, stream.slices[i].text, wanted, rules, config);
    if (!again) return undefined;
    lints[i] = again;
  }
  return mergeSliceLints(stream.lines.map((line, i) => ({ line, lint: lints[i] })));
}

function moveRange(range: Range, lines: number): Range {
  return {
    start: { line: range.start.line + lines, character: range.start.character },
    end: { line: range.end.line + lines, character: range.end.character },
  };
}

function moveFix(fix: Fix, lines: number): Fix {
  return { ...fix, edits: fix.edits.map((edit) => ({ ...edit, range: moveRange(edit.range, lines) })) };
}

function moveFinding(finding: Finding, lines: number): Finding {
  return {
    ...finding,
    range: moveRange(finding.range, lines),
    ...(finding.fix ? { fix: moveFix(finding.fix, lines) } : {}),
    suggestions: finding.suggestions.map((s) => moveFix(s, lines)),
    // Related places in other files stay where they are.
    related: finding.related.map((r): RelatedLocation => (r.path ? r : { ...r, range: moveRange(r.range, lines) })),
  };
}

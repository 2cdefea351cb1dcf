// Synchronous reads: a worker checks one file at a time, and the thread-pool hops of async reads
// cost more than they overlap.
import type { AnyRule, Preset } from '../engine/rule';
import type { LintConfig } from '../engine/config';
import type { Finding, FindingSeverity, Severity } from '../engine/types';
import { meetsThreshold } from '../engine/types';
import { lint, sortFindings } from '../engine/lint';
import { fixUntilStable } from '../engine/fix';
import { detectKind, parseSourceChecked, type FileKind, type ParsedFile } from '../parsers';
import type { LintContext } from '../engine/lint';
import { ModuleLoaders, rootOf } from './terraform-modules';
import { writeCheckedFile } from './safe-write';
import { formatSize, readRegularFile, type Refusal } from './read-guard';
import { decode, encode, encodingLabel, looksLikeUtf16WithoutBom } from '../parsers/decode';
import { LineIndex } from '../engine/text';

/** What the per-file pipeline needs to know; plain data so that it crosses to worker threads. */
export interface CheckOptions {
  maxFileSize: number;
  fix: boolean;
  disabledRules: string[];
  /** The preset whose rules run (see `LintConfig.preset`). */
  preset?: Preset;
  /** Rule option values by rule id and option name (see `LintConfig.ruleOptions`). */
  ruleOptions?: LintConfig['ruleOptions'];
  /** Rule findings below this are dropped (and not fixed); `error` and `info` findings always stay. */
  threshold: Severity;
  /** Return the final text, for formats that quote source lines (SARIF fingerprints). */
  keepText: boolean;
  /** Directories that Terraform module and `file()` reads may not leave (default: the file's own folder). */
  roots?: string[];
  /** Terraform `--var-file`s, absolute paths. */
  varFiles?: string[];
}

const loaders = new ModuleLoaders();

/** The lint context of a Terraform file: its module on disk. */
function contextFor(file: ParsedFile, options: Pick<CheckOptions, 'roots' | 'varFiles'>): LintContext {
  if (file.kind !== 'terraform') return {};
  return loaders.forRoots(options.roots, file.path).contextFor(file, options.varFiles);
}

/** Forgets the module read from `directory`, and the parses of its files. */
export function forgetModule(directory: string): void {
  loaders.invalidate(directory);
}

/** A Terraform file's parse made while reading its module, when the module was read with this text. */
function parsedWithModule(path: string, text: string, options: Pick<CheckOptions, 'roots'>): ParsedFile | undefined {
  return detectKind(path) === 'terraform' ? loaders.forRoots(options.roots, path).parsedWithModule(path, text) : undefined;
}

/** The outcome for one file. */
export interface FileResult {
  /** Absolute path. */
  path: string;
  kind: FileKind | null;
  findings: Finding[];
  /** Number of fixes written to the file by `--fix`. */
  fixed: number;
  /** Final text (after fixes), without BOM; only when `keepText` was asked. */
  text?: string;
}

const fileStart = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A finding about the file as a whole (not a rule's), placed at 1:1. */
export function fileFinding(ruleId: 'skipped' | 'internal', severity: FindingSeverity, message: string): Finding {
  return { ruleId, severity, message, range: fileStart, requirements: [], suggestions: [], related: [] };
}

export { formatSize };

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function unreadMessage(refusal: Refusal, maxFileSize: number): string {
  switch (refusal.reason) {
    case 'too-large':
      return refusal.size === undefined
        ? `File grew past the ${formatSize(maxFileSize)} limit (--max-file-size) while it was read; not checked.`
        : `File is ${formatSize(refusal.size)}, over the ${formatSize(maxFileSize)} limit (--max-file-size); not checked.`;
    case 'special':
      return `${refusal.message.charAt(0).toUpperCase()}${refusal.message.slice(1)}; not checked.`;
    default:
      return `Cannot read file: ${refusal.message}`;
  }
}

function isVisible(finding: Finding, threshold: Severity): boolean {
  return finding.severity === 'error' || finding.severity === 'info' || meetsThreshold(finding.severity, threshold);
}

/**
 * A NUL character is no part of HCL, YAML or a Dockerfile, and parsers take it for the end of the
 * input or skip it: what follows could go unchecked. So the file is not checked, and says where.
 */
export function nulFinding(text: string, offset: number, utf16Hint = false): Finding {
  const at = new LineIndex(text).positionAt(offset);
  const hint = utf16Hint ? ' (UTF-16 without a byte order mark? Save it as UTF-8)' : '';
  return {
    ...fileFinding('skipped', 'error', `NUL byte at ${at.line + 1}:${at.character + 1}; the file cannot be checked${hint}.`),
    range: { start: at, end: { line: at.line, character: at.character + 1 } },
  };
}

/**
 * Parses a file for linting and for checking fixes. Never throws for bad input (syntax errors
 * are problems), but may for a parser defect, which the caller reports as `internal`.
 */
export async function parseChecked(path: string, text: string, parsed?: ParsedFile): Promise<ParsedFile> {
  // HashiCorp's parser is the authority on HCL syntax; fixes are verified against it too.
  const file = await parseSourceChecked(path, text, parsed);
  if (!file) throw new Error(`no parser for ${path}`);
  return file;
}

/** Parses and lints one text: the per-file pipeline shared by the first pass and fixes. */
export async function lintOne(
  path: string,
  text: string,
  rules: readonly AnyRule[],
  config: LintConfig,
  options: Pick<CheckOptions, 'roots' | 'varFiles'> = {},
): Promise<{ file: ParsedFile; findings: Finding[] }> {
  const file = await parseChecked(path, text, parsedWithModule(path, text, options));
  return { file, findings: lint(file, rules, config, contextFor(file, options)) };
}

/**
 * Reads, decodes, lints and (with `fix`) fixes one file. Never throws: unreadable, binary, huge
 * files and parser defects become findings at 1:1 so that a run over many files always finishes.
 */
export async function checkFile(path: string, rules: readonly AnyRule[], options: CheckOptions): Promise<FileResult> {
  const kind = detectKind(path) ?? null;
  const result = (findings: Finding[], fixed = 0, text?: string): FileResult => ({
    path,
    kind,
    findings: sortFindings(findings.filter((f) => isVisible(f, options.threshold))),
    fixed,
    ...(options.keepText && text !== undefined ? { text } : {}),
  });

  if (!kind) return result([fileFinding('skipped', 'info', 'Not a Terraform, Kubernetes or Dockerfile file name; not checked.')]);

  const read = readRegularFile(path, options.maxFileSize);
  if (read.refusal) return result([fileFinding('skipped', 'error', unreadMessage(read.refusal, options.maxFileSize))]);
  const bytes: Uint8Array = read.bytes;

  const decoded = decode(bytes);
  if (!decoded.ok) return result([fileFinding('skipped', 'error', decoded.message)]);
  const { text, encoding, lossy } = decoded;
  const nul = text.indexOf('\0');
  if (nul >= 0) return result([nulFinding(text, nul, looksLikeUtf16WithoutBom(bytes))]);
  const config: LintConfig = { disabledRules: options.disabledRules, preset: options.preset, ruleOptions: options.ruleOptions };
  try {
    const first = await lintOne(path, text, rules, config, options);
    const fixable = first.findings.some((f) => f.fix && isVisible(f, options.threshold));
    if (!options.fix || !fixable) return result(first.findings, 0, text);
    if (lossy) {
      // Writing back would replace the undecodable bytes with U+FFFD.
      return result([...first.findings, fileFinding('skipped', 'info', `Not valid ${encodingLabel(encoding)}: fixes were not written.`)], 0, text);
    }
    const visibleLint = (file: ParsedFile) => lint(file, rules, config, contextFor(file, options)).filter((f) => isVisible(f, options.threshold));
    const fixed = await fixUntilStable(first.file, visibleLint, (next) => parseChecked(path, next));
    if (fixed.output === text) return result(first.findings, 0, text);
    try {
      writeCheckedFile(path, encode(fixed.output, encoding), options.roots ?? [rootOf(path)]);
    } catch (error) {
      return result([...first.findings, fileFinding('skipped', 'error', `Cannot write fixes: ${errorMessage(error)}`)], 0, text);
    }
    return result(lint(fixed.file, rules, config), fixed.applied.length, fixed.output);
  } catch (error) {
    return result([fileFinding('internal', 'error', `Shiftguard failed on this file: ${errorMessage(error)}`)], 0, text);
  }
}

import { existsSync, statSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { rules as catalog } from '../../../rules';
import type { AnyRule } from '../engine/rule';
import { initParsers } from '../parsers';
import { helpText, parseCommandLine, UsageError, type LintOptions } from './args';
import { checkFile, type CheckOptions, type FileResult } from './check-file';
import { checkInWorkers } from './pool';
import { collectFiles, type Candidate } from './walk';
import { unreadFindings } from './unread';
import { regularFileRefusal } from './read-guard';
import { writeReport } from './safe-write';
import { detectKind } from '../parsers/detect';
import { rootOf } from './terraform-modules';
import { displayPath, failingCount, summarize, toolName, toolVersion, type Report } from './report';
import { formatText } from './format/text';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatRules } from './rules-command';
import { terminalSafe } from './format/terminal';
import { inPreset } from '../engine/config';
import { parseRuleOption, RuleOptionError } from '../engine/rule-options';
import type { RuleOptionValue } from '../engine/rule';

/** Where the CLI reads and writes; injected by tests, the process's own streams otherwise. */
export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  /** Directory that relative paths start from and that output paths are shown relative to. */
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Rules to run instead of the catalog; such runs stay on the calling thread. */
  rules?: readonly AnyRule[];
}

/** Above this many files, linting moves to worker threads. */
const parallelThreshold = 16;
const maxWorkers = 4;

function workerScript(): string | undefined {
  // Only the bundle has a compiled worker beside it; from source, lint on this thread.
  if (typeof __dirname === 'undefined') return undefined;
  const script = join(__dirname, 'lint-worker.js');
  return existsSync(script) ? script : undefined;
}

/**
 * The heap limit of one lint worker: an equal share of the machine's memory (the main thread
 * counted as one more), at most V8's usual 4 GiB, so that a huge file stops its worker with a
 * finding instead of the whole run running out of memory.
 */
function defaultWorkerHeapLimitMiB(workers: number): number {
  return Math.max(512, Math.min(4096, Math.floor(totalmem() / (1024 * 1024) / (workers + 1))));
}

/**
 * Files above this size (possible with a raised --max-file-size) are checked in a worker even
 * when there are few files: parsing one can need gigabytes, and only a worker's heap is bounded.
 */
const isolatedFileSize = 8 * 1024 * 1024;

function hasFileOver(paths: readonly string[], bytes: number): boolean {
  return paths.some((path) => {
    try {
      return statSync(path).size > bytes;
    } catch {
      return false;
    }
  });
}

function useColor(options: LintOptions, io: CliIo, env: Record<string, string | undefined>): boolean {
  if (options.color === false || options.output !== undefined) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return io.stdout.isTTY === true;
}

async function checkAll(paths: string[], rules: readonly AnyRule[], options: CheckOptions, ownCatalog: boolean, maxMemory: number | undefined): Promise<FileResult[]> {
  let parsersReady: Promise<void> | undefined;
  const here = async (path: string) => {
    parsersReady ??= initParsers();
    await parsersReady;
    return checkFile(path, rules, options);
  };
  const script = ownCatalog ? workerScript() : undefined;
  const isolate = options.maxFileSize > isolatedFileSize && hasFileOver(paths, isolatedFileSize);
  if (script && (paths.length > parallelThreshold || isolate)) {
    const size = Math.min(availableParallelism(), maxWorkers, paths.length);
    const heapLimitMiB = maxMemory === undefined ? defaultWorkerHeapLimitMiB(size) : Math.floor(maxMemory / (1024 * 1024));
    if (size > 1 || isolate) return checkInWorkers(paths, options, script, size, here, heapLimitMiB);
  }
  const results: FileResult[] = [];
  for (const path of paths) results.push(await here(path));
  return results;
}

async function runLint(options: LintOptions, io: CliIo, cwd: string, env: Record<string, string | undefined>): Promise<number> {
  const rules = io.rules ?? catalog;
  const known = new Set(rules.map((r) => r.id));
  const unknown = options.disable.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UsageError(`unknown rule id for --disable: ${unknown.join(', ')}`);
  const ruleOptions = parseRuleOptions(options.ruleOptions, rules);

  const candidates = collectFiles(options.paths, cwd);
  for (const varFile of options.varFiles) {
    const refusal = regularFileRefusal(resolve(cwd, varFile));
    if (refusal) throw new UsageError(`${refusal.reason === 'missing' ? 'no such file' : refusal.message} for --var-file: ${varFile}`);
  }
  const checkOptions: CheckOptions = {
    maxFileSize: options.maxFileSize,
    fix: options.fix,
    disabledRules: options.disable,
    preset: options.preset,
    ruleOptions,
    threshold: options.severity,
    keepText: options.format === 'sarif',
    roots: [...new Set(options.paths.map((p) => rootOf(resolve(cwd, p))))],
    varFiles: options.varFiles.map((p) => resolve(cwd, p)),
  };
  const checked = await checkAll(
    candidates.filter((c) => !c.unread).map((c) => c.path),
    rules,
    checkOptions,
    io.rules === undefined,
    options.maxMemory,
  );
  const results = [...checked, ...candidates.filter((c) => c.unread).map(unreadResult)];
  const shown = new Map(results.map((r) => [r, displayPath(cwd, r.path)]));
  results.sort((a, b) => (shown.get(a)! < shown.get(b)! ? -1 : shown.get(a)! > shown.get(b)! ? 1 : 0));

  const report: Report = { cwd, files: results, threshold: options.severity, rules, fixRequested: options.fix };
  const output =
    options.format === 'json'
      ? formatJson(report)
      : options.format === 'sarif'
        ? formatSarif(report)
        : formatText(report, { color: useColor(options, io, env), quiet: options.quiet });
  emit(output, options.output, io, cwd);

  const internal = results.filter((r) => r.findings.some((f) => f.ruleId === 'internal')).length;
  if (internal > 0) {
    io.stderr.write(`${toolName}: internal error while checking ${internal === 1 ? '1 file' : `${internal} files`} (see the "internal" findings)\n`);
    return 2;
  }
  return failingCount(summarize(report)) > 0 ? 1 : 0;
}

/** `--rule-option` values by rule id and option name; a value that does not fit its option is a usage error. */
function parseRuleOptions(texts: readonly string[], rules: readonly AnyRule[]): Record<string, Record<string, RuleOptionValue>> {
  const out: Record<string, Record<string, RuleOptionValue>> = {};
  for (const text of texts) {
    try {
      const { ruleId, name, value } = parseRuleOption(text, rules);
      (out[ruleId] ??= {})[name] = value;
    } catch (error) {
      if (error instanceof RuleOptionError) throw new UsageError(`invalid --rule-option: ${error.message}`);
      throw error;
    }
  }
  return out;
}

function unreadResult(candidate: Candidate): FileResult {
  return { path: candidate.path, kind: detectKind(candidate.path) ?? null, findings: unreadFindings(candidate), fixed: 0 };
}

function emit(output: string, file: string | undefined, io: CliIo, cwd: string): void {
  if (file === undefined) {
    io.stdout.write(output);
    return;
  }
  try {
    writeReport(resolve(cwd, file), output);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Runs the command line `argv` (without `node` and the script name) and returns the exit code:
 * 0 nothing to report, 1 findings, 2 usage or internal error. Never calls `process.exit`.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  try {
    const command = parseCommandLine(argv);
    switch (command.command) {
      case 'help':
        io.stdout.write(helpText);
        return 0;
      case 'version':
        io.stdout.write(`${toolVersion}\n`);
        return 0;
      case 'rules':
        emit(formatRules((io.rules ?? catalog).filter((r) => inPreset(r, command.preset)), command.format), command.output, io, cwd);
        return 0;
      case 'lint':
        return await runLint(command, io, cwd, env);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Usage errors quote the arguments, which may come from file names a shell expanded.
    io.stderr.write(`${toolName}: ${terminalSafe(`${error instanceof UsageError ? message : `internal error: ${message}`}`.split('\n')[0])}\n`);
    return 2;
  }
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  // Piping into `head` closes stdout early; that is not an error of the run.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${toolName}: internal error: ${terminalSafe(error instanceof Error ? error.message : String(error))}\n`);
      process.exitCode = 2;
    },
  );
}

import { performance } from 'node:perf_hooks';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnyRule } from '../engine/rule';
import type { Finding } from '../engine/types';
import type { LintConfig } from '../engine/config';
import { lint, sortFindings, type LintContext } from '../engine/lint';
import { DocumentParser, type ParsedFile } from '../parsers';
import { checkHclSyntax } from '../parsers/terraform/hcl-syntax';
import { withSyntaxProblems } from '../parsers/terraform/parse';
import { documentPath } from './document-path';
import { lintConfigOf, type ServerSettings } from './settings';
import { failureFinding, isFailure, type OffThreadLinter, type WorkerFailure } from './off-thread-linter';
import { IncrementalYamlLinter, type YamlLintOutcome } from './yaml-documents';
import { capFindings } from './finding-cap';
import { fileFinding, formatSize, nulFinding } from '../cli/check-file';

/** The findings of one version of a document, kept for hovers and code actions. */
export interface LintResult {
  uri: string;
  version: number;
  file: ParsedFile | undefined;
  /** What was published: at most `maxDiagnostics` findings, the most severe. */
  findings: Finding[];
  /** Findings left out of `findings`. */
  omitted: number;
}

export interface DocumentLinterHost {
  document(uri: string): TextDocument | undefined;
  settings(): ServerSettings;
  rules(): readonly AnyRule[];
  publish(result: LintResult): void;
  /** Where large documents are linted; absent, they are linted on the main thread. */
  offThread?: OffThreadLinter;
  /** What a file is linted with besides itself: for Terraform, its module. */
  contextFor?(file: ParsedFile): LintContext;
  /** Tells the user's log what went wrong with a document (its lint worker failed). */
  log?(message: string): void;
}

interface DocumentState {
  running: boolean;
  rerun: boolean;
  timer: NodeJS.Timeout | undefined;
  /** Stops the off-thread lint of a version that an edit has superseded. */
  cancel: (() => void) | undefined;
  /** Parses each version from the previous one. */
  parser: DocumentParser;
  /** Lints a large YAML file document by document; created on its first lint. */
  yaml: IncrementalYamlLinter | undefined;
  /** The path it was last linted under: what the worker knows it by. */
  path: string | undefined;
  /** A lint on this thread took long: the next ones run on the worker, whatever the size. */
  slow: boolean;
  /** The text on which the worker failed, so that it is not sent again, and the finding that says so. */
  failed: { text: string; finding: Finding } | undefined;
}

/**
 * Documents larger than this (UTF-16 code units) are linted off the main thread. A lint takes
 * about 1 ms per KiB here, and the server must answer within 100 ms meanwhile.
 */
export const offThreadThreshold = 32 * 1024;

/**
 * Terraform files stay here up to this size: here their module is read with the workspace as
 * its root and the open buffers of its siblings, and the worker has neither; a keystroke re-lint
 * here reuses the previous parse.
 */
export const terraformOffThreadThreshold = 256 * 1024;

/** A lint on this thread that takes longer moves the document's later lints to the worker. */
export const slowLintMs = 50;

/** YAML documents at least this large are linted one YAML document at a time. */
export const incrementalYamlThreshold = 32 * 1024;

/**
 * The UTF-8 size of a text, as the size on disk that the command line limits: exact when it is
 * near `limit`, a cheap bound otherwise.
 */
function byteLength(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length;
  return Buffer.byteLength(text, 'utf8');
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Lints open documents as they change, without a fixed delay: a lint starts as soon as the
 * server is free, edits that arrive meanwhile are coalesced into one next lint, and results for
 * a version that is no longer current are dropped rather than published. HashiCorp's syntax
 * check runs in its worker after the fast lint and refines the diagnostics when it answers.
 */
export class DocumentLinter {
  private readonly states = new Map<string, DocumentState>();
  private readonly results = new Map<string, LintResult>();
  /** Counts scheduled lints, to tell when a burst of edits has been handed over. */
  private changes = 0;

  constructor(private readonly host: DocumentLinterHost) {}

  /** The last published result of a document, if it is for `version`. */
  resultFor(uri: string, version?: number): LintResult | undefined {
    const result = this.results.get(uri);
    return result && (version === undefined || result.version === version) ? result : undefined;
  }

  schedule(uri: string): void {
    this.changes++;
    const state = this.stateOf(uri);
    clearTimeout(state.timer);
    state.cancel?.();
    const delay = this.host.settings().debounceMs;
    if (delay > 0) state.timer = setTimeout(() => this.start(uri), delay);
    else this.start(uri);
  }

  /** Lints every open document again (settings changed). */
  scheduleAll(uris: Iterable<string>): void {
    for (const uri of uris) this.schedule(uri);
  }

  forget(uri: string): void {
    const path = this.states.get(uri)?.path;
    clearTimeout(this.states.get(uri)?.timer);
    this.states.get(uri)?.cancel?.();
    this.states.get(uri)?.parser.dispose();
    this.states.get(uri)?.yaml?.dispose();
    this.states.delete(uri);
    this.results.delete(uri);
    if (path) this.host.offThread?.forget(path);
  }

  /** Resolves when no lint is running or queued (for tests and benchmarks). */
  async idle(): Promise<void> {
    while ([...this.states.values()].some((s) => s.running || s.rerun || s.timer)) await yieldToEventLoop();
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = { running: false, rerun: false, timer: undefined, cancel: undefined, parser: new DocumentParser(), yaml: undefined, path: undefined, slow: false, failed: undefined };
      this.states.set(uri, state);
    }
    return state;
  }

  private start(uri: string): void {
    const state = this.stateOf(uri);
    state.timer = undefined;
    if (state.running) {
      state.rerun = true;
      return;
    }
    state.running = true;
    // A lint that throws (a parser defect, a malformed message) loses its result, not the server.
    void this.run(uri).catch((error: unknown) => console.error(`shiftguard: linting ${uri} failed:`, error)).finally(() => {
      state.running = false;
      if (state.rerun && this.states.get(uri) === state) {
        state.rerun = false;
        this.start(uri);
      }
    });
  }

  private async run(uri: string): Promise<void> {
    // Let pending edits arrive first, so a burst of keystrokes is linted once. The connection
    // hands over one queued message per turn of the event loop, after whatever that message
    // scheduled: wait until a whole turn has passed without a change.
    let seen: number;
    do {
      seen = this.changes;
      await yieldToEventLoop();
      await yieldToEventLoop();
    } while (seen !== this.changes);
    const document = this.host.document(uri);
    if (!document) return;
    const version = document.version;
    const settings = this.host.settings();
    const target = documentPath(uri, document.languageId);
    if (!target || !settings.enable[target.kind]) {
      this.accept({ uri, version, file: undefined, findings: [] });
      return;
    }
    const text = document.getText();
    const state = this.stateOf(uri);
    state.path = target.path;
    const size = byteLength(text, settings.maxFileSize);
    if (size > settings.maxFileSize) {
      const message = `Document is ${formatSize(size)}, over the ${formatSize(settings.maxFileSize)} limit (shiftguard.maxFileSize); not checked.`;
      this.accept({ uri, version, file: undefined, findings: [fileFinding('skipped', 'error', message)] });
      return;
    }
    // As on the command line: a parser would take a NUL for the end of the input or skip it.
    const nul = text.indexOf('\0');
    if (nul >= 0) {
      this.accept({ uri, version, file: undefined, findings: [nulFinding(text, nul)] });
      return;
    }
    if (state.failed?.text === text) {
      this.accept({ uri, version, file: undefined, findings: [state.failed.finding] });
      return;
    }
    state.failed = undefined;
    const config = lintConfigOf(settings);
    if (target.kind === 'kubernetes' && text.length >= incrementalYamlThreshold) {
      const outcome = await this.lintYamlDocuments(uri, target.path, text, config, settings.maxDiagnostics);
      if (outcome !== 'whole') {
        if (isFailure(outcome)) this.fail(uri, version, text, outcome);
        else if (outcome) this.accept({ uri, version, file: undefined, ...outcome });
        return;
      }
      // Helm templates, YAML directives and the like are linted as one file.
    }
    const offThread = this.host.offThread;
    const threshold = target.kind === 'terraform' ? terraformOffThreadThreshold : offThreadThreshold;
    if (offThread && (text.length > threshold || state.slow)) {
      const job = offThread.lint(target.path, text, config, settings.maxDiagnostics);
      state.cancel = () => offThread.cancel(job.id);
      const outcome = await job.result;
      state.cancel = undefined;
      if (isFailure(outcome)) this.fail(uri, version, text, outcome);
      else if (outcome) this.accept({ uri, version, file: undefined, ...outcome });
      return;
    }
    const started = performance.now();
    const file = state.parser.parse(target.path, text);
    if (!file) return;
    const rules = this.host.rules();
    const findings = lint(file, rules, config, this.host.contextFor?.(file) ?? {});
    // Whatever made it slow (its size, its structure) makes the next lints slow too. Not for a
    // Terraform file (see terraformOffThreadThreshold), whose first lint can be slow for reading its module.
    if (performance.now() - started > slowLintMs && file.kind !== 'terraform') state.slow = true;
    const published = this.accept({ uri, version, file, findings });

    if (file.kind === 'terraform' && !file.json && published) {
      void checkHclSyntax(target.path, text, file.lines).then((problems) => {
        // A later lint of the same version (its module changed) may have published since: its own verdict follows.
        if (!problems || this.host.document(uri)?.version !== version || this.results.get(uri) !== published) return;
        // Rules read the model, which the verdict does not change: only the syntax findings are replaced.
        const checked = withSyntaxProblems(file, problems);
        const fromRules = findings.filter((f) => f.ruleId !== 'syntax');
        const syntax = lint(checked, [], config).filter((f) => f.ruleId === 'syntax');
        this.accept({ uri, version, file: checked, findings: sortFindings([...fromRules, ...syntax]) });
      });
    }
  }

  /** The worker failed on a version: the document says it was not checked, and the log says why. */
  private fail(uri: string, version: number, text: string, failure: WorkerFailure): void {
    const finding = failureFinding(failure);
    // Edits and settings changes lint again; this text would only fail the same way.
    this.stateOf(uri).failed = { text, finding };
    this.host.log?.(`${uri} (version ${version}): ${finding.message}`);
    this.accept({ uri, version, file: undefined, findings: [finding] });
  }

  /** Lints a YAML file from the findings of its unchanged documents; an edit aborts it. */
  private async lintYamlDocuments(uri: string, path: string, text: string, config: LintConfig, maxFindings: number): Promise<YamlLintOutcome> {
    const state = this.stateOf(uri);
    state.yaml ??= new IncrementalYamlLinter({ offThread: this.host.offThread, offThreadThreshold });
    const abort = new AbortController();
    const cancel = () => abort.abort();
    state.cancel = cancel;
    try {
      return await state.yaml.lint({ path, text, rules: this.host.rules(), config, maxFindings, signal: abort.signal });
    } finally {
      if (state.cancel === cancel) state.cancel = undefined;
    }
  }

  /** Keeps and publishes a current result, capped to what the editor shows; undefined for a stale one. */
  private accept(result: Omit<LintResult, 'omitted'> & { omitted?: number }): LintResult | undefined {
    if (this.host.document(result.uri)?.version !== result.version || !this.states.has(result.uri)) return undefined;
    const capped = capFindings(result.findings, this.host.settings().maxDiagnostics);
    const accepted = { ...result, findings: capped.findings, omitted: (result.omitted ?? 0) + capped.omitted };
    this.results.set(result.uri, accepted);
    this.host.publish(accepted);
    return accepted;
  }
}

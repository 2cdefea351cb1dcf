import { performance } from 'node:perf_hooks';
import type { AnyRule } from '../engine/rule';
import type { LintConfig } from '../engine/config';
import {
  fileIndentUnit,
  lintYamlSlice,
  placeFinding,
  planSlices,
  compareSliceFindings,
  sliceFindings,
  sliceLintFits,
  type SliceContext,
  type SliceLint,
  type SliceStream,
} from '../engine/yaml-slices';
import { describeSlice, splitYamlDocuments, type SliceFacts } from '../parsers/kubernetes/split';
import { KubernetesSliceParser } from '../parsers/kubernetes/scalar-edit';
import { isFailure, type OffThreadLinter, type Outcome, type WorkerFailure } from './off-thread-linter';
import { mostSevere, type CappedFindings } from './finding-cap';
import { sortFindings } from '../engine/lint';

/** One lint of a document version. */
export interface YamlLintRequest {
  path: string;
  text: string;
  rules: readonly AnyRule[];
  config: LintConfig;
  /** Findings kept at most, the most severe; the others are counted. */
  maxFindings: number;
  /** Aborted when an edit supersedes this version: the lint stops and answers undefined. */
  signal: AbortSignal;
}

/**
 * What the lint of a version gives: its findings, `whole` (lint the file as one), the worker's
 * failure on one of its slices, or undefined (superseded).
 */
export type YamlLintOutcome = CappedFindings | WorkerFailure | 'whole' | undefined;

export interface IncrementalYamlOptions {
  /** Where slices longer than `offThreadThreshold` are linted; absent, on this thread. */
  offThread?: OffThreadLinter;
  offThreadThreshold: number;
  /** Work on this thread between two yields to the event loop (default 8 ms). */
  sliceBudgetMs?: number;
}

/** A slice text as last seen: its facts and its lints, one per context it was linted in. */
interface SliceEntry {
  facts: SliceFacts;
  lints: SliceLint[];
  /** The worker ran out of memory or crashed on this text: it is not sent again. */
  failure?: WorkerFailure;
}

interface PendingSlice {
  context: SliceContext;
  id: number;
  result: Promise<Outcome<SliceLint | null>>;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const abortion = (signal: AbortSignal) => new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
/** A slice text linted in several contexts keeps this many of its lints. */
const lintsPerSlice = 4;

/**
 * Lints the successive versions of one multi-document YAML file document by document: a version
 * re-lints only the slices whose text is new (usually the one document being edited) and reuses
 * the findings of the others, which it only moves to their lines. The first lint of a large file
 * and edits that touch many documents are cut into steps of a few milliseconds, between which the
 * server answers other requests; an edit stops them. Slices too large for that (one huge CRD) are
 * linted on the worker thread. The slice being edited is parsed from its previous version when a
 * keystroke only changed a scalar, here and on the worker, which is why a worker's lint of a
 * superseded version is left to finish rather than stopped.
 */
export class IncrementalYamlLinter {
  /** Slices of the last version linted (or being linted), by text. */
  private entries = new Map<string, SliceEntry>();
  private pending = new Map<string, PendingSlice[]>();
  private configKey: string | undefined;
  private rules: readonly AnyRule[] | undefined;
  /** The file's indentation step as last computed: the guess for slices linted before it is known. */
  private indentUnit = 2;
  /** Parses the next version of the slice linted last on this thread from its previous one. */
  private readonly parser = new KubernetesSliceParser();

  constructor(private readonly options: IncrementalYamlOptions) {}

  async lint(request: YamlLintRequest): Promise<YamlLintOutcome> {
    const configKey = JSON.stringify(request.config);
    if (configKey !== this.configKey || request.rules !== this.rules) {
      this.dispose();
      this.configKey = configKey;
      this.rules = request.rules;
    }
    const slices = splitYamlDocuments(request.text);
    const described = await this.describeNew(slices?.map((slice) => slice.text) ?? [], request.signal);
    if (!described) return undefined;
    const stream = slices && planSlices(request.text, (text) => this.entries.get(text)?.facts ?? described.get(text) ?? describeSlice(text), slices);
    if (!stream) return 'whole';
    this.keepOnly(stream);

    let indentUnit = this.indentUnit;
    // The indentation step of the file is known once the slices are; a slice whose fixes were
    // written with a wrong guess is linted again (in practice: never, or once on the first lint).
    for (let attempt = 0; attempt < 2; attempt++) {
      const contexts = stream.contexts.map((context) => ({ ...context, indentUnit }));
      const lints = await this.lintSlices(request, stream, contexts);
      if (!Array.isArray(lints)) return lints;
      indentUnit = fileIndentUnit(lints);
      if (lints.every((lint, i) => sliceLintFits(lint, { ...contexts[i], indentUnit }))) {
        this.indentUnit = indentUnit;
        // Only the findings that are kept are copied to their lines: a generated file can have hundreds of thousands.
        const all = sliceFindings(stream.lines.map((line, i) => ({ line, lint: lints[i] })));
        const { kept, omitted } = mostSevere(all, request.maxFindings, (f) => f.finding.severity, compareSliceFindings);
        return { findings: sortFindings(kept.map(placeFinding)), omitted };
      }
    }
    return 'whole';
  }

  /**
   * The facts of the slices not seen before, found in steps between which the server answers
   * other requests: tens of thousands of new slices (a large file opened) take hundreds of
   * milliseconds. Undefined when an edit supersedes the version meanwhile.
   */
  private async describeNew(texts: readonly string[], signal: AbortSignal): Promise<Map<string, SliceFacts> | undefined> {
    const described = new Map<string, SliceFacts>();
    let since = performance.now();
    for (const text of texts) {
      if (this.entries.has(text) || described.has(text)) continue;
      described.set(text, describeSlice(text));
      if (performance.now() - since >= (this.options.sliceBudgetMs ?? 8)) {
        await yieldToEventLoop();
        if (signal.aborted) return undefined;
        since = performance.now();
      }
    }
    return described;
  }

  /** Drops queued off-thread work and forgets every slice. */
  dispose(): void {
    for (const jobs of this.pending.values()) for (const job of jobs) this.options.offThread?.abandon(job.id);
    this.pending.clear();
    this.entries.clear();
  }

  /** Forgets the slices that `stream` no longer holds and drops their queued off-thread work. */
  private keepOnly(stream: SliceStream): void {
    const current = new Map(stream.slices.map((slice, i) => [slice.text, stream.facts[i]]));
    for (const text of this.entries.keys()) if (!current.has(text)) this.entries.delete(text);
    for (const [text, jobs] of this.pending) {
      if (current.has(text)) continue;
      // A running lint of a slice's previous version is left to finish: the worker then parses the new version from it.
      for (const job of jobs) this.options.offThread?.abandon(job.id);
      this.pending.delete(text);
    }
    for (const [text, facts] of current) if (!this.entries.has(text)) this.entries.set(text, { facts, lints: [] });
  }

  private async lintSlices(request: YamlLintRequest, stream: SliceStream, contexts: SliceContext[]): Promise<SliceLint[] | WorkerFailure | 'whole' | undefined> {
    const { offThread, offThreadThreshold, sliceBudgetMs = 8 } = this.options;
    const failed = stream.slices.map((slice) => this.entries.get(slice.text)!.failure).find((failure) => failure);
    if (failed) return failed;
    const lints: (SliceLint | undefined)[] = stream.slices.map((slice, i) => this.entries.get(slice.text)!.lints.find((lint) => sliceLintFits(lint, contexts[i])));
    const here: number[] = [];
    const away: Promise<Outcome<SliceLint | null>>[] = [];
    // Large slices go to the worker first, so that it runs while this thread lints the others.
    lints.forEach((lint, i) => {
      if (lint) return;
      const text = stream.slices[i].text;
      if (!offThread || text.length <= offThreadThreshold) here.push(i);
      // The worker knows a slice by its place in the file, which an edit keeps (a miss costs a full parse).
      else {
        away.push(
          this.lintAway(offThread, request, text, contexts[i], `${request.path}#${i}`).then((result) => {
            if (result && !isFailure(result)) lints[i] = result;
            return result;
          }),
        );
      }
    });

    let since = performance.now();
    for (const i of here) {
      if (request.signal.aborted) return undefined;
      const text = stream.slices[i].text;
      const lint = lintYamlSlice(request.path, text, contexts[i], request.rules, request.config, this.parser);
      if (!lint) return 'whole';
      this.remember(text, lint);
      lints[i] = lint;
      if (performance.now() - since >= sliceBudgetMs) {
        await yieldToEventLoop();
        since = performance.now();
      }
    }
    if (away.length > 0) {
      if (request.signal.aborted) return undefined;
      const results = await Promise.race([Promise.all(away), abortion(request.signal)]);
      if (!results) return undefined;
      // The worker failed (it is restarted on the next request): the file is not checked rather than checked in part.
      const failure = results.find(isFailure);
      if (failure) return failure;
      if (results.includes(null)) return 'whole';
      if (results.includes(undefined)) return undefined;
    }
    return request.signal.aborted ? undefined : (lints as SliceLint[]);
  }

  /** The worker's lint of a slice, shared with earlier versions that asked for the same. */
  private lintAway(offThread: OffThreadLinter, request: YamlLintRequest, text: string, context: SliceContext, reuse: string): Promise<Outcome<SliceLint | null>> {
    const jobs = this.pending.get(text) ?? [];
    const same = jobs.find((job) => JSON.stringify(job.context) === JSON.stringify(context));
    if (same) return same.result;
    const job = offThread.lintSlice(request.path, text, context, request.config, reuse);
    const result = job.result.then((lint) => {
      const left = this.pending.get(text)?.filter((j) => j.id !== job.id) ?? [];
      if (left.length > 0) this.pending.set(text, left);
      else this.pending.delete(text);
      if (isFailure(lint)) this.fail(text, lint);
      else if (lint) this.remember(text, lint);
      return lint;
    });
    this.pending.set(text, [...jobs, { context, id: job.id, result }]);
    return result;
  }

  private fail(text: string, failure: WorkerFailure): void {
    const entry = this.entries.get(text);
    if (entry) entry.failure = failure;
  }

  private remember(text: string, lint: SliceLint): void {
    const entry = this.entries.get(text);
    if (!entry) return;
    entry.lints.push(lint);
    if (entry.lints.length > lintsPerSlice) entry.lints.shift();
  }
}

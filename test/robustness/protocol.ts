import type { CheckOptions } from '../../server/src/cli/check-file';

/** A text given whole, or the name of a stress input the worker builds itself (see stress.ts). */
export type CaseInput = { text: string } | { stress: string };

/** One input to check. */
export interface CaseTask {
  /** The file checked; with `input` and the `cli` pipeline, it is written there first. */
  path: string;
  /** Default: the file on disk as it is. */
  input?: CaseInput;
  /**
   * `cli`: the command line's per-file pipeline from disk (size limit, binary sniffing,
   * decoding). `parser`: the parser called directly on the text (it must not throw), then the
   * same parse-and-lint as the command line, from memory.
   */
  pipeline: 'cli' | 'parser';
  /** Defaults: 8 MiB size limit, no fixes, every rule, threshold `low`. `roots` bound module reads. */
  options?: Partial<CheckOptions>;
  /** Lint twice and require the same findings. */
  determinism?: boolean;
}

/** A finding of severity `error`, as much as a report needs. */
export interface ErrorFinding {
  ruleId: string;
  message: string;
  line: number;
  character: number;
}

/** What the worker found. `violations` empty means the input was handled well. */
export interface CaseOutcome {
  violations: string[];
  /** Findings per rule id (`syntax`, `skipped`, `DKR-001`, ...). */
  counts: Record<string, number>;
  /** The first findings of severity `error`. */
  errors: ErrorFinding[];
  textLength: number;
  durationMs: number;
  heapUsedMb: number;
}

export type WorkerReply = { type: 'ready' } | { type: 'started'; id: number } | { type: 'done'; id: number; outcome: CaseOutcome };

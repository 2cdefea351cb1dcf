import { LineIndex, type Range } from '../engine/text';

/** The targets Shiftguard understands. */
export type FileKind = 'terraform' | 'kubernetes' | 'dockerfile';

/** A comment as written, with its marker (`#`, `//`, `/*`), and where it stands. */
export interface Comment {
  text: string;
  range: Range;
}

/**
 * Something about the file itself rather than its content: a syntax error (`syntax`), input the
 * linter deliberately does not check (`unsupported`, e.g. an unrendered Helm template), or a file
 * that could not be checked (`skipped`, e.g. its parse ran out of time).
 */
export interface FileProblem {
  code: 'syntax' | 'unsupported' | 'skipped';
  message: string;
  range: Range;
}

/** What every parsed file has, whatever its kind. Rules read the kind-specific models. */
export interface SourceFile {
  readonly kind: FileKind;
  /** Path as given by the caller (relative paths stay relative). */
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly comments: readonly Comment[];
  readonly problems: readonly FileProblem[];
  /**
   * Ranges that a suppression comment on the line just above them covers as a whole: Terraform
   * blocks, Kubernetes documents. Findings inside still need the comment to name their rule.
   */
  readonly suppressionScopes: readonly Range[];
}

export function createLineIndex(text: string): LineIndex {
  return new LineIndex(text);
}

/**
 * Positions as the Language Server Protocol defines them: 0-based line, and 0-based character
 * counted in UTF-16 code units. Line breaks are `\n`, `\r\n` and a lone `\r`.
 */
export interface Position {
  line: number;
  character: number;
}

/** A half-open span of text: `end` is just past the last character. */
export interface Range {
  start: Position;
  end: Position;
}

/** The line breaks of LSP text documents. */
export type LineBreak = '\n' | '\r\n' | '\r';

/**
 * The line break for new lines in a text with `breaks` line breaks, `crlf` of them CRLF and `cr`
 * lone CRs: the one more than half of them are, LF when none is.
 */
export function usualLineBreak(breaks: number, crlf: number, cr: number): LineBreak {
  if (crlf > 0 && crlf * 2 > breaks) return '\r\n';
  if (cr > 0 && cr * 2 > breaks) return '\r';
  return '\n';
}

export function position(line: number, character: number): Position {
  return { line, character };
}

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when `inner` lies within `outer` (bounds included). */
export function rangeContains(outer: Range, inner: Range | Position): boolean {
  const r = 'start' in inner ? inner : { start: inner, end: inner };
  return comparePositions(outer.start, r.start) <= 0 && comparePositions(r.end, outer.end) <= 0;
}

/**
 * Converts between UTF-16 offsets into a text and LSP positions. Built once per parsed text;
 * lookups are a binary search over line starts.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  /** `lineStarts`: when already known (see `withEditInLine`). */
  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /**
   * The index of `text`, made from this one's text by replacing characters from `offset` on, on
   * one line and without adding or removing line breaks; `delta` is the change of length.
   */
  withEditInLine(text: string, offset: number, delta: number): LineIndex {
    return new LineIndex(text, this.lineStarts.map((start) => (start > offset ? start + delta : start)));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    // An offset between the "\r" and "\n" of a CRLF is not a place on the line: it would give a
    // character past the line's end. It stands for the end of the line, as in LSP text documents.
    const insideCrlf = this.text.charCodeAt(clamped - 1) === 13 && this.text.charCodeAt(clamped) === 10;
    return { line: low, character: clamped - this.lineStarts[low] - (insideCrlf ? 1 : 0) };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[pos.line];
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** Offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    if (line < 0 || line >= this.lineStarts.length) return '';
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  private eolCache: LineBreak | undefined;

  /**
   * The line break the text uses most, for inserting new lines in the file's own style. Counted
   * once: every suggested edit asks, and a file with 50,000 manifests has 100,000 suggestions.
   */
  get eol(): LineBreak {
    if (this.eolCache) return this.eolCache;
    let crlf = 0;
    let cr = 0;
    for (let i = 1; i < this.lineStarts.length; i++) {
      const before = this.text.charCodeAt(this.lineStarts[i] - 1);
      if (before === 13) cr++;
      else if (this.text.charCodeAt(this.lineStarts[i] - 2) === 13) crlf++;
    }
    this.eolCache = usualLineBreak(this.lineStarts.length - 1, crlf, cr);
    return this.eolCache;
  }

  /** Leading spaces and tabs of `line`. */
  indentOf(line: number): string {
    return /^[ \t]*/.exec(this.lineText(line))![0];
  }
}

/**
 * `text` with each lone `\r` turned into `\n`, for parsers that break lines at `\n` only (the
 * `yaml` library, tree-sitter's HCL grammar, HashiCorp's parser). The length, every offset and
 * the lines `LineIndex` counts stay the same, so positions a parser gives hold for `text`.
 */
export function withLfBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Length of the longest common start of two texts. */
function commonPrefixLength(a: string, b: string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  // Comparing halves leaves the work to the engine's string comparison.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (a.slice(low, middle) === b.slice(low, middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Length of the longest common end of two texts, at most `limit`. */
function commonSuffixLength(a: string, b: string, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (a.slice(a.length - middle, a.length - low) === b.slice(b.length - middle, b.length - low)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The one span where two texts differ: `[start, oldEnd)` of the first became `[start, newEnd)` of the second. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The narrowest change that turns `before` into `after`. */
export function changeBetween(before: string, after: string): TextChange {
  const start = commonPrefixLength(before, after);
  const suffix = commonSuffixLength(before, after, Math.min(before.length, after.length) - start);
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * The change from `before` to `after` when every line keeps its number (characters typed or
 * deleted inside one line); undefined when a line break is added, removed, split or joined.
 */
export function changeWithinLines(before: string, after: string): TextChange | undefined {
  const change = changeBetween(before, after);
  const { start, oldEnd, newEnd } = change;
  if (/[\n\r]/.test(before.slice(start, oldEnd)) || /[\n\r]/.test(after.slice(start, newEnd))) return undefined;
  // Between a CR and an LF: typing splits a CRLF in two, deleting can join them into one.
  if (before.charCodeAt(start - 1) === 13 && before.charCodeAt(oldEnd) === 10) return undefined;
  return change;
}

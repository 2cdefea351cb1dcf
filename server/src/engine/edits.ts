import type { Range, Position } from './text';
import { LineIndex, comparePositions } from './text';
import type { Fix, TextEdit } from './types';

/** A fix that replaces the text of `range` with `newText`. */
export function replace(range: Range, newText: string, title: string): Fix {
  return { title, edits: [{ range, newText }] };
}

/** A fix that inserts `text` at `at`. */
export function insertAt(at: Position, text: string, title: string): Fix {
  return { title, edits: [{ range: { start: at, end: at }, newText: text }] };
}

/** A fix that deletes `range`. */
export function remove(range: Range, title: string): Fix {
  return { title, edits: [{ range, newText: '' }] };
}

export class OverlappingEditsError extends Error {
  constructor() {
    super('edits overlap');
  }
}

function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  const [first, second] = comparePositions(a.range.start, b.range.start) <= 0 ? [a, b] : [b, a];
  const touching = comparePositions(first.range.end, second.range.start) === 0;
  if (touching) {
    // Two insertions at one point have no defined order; an insertion next to a replacement is fine.
    const firstEmpty = comparePositions(first.range.start, first.range.end) === 0;
    const secondEmpty = comparePositions(second.range.start, second.range.end) === 0;
    return firstEmpty && secondEmpty;
  }
  return comparePositions(first.range.end, second.range.start) > 0;
}

/** True when any edit of `a` overlaps any edit of `b`. */
export function fixesOverlap(a: Fix, b: Fix): boolean {
  return a.edits.some((x) => b.edits.some((y) => editsOverlap(x, y)));
}

/**
 * Applies non-overlapping edits to `text` and returns the new text. Bytes outside the edited
 * ranges are kept exactly, line breaks included.
 */
export function applyEdits(text: string, edits: readonly TextEdit[], lines = new LineIndex(text)): string {
  const resolved = edits
    .map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < resolved.length; i++) {
    const previous = resolved[i - 1];
    const current = resolved[i];
    const bothInsertions = previous.start === previous.end && current.start === current.end;
    if (current.start < previous.end || (bothInsertions && current.start === previous.start)) {
      throw new OverlappingEditsError();
    }
  }
  let out = '';
  let cursor = 0;
  for (const edit of resolved) {
    out += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

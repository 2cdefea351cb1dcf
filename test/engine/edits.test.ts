import { describe, expect, it } from 'vitest';
import { applyEdits, fixesOverlap, insertAt, replace, OverlappingEditsError } from '../../server/src/engine/edits';
import { range } from '../../server/src/engine/text';

describe('applyEdits', () => {
  it('changes only the edited ranges and keeps every other byte, CRLF included', () => {
    const text = 'one\r\ntwo\r\nthree\r\n';
    const out = applyEdits(text, [
      { range: range(1, 0, 1, 3), newText: '2' },
      { range: range(0, 0, 0, 0), newText: '# ' },
    ]);
    expect(out).toBe('# one\r\n2\r\nthree\r\n');
  });

  it('refuses overlapping edits and two insertions at one point', () => {
    expect(() => applyEdits('abcdef', [
      { range: range(0, 0, 0, 3), newText: 'x' },
      { range: range(0, 2, 0, 4), newText: 'y' },
    ])).toThrow(OverlappingEditsError);
    expect(() => applyEdits('abc', [
      { range: range(0, 1, 0, 1), newText: 'x' },
      { range: range(0, 1, 0, 1), newText: 'y' },
    ])).toThrow(OverlappingEditsError);
  });

  it('allows an insertion right next to a replacement', () => {
    expect(applyEdits('abc', [
      { range: range(0, 0, 0, 1), newText: 'A' },
      { range: range(0, 1, 0, 1), newText: '-' },
    ])).toBe('A-bc');
  });
});

describe('fixesOverlap', () => {
  it('compares every edit of two fixes', () => {
    expect(fixesOverlap(replace(range(0, 0, 0, 3), 'x', 'a'), replace(range(0, 2, 0, 5), 'y', 'b'))).toBe(true);
    expect(fixesOverlap(replace(range(0, 0, 0, 3), 'x', 'a'), replace(range(0, 3, 0, 5), 'y', 'b'))).toBe(false);
    expect(fixesOverlap(insertAt({ line: 1, character: 0 }, 'x', 'a'), insertAt({ line: 1, character: 0 }, 'y', 'b'))).toBe(true);
  });
});

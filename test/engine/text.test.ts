import { describe, expect, it } from 'vitest';
import { LineIndex, withLfBreaks } from '../../server/src/engine/text';

describe('LineIndex', () => {
  it('maps offsets and positions across LF, CRLF and lone CR line breaks', () => {
    const lines = new LineIndex('ab\r\ncd\ref\ngh');
    expect(lines.lineCount).toBe(4);
    expect(lines.positionAt(4)).toEqual({ line: 1, character: 0 });
    expect(lines.positionAt(7)).toEqual({ line: 2, character: 0 });
    expect(lines.offsetAt({ line: 3, character: 1 })).toBe(11);
    expect(lines.lineText(0)).toBe('ab');
    expect(lines.lineText(1)).toBe('cd');
  });

  it('maps an offset between the CR and LF of a line break to the end of the line', () => {
    const lines = new LineIndex('ab\r\ncd');
    expect(lines.positionAt(2)).toEqual({ line: 0, character: 2 });
    expect(lines.positionAt(3)).toEqual({ line: 0, character: 2 });
    expect(lines.rangeOf(1, 3)).toEqual({ start: { line: 0, character: 1 }, end: { line: 0, character: 2 } });
  });

  it('counts characters in UTF-16 code units', () => {
    const lines = new LineIndex('é😀x');
    expect(lines.positionAt(3)).toEqual({ line: 0, character: 3 });
    expect(lines.offsetAt({ line: 0, character: 3 })).toBe(3);
  });

  it('clamps positions past a line end to the end of that line', () => {
    const lines = new LineIndex('ab\r\ncd');
    expect(lines.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(lines.offsetAt({ line: 9, character: 0 })).toBe(6);
  });

  it('tells the dominant line break and indentation', () => {
    expect(new LineIndex('a\r\nb\r\nc\n').eol).toBe('\r\n');
    expect(new LineIndex('a\nb\n').eol).toBe('\n');
    expect(new LineIndex('a\rb\rc\n').eol).toBe('\r');
    // Two lone CRs in a row are not a CRLF.
    expect(new LineIndex('a\r\rb\n').eol).toBe('\r');
    expect(new LineIndex('a\r\nb\rc\nd\n').eol).toBe('\n');
    expect(new LineIndex('\t  x').indentOf(0)).toBe('\t  ');
  });

  it('turns lone CRs into LFs at the same offsets and lines', () => {
    const text = 'a\rb\r\nc\r\r\nd\ne\r';
    const normalised = withLfBreaks(text);
    expect(normalised).toBe('a\nb\r\nc\n\r\nd\ne\n');
    expect(new LineIndex(normalised).lineStarts).toEqual(new LineIndex(text).lineStarts);
    const plain = 'no breaks to change\n';
    expect(withLfBreaks(plain)).toBe(plain);
  });
});

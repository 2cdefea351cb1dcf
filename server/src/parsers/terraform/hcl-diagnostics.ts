import type { LineIndex, Range } from '../../engine/text';
import type { FileProblem } from '../source';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Characters segmented at a time: V8's segment iterator slows down with the length of its string. */
const pieceLength = 1024;

/**
 * The UTF-16 offset of each grapheme cluster of `text`. Segmented in pieces that each start at a
 * cluster boundary, since iterating one segmenter over a 100,000-character line takes seconds
 * (quadratic). A boundary depends only on the code points up to the one after it, so all but a
 * piece's last cluster are final; the next piece starts at that last one.
 */
export function graphemeStarts(text: string): number[] {
  const starts: number[] = [];
  let from = 0;
  let size = pieceLength;
  while (from < text.length) {
    let end = Math.min(text.length, from + size);
    // Never between the halves of a surrogate pair: a half would end the cluster before it.
    if (end < text.length && text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) <= 0xdbff) end--;
    const found: number[] = [];
    for (const { index } of segmenter.segment(text.slice(from, end))) found.push(from + index);
    if (end === text.length) {
      for (const start of found) starts.push(start);
      break;
    }
    if (found.length < 2) {
      // One cluster fills the piece (a base with a thousand combining marks): read a longer one.
      size *= 2;
      continue;
    }
    from = found.pop()!;
    for (const start of found) starts.push(start);
    size = pieceLength;
  }
  return starts;
}

/**
 * HCL counts columns in grapheme clusters (1-based); LSP counts UTF-16 code units. Converts a
 * 1-based HCL line and column to an offset into the text. `clustersOf` gives `graphemeStarts`
 * of a line, to compute once per line for many positions.
 */
export function hclPositionToOffset(
  lines: LineIndex,
  line: number,
  column: number,
  clustersOf: (lineIndex: number) => number[] = (index) => graphemeStarts(lines.lineText(index)),
): number {
  const lineIndex = Math.min(Math.max(line - 1, 0), lines.lineCount - 1);
  const lineText = lines.lineText(lineIndex);
  const starts = clustersOf(lineIndex);
  const before = Math.max(column - 1, 0);
  // Just past the last cluster is the line's end; further is one past it (HCL's end of file).
  const utf16 = before < starts.length ? starts[before] : before === starts.length ? lineText.length : lineText.length + 1;
  return Math.min(lines.lineStarts[lineIndex] + utf16, lines.text.length);
}

/**
 * Turns the error text of HashiCorp's parser into problems. It reads like
 * `parse config: [input.tf:2,7-3,1: Summary; Detail. input.tf:4,1-2: Summary; Detail.]`.
 */
export function hclErrorToProblems(message: string, filename: string, lines: LineIndex): FileProblem[] {
  const body = message.replace(/^parse config: \[/, '').replace(/\]$/, '');
  const escaped = filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const marker = new RegExp(`(?:^|\\s)${escaped}:(\\d+),(\\d+)-(?:(\\d+),)?(\\d+): `, 'g');
  const matches = [...body.matchAll(marker)];
  if (matches.length === 0) {
    return [{ code: 'syntax', message: body.trim() || 'Invalid syntax.', range: lines.rangeOf(0, 0) }];
  }
  const clusters = new Map<number, number[]>();
  const clustersOf = (lineIndex: number) => {
    let starts = clusters.get(lineIndex);
    if (!starts) clusters.set(lineIndex, (starts = graphemeStarts(lines.lineText(lineIndex))));
    return starts;
  };
  return matches.map((match, index) => {
    const textStart = match.index! + match[0].length;
    const textEnd = index + 1 < matches.length ? matches[index + 1].index! : body.length;
    const [summary, ...detail] = body.slice(textStart, textEnd).trim().split('; ');
    const startLine = Number(match[1]);
    const endLine = match[3] ? Number(match[3]) : startLine;
    const start = hclPositionToOffset(lines, startLine, Number(match[2]), clustersOf);
    let end = hclPositionToOffset(lines, endLine, Number(match[4]), clustersOf);
    // A range running onto the next line is narrowed to the line where the problem starts.
    if (endLine > startLine) end = lines.lineEnd(startLine - 1);
    const range: Range = lines.rangeOf(start, Math.max(start, end));
    const text = detail.length ? `${summary}: ${detail.join('; ')}` : summary;
    return { code: 'syntax', message: text.replace(new RegExp(`${escaped}:(\\d+),(\\d+)-(?:\\d+,)?\\d+`, 'g'), 'line $1, column $2'), range };
  });
}

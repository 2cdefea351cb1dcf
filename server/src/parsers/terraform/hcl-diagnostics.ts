import type { LineIndex, Range } from '../../engine/text';
import type { FileProblem } from '../source';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * HCL counts columns in grapheme clusters (1-based); LSP counts UTF-16 code units. Converts a
 * 1-based HCL line and column to an offset into the text.
 */
export function hclPositionToOffset(lines: LineIndex, line: number, column: number): number {
  const lineIndex = Math.min(Math.max(line - 1, 0), lines.lineCount - 1);
  const lineText = lines.lineText(lineIndex);
  let utf16 = 0;
  let graphemes = 1;
  for (const { segment } of segmenter.segment(lineText)) {
    if (graphemes >= column) break;
    utf16 += segment.length;
    graphemes++;
  }
  if (graphemes < column) utf16 = lineText.length + (column > graphemes ? 1 : 0);
  return Math.min(lines.lineStarts[lineIndex] + utf16, lines.lineStarts[lineIndex] + lineText.length + 1, lines.text.length);
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
  return matches.map((match, index) => {
    const textStart = match.index! + match[0].length;
    const textEnd = index + 1 < matches.length ? matches[index + 1].index! : body.length;
    const [summary, ...detail] = body.slice(textStart, textEnd).trim().split('; ');
    const startLine = Number(match[1]);
    const endLine = match[3] ? Number(match[3]) : startLine;
    const start = hclPositionToOffset(lines, startLine, Number(match[2]));
    let end = hclPositionToOffset(lines, endLine, Number(match[4]));
    // A range running onto the next line is narrowed to the line where the problem starts.
    if (endLine > startLine) end = lines.lineEnd(startLine - 1);
    const range: Range = lines.rangeOf(start, Math.max(start, end));
    const text = detail.length ? `${summary}: ${detail.join('; ')}` : summary;
    return { code: 'syntax', message: text.replace(new RegExp(`${escaped}:(\\d+),(\\d+)-(?:\\d+,)?\\d+`, 'g'), 'line $1, column $2'), range };
  });
}

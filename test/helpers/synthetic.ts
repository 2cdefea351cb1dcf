import { LineIndex } from '../../server/src/engine/text';
import type { ParsedFile } from '../../server/src/parsers';
import type { Comment } from '../../server/src/parsers/source';
import { defineRule } from '../../server/src/engine/rule';

/**
 * A minimal parsed "dockerfile" whose comments are the `#` lines, for engine tests that must not
 * depend on a real parser. Syntax problems: a line reading `!!` is a syntax error.
 */
export function syntheticFile(text: string): ParsedFile {
  const lines = new LineIndex(text);
  const comments: Comment[] = [];
  const problems: ParsedFile['problems'][number][] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    const hash = content.indexOf('#');
    if (hash >= 0) comments.push({ text: content.slice(hash), range: { start: { line, character: hash }, end: { line, character: content.length } } });
    if (content.trim() === '!!') problems.push({ code: 'syntax', message: 'bang bang', range: { start: { line, character: 0 }, end: { line, character: 2 } } });
  }
  return { kind: 'dockerfile', path: 'Dockerfile', text, lines, comments, problems, suppressionScopes: [] } as unknown as ParsedFile;
}

/** Reports every occurrence of the word `bad`, with a fix that replaces it by `good`. */
export const wordRule = defineRule({
  id: 'DKR-900',
  title: 'No bad words',
  target: 'dockerfile',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.1'],
  docs: { rationale: 'A synthetic rule for engine tests.', remediation: 'Say good.' },
  messages: { bad: 'Found "{{word}}".' },
  examples: { bad: 'bad', good: 'good' },
  check({ file, report }) {
    for (let line = 0; line < file.lines.lineCount; line++) {
      for (const match of file.lines.lineText(line).matchAll(/\bbad\b/g)) {
        const at = { start: { line, character: match.index! }, end: { line, character: match.index! + 3 } };
        report({ at, messageId: 'bad', data: { word: 'bad' }, fix: { title: 'Say good', edits: [{ range: at, newText: 'good' }] } });
      }
    }
  },
});

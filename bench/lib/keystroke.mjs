// Where the benchmark types. A keystroke goes inside a value near the middle of the file, as a user
// editing a real file would, and keeps the file valid: typing at the end of a Dockerfile line that
// ends in "\" or after a Terraform string's closing quote would measure error recovery instead.

const patterns = {
  // Inside the first word of an instruction's arguments; FROM is left alone (it starts stages).
  dockerfile: [/^\s*RUN\s+([A-Za-z])/i, /^\s*(?:ENV|LABEL|ARG|COPY|ADD|CMD|ENTRYPOINT|WORKDIR|USER|EXPOSE)\s+([A-Za-z])/i],
  // Inside a plain scalar value (no quotes, block scalars, anchors or flow collections).
  kubernetes: [/^\s*(?:-\s+)?(?!apiVersion:|kind:)[A-Za-z_][\w.\-/]*:\s+([A-Za-z])/, /^\s*#\s*(\S)/],
  // Inside a quoted string that starts with a letter, so no interpolation is split.
  terraform: [/^\s*[\w-]+\s*=\s*"([A-Za-z])/, /^\s*#\s*(\S)/],
};

/** Line indexes from the middle of the file outwards. */
function* middleOut(count) {
  const middle = Math.floor(count / 2);
  for (let d = 0; d <= count; d++) {
    if (middle + d < count) yield middle + d;
    if (d > 0 && middle - d >= 0) yield middle - d;
  }
}

/**
 * The keystroke spot of a file: `{ line, character, offset }` (0-based; character in UTF-16
 * units, as LSP counts by default), just after the first character of the matched value.
 * Undefined when the file has no suitable line.
 */
export function findEditPoint(kind, text) {
  const lines = text.split('\n');
  for (const pattern of patterns[kind]) {
    for (const line of middleOut(lines.length)) {
      const match = pattern.exec(lines[line]);
      if (!match) continue;
      const character = match.index + match[0].length;
      let offset = 0;
      for (let i = 0; i < line; i++) offset += lines[i].length + 1;
      return { line, character, offset: offset + character };
    }
  }
  return undefined;
}

/**
 * The two texts a user alternates between (type "x", delete it) and the LSP changes leading
 * from one to the other.
 */
export function keystrokes(text, point) {
  const typed = `${text.slice(0, point.offset)}x${text.slice(point.offset)}`;
  const at = { line: point.line, character: point.character };
  return {
    original: text,
    typed,
    type: { range: { start: at, end: at }, text: 'x' },
    erase: { range: { start: at, end: { line: point.line, character: point.character + 1 } }, text: '' },
  };
}

/**
 * Decodes the escapes of an HCL quoted template literal: `\n \r \t \" \\ \uNNNN \UNNNNNNNN`,
 * and the template escapes `$${` and `%%{`. Returns undefined for an invalid escape so the
 * caller can treat the value as unknown rather than guess.
 */
export function unescapeHclString(raw: string): string | undefined {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') {
      const next = raw[i + 1];
      switch (next) {
        case 'n': out += '\n'; i++; continue;
        case 'r': out += '\r'; i++; continue;
        case 't': out += '\t'; i++; continue;
        case '"': out += '"'; i++; continue;
        case '\\': out += '\\'; i++; continue;
        case 'u':
        case 'U': {
          const length = next === 'u' ? 4 : 8;
          const hex = raw.slice(i + 2, i + 2 + length);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) return undefined;
          const codePoint = parseInt(hex, 16);
          if (codePoint > 0x10ffff) return undefined;
          out += String.fromCodePoint(codePoint);
          i += 1 + length;
          continue;
        }
        default:
          return undefined;
      }
    }
    if ((c === '$' || c === '%') && raw[i + 1] === c && raw[i + 2] === '{') {
      out += c + '{';
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

/** Removes the common leading whitespace of a `<<-` heredoc's lines, as Terraform does. */
export function dedentHeredoc(body: string): string {
  const lines = body.split('\n');
  let common = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    common = Math.min(common, /^[ \t]*/.exec(line)![0].length);
  }
  if (!Number.isFinite(common) || common === 0) return body;
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length))).join('\n');
}

/** A JSON value with the offsets of its source text. */
export type JsonNode =
  | { type: 'object'; start: number; end: number; entries: JsonEntry[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number; text: string }
  | { type: 'bool'; start: number; end: number; value: boolean }
  | { type: 'null'; start: number; end: number };

export interface JsonEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const maxDepth = 512;

/**
 * A small JSON reader that keeps offsets, which JSON.parse does not. Strict JSON (RFC 8259):
 * Terraform's JSON syntax allows nothing more.
 */
export function parseJsonWithOffsets(text: string): JsonNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, Math.min(i, text.length));
  };
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const describe = () => (i >= text.length ? 'end of file' : `"${text[i]}"`);

  const readString = (): { value: string; start: number; end: number } => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('Control character in string; escape it.');
      i++;
    }
    if (i >= text.length) {
      i = start;
      fail('Unterminated string.');
    }
    i++;
    try {
      return { value: JSON.parse(text.slice(start, i)) as string, start, end: i };
    } catch {
      i = start;
      return fail('Invalid escape sequence in string.');
    }
  };

  const readValue = (depth: number): JsonNode => {
    if (depth > maxDepth) fail('Nesting is too deep.');
    skipSpace();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: JsonEntry[] = [];
      skipSpace();
      if (text[i] === '}') {
        i++;
        return { type: 'object', start, end: i, entries };
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail(`Expected a property name in quotes, found ${describe()}.`);
        const key = readString();
        skipSpace();
        if (text[i] !== ':') fail(`Expected ":" after the property name, found ${describe()}.`);
        i++;
        const value = readValue(depth + 1);
        entries.push({ key: key.value, keyStart: key.start, keyEnd: key.end, value });
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { type: 'object', start, end: i, entries };
        }
        fail(`Expected "," or "}", found ${describe()}.`);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[i] === ']') {
        i++;
        return { type: 'array', start, end: i, items };
      }
      for (;;) {
        items.push(readValue(depth + 1));
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { type: 'array', start, end: i, items };
        }
        fail(`Expected "," or "]", found ${describe()}.`);
      }
    }
    if (c === '"') {
      const s = readString();
      return { type: 'string', start: s.start, end: s.end, value: s.value };
    }
    const word = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!word) return fail(`Unexpected ${describe()}.`);
    i += word[0].length;
    if (word[0] === 'true' || word[0] === 'false') return { type: 'bool', start, end: i, value: word[0] === 'true' };
    if (word[0] === 'null') return { type: 'null', start, end: i };
    return { type: 'number', start, end: i, value: Number(word[0]), text: word[0] };
  };

  const root = readValue(0);
  skipSpace();
  if (i < text.length) fail(`Unexpected ${describe()} after the end of the document.`);
  return root;
}

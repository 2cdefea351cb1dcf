import { MappedText, type Flag, type FlagOption, type Word } from './model';

const isBlank = (c: string) => c === ' ' || c === '\t';

/**
 * Removes quotes and resolves escapes the way the Dockerfile frontend does for instruction
 * arguments: outside quotes the escape character takes the next character literally; inside
 * double quotes it only escapes `"`, `$`, a backtick and itself; single quotes are literal.
 */
export function unquote(source: MappedText, escape: string): MappedText {
  const { text, offsets } = source;
  const chars: string[] = [];
  const map: number[] = [];
  const push = (i: number) => {
    chars.push(text[i]);
    map.push(offsets[i]);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if ((c === "'" || c === '"') && closingQuote(text, i, escape) < 0) {
      push(i++);
    } else if (c === "'") {
      i++;
      while (i < text.length && text[i] !== "'") push(i++);
      i++;
    } else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === escape && i + 1 < text.length && ['"', '$', '`', escape].includes(text[i + 1])) i++;
        push(i++);
      }
      i++;
    } else if (c === escape && i + 1 < text.length) {
      push(i + 1);
      i += 2;
    } else {
      push(i++);
    }
  }
  return new MappedText(chars.join(''), map, source.lineIndex);
}

/** Index of the quote that closes the one at `open`, or -1 when it is never closed (then it is literal). */
function closingQuote(text: string, open: number, escape: string): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === escape) i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

/** Splits a logical line into whitespace-separated words; quoted whitespace stays inside a word. */
export function splitWords(source: MappedText, escape: string, from = 0): Word[] {
  const { text } = source;
  const words: Word[] = [];
  let i = from;
  while (i < text.length) {
    while (i < text.length && isBlank(text[i])) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && !isBlank(text[i])) {
      const c = text[i];
      if ((c === '"' || c === "'") && closingQuote(text, i, escape) >= 0) {
        i = closingQuote(text, i, escape) + 1;
      } else if (c === escape) {
        i += 2;
      } else {
        i++;
      }
    }
    i = Math.min(i, text.length);
    words.push(makeWord(source, start, i, escape));
  }
  return words;
}

export function makeWord(source: MappedText, start: number, end: number, escape: string): Word {
  const raw = source.slice(start, end);
  const value = unquote(raw, escape);
  return { value: value.text, raw: raw.text, range: source.rangeOf(start, end), text: value, start, end };
}

/** Reads a `--name[=value]` word; undefined when the word is not a flag. */
export function parseFlag(word: Word, source: MappedText, escape: string): Flag | undefined {
  if (!word.raw.startsWith('--') || word.raw.length < 3) return undefined;
  const eq = word.raw.indexOf('=');
  const nameEnd = eq < 0 ? word.end : word.start + eq;
  const name = source.text.slice(word.start + 2, nameEnd);
  const nameRange = source.rangeOf(word.start, nameEnd);
  if (eq < 0) return { name, value: undefined, range: word.range, nameRange, valueRange: undefined, options: [], word };
  const rawValue = source.slice(nameEnd + 1, word.end);
  const valueText = unquote(rawValue, escape);
  const value = valueText.text;
  const options: FlagOption[] = [];
  if (value.includes('=')) {
    let partStart = 0;
    for (let i = 0; i <= value.length; i++) {
      if (i < value.length && value[i] !== ',') continue;
      if (i > partStart) {
        const part = value.slice(partStart, i);
        const optEq = part.indexOf('=');
        options.push({
          name: (optEq < 0 ? part : part.slice(0, optEq)).trim(),
          value: optEq < 0 ? undefined : part.slice(optEq + 1),
          range: valueText.rangeOf(partStart, i),
          valueRange: optEq < 0 ? undefined : valueText.rangeOf(partStart + optEq + 1, i),
        });
      }
      partStart = i + 1;
    }
  }
  return {
    name,
    value,
    range: word.range,
    nameRange,
    valueRange: source.rangeOf(nameEnd + 1, word.end),
    options,
    word,
  };
}

/**
 * Reads the JSON array of the exec form (`["a", "b"]`), giving each string with the range of its
 * content. Undefined when the text is not a JSON array of strings: the frontend then treats the
 * arguments as shell form.
 */
export function parseJsonArray(source: MappedText, from: number): Word[] | undefined {
  const { text } = source;
  let end = text.length;
  while (end > from && /\s/.test(text[end - 1])) end--;
  if (text[from] !== '[' || text[end - 1] !== ']') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(from, end));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || !parsed.every((s) => typeof s === 'string')) return undefined;
  const words: Word[] = [];
  let i = from + 1;
  while (i < end) {
    if (text[i] !== '"') {
      i++;
      continue;
    }
    const start = i;
    i++;
    const chars: string[] = [];
    const map: number[] = [];
    while (i < end && text[i] !== '"') {
      if (text[i] === '\\' && i + 1 < end) {
        const next = text[i + 1];
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
        if (next === 'u' && i + 5 < end) {
          chars.push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)));
          map.push(source.offsets[i]);
          i += 6;
          continue;
        }
        chars.push(simple[next] ?? next);
        map.push(source.offsets[i + 1]);
        i += 2;
        continue;
      }
      chars.push(text[i]);
      map.push(source.offsets[i]);
      i++;
    }
    i++;
    const value = new MappedText(chars.join(''), map, source.lineIndex);
    words.push({ value: value.text, raw: text.slice(start, i), range: source.rangeOf(start, i), text: value, start, end: i });
  }
  return words;
}

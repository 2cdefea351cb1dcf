/**
 * Cuts a YAML stream into slices that can be parsed one by one, so that an editor re-parses only
 * the document that changed. A slice ends where the next one's `---` line starts: a document marker
 * at column 0 (followed by a space, a tab, a line break or the end) ends whatever scalar or
 * collection is open, even a block scalar or a quoted string, so the parser is back at the stream
 * level there. The one construct that reads past a marker is a quoted scalar whose closing quote
 * the parser looks for in the rest of the stream: `following` tells a slice's parse what it would
 * find there.
 */

/** One slice of a YAML stream: the first one starts at 0, every other one with its `---` line. */
export interface YamlSlice {
  text: string;
  /** Offset of the slice in the whole text. */
  offset: number;
}

/** What the whole-file decisions of the parser and the linter need to know about a slice's text. */
export interface SliceFacts {
  /** Line breaks (`\n`, `\r\n`, a lone `\r`), as `LineIndex` counts them. */
  lineBreaks: number;
  /** Those of them that are CRLF, and lone CRs: what `LineIndex.eol` decides by. */
  crlfBreaks: number;
  crBreaks: number;
  /** A line starts with an `apiVersion:` key, and with a `kind:` key: the file-level manifest test. */
  apiVersionKey: boolean;
  kindKey: boolean;
  /** `{{`: a Helm template is judged on the whole file. */
  templateBraces: boolean;
  /** The slice holds a quote that ends a double-quoted (single-quoted) scalar opened before it. */
  closesDouble: boolean;
  closesSingle: boolean;
}

/** What follows a slice in the stream, as far as its parse can tell. */
export interface SliceFollowing {
  /** Quotes that would close a scalar left open at the end of the slice, somewhere after it. */
  closesDouble: boolean;
  closesSingle: boolean;
}

const apiVersionKey = /^[ \t]*(?:-[ \t]+)?apiVersion[ \t]*:/m;
const kindKey = /^[ \t]*(?:-[ \t]+)?kind[ \t]*:/m;

/** The test `looksLikeManifest` applies to a whole file, true when both hold somewhere in it. */
export function manifestKeys(text: string): { apiVersion: boolean; kind: boolean } {
  return { apiVersion: apiVersionKey.test(text), kind: kindKey.test(text) };
}

function isMarkerEnd(code: number): boolean {
  // End of text (NaN), space, tab, \n, \r: what the `yaml` lexer accepts after `---`.
  return Number.isNaN(code) || code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The slices of a YAML text, cut before every `---` document marker line. Undefined when the text
 * cannot be cut safely: a line starting with `%` may be a directive, which applies to the next
 * document and so crosses the cut.
 */
export function splitYamlDocuments(text: string): YamlSlice[] | undefined {
  // Cuts are made after `\n` only; a directive after a lone `\r` (a line break to the parser,
  // which reads `withLfBreaks`) sends the whole text to the parser.
  if (/^\uFEFF?%/.test(text) || /[\n\r]\uFEFF?%/.test(text)) return undefined;
  const starts = [0];
  for (let at = text.indexOf('\n---'); at >= 0; at = text.indexOf('\n---', at + 4)) {
    if (isMarkerEnd(text.charCodeAt(at + 4))) starts.push(at + 1);
  }
  const slices: YamlSlice[] = [];
  for (let i = 0; i < starts.length; i++) {
    const offset = starts[i];
    const slice = text.slice(offset, i + 1 < starts.length ? starts[i + 1] : text.length);
    if (slice.length > 0) slices.push({ text: slice, offset });
  }
  return slices;
}

function countLineBreaks(text: string): { lineBreaks: number; crlfBreaks: number; crBreaks: number } {
  let lineBreaks = 0;
  let crlfBreaks = 0;
  let crBreaks = 0;
  let cr = text.indexOf('\r');
  for (let lf = text.indexOf('\n'); ; lf = text.indexOf('\n', lf + 1)) {
    // Lone carriage returns before this line feed are line breaks too.
    const stop = lf < 0 ? text.length : lf;
    for (; cr >= 0 && cr < stop; cr = text.indexOf('\r', cr + 1)) {
      if (cr + 1 !== lf) {
        lineBreaks++;
        crBreaks++;
      }
    }
    if (lf < 0) break;
    lineBreaks++;
    if (text.charCodeAt(lf - 1) === 13) crlfBreaks++;
  }
  return { lineBreaks, crlfBreaks, crBreaks };
}

/** A `"` that the lexer takes as closing: preceded by an even number of backslashes. */
function hasClosingDoubleQuote(text: string): boolean {
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return true;
  }
  return false;
}

/** A `'` that the lexer takes as closing when it scans from the slice's start: `''` is an escaped quote. */
function hasClosingSingleQuote(text: string): boolean {
  let at = text.indexOf("'");
  while (at >= 0 && text.charCodeAt(at + 1) === 39) at = text.indexOf("'", at + 2);
  return at >= 0;
}

export function describeSlice(text: string): SliceFacts {
  const keys = manifestKeys(text);
  return {
    ...countLineBreaks(text),
    apiVersionKey: keys.apiVersion,
    kindKey: keys.kind,
    templateBraces: text.includes('{{'),
    closesDouble: hasClosingDoubleQuote(text),
    closesSingle: hasClosingSingleQuote(text),
  };
}

/**
 * Text to parse after a slice that is not the last one, in place of the rest of the stream: the
 * next slice's marker, then the quotes the rest holds. A quoted scalar left open in the slice
 * then ends at the marker exactly as in the whole stream, or runs past it as there.
 */
export function sliceLookahead(following: SliceFollowing): string {
  return `---\n${following.closesDouble ? '"' : ''}${following.closesSingle ? "'" : ''}`;
}

import { Composer, isAlias, isCollection, isMap, isPair, isScalar, Parser, type Node as YamlAstNode, type Scalar } from 'yaml';
import { LineIndex, changeWithinLines } from '../../engine/text';
import type { Comment } from '../source';
import { composerOptions, composeYaml, sliceModel, type ComposedYaml, type KubernetesSlice, type KubernetesSliceOptions } from './parse';

/**
 * Parses the successive versions of one YAML slice (see `parseKubernetesSlice`), reusing the
 * previous version's composition when an edit only changes the characters of one plain scalar
 * (a value or key typed on one line): the syntax tree keeps its shape, so the scalar takes its new
 * value and every offset after it moves, instead of the whole slice being read again. That keeps
 * a keystroke in a huge CRD to a few milliseconds. Gives what `parseKubernetesSlice` gives for
 * every text.
 */
export class KubernetesSliceParser {
  private last: ParsedText | undefined;

  parse(path: string, text: string, options: KubernetesSliceOptions): KubernetesSlice | undefined {
    const previous = this.last;
    this.last = undefined;
    const reused = previous && withPlainScalarEdit(previous, text);
    const lines = reused?.lines ?? new LineIndex(text);
    let composed = reused?.composed;
    const slice = sliceModel(path, text, lines, () => (composed ??= composeYaml(text, lines)), options);
    if (slice && composed) this.last = { text, lines, composed };
    return slice;
  }
}

/** A text with its line index and composition. */
export interface ParsedText {
  text: string;
  lines: LineIndex;
  composed: ComposedYaml;
}

/** Longest scalar worth patching (CRD descriptions run to a few thousand characters). */
const maxScalarLength = 10_000;
/** Longest implicit key the `yaml` library accepts is 1024 characters. */
const maxKeyLength = 1000;

/**
 * The line index and composition of `text` from those of a previous text, when they differ inside
 * one line of a plain scalar (which may be folded over several lines) that stays one; undefined
 * otherwise. Updates the previous composition in place, so it must not be used for the previous
 * text afterwards.
 */
export function withPlainScalarEdit(parsed: ParsedText, text: string): Pick<ParsedText, 'lines' | 'composed'> | undefined {
  const { text: previous, composed } = parsed;
  if (composed.errorBeforeFirstDocument || previous === text) return undefined;
  const delta = text.length - previous.length;
  // The edit neither adds nor removes a line break: lines keep their numbers.
  const change = changeWithinLines(previous, text);
  if (!change) return undefined;
  const { start: editStart, oldEnd: editEnd } = change;
  if (editEnd - editStart > maxKeyLength || editEnd - editStart + delta > maxKeyLength) return undefined;

  const document = composed.documents.find((doc) => doc.range[0] <= editStart && editEnd <= doc.range[2]);
  if (!document || document.errors.length > 0 || document.warnings.length > 0) return undefined;
  const found = scalarAt(document.contents, editStart, editEnd, false);
  if (!found) return undefined;
  const { scalar, inFlow, isKey } = found;
  const [start, end] = scalar.range!;
  const before = previous.slice(start, end);
  const after = text.slice(start, end + delta);
  if (scalar.type !== 'PLAIN' || scalar.anchor || scalar.tag || !staysPlainScalar(before, after, editStart - start, inFlow, isKey)) return undefined;
  const fresh = composedPlainScalar(after, isKey);
  if (!fresh) return undefined;
  const lines = parsed.lines.withEditInLine(text, editStart, delta);

  for (const doc of composed.documents) {
    if (doc.range[2] < end) continue;
    moveOffsets(doc.range, end, delta);
    for (const error of [...doc.errors, ...doc.warnings]) moveOffsets(error.pos, end, delta);
    moveNode(doc.contents, end, delta);
  }
  const kept = ['range', 'comment', 'commentBefore', 'spaceBefore'];
  const target = scalar as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) if (!kept.includes(key)) delete target[key];
  for (const [key, value] of Object.entries(fresh)) if (!kept.includes(key)) target[key] = value;

  // The edit stays on one line: only comments after it on that line move.
  const { line, character: editCharacter } = lines.positionAt(editStart);
  const comments = composed.comments.map((comment): Comment =>
    comment.range.start.line === line && comment.range.start.character > editCharacter
      ? {
          text: comment.text,
          range: {
            start: { line, character: comment.range.start.character + delta },
            end: { line, character: comment.range.end.character + delta },
          },
        }
      : comment,
  );
  return { lines, composed: { ...composed, comments } };
}

/** The scalar whose own text holds the edit, with where it stands. */
function scalarAt(node: unknown, editStart: number, editEnd: number, inFlow: boolean, isKey = false): { scalar: Scalar; inFlow: boolean; isKey: boolean } | undefined {
  if (isScalar(node)) {
    const [start, end] = node.range!;
    return start <= editStart && editEnd <= end ? { scalar: node, inFlow, isKey } : undefined;
  }
  if (!isCollection(node) || isAlias(node)) return undefined;
  const [start, , end] = node.range!;
  if (editEnd < start || editStart > end) return undefined;
  const flow = inFlow || Boolean(node.flow);
  for (const item of node.items as unknown[]) {
    if (isPair(item)) {
      const found = scalarAt(item.key, editStart, editEnd, flow, true) ?? scalarAt(item.value, editStart, editEnd, flow);
      if (found) return found;
    } else {
      const found = scalarAt(item, editStart, editEnd, flow);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * True when the lexer reads `after` where `before` stood as one plain scalar of the same extent,
 * `after` differing from `before` on one line from `edited` on: nothing that ends it (`: `, ` #`,
 * a flow indicator in flow context, a shorter indentation), starts something else (an indicator
 * or a document marker first) or changes the mapping (a merge key).
 */
function staysPlainScalar(before: string, after: string, edited: number, inFlow: boolean, isKey: boolean): boolean {
  // An empty scalar (an implicit null) has no text of its own: what is typed there may be anything.
  if (before.length === 0 || after.length === 0 || before === '<<' || after === '<<') return false;
  if (after.length > (isKey ? maxKeyLength : maxScalarLength) || (isKey && after.includes('\n'))) return false;
  if (/\t|\r(?!\n)|:(?=[ \r\n]|$)|[ \n]#/.test(after) || after !== after.trim()) return false;
  if (inFlow && /[,[\]{}]/.test(after)) return false;
  if (/(?:^|\n)(?:---|\.\.\.)(?:\s|$)/.test(after)) return false;
  const lineStart = before.lastIndexOf('\n', edited - 1) + 1;
  if (lineStart === 0) return edited > 0 || /^[A-Za-z0-9_]/.test(after);
  // On a continuation line, the indentation and the first character stay as they were.
  const contentStart = lineStart + /^ */.exec(before.slice(lineStart))![0].length;
  return edited > contentStart;
}

/** `source` composed alone as a plain scalar, as a key or a value; undefined if it is not one. */
function composedPlainScalar(source: string, isKey: boolean): Scalar | undefined {
  const text = isKey ? `${source}: 0` : source;
  const documents = Array.from(new Composer(composerOptions).compose(new Parser().parse(text), true, text.length));
  if (documents.length !== 1 || documents[0].errors.length > 0 || documents[0].warnings.length > 0) return undefined;
  const contents = documents[0].contents;
  const node = isKey ? (isMap(contents) && contents.items.length === 1 ? contents.items[0].key : undefined) : contents;
  if (!isScalar(node) || node.type !== 'PLAIN' || node.range?.[0] !== 0 || node.range[1] !== source.length) return undefined;
  return node;
}

/** Moves the offsets at or after `from` by `delta`. */
function moveOffsets(offsets: number[], from: number, delta: number): void {
  for (let i = 0; i < offsets.length; i++) if (offsets[i] >= from) offsets[i] += delta;
}

function moveNode(node: unknown, from: number, delta: number): void {
  if (!node || typeof node !== 'object') return;
  if (isPair(node)) {
    moveNode(node.key, from, delta);
    moveNode(node.value, from, delta);
    return;
  }
  const range = (node as YamlAstNode).range;
  // A node ends after everything it holds: nothing in it moves when it ends before the edit.
  if (!range || range[2] < from) return;
  moveOffsets(range, from, delta);
  if (isCollection(node)) for (const item of node.items as unknown[]) moveNode(item, from, delta);
}

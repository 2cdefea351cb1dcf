import { isAlias, isMap, isScalar, type Pair, type Node as YamlAstNode } from 'yaml';
import type { LineBreak, LineIndex, Range } from '../../engine/text';
import type { TextEdit } from '../../engine/types';
import type { Container, YamlInsertValue } from './model';
import type { YamlEntry, YamlNode } from './yaml-node';

/** Text edits on block-style YAML that keep the file's indentation and line breaks. */
export class YamlEditor {
  private unit: number | undefined;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly roots: () => readonly YamlNode[],
    /** The style of the whole file when `text` is one slice of it. */
    private readonly style?: EditStyle,
  ) {}

  insertEntry(map: YamlNode, key: string, value: YamlInsertValue): TextEdit | undefined {
    if (!isMap(map.node) || map.isFlow || map.aliased) return undefined;
    const pairs = map.node.items as Pair[];
    if (pairs.length === 0) return undefined;
    const firstKey = pairs[0].key as YamlAstNode | null;
    if (!firstKey?.range) return undefined;
    const column = this.lines.positionAt(firstKey.range[0]).character;
    // The key must start its line's content (after indentation or a `- `), or the indent is unknowable.
    const firstLine = this.lines.positionAt(firstKey.range[0]).line;
    if (!/^[ ]*(?:- +)*$/.test(this.lines.lineText(firstLine).slice(0, column))) return undefined;
    const indent = ' '.repeat(column);
    const eol = this.style?.eol ?? this.lines.eol;
    const body = this.render(key, value).map((line) => indent + line);

    const last = pairs[pairs.length - 1];
    const lastValue = last.value as YamlAstNode | null;
    const lastKey = last.key as YamlAstNode | null;
    if (lastValue && isScalar(lastValue) && (lastValue.type === 'BLOCK_LITERAL' || lastValue.type === 'BLOCK_FOLDED') && lastValue.range) {
      // Insert after a block scalar's trailing lines so that kept blank lines stay in the scalar.
      const offset = lastValue.range[1];
      const at = this.lines.positionAt(offset);
      if (offset === this.text.length && at.character > 0) return { range: { start: at, end: at }, newText: eol + body.join(eol) };
      if (at.character !== 0) return undefined;
      return { range: { start: at, end: at }, newText: body.join(eol) + eol };
    }
    const end = lastValue?.range ? contentEnd(this.text, lastValue) : lastKey?.range?.[1];
    if (end === undefined) return undefined;
    const line = this.lines.positionAt(end).line;
    const at = this.lines.positionAt(this.lines.lineEnd(line));
    return { range: { start: at, end: at }, newText: eol + body.join(eol) };
  }

  entryLineRange(entry: YamlEntry): Range | undefined {
    if (entry.merged || entry.parent.isFlow || entry.parent.aliased) return undefined;
    return this.wholeLines(entry.startOffset, entry.endOffset, /^[ ]*$/);
  }

  /** The lines of a block sequence item, from its `- ` to its end. */
  itemLineRange(item: YamlNode): Range | undefined {
    if (item.aliased) return undefined;
    return this.wholeLines(item.startOffset, item.contentEnd(), /^[ ]*- +$/);
  }

  /** The lines from `startOffset` to `endOffset` with the break after them, when nothing else is written on them. */
  private wholeLines(startOffset: number, endOffset: number, before: RegExp): Range | undefined {
    const start = this.lines.positionAt(startOffset);
    const end = this.lines.positionAt(endOffset);
    if (!before.test(this.lines.lineText(start.line).slice(0, start.character))) return undefined;
    const rest = this.lines.lineText(end.line).slice(end.character).trim();
    if (rest !== '' && !rest.startsWith('#')) return undefined;
    if (end.line + 1 < this.lines.lineCount) return { start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } };
    if (start.line === 0) return { start: { line: 0, character: 0 }, end: this.lines.positionAt(this.lines.lineEnd(end.line)) };
    // Last line without a line break: take the break before it instead.
    return {
      start: this.lines.positionAt(this.lines.lineEnd(start.line - 1)),
      end: this.lines.positionAt(this.lines.lineEnd(end.line)),
    };
  }

  setContainerSecurityField(container: Container, key: string, value: string): TextEdit | undefined {
    // A dotted key names a nested field: `capabilities.drop`.
    const path = key.split('.');
    const nested = (keys: readonly string[]): YamlInsertValue => (keys.length === 1 ? { [keys[0]]: value } : { [keys[0]]: nested(keys.slice(1)) });
    if (!container.securityContextEntry) return this.addEntry(container.node, 'securityContext', nested(path));
    let map = container.securityContext;
    for (let depth = 0; ; depth++) {
      if (!map || map.aliased) return undefined;
      const existing = map.entry(path[depth]);
      if (!existing) return this.addEntry(map, path[depth], depth === path.length - 1 ? value : nested(path.slice(depth + 1)));
      if (existing.merged || !existing.value || existing.value.aliased || isAlias(existing.value.node) || existing.value.isNull) return undefined;
      if (depth === path.length - 1) {
        // A block sequence would keep its items on the lines below a flow value.
        if (existing.value.isSeq && !existing.value.isFlow) return undefined;
        return { range: existing.value.range, newText: value };
      }
      map = existing.value.isMap ? existing.value : undefined;
    }
  }

  /** Adds an entry to a block mapping (see `insertEntry`) or to a flow mapping, in the mapping's own style. */
  private addEntry(map: YamlNode, key: string, value: YamlInsertValue): TextEdit | undefined {
    if (!map.isFlow) return this.insertEntry(map, key, value);
    if (!isMap(map.node) || map.aliased) return undefined;
    const end = contentEnd(this.text, map.node);
    if (this.text.charCodeAt(end - 1) !== 0x7d /* } */) return undefined;
    const entry = `${key}: ${flowText(value)}`;
    const pairs = map.node.items as Pair[];
    if (pairs.length === 0) {
      const at = this.lines.positionAt(end - 1);
      return { range: { start: at, end: at }, newText: entry };
    }
    const last = pairs[pairs.length - 1];
    const lastNode = (last.value ?? last.key) as YamlAstNode | null;
    if (!lastNode?.range) return undefined;
    const at = this.lines.positionAt(contentEnd(this.text, lastNode));
    return { range: { start: at, end: at }, newText: `, ${entry}` };
  }

  private render(key: string, value: YamlInsertValue): string[] {
    if (typeof value === 'string') return [`${key}: ${value}`];
    const pad = ' '.repeat(this.indentUnit());
    const out = [`${key}:`];
    for (const [childKey, childValue] of Object.entries(value)) {
      for (const line of this.render(childKey, childValue)) out.push(pad + line);
    }
    return out;
  }

  /** The file's indentation step, from the first nested block mapping; 2 when none is found. */
  private indentUnit(): number {
    this.unit ??= this.style?.indentUnit ?? indentStepOf(this.roots()) ?? 2;
    return this.unit;
  }
}

/** Line break and indentation step that edits are written with. */
export interface EditStyle {
  eol: LineBreak;
  indentUnit: number;
}

/** The indentation step of the first nested block mapping under `roots` (object roots in file order), if any. */
export function indentStepOf(roots: readonly YamlNode[]): number | undefined {
  for (const root of roots) {
    // An aliased root is written at its anchor: looked at there, or not a block to learn from.
    if (root.aliased) continue;
    for (const entry of root.entries()) {
      const child = entry.value;
      if (!child?.isMap || child.isFlow || child.aliased) continue;
      const first = child.entries()[0];
      if (!first || first.merged) continue;
      const step = first.keyRange.start.character - entry.keyRange.start.character;
      if (first.keyRange.start.line > entry.keyRange.start.line && step > 0 && step <= 8) return step;
    }
  }
  return undefined;
}

function flowText(value: YamlInsertValue): string {
  if (typeof value === 'string') return value;
  return `{${Object.entries(value)
    .map(([key, child]) => `${key}: ${flowText(child)}`)
    .join(', ')}}`;
}

function contentEnd(text: string, node: YamlAstNode): number {
  const [start, end] = node.range!;
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13) e--;
    else break;
  }
  return e;
}

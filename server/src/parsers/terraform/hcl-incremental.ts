import type { Edit, Node } from 'web-tree-sitter';
import type { LineIndex } from '../../engine/text';
import type { Comment } from '../source';
import type { TfAttribute, TfBlock } from './model';
import { makeBlock, type BlockParts } from './block';
import { HclModelBuilder } from './hcl-model';
import { appendAll } from '../../engine/arrays';

/** What one top-level node of an error-free file was read as, and where it was. */
interface TopLevelItem {
  /** The tree-sitter node type: `block`, `attribute` or `comment`. */
  type: string;
  start: number;
  end: number;
  startLine: number;
  item: TfBlock | TfAttribute | undefined;
  /** The comments inside it (a comment: itself). */
  comments: Comment[];
}

/** The model of an error-free file by top-level item, kept so that the next version can reuse it. */
export interface HclSnapshot {
  lines: LineIndex;
  items: TopLevelItem[];
}

export interface HclContent {
  blocks: TfBlock[];
  attributes: TfAttribute[];
  comments: Comment[];
  snapshot: HclSnapshot;
}

/**
 * Reads the model of an error-free HCL tree one top-level item at a time. With the previous
 * version's snapshot and the edit between the versions, items the edit did not touch are taken
 * over instead of being read again from the tree, which is what a keystroke costs most: a block
 * before the edit as it was, a block after it with its lines moved. Gives exactly what
 * `HclModelBuilder.build` gives for the same tree; returns undefined for a tree with errors or
 * an unexpected shape, which the caller reads in full.
 */
export function readTopLevel(
  text: string,
  lines: LineIndex,
  root: Node,
  previous?: { snapshot: HclSnapshot; edit: Edit },
): HclContent | undefined {
  if (root.hasError) return undefined;
  const builder = new HclModelBuilder(text, lines);
  const reuse = previous ? reuser(previous.snapshot, previous.edit, lines) : undefined;
  const items: TopLevelItem[] = [];
  const read = (node: Node): boolean => {
    if (node.type !== 'block' && node.type !== 'attribute' && node.type !== 'comment') return false;
    const start = node.startIndex;
    const end = node.endIndex;
    const kept = reuse?.(node.type, start, end);
    if (kept) {
      items.push(kept);
    } else if (node.type === 'comment') {
      items.push({ type: node.type, start, end, startLine: lines.positionAt(start).line, item: undefined, comments: [builder.comment(node)] });
    } else {
      const comments = node.descendantsOfType('comment').flatMap((c) => (c ? [builder.comment(c)] : []));
      items.push({ type: node.type, start, end, startLine: lines.positionAt(start).line, item: builder.topLevel(node), comments });
    }
    return true;
  };
  for (const child of root.namedChildren) {
    if (!child) continue;
    if (child.type === 'body') {
      for (const node of child.namedChildren) if (node && !read(node)) return undefined;
    } else if (child.type !== 'comment' || !read(child)) {
      return undefined;
    }
  }
  const blocks: TfBlock[] = [];
  const attributes: TfAttribute[] = [];
  const comments: Comment[] = [];
  for (const { type, item, comments: inside } of items) {
    if (type === 'block' && item) blocks.push(item as TfBlock);
    else if (type === 'attribute' && item) attributes.push(item as TfAttribute);
    appendAll(comments, inside);
  }
  comments.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { blocks, attributes, comments, snapshot: { lines, items } };
}

/**
 * Finds the previous version's item for a node of the new tree, when the edit cannot have
 * changed it: it ends before the edit starts (same offsets, same positions), or it starts on a
 * line after the edit ends (offsets moved by the edit's length, lines by its line count).
 */
function reuser(snapshot: HclSnapshot, edit: Edit, lines: LineIndex) {
  const byStart = new Map(snapshot.items.map((item) => [item.start, item]));
  const delta = edit.newEndIndex - edit.oldEndIndex;
  const oldEndLine = snapshot.lines.positionAt(edit.oldEndIndex).line;
  const lineDelta = lines.positionAt(edit.newEndIndex).line - oldEndLine;
  return (type: string, start: number, end: number): TopLevelItem | undefined => {
    if (end <= edit.startIndex) {
      const old = byStart.get(start);
      return old && old.end === end && old.type === type ? old : undefined;
    }
    if (start < edit.newEndIndex) return undefined;
    const old = byStart.get(start - delta);
    if (!old || old.end !== end - delta || old.type !== type || old.startLine <= oldEndLine) return undefined;
    if (lineDelta === 0) return { ...old, start, end };
    return {
      type,
      start,
      end,
      startLine: old.startLine + lineDelta,
      item: old.item && shifted(old.item, lineDelta),
      comments: old.comments.map((comment) => shifted(comment, lineDelta)),
    };
  };
}

/** A deep copy of model data with every position moved by `lines` lines; blocks get their query methods anew. */
function shifted<T>(value: T, lines: number): T {
  if (Array.isArray(value)) return value.map((v: unknown) => shifted(v, lines)) as T;
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  if (typeof source.line === 'number' && typeof source.character === 'number') {
    return { line: source.line + lines, character: source.character } as T;
  }
  const copy: Record<string, unknown> = {};
  let hasMethods = false;
  for (const key of Object.keys(source)) {
    const field = source[key];
    if (typeof field === 'function') hasMethods = true;
    else copy[key] = shifted(field, lines);
  }
  // Only blocks have methods, and they close over their parts: make them anew over the copy.
  return (hasMethods ? makeBlock(copy as unknown as BlockParts) : copy) as T;
}

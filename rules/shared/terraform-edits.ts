import type { Fix, Position, Range, TerraformFile, TfAttribute, TfBlock, TfTuple, TfValue } from '../api';

/** A value a rule may write: the same text serves the native syntax and JSON. */
export type TfLiteral = string | number | boolean;

/** Renders a literal; `${` and `%{` are escaped so that a string never turns into a template. */
export function renderLiteral(value: TfLiteral): string {
  if (typeof value !== 'string') return String(value);
  return JSON.stringify(value).replace(/([$%])\{/g, '$1$1{');
}

const point = (at: Position): Range => ({ start: at, end: at });

/** Replaces a value as written (quotes included) with a literal. */
export function replaceValue(value: TfValue, newValue: TfLiteral, title: string): Fix {
  return { title, edits: [{ range: value.range, newText: renderLiteral(newValue) }] };
}

/**
 * Adds `name = value` at the end of a block body, indented two spaces more than the block. In a
 * `*.tf.json` file it adds `"name": value` after the last member. Undefined when the block has
 * no closing brace yet (a half-typed file).
 */
export function insertAttribute(file: TerraformFile, block: TfBlock, name: string, value: TfLiteral, title: string): Fix | undefined {
  return insertAttributes(file, block, [[name, value]], title);
}

/** Adds several `name = value` lines (JSON members) at the end of a block body, in order. */
export function insertAttributes(file: TerraformFile, block: TfBlock, attributes: readonly (readonly [string, TfLiteral])[], title: string): Fix | undefined {
  if (file.json) return insertJsonMembers(file, block, attributes.map(([k, v]) => `${JSON.stringify(k)}: ${renderLiteral(v)}`), title);
  return insertHclLines(file, block, attributes.map(([k, v]) => `${k} = ${renderLiteral(v)}`), title);
}

/** Adds a nested block with literal attributes at the end of a block body. */
export function insertBlock(
  file: TerraformFile,
  block: TfBlock,
  type: string,
  attributes: readonly (readonly [string, TfLiteral])[],
  title: string,
): Fix | undefined {
  if (file.json) {
    const members = attributes.map(([k, v]) => `${JSON.stringify(k)}: ${renderLiteral(v)}`).join(', ');
    return insertJsonMembers(file, block, [`${JSON.stringify(type)}: ${members ? `{ ${members} }` : '{}'}`], title);
  }
  const body = attributes.map(([k, v]) => `  ${k} = ${renderLiteral(v)}`);
  return insertHclLines(file, block, [`${type} {`, ...body, '}'], title);
}

/**
 * Removes an attribute. When it is alone on its line the whole line goes, line break included;
 * in JSON the member goes with the comma that separates it from its neighbour.
 */
export function removeAttribute(file: TerraformFile, attribute: TfAttribute, title: string): Fix {
  const { lines, text } = file;
  const start = lines.offsetAt(attribute.range.start);
  const end = lines.offsetAt(attribute.range.end);
  if (file.json) {
    let before = start;
    while (before > 0 && /\s/.test(text[before - 1])) before--;
    if (text[before - 1] === ',') return { title, edits: [{ range: lines.rangeOf(before - 1, end), newText: '' }] };
    let after = end;
    while (after < text.length && /\s/.test(text[after])) after++;
    if (text[after] === ',') {
      after++;
      while (after < text.length && /\s/.test(text[after])) after++;
    }
    return { title, edits: [{ range: lines.rangeOf(start, after), newText: '' }] };
  }
  const line = attribute.range.start.line;
  const lineStart = lines.lineStarts[line];
  const ownLine =
    /^[ \t]*$/.test(text.slice(lineStart, start)) &&
    attribute.range.end.line === attribute.range.start.line &&
    /^[ \t]*((#|\/\/).*)?$/.test(text.slice(end, lines.lineEnd(line)));
  if (ownLine) {
    const next = line + 1 < lines.lineCount ? lines.lineStarts[line + 1] : text.length;
    return { title, edits: [{ range: lines.rangeOf(lineStart, next), newText: '' }] };
  }
  return { title, edits: [{ range: attribute.range, newText: '' }] };
}

/**
 * Removes one item of a literal list with the separator next to it, so that the rest of the list
 * keeps its layout: `["a", "b"]` becomes `["b"]` or `["a"]`.
 */
export function removeListItem(list: TfTuple, index: number, title: string): Fix {
  const items = list.items;
  const item = items[index];
  let range: Range;
  if (index + 1 < items.length) range = { start: item.range.start, end: items[index + 1].range.start };
  else if (index > 0) range = { start: items[index - 1].range.end, end: item.range.end };
  else range = item.range;
  return { title, edits: [{ range, newText: '' }] };
}

function insertHclLines(file: TerraformFile, block: TfBlock, body: readonly string[], title: string): Fix | undefined {
  const close = block.closeBrace;
  if (!close) return undefined;
  const { lines } = file;
  const eol = lines.eol;
  const indent = lines.indentOf(block.typeRange.start.line);
  const rendered = body.map((line) => `${indent}  ${line}`).join(eol);
  const open = block.openBrace;
  if (close.start.line === open.start.line) {
    // A one-line block holds at most one argument: give it a body of its own.
    const content = lines.text.slice(lines.offsetAt(open.end), lines.offsetAt(close.start)).trim();
    const kept = content ? `${indent}  ${content}${eol}` : '';
    return { title, edits: [{ range: { start: open.end, end: close.start }, newText: `${eol}${kept}${rendered}${eol}${indent}` }] };
  }
  const beforeBrace = lines.lineText(close.start.line).slice(0, close.start.character);
  if (/^[ \t]*$/.test(beforeBrace)) {
    return { title, edits: [{ range: point({ line: close.start.line, character: 0 }), newText: rendered + eol }] };
  }
  return { title, edits: [{ range: point(close.start), newText: `${eol}${rendered}${eol}${indent}` }] };
}

function insertJsonMembers(file: TerraformFile, block: TfBlock, members: readonly string[], title: string): Fix | undefined {
  const { lines } = file;
  const eol = lines.eol;
  const last = block.attributes[block.attributes.length - 1];
  if (last) {
    const line = last.range.start.line;
    const separator = line === block.openBrace.start.line ? ' ' : eol + lines.indentOf(line);
    return { title, edits: [{ range: point(last.range.end), newText: `,${separator}${members.join(`,${separator}`)}` }] };
  }
  const close = block.closeBrace;
  if (!close) return undefined;
  if (lines.text.slice(lines.offsetAt(block.openBrace.end), lines.offsetAt(close.start)).trim()) {
    // Only `"//"` comment members: keep them after the new members.
    return { title, edits: [{ range: point(block.openBrace.end), newText: ` ${members.join(', ')},` }] };
  }
  if (close.start.line === block.openBrace.start.line) {
    return { title, edits: [{ range: { start: block.openBrace.end, end: close.start }, newText: ` ${members.join(', ')} ` }] };
  }
  const indent = lines.indentOf(close.start.line);
  const body = members.map((member) => `${indent}  ${member}`).join(`,${eol}`);
  return { title, edits: [{ range: { start: block.openBrace.end, end: close.start }, newText: `${eol}${body}${eol}${indent}` }] };
}

import type { Node } from 'web-tree-sitter';
import type { LineIndex, Range } from '../../engine/text';
import type { Comment, FileProblem } from '../source';
import type { TfAttribute, TfBlock, TfLabel, TfObjectEntry, TfValue } from './model';
import { makeBlock } from './block';
import { dedentHeredoc, unescapeHclString } from './strings';
import { HclExpressionBuilder, maxExpressionParts, referencesOf } from './hcl-expression';

/** Nesting deeper than this is kept as expression text: no real configuration nests so deep. */
const maxDepth = 128;

/** Converts a tree-sitter HCL tree into the Terraform model. */
export class HclModelBuilder {
  readonly comments: Comment[] = [];
  readonly problems: FileProblem[] = [];
  private readonly expressions: HclExpressionBuilder;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {
    this.expressions = new HclExpressionBuilder(text, lines);
  }

  build(root: Node): { blocks: TfBlock[]; attributes: TfAttribute[] } {
    for (const comment of root.descendantsOfType('comment')) {
      if (comment) this.comments.push(this.comment(comment));
    }
    if (root.hasError) this.collectProblems(root);
    const body = root.namedChildren.find((c) => c?.type === 'body');
    const top = { attributes: [] as TfAttribute[], blocks: [] as TfBlock[] };
    if (body) this.readBody(body, top, 0);
    // Error recovery may leave attributes and blocks directly under the root or an ERROR node.
    for (const child of root.namedChildren) {
      if (child && child.type === 'ERROR') this.readBody(child, top, 0);
    }
    return top;
  }

  /** One item of the top-level body: a block or an attribute (undefined when unreadable). */
  topLevel(node: Node): TfBlock | TfAttribute | undefined {
    if (node.type === 'block') return this.block(node, 0);
    if (node.type === 'attribute') return this.attribute(node, 0);
    return undefined;
  }

  /** A comment node as the model keeps it. */
  comment(node: Node): Comment {
    return { text: node.text, range: this.range(node) };
  }

  private range(node: Node): Range {
    return this.lines.rangeOf(node.startIndex, node.endIndex);
  }

  private readBody(node: Node, into: { attributes: TfAttribute[]; blocks: TfBlock[] }, depth: number): void {
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'attribute') {
        const attribute = this.attribute(child, depth);
        if (attribute) into.attributes.push(attribute);
      } else if (child.type === 'block') {
        const block = this.block(child, depth);
        if (block) into.blocks.push(block);
      } else if (child.type === 'ERROR' || child.type === 'body') {
        this.readBody(child, into, depth);
      }
    }
  }

  private attribute(node: Node, depth: number): TfAttribute | undefined {
    const name = node.namedChildren.find((c) => c?.type === 'identifier');
    const expression = node.namedChildren.find((c) => c?.type === 'expression');
    if (!name || name.isMissing) return undefined;
    const value: TfValue = expression && !expression.isMissing
      ? this.value(expression, depth + 1)
      : { kind: 'expression', text: '', references: [], range: this.lines.rangeOf(node.endIndex, node.endIndex) };
    return { name: name.text, nameRange: this.range(name), value, range: this.range(node) };
  }

  private block(node: Node, depth: number): TfBlock | undefined {
    const children = node.children.filter((c): c is Node => c !== null);
    const typeNode = children[0];
    if (!typeNode || typeNode.type !== 'identifier') return undefined;
    const labels: TfLabel[] = [];
    let openBrace: Node | undefined;
    let closeBrace: Node | undefined;
    let body: Node | undefined;
    for (const child of children.slice(1)) {
      if (child.type === 'block_start') openBrace = child;
      else if (child.type === 'block_end') closeBrace = child;
      else if (child.type === 'body') body = child;
      else if (!openBrace && child.type === 'identifier') labels.push({ value: child.text, range: this.range(child) });
      else if (!openBrace && child.type === 'string_lit') {
        const literal = child.namedChildren.filter((c) => c?.type === 'template_literal').map((c) => c!.text).join('');
        labels.push({ value: unescapeHclString(literal) ?? literal, range: this.range(child) });
      }
    }
    const content = { attributes: [] as TfAttribute[], blocks: [] as TfBlock[] };
    if (body && depth < maxDepth) this.readBody(body, content, depth + 1);
    const headerEnd = openBrace ? openBrace.startIndex : (labels.length ? node.children[labels.length]!.endIndex : typeNode.endIndex);
    const closed = closeBrace && !closeBrace.isMissing && !closeBrace.hasError && closeBrace.endIndex > closeBrace.startIndex;
    return makeBlock({
      type: typeNode.text,
      typeRange: this.range(typeNode),
      labels,
      range: this.range(node),
      headerRange: this.lines.rangeOf(typeNode.startIndex, trimEnd(this.text, typeNode.startIndex, headerEnd)),
      openBrace: openBrace ? this.range(openBrace) : this.lines.rangeOf(headerEnd, headerEnd),
      closeBrace: closed ? this.range(closeBrace!) : undefined,
      attributes: content.attributes,
      blocks: content.blocks,
    });
  }

  private value(expression: Node, depth: number): TfValue {
    const range = this.range(expression);
    const opaque = (): TfValue => {
      const expr = this.expressions.build(expression, depth);
      return { kind: 'expression', text: expression.text, references: referencesOf(expr), range, expr };
    };
    if (depth > maxDepth || expression.childCount > maxExpressionParts) return opaque();
    const parts = expression.children.filter((c): c is Node => c !== null && c.type !== 'comment');
    if (parts.length === 3 && parts[0].type === '(' && parts[1].type === 'expression' && parts[2].type === ')') {
      const inner = this.value(parts[1], depth + 1);
      return inner.kind === 'expression' ? opaque() : { ...inner, range };
    }
    if (parts.length !== 1) return opaque();
    const node = parts[0];
    switch (node.type) {
      case 'literal_value':
        return this.literal(node.namedChildren[0] ?? node, range) ?? opaque();
      case 'template_expr': {
        const template = node.namedChildren[0];
        if (template?.type === 'quoted_template') return this.quotedString(template, range) ?? opaque();
        if (template?.type === 'heredoc_template') return this.heredoc(template, range) ?? opaque();
        return opaque();
      }
      case 'collection_value': {
        const collection = node.namedChildren[0];
        if (collection?.type === 'tuple') {
          const items = collection.namedChildren
            .filter((c): c is Node => c?.type === 'expression')
            .map((item) => this.value(item, depth + 1));
          return { kind: 'tuple', items, range };
        }
        if (collection?.type === 'object') {
          return { kind: 'object', entries: this.objectEntries(collection, depth), range };
        }
        return opaque();
      }
      case 'operation': {
        const unary = node.namedChildren[0];
        if (unary?.type === 'unary_operation' && unary.child(0)?.type === '-') {
          const operand = unary.namedChildren.find((c) => c?.type === 'literal_value')?.namedChildren[0];
          if (operand?.type === 'numeric_lit') {
            const number = Number(operand.text);
            if (Number.isFinite(number)) return { kind: 'number', value: -number, text: unary.text, range };
          }
        }
        return opaque();
      }
      default:
        return opaque();
    }
  }

  private literal(node: Node, range: Range): TfValue | undefined {
    switch (node.type) {
      case 'numeric_lit': {
        const value = Number(node.text);
        return Number.isFinite(value) ? { kind: 'number', value, text: node.text, range } : undefined;
      }
      case 'bool_lit':
        return { kind: 'bool', value: node.text === 'true', range };
      case 'null_lit':
        return { kind: 'null', range };
      case 'string_lit':
        return this.quotedString(node, range);
      default:
        return undefined;
    }
  }

  /** A quoted string without interpolation or directives; undefined when it is a template. */
  private quotedString(node: Node, range: Range): TfValue | undefined {
    let raw = '';
    for (const child of node.children) {
      if (!child) continue;
      if (child.type === 'template_literal') raw += child.text;
      else if (child.type !== 'quoted_template_start' && child.type !== 'quoted_template_end') return undefined;
    }
    const value = unescapeHclString(raw);
    if (value === undefined) return undefined;
    const start = node.startIndex + 1;
    const end = Math.max(start, node.endIndex - 1);
    return { kind: 'string', value, contentRange: this.lines.rangeOf(start, end), heredoc: false, range };
  }

  private heredoc(node: Node, range: Range): TfValue | undefined {
    const children = node.children.filter((c): c is Node => c !== null);
    if (children.some((c) => c.type === 'template_interpolation' || c.type === 'template_directive')) return undefined;
    const identifiers = children.filter((c) => c.type === 'heredoc_identifier');
    if (identifiers.length < 2) return undefined;
    const opener = identifiers[0];
    const closer = identifiers[identifiers.length - 1];
    const bodyStart = this.text.indexOf('\n', opener.endIndex) + 1;
    const closerLine = this.lines.positionAt(closer.startIndex).line;
    const bodyEnd = this.lines.lineStarts[closerLine];
    if (bodyStart <= 0 || bodyEnd < bodyStart) return undefined;
    let value = this.text.slice(bodyStart, bodyEnd).replace(/\r\n?/g, '\n');
    if (children[0]?.text.startsWith('<<-')) value = dedentHeredoc(value);
    value = value.replace(/([$%])\1\{/g, '$1{');
    return { kind: 'string', value, contentRange: this.lines.rangeOf(bodyStart, bodyEnd), heredoc: true, range };
  }

  private objectEntries(object: Node, depth: number): TfObjectEntry[] {
    const entries: TfObjectEntry[] = [];
    for (const element of object.namedChildren) {
      if (element?.type !== 'object_elem') continue;
      const [keyNode, valueNode] = element.namedChildren.filter((c): c is Node => c?.type === 'expression');
      if (!keyNode || !valueNode) continue;
      entries.push({
        key: this.objectKey(keyNode),
        keyRange: this.range(keyNode),
        value: this.value(valueNode, depth + 1),
        range: this.range(element),
      });
    }
    return entries;
  }

  private objectKey(node: Node): string | undefined {
    const parts = node.namedChildren.filter((c): c is Node => c !== null);
    if (parts.length !== 1) return undefined;
    if (parts[0].type === 'variable_expr') return parts[0].text;
    const key = this.value(node, maxDepth);
    return key.kind === 'string' ? key.value : undefined;
  }

  private collectProblems(node: Node): void {
    if (this.problems.length >= 20) return;
    if (node.isMissing) {
      const at = this.lines.rangeOf(node.startIndex, node.startIndex);
      this.problems.push({ code: 'syntax', message: `Missing ${describeMissing(node.type)}.`, range: at });
      return;
    }
    if (node.type === 'ERROR') {
      const first = firstLeaf(node);
      const end = Math.min(node.endIndex, lineEndOffset(this.text, node.startIndex));
      const token = (first?.text ?? '').split(/\r?\n/)[0].slice(0, 40);
      this.problems.push({
        code: 'syntax',
        message: token ? `Unexpected "${token}".` : 'Invalid syntax.',
        range: this.lines.rangeOf(node.startIndex, Math.max(end, node.startIndex + 1)),
      });
      return;
    }
    for (const child of node.children) {
      if (child && (child.hasError || child.isMissing)) this.collectProblems(child);
    }
  }
}

function describeMissing(type: string): string {
  if (type === '}' || type === 'block_end') return 'closing brace "}"';
  if (type === ']' || type === 'tuple_end') return 'closing bracket "]"';
  if (type === 'quoted_template_end') return 'closing quote';
  if (type === 'identifier' || type === 'expression') return 'value';
  return `"${type}"`;
}

function firstLeaf(node: Node): Node | undefined {
  let current: Node | null = node;
  while (current && current.childCount > 0) current = current.child(0);
  return current ?? undefined;
}

function lineEndOffset(text: string, from: number): number {
  const newline = text.slice(from).search(/\r|\n/);
  return newline === -1 ? text.length : from + newline;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

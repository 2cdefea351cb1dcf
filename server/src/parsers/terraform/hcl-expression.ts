import type { Node } from 'web-tree-sitter';
import type { LineIndex } from '../../engine/text';
import type { TfExpr, TfStep } from './model';
import { unescapeHclString } from './strings';

/** Deeper nesting is kept opaque: real configuration never comes close. */
const maxDepth = 96;

const postfixTypes = new Set(['get_attr', 'index', 'splat']);

/**
 * Expressions with more parts (a term and its attribute, index and splat steps) are kept opaque
 * without reading them: each part read costs a JavaScript object, and a 10 MB line of `x.x.x…`
 * has five million of them, more than the heap holds.
 */
export const maxExpressionParts = 10_000;

/** Builds the expression tree of a tree-sitter HCL expression. */
export class HclExpressionBuilder {
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  build(node: Node, depth = 0): TfExpr {
    if (depth > maxDepth || node.childCount > maxExpressionParts) return this.opaque(node);
    if (node.type === 'expression') return this.sequence(this.children(node), node, depth);
    return this.sequence([node], node, depth);
  }

  private children(node: Node): Node[] {
    return node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
  }

  private range(node: Node) {
    return this.lines.rangeOf(node.startIndex, node.endIndex);
  }

  private span(first: Node, last: Node) {
    return this.lines.rangeOf(first.startIndex, last.endIndex);
  }

  private opaque(node: Node): TfExpr {
    return { type: 'opaque', text: node.text, range: this.range(node) };
  }

  /** A primary term followed by attribute, index and splat steps; or a parenthesised expression. */
  private sequence(nodes: Node[], whole: Node, depth: number): TfExpr {
    if (nodes.length === 0) return this.opaque(whole);
    let index = 0;
    let target: TfExpr;
    if (nodes[0].type === '(') {
      const close = nodes.findIndex((n) => n.type === ')');
      const inner = nodes.find((n, i) => i > 0 && (close < 0 || i < close) && n.isNamed);
      target = inner ? this.build(inner, depth + 1) : this.opaque(whole);
      index = close < 0 ? nodes.length : close + 1;
      if (index < nodes.length) target = { ...target, range: this.span(nodes[0], nodes[close]) };
    } else {
      target = this.primary(nodes[0], depth);
      index = 1;
    }
    const steps: TfStep[] = [];
    for (; index < nodes.length; index++) {
      const step = this.step(nodes[index], depth);
      if (!step) return this.opaque(whole);
      steps.push(step);
    }
    if (steps.length === 0) return target;
    const range = this.span(nodes[0], nodes[nodes.length - 1]);
    if (target.type === 'traversal') return { ...target, steps: [...target.steps, ...steps], range };
    return { type: 'postfix', target, steps, range };
  }

  private step(node: Node, depth: number): TfStep | undefined {
    if (!postfixTypes.has(node.type)) return undefined;
    if (node.type === 'get_attr') {
      const name = node.namedChildren.find((c) => c?.type === 'identifier');
      return name ? { kind: 'attribute', name: name.text, range: this.range(node) } : undefined;
    }
    if (node.type === 'index') {
      const inner = node.namedChildren[0];
      if (inner?.type === 'legacy_index') {
        const digits = inner.text.replace(/^\./, '');
        return { kind: 'index', key: { type: 'literal', value: Number(digits), range: this.range(inner) }, range: this.range(node) };
      }
      const key = inner?.namedChildren.find((c) => c?.type === 'expression');
      return key ? { kind: 'index', key: this.build(key, depth + 1), range: this.range(node) } : undefined;
    }
    const splat = node.namedChildren[0];
    const rest: TfStep[] = [];
    for (const child of splat?.namedChildren ?? []) {
      const step = child ? this.step(child, depth) : undefined;
      if (!step) return undefined;
      rest.push(step);
    }
    return { kind: 'splat', steps: rest, range: this.range(node) };
  }

  private primary(node: Node, depth: number): TfExpr {
    switch (node.type) {
      case 'expression':
        return this.build(node, depth + 1);
      case 'literal_value':
        return this.literal(node.namedChildren[0] ?? node);
      case 'variable_expr':
        return { type: 'traversal', root: node.text, steps: [], range: this.range(node) };
      case 'template_expr': {
        const template = node.namedChildren[0];
        if (template?.type === 'quoted_template') return this.quotedTemplate(template, depth);
        if (template?.type === 'heredoc_template') return this.heredocTemplate(template, depth);
        return this.opaque(node);
      }
      case 'collection_value':
        return this.collection(node.namedChildren[0] ?? node, depth);
      case 'function_call':
        return this.call(node, depth);
      case 'conditional': {
        const [condition, then, otherwise] = node.namedChildren.filter((c): c is Node => c?.type === 'expression');
        if (!condition || !then || !otherwise) return this.opaque(node);
        return {
          type: 'conditional',
          condition: this.build(condition, depth + 1),
          then: this.build(then, depth + 1),
          otherwise: this.build(otherwise, depth + 1),
          range: this.range(node),
        };
      }
      case 'operation':
        return this.operation(node.namedChildren[0] ?? node, depth);
      case 'for_expr':
        return this.forExpression(node.namedChildren[0] ?? node, depth);
      default:
        return this.opaque(node);
    }
  }

  private literal(node: Node): TfExpr {
    const range = this.range(node);
    switch (node.type) {
      case 'numeric_lit':
        return Number.isFinite(Number(node.text)) ? { type: 'literal', value: Number(node.text), range } : this.opaque(node);
      case 'bool_lit':
        return { type: 'literal', value: node.text === 'true', range };
      case 'null_lit':
        return { type: 'literal', value: null, range };
      case 'string_lit':
        return this.quotedTemplate(node, 0);
      default:
        return this.opaque(node);
    }
  }

  private quotedTemplate(node: Node, depth: number): TfExpr {
    const parts: (string | TfExpr)[] = [];
    for (const child of this.children(node)) {
      if (child.type === 'quoted_template_start' || child.type === 'quoted_template_end') continue;
      if (child.type === 'template_literal') {
        const value = unescapeHclString(child.text);
        if (value === undefined) return this.opaque(node);
        parts.push(value);
      } else if (child.type === 'template_interpolation') {
        const inner = child.namedChildren.find((c) => c?.type === 'expression');
        parts.push(inner ? this.build(inner, depth + 1) : this.opaque(child));
      } else {
        parts.push(this.opaque(child));
      }
    }
    return this.template(parts, this.range(node));
  }

  /** Heredoc literal text is taken from the source between interpolations, line breaks included. */
  private heredocTemplate(node: Node, depth: number): TfExpr {
    const children = this.children(node);
    const identifiers = children.filter((c) => c.type === 'heredoc_identifier');
    if (identifiers.length < 2) return this.opaque(node);
    const bodyStart = this.text.indexOf('\n', identifiers[0].endIndex) + 1;
    const closer = identifiers[identifiers.length - 1];
    const bodyEnd = this.lines.lineStarts[this.lines.positionAt(closer.startIndex).line];
    if (bodyStart <= 0 || bodyEnd < bodyStart) return this.opaque(node);
    const parts: (string | TfExpr)[] = [];
    let cursor = bodyStart;
    for (const child of children) {
      if (child.type !== 'template_interpolation' && child.type !== 'template_directive') continue;
      if (child.startIndex > cursor) parts.push(this.text.slice(cursor, child.startIndex).replace(/\r\n?/g, '\n'));
      const inner = child.type === 'template_interpolation' ? child.namedChildren.find((c) => c?.type === 'expression') : undefined;
      parts.push(inner ? this.build(inner, depth + 1) : this.opaque(child));
      cursor = child.endIndex;
    }
    if (bodyEnd > cursor) parts.push(this.text.slice(cursor, bodyEnd).replace(/\r\n?/g, '\n'));
    return this.template(
      parts.map((p) => (typeof p === 'string' ? p.replace(/([$%])\1\{/g, '$1{') : p)),
      this.range(node),
    );
  }

  private template(parts: (string | TfExpr)[], range: TfExpr['range']): TfExpr {
    if (parts.every((p) => typeof p === 'string')) return { type: 'literal', value: parts.join(''), range };
    // "${x}" alone keeps the type of x, as in Terraform.
    if (parts.length === 1) return { ...(parts[0] as TfExpr), range };
    return { type: 'template', parts, range };
  }

  private collection(node: Node, depth: number): TfExpr {
    if (node.type === 'tuple') {
      const items = node.namedChildren.filter((c): c is Node => c?.type === 'expression').map((c) => this.build(c, depth + 1));
      return { type: 'tuple', items, range: this.range(node) };
    }
    if (node.type === 'object') {
      const entries = node.namedChildren
        .filter((c): c is Node => c?.type === 'object_elem')
        .flatMap((element) => {
          const [key, value] = element.namedChildren.filter((c): c is Node => c?.type === 'expression');
          if (!key || !value) return [];
          // A bare name as key is a string, not a variable reference.
          const bare = key.namedChildren.length === 1 && key.namedChildren[0]?.type === 'variable_expr';
          const keyExpr: TfExpr = bare ? { type: 'literal', value: key.text, range: this.range(key) } : this.build(key, depth + 1);
          return [{ key: keyExpr, value: this.build(value, depth + 1), range: this.range(element) }];
        });
      return { type: 'object', entries, range: this.range(node) };
    }
    return this.opaque(node);
  }

  private call(node: Node, depth: number): TfExpr {
    const name = node.namedChildren.find((c) => c?.type === 'identifier');
    const args = node.namedChildren.find((c) => c?.type === 'function_arguments');
    if (!name) return this.opaque(node);
    const argNodes = args ? this.children(args).filter((c) => c.type === 'expression') : [];
    return {
      type: 'call',
      name: name.text,
      args: argNodes.map((a) => this.build(a, depth + 1)),
      expandLast: Boolean(args && this.children(args).some((c) => c.type === 'ellipsis')),
      range: this.range(node),
    };
  }

  private operation(node: Node, depth: number): TfExpr {
    const children = this.children(node);
    if (node.type === 'unary_operation') {
      const operator = children[0]?.type;
      if (operator !== '-' && operator !== '!') return this.opaque(node);
      return { type: 'unary', operator, operand: this.sequence(children.slice(1), node, depth + 1), range: this.range(node) };
    }
    if (node.type === 'binary_operation') {
      const at = children.findIndex((c, i) => i > 0 && !c.isNamed && c.type !== '(' && c.type !== ')');
      if (at <= 0) return this.opaque(node);
      return {
        type: 'binary',
        operator: children[at].type,
        left: this.sequence(children.slice(0, at), node, depth + 1),
        right: this.sequence(children.slice(at + 1), node, depth + 1),
        range: this.range(node),
      };
    }
    return this.opaque(node);
  }

  private forExpression(node: Node, depth: number): TfExpr {
    const intro = node.namedChildren.find((c) => c?.type === 'for_intro');
    if (!intro) return this.opaque(node);
    const names = intro.namedChildren.filter((c): c is Node => c?.type === 'identifier').map((c) => c.text);
    const collection = intro.namedChildren.find((c) => c?.type === 'expression');
    const results = node.namedChildren.filter((c): c is Node => c?.type === 'expression');
    const condition = node.namedChildren.find((c) => c?.type === 'for_cond')?.namedChildren.find((c) => c?.type === 'expression');
    if (!collection || names.length === 0 || results.length === 0) return this.opaque(node);
    const isObject = node.type === 'for_object_expr';
    return {
      type: 'for',
      keyVariable: names.length > 1 ? names[0] : undefined,
      valueVariable: names[names.length - 1],
      collection: this.build(collection, depth + 1),
      keyResult: isObject ? this.build(results[0], depth + 1) : undefined,
      valueResult: this.build(results[isObject ? 1 : 0] ?? results[0], depth + 1),
      condition: condition ? this.build(condition, depth + 1) : undefined,
      grouping: isObject && this.children(node).some((c) => c.type === 'ellipsis'),
      range: this.range(node),
    };
  }
}

/**
 * The traversals an expression mentions, as a root name and the attribute accesses after it:
 * `var.x`, `local.y.z`, `aws_vpc.main.id` (from `aws_vpc.main.id[0]`). Names bound by `for`
 * expressions are included; callers look for the roots they know.
 */
export function referencesOf(expr: TfExpr): string[] {
  const found = new Set<string>();
  const visitSteps = (steps: TfStep[]) => {
    for (const step of steps) {
      if (step.kind === 'index') visit(step.key);
      else if (step.kind === 'splat') visitSteps(step.steps);
    }
  };
  const visit = (node: TfExpr): void => {
    switch (node.type) {
      case 'traversal': {
        let text = node.root;
        for (const step of node.steps) {
          if (step.kind !== 'attribute') break;
          text += `.${step.name}`;
        }
        found.add(text);
        visitSteps(node.steps);
        return;
      }
      case 'postfix':
        visit(node.target);
        visitSteps(node.steps);
        return;
      case 'template':
        for (const part of node.parts) if (typeof part !== 'string') visit(part);
        return;
      case 'call':
        node.args.forEach(visit);
        return;
      case 'conditional':
        visit(node.condition);
        visit(node.then);
        visit(node.otherwise);
        return;
      case 'binary':
        visit(node.left);
        visit(node.right);
        return;
      case 'unary':
        visit(node.operand);
        return;
      case 'tuple':
        node.items.forEach(visit);
        return;
      case 'object':
        for (const entry of node.entries) {
          visit(entry.key);
          visit(entry.value);
        }
        return;
      case 'for':
        visit(node.collection);
        if (node.keyResult) visit(node.keyResult);
        visit(node.valueResult);
        if (node.condition) visit(node.condition);
        return;
      default:
        return;
    }
  };
  visit(expr);
  return [...found];
}

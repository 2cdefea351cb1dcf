import { rangeContains, type LineIndex, type Range } from '../text';
import type { TerraformFile, TfExpr, TfValue } from '../../parsers/terraform/model';
import { parseJsonWithOffsets, JsonSyntaxError, type JsonNode } from '../../parsers/terraform/json-syntax';
import { evaluateExpression, type EvalScope } from './evaluate';
import type { BlockView } from './module';
import { asString, type Origin, type TfEvalValue } from './value';

/** One known value of a policy element and the place of the linted file to report it at. */
export interface PolicyValue {
  text: string;
  /**
   * The narrowest range of the linted file that produced the value: the HCL literal or JSON
   * token when it is written there, else the expression (`var.policy`, `file("p.json")`).
   */
  range: Range;
  /** The evaluated value; its origin names the variable default, tfvars entry or local it came from. */
  value: TfEvalValue;
}

/** An element that holds strings: `Action`, `Resource`, ... (a single string counts as a list of one). */
export interface PolicyElement {
  values: PolicyValue[];
  /** True when part of the element is not known before apply: `values` are then not all of them. */
  unknown: boolean;
  /** The element's value as written. */
  range: Range;
}

/** Principals of one type: `AWS`, `Service`, `Federated`, `CanonicalUser`, or `*` for `"Principal": "*"`. */
export interface PolicyPrincipal extends PolicyElement {
  type: string;
}

/** A condition: operator (`StringEquals`), context key (`aws:SourceAccount`) and values. */
export interface PolicyCondition extends PolicyElement {
  test: string;
  variable: string;
}

/** A statement of an IAM policy, whatever syntax it was written in. */
export interface PolicyStatement {
  /** The statement as written (object, JSON object or `statement {}` block). */
  range: Range;
  /** `Allow` or `Deny` as written; undefined when absent (a policy document data source then allows). */
  effect: PolicyValue | undefined;
  /** Whether the statement allows: true, false, or undefined when the effect is not known. */
  allows: boolean | undefined;
  action?: PolicyElement;
  notAction?: PolicyElement;
  resource?: PolicyElement;
  notResource?: PolicyElement;
  /** Principals by type; `unknown` is set on the list when some could not be read. */
  principal?: { entries: PolicyPrincipal[]; unknown: boolean; range: Range };
  notPrincipal?: { entries: PolicyPrincipal[]; unknown: boolean; range: Range };
  condition?: { entries: PolicyCondition[]; unknown: boolean; range: Range };
}

export interface PolicyDocument {
  statements: PolicyStatement[];
  /** True when some statements could not be read (not known before apply, or malformed). */
  incomplete: boolean;
  /** Where the document is written: the attribute value or the data source block. */
  range: Range;
}

/**
 * A node of a policy being read: its evaluated value and where it is written. HCL and JSON
 * documents are read through the same interface.
 */
interface Node {
  value: TfEvalValue;
  range: Range;
  member(name: string): Node | undefined;
  items(): Node[] | undefined;
  /** Member names of an object; undefined when the node is not an object. */
  keys(): string[] | undefined;
}

type Syntax = TfValue | TfExpr;
const isValue = (syntax: Syntax): syntax is TfValue => 'kind' in syntax;
const unknownValue: TfEvalValue = { kind: 'unknown' };

function objectKey(key: TfExpr): string | undefined {
  if (key.type === 'literal' && typeof key.value === 'string') return key.value;
  if (key.type === 'traversal' && key.steps.length === 0) return key.root;
  return undefined;
}

function syntaxChild(syntax: Syntax, key: string | number): Syntax | undefined {
  if (isValue(syntax)) {
    if (syntax.kind === 'tuple' && typeof key === 'number') return syntax.items[key];
    if (syntax.kind === 'object' && typeof key === 'string') return syntax.entries.find((e) => e.key === key)?.value;
    if (syntax.kind === 'expression' && syntax.expr) return syntaxChild(syntax.expr, key);
    return undefined;
  }
  if (syntax.type === 'tuple' && typeof key === 'number') return syntax.items[key];
  if (syntax.type === 'object' && typeof key === 'string') return syntax.entries.find((e) => objectKey(e.key) === key)?.value;
  return undefined;
}

function tupleLength(syntax: Syntax): number | undefined {
  if (isValue(syntax)) {
    if (syntax.kind === 'tuple') return syntax.items.length;
    return syntax.kind === 'expression' && syntax.expr ? tupleLength(syntax.expr) : undefined;
  }
  return syntax.type === 'tuple' ? syntax.items.length : undefined;
}

/** A node of an HCL value: ranges come from the syntax as far as it is written out, values from evaluation. */
function hclNode(value: TfEvalValue, syntax: Syntax, path: string): Node {
  const origin = value.origin;
  const range = origin && origin.path === path && rangeContains(syntax.range, origin.range) ? origin.range : syntax.range;
  return {
    value,
    range,
    member(name) {
      if (value.kind !== 'object') return undefined;
      const child = value.entries.get(name);
      return child && hclNode(child, syntaxChild(syntax, name) ?? syntax, path);
    },
    items() {
      if (value.kind !== 'list') return undefined;
      const exact = tupleLength(syntax) === value.items.length;
      return value.items.map((item, i) => hclNode(item, (exact && syntaxChild(syntax, i)) || syntax, path));
    },
    keys: () => (value.kind === 'object' ? [...value.entries.keys()] : undefined),
  };
}

/** Stands for an interpolation whose value is not known, inside JSON composed from a template. */
const hole = '\uE000';

/** A JSON node; `place` maps offsets of the JSON text to ranges of the linted file. */
function jsonNode(node: JsonNode, place: (start: number, end: number) => Range, origin: Origin | undefined, path: string): Node {
  const range = place(node.start, node.end);
  const at = (r: Range): Origin => origin ?? { path, range: r };
  const value = ((): TfEvalValue => {
    switch (node.type) {
      case 'string':
        return node.value.includes(hole) ? { kind: 'unknown', origin: at(range) } : { kind: 'string', value: node.value, origin: at(range) };
      case 'number':
        return { kind: 'number', value: node.value, origin: at(range) };
      case 'bool':
        return { kind: 'bool', value: node.value, origin: at(range) };
      case 'null':
        return { kind: 'null', origin: at(range) };
      // Containers are walked through member(), items() and keys().
      case 'array':
      case 'object':
        return { kind: 'unknown', origin: at(range) };
    }
  })();
  return {
    value,
    range,
    member(name) {
      if (node.type !== 'object') return undefined;
      const entry = [...node.entries].reverse().find((e) => e.key === name);
      return entry && jsonNode(entry.value, place, origin, path);
    },
    items() {
      return node.type === 'array' ? node.items.map((item) => jsonNode(item, place, origin, path)) : undefined;
    },
    keys: () => (node.type === 'object' ? [...new Set(node.entries.map((e) => e.key))] : undefined),
  };
}

/**
 * Maps offsets of a string value onto the source text it was written as, character by
 * character: escapes, CRLF line breaks, heredoc indentation and `$${` are skipped over.
 * `starts[i]`/`ends[i]` are the source offsets of the value's character i.
 */
class SourceMap {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  text = '';

  constructor(
    private readonly source: string,
    private cursor: number,
    /** Quoted strings have backslash escapes; heredocs do not. */
    private readonly escapes: boolean,
  ) {}

  /** Adds literal text written at the cursor; false when the source does not match it. */
  literal(part: string): boolean {
    for (let k = 0; k < part.length; k++) {
      const c = part[k];
      for (;;) {
        if (this.cursor >= this.source.length) return false;
        const s = this.source[this.cursor];
        if (s === '\\' && this.escapes) {
          const next = this.source[this.cursor + 1];
          const length = next === 'u' ? 6 : next === 'U' ? 10 : 2;
          this.push(c, this.cursor, this.cursor + length);
          this.cursor += length;
          break;
        }
        // A heredoc's lone CR line break is an LF of its value.
        const loneCr = c === '\n' && s === '\r' && !this.escapes && this.source[this.cursor + 1] !== '\n';
        if (s === c || loneCr) {
          this.push(c, this.cursor, this.cursor + 1);
          this.cursor++;
          break;
        }
        const doubled = (s === '$' || s === '%') && this.source[this.cursor + 1] === s && this.source[this.cursor + 2] === '{';
        // A heredoc's value has LF line breaks and, for `<<-`, its indentation removed.
        const layout = !this.escapes && (s === '\r' || s === ' ' || s === '\t');
        if (!doubled && !layout) return false;
        this.cursor++;
      }
    }
    return true;
  }

  /** Adds the text of an interpolation; every character maps to the whole interpolated expression. */
  interpolation(text: string, start: number, end: number): void {
    for (const c of text) this.push(c, start, end);
    // Past the closing brace (and a `~` strip marker) of `${ ... }`.
    let i = end;
    while (i < this.source.length && this.source[i] !== '}') i++;
    this.cursor = i + 1;
  }

  private push(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.text += text;
  }
}

/** Where the characters of a quoted string or heredoc begin: after the quote, or on the line after the marker. */
function contentStart(text: string, lines: LineIndex, offset: number): number {
  if (text[offset] === '"') return offset + 1;
  return lines.lineStarts[lines.positionAt(offset).line + 1] ?? text.length;
}

/**
 * The JSON text of a string written in the linted file and the map from its offsets to the
 * file: exact for a literal string or heredoc, and for a template whose unknown
 * interpolations become holes. Undefined when it cannot be mapped.
 */
function writtenJson(syntax: Syntax, file: TerraformFile, scope: EvalScope): SourceMap | undefined {
  const { text, lines } = file;
  if (isValue(syntax) && syntax.kind === 'string') {
    const start = lines.offsetAt(syntax.contentRange.start);
    const map = new SourceMap(text, start, !syntax.heredoc);
    return map.literal(syntax.value) ? map : undefined;
  }
  const expr = isValue(syntax) ? (syntax.kind === 'expression' ? syntax.expr : undefined) : syntax;
  if (expr?.type !== 'template' || file.json) return undefined;
  const open = lines.offsetAt(expr.range.start);
  const map = new SourceMap(text, contentStart(text, lines, open), text[open] === '"');
  for (const part of expr.parts) {
    if (typeof part === 'string') {
      if (!map.literal(part)) return undefined;
      continue;
    }
    const known = asString(evaluateExpression(part, scope));
    map.interpolation(known ?? hole, lines.offsetAt(part.range.start), lines.offsetAt(part.range.end));
  }
  return map;
}

/** The root node of a policy written as an attribute value (or nested-block attribute). */
function documentNode(syntax: Syntax, view: BlockView): Node | undefined {
  const { file, scope } = view;
  const path = file.path;
  const expr = isValue(syntax) ? (syntax.kind === 'expression' ? syntax.expr : undefined) : syntax;
  // jsonencode({...}): read the HCL object itself, so that every element keeps its own range and
  // one unknown value does not hide the rest of the document.
  if (expr?.type === 'call' && expr.name === 'jsonencode' && expr.args.length === 1 && !expr.expandLast) {
    return hclNode(evaluateExpression(expr.args[0], scope), expr.args[0], path);
  }
  const written = writtenJson(syntax, file, scope);
  if (written) {
    try {
      const json = parseJsonWithOffsets(written.text);
      const place = (start: number, end: number) =>
        file.lines.rangeOf(written.starts[start] ?? 0, written.ends[Math.max(start, end - 1)] ?? written.starts[start] ?? 0);
      return jsonNode(json, place, undefined, path);
    } catch (error) {
      if (error instanceof JsonSyntaxError) return undefined;
      throw error;
    }
  }
  // Any other known string (a variable, a local, file()): the values are reported at the expression.
  const value = isValue(syntax) ? tryEvaluateValue(syntax, scope) : evaluateExpression(syntax, scope);
  if (value.kind !== 'string') return undefined;
  try {
    const json = parseJsonWithOffsets(value.value);
    return jsonNode(json, () => syntax.range, value.origin, path);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return undefined;
    throw error;
  }
}

function tryEvaluateValue(syntax: TfValue, scope: EvalScope): TfEvalValue {
  if (syntax.kind === 'expression') return syntax.expr ? evaluateExpression(syntax.expr, scope) : unknownValue;
  if (syntax.kind === 'string') return { kind: 'string', value: syntax.value, origin: { path: scope.path, range: syntax.range } };
  return unknownValue;
}

/** A string or a list of strings. */
function stringsOf(node: Node | undefined): PolicyElement | undefined {
  if (!node) return undefined;
  const element: PolicyElement = { values: [], unknown: false, range: node.range };
  for (const item of node.items() ?? [node]) {
    const text = item.value.kind === 'string' ? item.value.value : undefined;
    if (text === undefined) element.unknown = true;
    else element.values.push({ text, range: item.range, value: item.value });
  }
  return element;
}

function principalsOf(node: Node | undefined): PolicyStatement['principal'] {
  if (!node) return undefined;
  if (node.value.kind === 'string') {
    return { entries: [{ type: '*', ...stringsOf(node)! }], unknown: false, range: node.range };
  }
  if (!isObjectNode(node)) return { entries: [], unknown: true, range: node.range };
  const entries: PolicyPrincipal[] = [];
  for (const type of keysOf(node)) entries.push({ type, ...stringsOf(node.member(type))! });
  return { entries, unknown: entries.some((e) => e.unknown), range: node.range };
}

function conditionsOf(node: Node | undefined): PolicyStatement['condition'] {
  if (!node) return undefined;
  if (!isObjectNode(node)) return { entries: [], unknown: true, range: node.range };
  const entries: PolicyCondition[] = [];
  let unknown = false;
  for (const test of keysOf(node)) {
    const operator = node.member(test);
    if (!operator || !isObjectNode(operator)) {
      unknown = true;
      continue;
    }
    for (const variable of keysOf(operator)) {
      const values = operator.member(variable);
      if (values) entries.push({ test, variable, ...stringsOf(values)! });
    }
  }
  return { entries, unknown: unknown || entries.some((e) => e.unknown), range: node.range };
}

function keysOf(node: Node): string[] {
  return node.keys() ?? [];
}

function statementOf(node: Node): PolicyStatement {
  const effectNode = node.member('Effect');
  const effectText = effectNode?.value.kind === 'string' ? effectNode.value.value : undefined;
  return {
    range: node.range,
    effect: effectNode && effectText !== undefined ? { text: effectText, range: effectNode.range, value: effectNode.value } : undefined,
    allows: effectText === 'Allow' ? true : effectText === 'Deny' ? false : undefined,
    action: stringsOf(node.member('Action')),
    notAction: stringsOf(node.member('NotAction')),
    resource: stringsOf(node.member('Resource')),
    notResource: stringsOf(node.member('NotResource')),
    principal: principalsOf(node.member('Principal')),
    notPrincipal: principalsOf(node.member('NotPrincipal')),
    condition: conditionsOf(node.member('Condition')),
  };
}

function documentOf(root: Node, range: Range): PolicyDocument {
  const statement = root.member('Statement');
  if (!statement) return { statements: [], incomplete: root.value.kind !== 'object', range };
  const items = statement.items();
  const nodes = items ?? (isObjectNode(statement) ? [statement] : []);
  const statements = nodes.filter(isObjectNode).map(statementOf);
  return { statements, incomplete: nodes.length !== statements.length || (!items && !isObjectNode(statement)), range };
}

function isObjectNode(node: Node): boolean {
  return node.keys() !== undefined;
}

/**
 * The policy document held by an attribute (`policy` of `aws_iam_policy`, ...): `jsonencode({...})`,
 * a heredoc or string of JSON (with each element at its JSON token), or any expression whose value
 * is known (a variable, a local, `file()` inside the module: elements at the expression).
 * Undefined when the attribute is absent or its value is not known before apply (a
 * `data.aws_iam_policy_document` reference: that data source is read where it is written).
 */
export function policyOfAttribute(view: BlockView, name: string): PolicyDocument | undefined {
  const attribute = view.attribute(name);
  if (!attribute) return undefined;
  const root = documentNode(attribute.value, view);
  return root && isObjectNode(root) ? documentOf(root, attribute.value.range) : undefined;
}

/** The statements of a `data "aws_iam_policy_document"` block (`dynamic "statement"` blocks included). */
export function policyOfDataSource(view: BlockView): PolicyDocument {
  const path = view.file.path;
  const field = (block: BlockView, attribute: string): Node | undefined => {
    const syntax = block.attribute(attribute);
    const value = block.value(attribute);
    return syntax && value && value.kind !== 'null' ? hclNode(value, syntax.value, path) : undefined;
  };
  const principals = (statement: BlockView, type: string): PolicyStatement['principal'] => {
    const blocks = statement.blocks(type);
    if (blocks.length === 0 && !statement.hasUnknownBlocks(type)) return undefined;
    const entries = blocks.map((block): PolicyPrincipal => {
      const kind = block.value('type');
      const identifiers = stringsOf(field(block, 'identifiers')) ?? { values: [], unknown: true, range: block.block.range };
      return { type: kind?.kind === 'string' ? kind.value : '', ...identifiers, unknown: identifiers.unknown || kind?.kind !== 'string' };
    });
    return { entries, unknown: statement.hasUnknownBlocks(type) || entries.some((e) => e.unknown), range: blocks[0]?.block.range ?? statement.block.range };
  };
  const statements = view.blocks('statement').map((statement): PolicyStatement => {
    const effectNode = field(statement, 'effect');
    const effectText = effectNode ? (effectNode.value.kind === 'string' ? effectNode.value.value : undefined) : 'Allow';
    const conditions = statement.blocks('condition');
    const entries = conditions.map((block): PolicyCondition => {
      const values = stringsOf(field(block, 'values')) ?? { values: [], unknown: true, range: block.block.range };
      const test = asString(block.value('test'));
      const variable = asString(block.value('variable'));
      return { test: test ?? '', variable: variable ?? '', ...values, unknown: values.unknown || test === undefined || variable === undefined };
    });
    return {
      range: statement.block.range,
      effect: effectNode && effectText !== undefined ? { text: effectText, range: effectNode.range, value: effectNode.value } : undefined,
      allows: effectText === 'Allow' ? true : effectText === 'Deny' ? false : undefined,
      action: stringsOf(field(statement, 'actions')),
      notAction: stringsOf(field(statement, 'not_actions')),
      resource: stringsOf(field(statement, 'resources')),
      notResource: stringsOf(field(statement, 'not_resources')),
      principal: principals(statement, 'principals'),
      notPrincipal: principals(statement, 'not_principals'),
      condition:
        conditions.length || statement.hasUnknownBlocks('condition')
          ? { entries, unknown: statement.hasUnknownBlocks('condition') || entries.some((e) => e.unknown), range: conditions[0]?.block.range ?? statement.block.range }
          : undefined,
    };
  });
  return { statements, incomplete: view.hasUnknownBlocks('statement'), range: view.block.range };
}

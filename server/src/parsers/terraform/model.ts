import type { Range } from '../../engine/text';
import type { SourceFile } from '../source';

/**
 * A Terraform value as written. Literals carry their value; anything that needs evaluation
 * (references, function calls, templates with interpolation, conditionals, for expressions)
 * is an `expression` with its source text and the references it mentions.
 */
export type TfValue = TfString | TfNumber | TfBool | TfNull | TfTuple | TfObject | TfExpression;

interface TfValueBase {
  /** The whole value, quotes and brackets included. */
  range: Range;
}

export interface TfString extends TfValueBase {
  kind: 'string';
  value: string;
  /** Range of the characters between the quotes (or of a heredoc's body). */
  contentRange: Range;
  heredoc: boolean;
}

export interface TfNumber extends TfValueBase {
  kind: 'number';
  value: number;
  text: string;
}

export interface TfBool extends TfValueBase {
  kind: 'bool';
  value: boolean;
}

export interface TfNull extends TfValueBase {
  kind: 'null';
}

export interface TfTuple extends TfValueBase {
  kind: 'tuple';
  items: TfValue[];
}

export interface TfObjectEntry {
  /** The key when it is a literal name or string; undefined for a computed key. */
  key: string | undefined;
  keyRange: Range;
  value: TfValue;
  range: Range;
}

export interface TfObject extends TfValueBase {
  kind: 'object';
  entries: TfObjectEntry[];
}

export interface TfExpression extends TfValueBase {
  kind: 'expression';
  text: string;
  /** Traversals the expression mentions, e.g. `var.cidr`, `local.ports`, `aws_vpc.main.id`. */
  references: string[];
  /** The syntax tree, for evaluation; absent where the syntax has none (JSON files). */
  expr?: TfExpr;
}

/**
 * The syntax of an HCL expression, as far as evaluation needs it. Every node has the range of
 * its source text. Syntax the evaluator does not model (template directives) is `opaque`.
 */
export type TfExpr =
  | { type: 'literal'; value: string | number | boolean | null; range: Range }
  | { type: 'template'; parts: (string | TfExpr)[]; range: Range }
  | { type: 'traversal'; root: string; steps: TfStep[]; range: Range }
  | { type: 'postfix'; target: TfExpr; steps: TfStep[]; range: Range }
  | { type: 'call'; name: string; args: TfExpr[]; expandLast: boolean; range: Range }
  | { type: 'conditional'; condition: TfExpr; then: TfExpr; otherwise: TfExpr; range: Range }
  | { type: 'binary'; operator: string; left: TfExpr; right: TfExpr; range: Range }
  | { type: 'unary'; operator: '-' | '!'; operand: TfExpr; range: Range }
  | { type: 'tuple'; items: TfExpr[]; range: Range }
  | { type: 'object'; entries: { key: TfExpr; value: TfExpr; range: Range }[]; range: Range }
  | {
      type: 'for';
      keyVariable: string | undefined;
      valueVariable: string;
      collection: TfExpr;
      keyResult: TfExpr | undefined;
      valueResult: TfExpr;
      condition: TfExpr | undefined;
      grouping: boolean;
      range: Range;
    }
  | { type: 'opaque'; text: string; range: Range };

/** One step of a traversal: `.name`, `[key]`, `[*]` / `.*` (splat, with the steps it applies to each element). */
export type TfStep =
  | { kind: 'attribute'; name: string; range: Range }
  | { kind: 'index'; key: TfExpr; range: Range }
  | { kind: 'splat'; steps: TfStep[]; range: Range };

export interface TfAttribute {
  name: string;
  nameRange: Range;
  value: TfValue;
  /** `name = value`, without a trailing comment. */
  range: Range;
}

export interface TfLabel {
  value: string;
  range: Range;
}

export interface TfBlock {
  /** `resource`, `provider`, `ingress`, `dynamic`, ... */
  type: string;
  typeRange: Range;
  labels: TfLabel[];
  /** From the block type to the closing brace. */
  range: Range;
  /** The header: type and labels, up to the opening brace. */
  headerRange: Range;
  /** Position of the opening brace, and of the closing brace when present (a half-typed block has none). */
  openBrace: Range;
  closeBrace: Range | undefined;
  attributes: TfAttribute[];
  blocks: TfBlock[];
  /** The first attribute of that name, if any. */
  attribute(name: string): TfAttribute | undefined;
  /** Nested blocks of a type (static blocks only). */
  blocksOf(type: string): TfBlock[];
  /** True when a `dynamic "<type>"` block generates blocks of this type (contents unknown). */
  hasDynamic(type: string): boolean;
}

export interface TerraformFile extends SourceFile {
  readonly kind: 'terraform';
  /** `*.tf.json` files: the same model, read from JSON syntax. */
  readonly json: boolean;
  /** `*.tfvars` files: top-level attributes are variable values, not configuration. */
  readonly variablesFile: boolean;
  readonly blocks: readonly TfBlock[];
  /** Top-level attributes (variable definitions files). */
  readonly attributes: readonly TfAttribute[];
  /** `resource "<type>" "<name>"` blocks, of one type or of any. */
  resources(type?: string): TfBlock[];
  /** `data "<type>" "<name>"` blocks. */
  dataSources(type?: string): TfBlock[];
  /** `provider "<name>"` blocks. */
  providers(name?: string): TfBlock[];
}

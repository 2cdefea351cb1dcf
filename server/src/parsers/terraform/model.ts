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
}

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

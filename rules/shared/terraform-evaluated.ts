import {
  rangeContains,
  TerraformModule,
  type BlockView,
  type Range,
  type TerraformFile,
  type TfBlock,
  type TfEvalValue,
  type TfExpr,
  type TfValue,
} from '../api';

/** What produced a value in the linted file: the value as written, or a node of an expression. */
export type TfSyntax = TfValue | TfExpr;

/**
 * A value after evaluation, tied to the place of the linted file that produced it. A value that
 * comes from a variable default, a tfvars entry or a local is reported where the file uses it
 * (`var.cidr`, `each.value`); its origin goes into the finding's related information.
 */
export interface Located {
  value: TfEvalValue;
  /** The narrowest range of the linted file that explains the value. */
  at: Range;
  /** The literal written at `at`, when the value comes from it: only then may an edit change it. */
  literal?: TfValue;
  syntax: TfSyntax;
  file: TerraformFile;
}

const isValue = (syntax: TfSyntax): syntax is TfValue => 'kind' in syntax;

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
  );
}

/** Ties a value to the syntax of the linted file it was evaluated from. */
export function locate(value: TfEvalValue, syntax: TfSyntax, file: TerraformFile): Located {
  const origin = value.origin;
  const inside = origin !== undefined && origin.path === file.path && rangeContains(syntax.range, origin.range);
  const at = inside ? origin.range : syntax.range;
  const literal =
    inside && isValue(syntax) && ['string', 'number', 'bool', 'null'].includes(syntax.kind) && sameRange(origin.range, syntax.range)
      ? syntax
      : undefined;
  return { value, at, literal, syntax, file };
}

/** A literal object key: `name`, `"name"`. */
export function expressionKey(key: TfExpr): string | undefined {
  if (key.type === 'literal' && typeof key.value === 'string') return key.value;
  if (key.type === 'traversal' && key.steps.length === 0) return key.root;
  return undefined;
}

/** The syntax of an element of a tuple or object as written, if it is written out. */
export function syntaxChild(syntax: TfSyntax, key: string | number): TfSyntax | undefined {
  if (isValue(syntax)) {
    if (syntax.kind === 'tuple' && typeof key === 'number') return syntax.items[key];
    if (syntax.kind === 'object' && typeof key === 'string') return syntax.entries.find((e) => e.key === key)?.value;
    if (syntax.kind === 'expression' && syntax.expr) return syntaxChild(syntax.expr, key);
    return undefined;
  }
  if (syntax.type === 'tuple' && typeof key === 'number') return syntax.items[key];
  if (syntax.type === 'object' && typeof key === 'string') return syntax.entries.find((e) => expressionKey(e.key) === key)?.value;
  return undefined;
}

/** The elements of a known list, each located; undefined when the value is not a known list. */
export function itemsOf(parent: Located | undefined): Located[] | undefined {
  if (parent?.value.kind !== 'list') return undefined;
  const { items } = parent.value;
  // Only a tuple written item by item maps its elements one to one onto the evaluated list.
  const written = isValue(parent.syntax) && parent.syntax.kind === 'tuple' ? parent.syntax.items : undefined;
  const expression = !isValue(parent.syntax) ? parent.syntax : parent.syntax.kind === 'expression' ? parent.syntax.expr : undefined;
  const tuple = written ?? (expression?.type === 'tuple' ? expression.items : undefined);
  const exact = tuple !== undefined && tuple.length === items.length;
  return items.map((item, i) => locate(item, (exact && tuple[i]) || parent.syntax, parent.file));
}

/** A member of a known object, located; undefined when absent or the parent is not an object. */
export function memberOf(parent: Located | undefined, name: string): Located | undefined {
  if (parent?.value.kind !== 'object') return undefined;
  const value = parent.value.entries.get(name);
  if (!value) return undefined;
  return locate(value, syntaxChild(parent.syntax, name) ?? parent.syntax, parent.file);
}

/** The evaluated attribute of a block seen through a view; undefined when it is not written. */
export function attributeOf(view: BlockView, name: string): Located | undefined {
  const attribute = view.attribute(name);
  const value = view.value(name);
  return attribute && value ? locate(value, attribute.value, view.file) : undefined;
}

/**
 * Named fields of a block body or of an object value. Some provider arguments (security group
 * `ingress`, NSG `security_rule`) may be written as blocks or as a list of objects: rules read
 * both through this view.
 */
export interface Fields {
  get(name: string): Located | undefined;
}

export function viewFields(view: BlockView): Fields {
  return { get: (name) => attributeOf(view, name) };
}

export function objectFields(object: Located): Fields {
  return { get: (name) => memberOf(object, name) };
}

/**
 * The module to evaluate a file's blocks in: the given one when it holds the file, else a module
 * of the file alone (the views of a module only know the blocks of its own files).
 */
export function moduleFor(file: TerraformFile, module: TerraformModule | undefined): TerraformModule {
  if (module && module.configFiles.includes(file)) return module;
  return TerraformModule.ofFile(file);
}

/** The views of each instance of the file's resources of a type (none for `count = 0`). */
export function resourceInstances(module: TerraformModule, file: TerraformFile, type: string): BlockView[] {
  return file.resources(type).flatMap((block: TfBlock) => module.instances(block));
}

export { asBool, asNumber, asString, isKnown } from '../api';

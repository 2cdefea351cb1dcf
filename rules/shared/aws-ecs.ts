import { asString, type BlockView, type Fix, type RuleContext, type Range, type TerraformFile, type TerraformModule, type TfEvalValue, type TfExpr, type TfValue } from '../api';
import { renderLiteral, type TfLiteral } from './terraform-edits';
import { itemsOf, locate, memberOf, moduleFor, resourceInstances, type Located } from './terraform-evaluated';

/** A field of one container definition: its value and the narrowest place that explains it. */
export interface ContainerField {
  value: TfEvalValue;
  at: Range;
  /** Whether `at` is the literal that holds the value (an HCL literal or a JSON token): only then may an edit change it. */
  written: boolean;
}

/** Replaces a field written as a literal; undefined when the value comes from elsewhere. */
export function replaceField(field: ContainerField, value: TfLiteral, title: string): Fix | undefined {
  return field.written ? { title, edits: [{ range: field.at, newText: renderLiteral(value) }] } : undefined;
}

/** One element of an ECS task definition's `container_definitions`. */
export interface ContainerDefinition {
  /** The container's `name`, when known. */
  name: string | undefined;
  /** Where to report something the container lacks: its `name`, else the container, else the argument. */
  at: Range;
  /** A field as written (`user`, or through objects `linuxParameters.capabilities`); undefined when the container does not set it. */
  field(path: string): ContainerField | undefined;
}

/** Stands for an interpolation whose value is not known, inside JSON written as a template. */
const hole = '\uE000';

function fromJson(data: unknown): TfEvalValue {
  if (data === null || data === undefined) return { kind: 'null' };
  if (typeof data === 'string') return data.includes(hole) ? { kind: 'unknown' } : { kind: 'string', value: data };
  if (typeof data === 'number') return { kind: 'number', value: data };
  if (typeof data === 'boolean') return { kind: 'bool', value: data };
  if (Array.isArray(data)) return { kind: 'list', items: data.map(fromJson) };
  return { kind: 'object', entries: new Map(Object.entries(data as object).map(([k, v]) => [k, fromJson(v)])) };
}

const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** The end (exclusive) of the JSON string that opens at `open`, or -1 when it is not closed. */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

const scalarToken = /true|false|null|-?\d[\d.eE+-]*/y;

/** The end (exclusive) of the value token at `at`: a string, a scalar, or an opening bracket. */
function valueEnd(text: string, at: number): number {
  if (text[at] === '"') return stringEnd(text, at);
  if (text[at] === '[' || text[at] === '{') return at + 1;
  scalarToken.lastIndex = at;
  return scalarToken.test(text) ? scalarToken.lastIndex : -1;
}

const skipSpace = (text: string, at: number): number => {
  while (at < text.length && /\s/.test(text[at])) at += 1;
  return at;
};

/**
 * Where each `"key": <value>` of the key is written in JSON text, as offsets of the value token.
 * One pass over the text, string by string, so that a scan never starts inside a string.
 */
function memberValues(text: string, key: string): { start: number; end: number }[] {
  const places: { start: number; end: number }[] = [];
  let at = text.indexOf('"');
  while (at >= 0) {
    const end = stringEnd(text, at);
    if (end < 0) break;
    let next = end;
    const colon = skipSpace(text, end);
    if (text[colon] === ':') {
      const valueStart = skipSpace(text, colon + 1);
      const valueStop = valueEnd(text, valueStart);
      if (valueStop > valueStart && jsonKeyIs(text.slice(at, end), key)) places.push({ start: valueStart, end: valueStop });
      // A string value is consumed with its key, so that it is never read as a key itself.
      if (text[valueStart] === '"' && valueStop > 0) next = valueStop;
    }
    at = text.indexOf('"', next);
  }
  return places;
}

const jsonKeyIs = (token: string, key: string): boolean => {
  try {
    return JSON.parse(token) === key;
  } catch {
    return false;
  }
};

/**
 * The places in a range of JSON text (a heredoc or string as written) where `"key": <value>` is
 * written, in order. The value is a scalar token, or the opening bracket of an object or array.
 */
function keyPlaces(file: TerraformFile, within: Range | undefined, key: string): Range[] {
  if (!within) return [];
  const start = file.lines.offsetAt(within.start);
  const text = file.text.slice(start, file.lines.offsetAt(within.end));
  return memberValues(text, key).map((place) => file.lines.rangeOf(start + place.start, start + place.end));
}

/** Containers read from JSON text (a heredoc, a string, a variable or `file()`): ranges found by key where unambiguous. */
function fromText(view: BlockView, written: Range | undefined, text: string, fallback: Range): ContainerDefinition[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(data)) return undefined;
  const containers = data.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item));
  // A key is located only when it is written once per container that has it, and nowhere else.
  const located = new Map<string, Range[] | undefined>();
  const placesOf = (key: string): Range[] | undefined => {
    if (!located.has(key)) {
      const places = keyPlaces(view.file, written, key);
      const owners = containers.filter((c) => key in c).length;
      located.set(key, places.length === owners ? places : undefined);
    }
    return located.get(key);
  };
  const uniquePlace = (key: string): Range | undefined => {
    const places = keyPlaces(view.file, written, key);
    return places.length === 1 ? places[0] : undefined;
  };
  return containers.map((container) => {
    const placeOf = (key: string): Range | undefined => {
      const index = containers.filter((c) => key in c).indexOf(container);
      return index < 0 ? undefined : placesOf(key)?.[index];
    };
    const name = typeof container.name === 'string' ? container.name : undefined;
    return {
      name,
      at: placeOf('name') ?? fallback,
      field(path) {
        const keys = path.split('.');
        let data: unknown = container;
        for (const key of keys) {
          if (typeof data !== 'object' || data === null || Array.isArray(data) || !(key in data)) return undefined;
          data = (data as Record<string, unknown>)[key];
        }
        // A nested key is located only when it is written once in the whole argument.
        const place = keys.length === 1 ? placeOf(path) : uniquePlace(keys[keys.length - 1]);
        return { value: fromJson(data), at: place ?? fallback, written: place !== undefined };
      },
    };
  });
}

/** Containers read from an evaluated list of objects (`jsonencode([...])`), each field at its own syntax. */
function fromValue(list: Located): ContainerDefinition[] | undefined {
  const items = itemsOf(list);
  if (!items) return undefined;
  return items
    .filter((item) => item.value.kind === 'object')
    .map((item) => {
      const name = memberOf(item, 'name');
      return {
        name: asString(name?.value),
        at: name?.at ?? item.at,
        field(path) {
          let member: Located | undefined = item;
          for (const key of path.split('.')) member = memberOf(member, key);
          if (!member) return undefined;
          // An HCL literal that produced the value itself (not a variable or local it names).
          const syntax = member.syntax;
          const literal = 'type' in syntax ? syntax.type === 'literal' : ['string', 'number', 'bool'].includes(syntax.kind);
          const origin = member.value.origin;
          const own = origin === undefined || (origin.path === member.file.path && sameRange(origin.range, syntax.range));
          return { value: member.value, at: member.at, written: literal && own && sameRange(member.at, syntax.range) };
        },
      };
    });
}

/**
 * The container definitions of an `aws_ecs_task_definition` instance, whatever way they are
 * written: `jsonencode([...])` (each field evaluated on its own, so that one unknown value does
 * not hide the others), a heredoc or string of JSON, or a variable, local or `file()` holding
 * JSON. Undefined when they are not known before apply.
 */
export function containerDefinitions(module: TerraformModule, view: BlockView): ContainerDefinition[] | undefined {
  const attribute = view.attribute('container_definitions');
  if (!attribute) return undefined;
  const syntax = attribute.value;
  const expr: TfExpr | undefined = syntax.kind === 'expression' ? syntax.expr : undefined;
  if (expr?.type === 'call' && expr.name === 'jsonencode' && expr.args.length === 1 && !expr.expandLast) {
    const argument = expr.args[0];
    const wrapped: TfValue = { kind: 'expression', text: '', references: [], range: argument.range, expr: argument };
    const value = module.evaluate(wrapped, view.file, view.scope.bindings);
    return fromValue(locate(value, argument, view.file));
  }
  // A heredoc with interpolations: known ones are filled in, the others become holes, so that
  // one unknown image does not hide the rest of the definitions.
  if (expr?.type === 'template' && !view.file.json) {
    const text = expr.parts
      .map((part) => {
        if (typeof part === 'string') return part;
        const wrapped: TfValue = { kind: 'expression', text: '', references: [], range: part.range, expr: part };
        const known = module.evaluate(wrapped, view.file, view.scope.bindings);
        return known.kind === 'string' ? known.value : hole;
      })
      .join('');
    return fromText(view, expr.range, text, syntax.range);
  }
  const value = view.value('container_definitions');
  if (value?.kind !== 'string') return undefined;
  const located = locate(value, syntax, view.file);
  return fromText(view, located.literal?.kind === 'string' ? located.literal.contentRange : undefined, value.value, located.literal ? syntax.range : located.at);
}

/** The ECS task definition docs, for the links of container definition rules. */
export const taskDefinitionLinks = (anchor: string, title: string): { title: string; url: string }[] => [
  { title: 'aws_ecs_task_definition', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition' },
  { title, url: `https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#${anchor}` },
];

/**
 * The `check` of a rule on each container of each task definition instance: `inspect` reports
 * what one container gets wrong.
 */
export function eachContainer<M extends string>(
  inspect: (container: ContainerDefinition, report: RuleContext<'terraform', M>['report'], task: BlockView) => void,
): (context: RuleContext<'terraform', M>) => void {
  return ({ file, module, report }) => {
    const project = moduleFor(file, module);
    for (const task of resourceInstances(project, file, 'aws_ecs_task_definition')) {
      for (const container of containerDefinitions(project, task) ?? []) inspect(container, report, task);
    }
  };
}

/** A task definition with one container written with `jsonencode`, for the examples of container rules. */
export const exampleTask = (image: string, fields = ''): string =>
  'resource "aws_ecs_task_definition" "app" {\n  family = "app"\n  container_definitions = jsonencode([{\n' +
  `    name  = "app"\n    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:${image}"\n${fields}  }])\n}\n`;

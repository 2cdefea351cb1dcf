import type { TfExpr, TfStep, TfValue } from '../../parsers/terraform/model';
import { callFunction, EvalError } from './functions';
import { asBool, asNumber, asString, containsUnknown, valuesEqual, type Origin, type TfEvalValue } from './value';

/** What an expression can refer to. The module model implements it; tests may stub it. */
export interface EvalEnvironment {
  /** `var.<name>`. */
  variable(name: string): TfEvalValue;
  /** `local.<name>`. */
  local(name: string): TfEvalValue;
  /** `path.module`, `path.root`, `path.cwd`. */
  pathValue(name: string): TfEvalValue;
  /** `file(path)` for a path inside the module, or undefined when it cannot be read; `at` is the call. */
  readFile(path: string, at?: Origin): string | undefined;
}

/** The place an expression is evaluated: its file, names bound by for/each/count/iterators. */
export interface EvalScope {
  path: string;
  environment: EvalEnvironment;
  bindings?: ReadonlyMap<string, TfEvalValue>;
}

const unknown = (origin?: Origin, reference?: string): TfEvalValue => ({ kind: 'unknown', origin, reference });

/** Evaluates a value as written in a file; never throws, anything undecidable is unknown. */
export function evaluateValue(value: TfValue, scope: EvalScope): TfEvalValue {
  const origin: Origin = { path: scope.path, range: value.range };
  try {
    switch (value.kind) {
      case 'string':
        return { kind: 'string', value: value.value, origin };
      case 'number':
        return { kind: 'number', value: value.value, origin };
      case 'bool':
        return { kind: 'bool', value: value.value, origin };
      case 'null':
        return { kind: 'null', origin };
      case 'tuple':
        return { kind: 'list', items: value.items.map((item) => evaluateValue(item, scope)), origin };
      case 'object': {
        const entries = new Map<string, TfEvalValue>();
        for (const entry of value.entries) {
          if (entry.key === undefined) return unknown(origin);
          entries.set(entry.key, evaluateValue(entry.value, scope));
        }
        return { kind: 'object', entries, origin };
      }
      case 'expression':
        return value.expr ? evaluate(value.expr, scope) : unknown(origin);
    }
  } catch (error) {
    if (error instanceof EvalError || error instanceof RangeError) return unknown(origin);
    throw error;
  }
}

/** Evaluates an expression, where an error Terraform would report is an unknown value. */
export function evaluateExpression(expr: TfExpr, scope: EvalScope): TfEvalValue {
  try {
    return evaluate(expr, scope);
  } catch (error) {
    if (error instanceof EvalError || error instanceof RangeError) return unknown({ path: scope.path, range: expr.range });
    throw error;
  }
}

/** Evaluates an expression; throws EvalError where Terraform would report an error. */
export function evaluate(expr: TfExpr, scope: EvalScope): TfEvalValue {
  const origin: Origin = { path: scope.path, range: expr.range };
  switch (expr.type) {
    case 'literal':
      if (expr.value === null) return { kind: 'null', origin };
      if (typeof expr.value === 'string') return { kind: 'string', value: expr.value, origin };
      if (typeof expr.value === 'number') return { kind: 'number', value: expr.value, origin };
      return { kind: 'bool', value: expr.value, origin };
    case 'template': {
      let out = '';
      for (const part of expr.parts) {
        if (typeof part === 'string') {
          out += part;
          continue;
        }
        const value = evaluate(part, scope);
        if (value.kind === 'unknown') return unknown(origin);
        const text = asString(value);
        if (text === undefined) throw new EvalError('template interpolation of a non-string value');
        out += text;
      }
      return { kind: 'string', value: out, origin };
    }
    case 'traversal':
      return applySteps(root(expr.root, expr.steps, scope, origin), stepsAfterRoot(expr.root, expr.steps, scope), scope);
    case 'postfix':
      return applySteps(evaluate(expr.target, scope), expr.steps, scope);
    case 'call':
      return call(expr, scope, origin);
    case 'conditional': {
      const condition = asBool(evaluate(expr.condition, scope));
      if (condition === true) return evaluate(expr.then, scope);
      if (condition === false) return evaluate(expr.otherwise, scope);
      const [a, b] = [tryEvaluate(expr.then, scope), tryEvaluate(expr.otherwise, scope)];
      return a && b && valuesEqual(a, b) ? a : unknown(origin);
    }
    case 'unary': {
      const operand = evaluate(expr.operand, scope);
      if (operand.kind === 'unknown') return unknown(origin);
      if (expr.operator === '!') return { kind: 'bool', value: !requireBool(operand), origin };
      return { kind: 'number', value: -requireNumber(operand), origin };
    }
    case 'binary':
      return binary(expr.operator, expr.left, expr.right, scope, origin);
    case 'tuple':
      return { kind: 'list', items: expr.items.map((item) => evaluate(item, scope)), origin };
    case 'object': {
      const entries = new Map<string, TfEvalValue>();
      for (const entry of expr.entries) {
        const key = asString(evaluate(entry.key, scope));
        if (key === undefined) return unknown(origin);
        entries.set(key, evaluate(entry.value, scope));
      }
      return { kind: 'object', entries, origin };
    }
    case 'for':
      return forExpression(expr, scope, origin);
    case 'opaque':
      return unknown(origin);
  }
}

function tryEvaluate(expr: TfExpr, scope: EvalScope): TfEvalValue | undefined {
  try {
    return evaluate(expr, scope);
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
}

function requireBool(value: TfEvalValue): boolean {
  const b = asBool(value);
  if (b === undefined) throw new EvalError('expected a bool');
  return b;
}

function requireNumber(value: TfEvalValue): number {
  const n = asNumber(value);
  if (n === undefined) throw new EvalError('expected a number');
  return n;
}

const referenceRoots = new Set(['var', 'local']);

function stepsAfterRoot(rootName: string, steps: TfStep[], scope: EvalScope): TfStep[] {
  if (scope.bindings?.has(rootName)) return steps;
  return referenceRoots.has(rootName) || rootName === 'path' ? steps.slice(1) : steps;
}

function root(name: string, steps: TfStep[], scope: EvalScope, origin: Origin): TfEvalValue {
  const bound = scope.bindings?.get(name);
  if (bound) return bound;
  const first = steps[0]?.kind === 'attribute' ? steps[0].name : undefined;
  if (name === 'var' && first) return scope.environment.variable(first);
  if (name === 'local' && first) return scope.environment.local(first);
  if (name === 'path' && first) return scope.environment.pathValue(first);
  // Resource attributes, data sources, module outputs, each/count outside their block: known after apply.
  const reference = [name, ...steps.map((s) => (s.kind === 'attribute' ? s.name : '')).filter(Boolean)].slice(0, 3).join('.');
  return { kind: 'unknown', origin, reference };
}

function applySteps(start: TfEvalValue, steps: TfStep[], scope: EvalScope): TfEvalValue {
  let value = start;
  for (const [i, step] of steps.entries()) {
    if (value.kind === 'unknown') return value;
    if (step.kind === 'attribute') {
      if (value.kind !== 'object') throw new EvalError(`cannot access .${step.name}`);
      const next = value.entries.get(step.name);
      if (!next) throw new EvalError(`no attribute ${step.name}`);
      value = next;
    } else if (step.kind === 'index') {
      const key = evaluate(step.key, scope);
      if (key.kind === 'unknown') return { kind: 'unknown', origin: value.origin };
      if (value.kind === 'list') {
        const index = asNumber(key);
        if (index === undefined || !Number.isInteger(index) || index < 0 || index >= value.items.length) throw new EvalError('index out of range');
        value = value.items[index];
      } else if (value.kind === 'object') {
        const name = asString(key);
        const next = name === undefined ? undefined : value.entries.get(name);
        if (!next) throw new EvalError(`no key ${name}`);
        value = next;
      } else {
        throw new EvalError('cannot index this value');
      }
    } else {
      // A splat applies the remaining steps to each element; on a single value it makes a list of it.
      const items = value.kind === 'list' ? value.items : value.kind === 'null' ? [] : [value];
      const rest = [...step.steps, ...steps.slice(i + 1)];
      return { kind: 'list', items: items.map((item) => applySteps(item, rest, scope)), origin: value.origin };
    }
  }
  return value;
}

function call(expr: Extract<TfExpr, { type: 'call' }>, scope: EvalScope, origin: Origin): TfEvalValue {
  if (expr.name === 'try') {
    for (const arg of expr.args) {
      const value = tryEvaluate(arg, scope);
      if (value === undefined) continue;
      return containsUnknown(value) ? unknown(origin) : value;
    }
    throw new EvalError('no argument of try() succeeded');
  }
  if (expr.name === 'can') {
    const value = tryEvaluate(expr.args[0] ?? { type: 'opaque', text: '', range: expr.range }, scope);
    if (value && containsUnknown(value)) return unknown(origin);
    return { kind: 'bool', value: value !== undefined, origin };
  }
  let args = expr.args.map((arg) => evaluate(arg, scope));
  if (expr.expandLast && args.length > 0) {
    const last = args[args.length - 1];
    if (last.kind === 'unknown') return unknown(origin);
    if (last.kind !== 'list') throw new EvalError('cannot expand a non-list argument');
    args = [...args.slice(0, -1), ...last.items];
  }
  if (expr.name === 'file') {
    const path = asString(args[0]);
    const content = path === undefined ? undefined : scope.environment.readFile(path, origin);
    return content === undefined ? unknown(origin) : { kind: 'string', value: content, origin };
  }
  return callFunction(expr.name, args, origin);
}

function binary(operator: string, leftExpr: TfExpr, rightExpr: TfExpr, scope: EvalScope, origin: Origin): TfEvalValue {
  const left = evaluate(leftExpr, scope);
  if (operator === '&&' || operator === '||') {
    const l = left.kind === 'unknown' ? undefined : requireBool(left);
    if (operator === '&&' && l === false) return { kind: 'bool', value: false, origin };
    if (operator === '||' && l === true) return { kind: 'bool', value: true, origin };
    const right = evaluate(rightExpr, scope);
    const r = right.kind === 'unknown' ? undefined : requireBool(right);
    if (operator === '&&' && r === false) return { kind: 'bool', value: false, origin };
    if (operator === '||' && r === true) return { kind: 'bool', value: true, origin };
    return l === undefined || r === undefined ? unknown(origin) : { kind: 'bool', value: operator === '&&' ? l && r : l || r, origin };
  }
  const right = evaluate(rightExpr, scope);
  if (containsUnknown(left) || containsUnknown(right)) return unknown(origin);
  switch (operator) {
    case '==':
      return { kind: 'bool', value: valuesEqual(left, right), origin };
    case '!=':
      return { kind: 'bool', value: !valuesEqual(left, right), origin };
    case '+':
      return { kind: 'number', value: requireNumber(left) + requireNumber(right), origin };
    case '-':
      return { kind: 'number', value: requireNumber(left) - requireNumber(right), origin };
    case '*':
      return { kind: 'number', value: requireNumber(left) * requireNumber(right), origin };
    case '/':
      return { kind: 'number', value: requireNumber(left) / requireNumber(right), origin };
    case '%':
      return { kind: 'number', value: requireNumber(left) % requireNumber(right), origin };
    case '<':
      return { kind: 'bool', value: requireNumber(left) < requireNumber(right), origin };
    case '>':
      return { kind: 'bool', value: requireNumber(left) > requireNumber(right), origin };
    case '<=':
      return { kind: 'bool', value: requireNumber(left) <= requireNumber(right), origin };
    case '>=':
      return { kind: 'bool', value: requireNumber(left) >= requireNumber(right), origin };
    default:
      return unknown(origin);
  }
}

/** Elements of a collection in Terraform's iteration order: lists by index, maps by sorted key. */
export function iterationEntries(collection: TfEvalValue, origin?: Origin): [TfEvalValue, TfEvalValue][] | undefined {
  if (collection.kind === 'list') return collection.items.map((item, i) => [{ kind: 'number', value: i, origin }, item]);
  if (collection.kind === 'object') {
    return [...collection.entries]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [{ kind: 'string', value: k, origin: v.origin ?? origin }, v]);
  }
  return undefined;
}

function forExpression(expr: Extract<TfExpr, { type: 'for' }>, scope: EvalScope, origin: Origin): TfEvalValue {
  const collection = evaluate(expr.collection, scope);
  if (collection.kind === 'unknown') return unknown(origin);
  const entries = iterationEntries(collection, origin);
  if (!entries) throw new EvalError('for expression over a non-collection');
  const items: TfEvalValue[] = [];
  const object = new Map<string, TfEvalValue>();
  for (const [key, value] of entries) {
    const bindings = new Map(scope.bindings ?? []);
    if (expr.keyVariable) bindings.set(expr.keyVariable, key);
    bindings.set(expr.valueVariable, value);
    const inner: EvalScope = { ...scope, bindings };
    if (expr.condition) {
      const keep = evaluate(expr.condition, inner);
      if (keep.kind === 'unknown') return unknown(origin);
      if (!requireBool(keep)) continue;
    }
    const result = evaluate(expr.valueResult, inner);
    if (!expr.keyResult) {
      items.push(result);
      continue;
    }
    const name = asString(evaluate(expr.keyResult, inner));
    if (name === undefined) return unknown(origin);
    if (expr.grouping) {
      const group = object.get(name);
      object.set(name, { kind: 'list', items: [...(group?.kind === 'list' ? group.items : []), result], origin });
    } else {
      object.set(name, result);
    }
  }
  return expr.keyResult ? { kind: 'object', entries: object, origin } : { kind: 'list', items, origin };
}

import {
  asBool,
  asNumber,
  asString,
  containsUnknown,
  fromJson,
  toJson,
  valuesEqual,
  type Origin,
  type TfEvalValue,
} from './value';
import { maxOf, minOf } from '../arrays';

/** A function call that Terraform itself would reject: the value is not usable. */
export class EvalError extends Error {}

type TfFunction = (args: TfEvalValue[], origin: Origin) => TfEvalValue;

const fail = (message: string): never => {
  throw new EvalError(message);
};

const str = (value: TfEvalValue): string => asString(value) ?? fail('expected a string');
const num = (value: TfEvalValue): number => asNumber(value) ?? fail('expected a number');
const list = (value: TfEvalValue): TfEvalValue[] => {
  if (value.kind === 'list') return value.items;
  return fail('expected a list');
};
const object = (value: TfEvalValue): Map<string, TfEvalValue> => {
  if (value.kind === 'object') return value.entries;
  return fail('expected a map or object');
};

const string = (value: string, origin: Origin): TfEvalValue => ({ kind: 'string', value, origin });
const number = (value: number, origin: Origin): TfEvalValue => ({ kind: 'number', value, origin });
const bool = (value: boolean, origin: Origin): TfEvalValue => ({ kind: 'bool', value, origin });
const listOf = (items: TfEvalValue[], origin: Origin): TfEvalValue => ({ kind: 'list', items, origin });

function distinct(items: TfEvalValue[]): TfEvalValue[] {
  const out: TfEvalValue[] = [];
  for (const item of items) if (!out.some((o) => valuesEqual(o, item))) out.push(item);
  return out;
}

/** `format` verbs that matter for configuration values: %s %d %v %q %% (and %f, %t). */
function format(spec: string, args: TfEvalValue[]): string {
  let next = 0;
  // The width starts with a non-zero digit: zeros are flags, and a run of zeros split between
  // flags and width would be tried every way.
  return spec.replace(/%(?:\[(\d+)\])?([-+# 0]*(?:[1-9]\d*)?(?:\.\d+)?)([sdvqftxXbeEgGo%])/g, (_m, explicit: string | undefined, _flags, verb: string) => {
    if (verb === '%') return '%';
    const index = explicit ? Number(explicit) - 1 : next++;
    const arg = args[index] ?? fail('not enough arguments for format');
    switch (verb) {
      case 'd':
        return String(Math.trunc(num(arg)));
      case 'q':
        return JSON.stringify(str(arg));
      case 'v':
        return arg.kind === 'list' || arg.kind === 'object' ? JSON.stringify(toJson(arg)) : str(arg);
      case 't':
        return String(asBool(arg) ?? fail('expected a bool'));
      case 'f':
        return String(num(arg));
      default:
        return str(arg);
    }
  });
}

/**
 * `chomp`: the text without its trailing `\n` and `\r\n`. A loop rather than `/(\r?\n)+$/`, which
 * is tried at every line break and scans the rest of each run: quadratic on many blank lines.
 */
function withoutTrailingNewlines(text: string): string {
  let end = text.length;
  while (text[end - 1] === '\n') end -= text[end - 2] === '\r' ? 2 : 1;
  return text.slice(0, end);
}

function flatten(items: TfEvalValue[]): TfEvalValue[] {
  return items.flatMap((item) => (item.kind === 'list' ? flatten(item.items) : [item]));
}

const functions: Record<string, TfFunction> = {
  concat: (args, o) => listOf(args.flatMap(list), o),
  merge: (args, o) => {
    const out = new Map<string, TfEvalValue>();
    for (const arg of args) {
      if (arg.kind === 'null') continue;
      for (const [k, v] of object(arg)) out.set(k, v);
    }
    return { kind: 'object', entries: out, origin: o };
  },
  lookup: ([map, key, fallback]) => {
    const entries = object(map);
    const found = entries.get(str(key));
    if (found) return found;
    return fallback ?? fail('key not found and no default');
  },
  coalesce: (args) => args.find((a) => a.kind !== 'null' && !(a.kind === 'string' && a.value === '')) ?? fail('no non-null argument'),
  coalescelist: (args) => args.find((a) => a.kind === 'list' && a.items.length > 0) ?? fail('no non-empty list'),
  format: ([spec, ...rest], o) => string(format(str(spec), rest), o),
  join: ([separator, ...lists], o) => string(lists.flatMap(list).map(str).join(str(separator)), o),
  split: ([separator, text], o) => listOf(str(text).split(str(separator)).map((part) => string(part, o)), o),
  tolist: ([value], o) => listOf(list(value), o),
  toset: ([value], o) => listOf(distinct(list(value)), o),
  tomap: ([value]) => (object(value), value),
  tostring: ([value], o) => (value.kind === 'null' ? value : string(str(value), o)),
  tonumber: ([value], o) => (value.kind === 'null' ? value : number(num(value), o)),
  tobool: ([value], o) => (value.kind === 'null' ? value : bool(asBool(value) ?? fail('expected a bool'), o)),
  jsonencode: ([value], o) => string(JSON.stringify(toJson(value)), o),
  jsondecode: ([value], o) => {
    try {
      return fromJson(JSON.parse(str(value)), o);
    } catch (error) {
      if (error instanceof EvalError) throw error;
      return fail('invalid JSON');
    }
  },
  lower: ([value], o) => string(str(value).toLowerCase(), o),
  upper: ([value], o) => string(str(value).toUpperCase(), o),
  trimspace: ([value], o) => string(str(value).trim(), o),
  chomp: ([value], o) => string(withoutTrailingNewlines(str(value)), o),
  trimprefix: ([value, prefix], o) => string(str(value).startsWith(str(prefix)) ? str(value).slice(str(prefix).length) : str(value), o),
  trimsuffix: ([value, suffix], o) => string(str(value).endsWith(str(suffix)) ? str(value).slice(0, -str(suffix).length || undefined) : str(value), o),
  startswith: ([value, prefix], o) => bool(str(value).startsWith(str(prefix)), o),
  endswith: ([value, suffix], o) => bool(str(value).endsWith(str(suffix)), o),
  replace: ([value, search, replacement], o) => {
    const pattern = str(search);
    // Regular-expression replacements use Go's RE2 syntax: not modelled.
    if (pattern.length > 1 && pattern.startsWith('/') && pattern.endsWith('/')) return { kind: 'unknown', origin: o };
    return string(str(value).split(pattern).join(str(replacement)), o);
  },
  substr: ([value, offset, length], o) => {
    const chars = [...str(value)];
    const start = num(offset) < 0 ? chars.length + num(offset) : num(offset);
    const count = num(length) < 0 ? chars.length - start : num(length);
    return string(chars.slice(start, start + count).join(''), o);
  },
  length: ([value], o) => {
    if (value.kind === 'list') return number(value.items.length, o);
    if (value.kind === 'object') return number(value.entries.size, o);
    return number([...str(value)].length, o);
  },
  element: ([values, index]) => {
    const items = list(values);
    if (items.length === 0) return fail('element of an empty list');
    return items[((Math.trunc(num(index)) % items.length) + items.length) % items.length];
  },
  index: ([values, wanted], o) => {
    const at = list(values).findIndex((item) => valuesEqual(item, wanted));
    return at < 0 ? fail('value not in list') : number(at, o);
  },
  flatten: ([value], o) => listOf(flatten(list(value)), o),
  distinct: ([value], o) => listOf(distinct(list(value)), o),
  compact: ([value], o) => listOf(list(value).filter((v) => !(v.kind === 'null' || (v.kind === 'string' && v.value === ''))), o),
  keys: ([value], o) => listOf([...object(value).keys()].sort().map((k) => string(k, o)), o),
  values: ([value], o) => listOf([...object(value).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v), o),
  contains: ([values, wanted], o) => bool(list(values).some((item) => valuesEqual(item, wanted)), o),
  zipmap: ([keys, values], o) => {
    const k = list(keys);
    const v = list(values);
    if (k.length !== v.length) return fail('zipmap lists differ in length');
    return { kind: 'object', entries: new Map(k.map((key, i) => [str(key), v[i]])), origin: o };
  },
  range: (args, o) => {
    const [start, end, step] = args.length === 1 ? [0, num(args[0]), 1] : [num(args[0]), num(args[1]), args[2] ? num(args[2]) : 1];
    if (step === 0 || Math.abs((end - start) / step) > 1024) return fail('range too large');
    const out: TfEvalValue[] = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(number(i, o));
    return listOf(out, o);
  },
  one: ([value]) => {
    const items = list(value);
    if (items.length > 1) return fail('more than one element');
    return items[0] ?? { kind: 'null' };
  },
  sort: ([value], o) => listOf([...list(value)].sort((a, b) => (str(a) < str(b) ? -1 : str(a) > str(b) ? 1 : 0)), o),
  reverse: ([value], o) => listOf([...list(value)].reverse(), o),
  slice: ([value, from, to], o) => listOf(list(value).slice(num(from), num(to)), o),
  min: (args, o) => number(minOf(args.map(num)), o),
  max: (args, o) => number(maxOf(args.map(num)), o),
  abs: ([value], o) => number(Math.abs(num(value)), o),
  ceil: ([value], o) => number(Math.ceil(num(value)), o),
  floor: ([value], o) => number(Math.floor(num(value)), o),
  base64encode: ([value], o) => string(Buffer.from(str(value), 'utf8').toString('base64'), o),
  base64decode: ([value], o) => string(Buffer.from(str(value), 'base64').toString('utf8'), o),
};

/** Names of the functions the evaluator computes; any other function yields an unknown value. */
export const knownFunctions: ReadonlySet<string> = new Set(Object.keys(functions));

/**
 * Calls a Terraform function on evaluated arguments. Unknown arguments make the result unknown
 * (except for `coalesce`-style functions whose answer comes before the unknown argument).
 */
export function callFunction(name: string, args: TfEvalValue[], origin: Origin): TfEvalValue {
  const fn = functions[name.replace(/^provider::[^:]+::/, '')];
  if (!fn) return { kind: 'unknown', origin };
  if (name === 'coalesce' || name === 'coalescelist') {
    // The first usable argument decides; an unknown one before it leaves the answer open.
    for (const arg of args) {
      if (arg.kind === 'unknown') return { kind: 'unknown', origin };
      try {
        return fn([arg], origin);
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
    return fail(`${name}: no usable argument`);
  }
  if (args.some(containsUnknown)) return { kind: 'unknown', origin };
  try {
    return fn(args, origin);
  } catch (error) {
    // The functions read their arguments by position, so a call with fewer than they need (a
    // half-typed `length()`) fails on a missing value. Terraform rejects such a call: no value.
    if (error instanceof TypeError) return fail(`${name}: ${error.message}`);
    throw error;
  }
}

import type { Range } from '../text';

/** Where a value was written: the literal (or expression) that produced it. */
export interface Origin {
  path: string;
  range: Range;
}

/**
 * A Terraform value after evaluation. `unknown` is anything that cannot be known before apply
 * (resource attributes, data sources) or that the evaluator does not model: rules never report
 * on it. Known values remember their origin, so a finding can point at the variable default or
 * tfvars entry that made a value insecure.
 */
export type TfEvalValue =
  | { kind: 'string'; value: string; origin?: Origin }
  | { kind: 'number'; value: number; origin?: Origin }
  | { kind: 'bool'; value: boolean; origin?: Origin }
  | { kind: 'null'; origin?: Origin }
  | { kind: 'list'; items: TfEvalValue[]; origin?: Origin }
  | { kind: 'object'; entries: Map<string, TfEvalValue>; origin?: Origin }
  | { kind: 'unknown'; origin?: Origin; reference?: string };

export const unknownValue: TfEvalValue = { kind: 'unknown' };

export function isKnown(value: TfEvalValue | undefined): value is Exclude<TfEvalValue, { kind: 'unknown' }> {
  return value !== undefined && value.kind !== 'unknown';
}

/** True when the value or anything inside it is unknown. */
export function containsUnknown(value: TfEvalValue): boolean {
  if (value.kind === 'unknown') return true;
  if (value.kind === 'list') return value.items.some(containsUnknown);
  if (value.kind === 'object') return [...value.entries.values()].some(containsUnknown);
  return false;
}

/** Terraform's automatic conversion to string: numbers and bools convert, the rest does not. */
export function asString(value: TfEvalValue | undefined): string | undefined {
  if (!value) return undefined;
  if (value.kind === 'string') return value.value;
  if (value.kind === 'number') return String(value.value);
  if (value.kind === 'bool') return String(value.value);
  return undefined;
}

/** Terraform's automatic conversion to number ("22" is 22). */
export function asNumber(value: TfEvalValue | undefined): number | undefined {
  if (!value) return undefined;
  if (value.kind === 'number') return value.value;
  if (value.kind === 'string' && /^-?\d+(\.\d+)?$/.test(value.value.trim())) return Number(value.value);
  return undefined;
}

/** Terraform's automatic conversion to bool ("true" is true). */
export function asBool(value: TfEvalValue | undefined): boolean | undefined {
  if (!value) return undefined;
  if (value.kind === 'bool') return value.value;
  if (value.kind === 'string' && (value.value === 'true' || value.value === 'false')) return value.value === 'true';
  return undefined;
}

/** The elements of a list, set or tuple (or of a map/object's values); undefined when not a collection. */
export function asList(value: TfEvalValue | undefined): TfEvalValue[] | undefined {
  if (!value) return undefined;
  if (value.kind === 'list') return value.items;
  return undefined;
}

export function withOrigin<T extends TfEvalValue>(value: T, origin: Origin | undefined): T {
  return origin && !value.origin ? { ...value, origin } : value;
}

export function stringValue(value: string, origin?: Origin): TfEvalValue {
  return { kind: 'string', value, origin };
}

/** Converts a known value to plain JSON data (for jsonencode and policy documents). */
export function toJson(value: TfEvalValue): unknown {
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return value.value;
    case 'null':
      return null;
    case 'list':
      return value.items.map(toJson);
    case 'object':
      return Object.fromEntries([...value.entries].map(([k, v]) => [k, toJson(v)]));
    case 'unknown':
      return undefined;
  }
}

/** Converts plain JSON data to a value, all parts with the same origin. */
export function fromJson(data: unknown, origin?: Origin): TfEvalValue {
  if (data === null || data === undefined) return { kind: 'null', origin };
  if (typeof data === 'string') return { kind: 'string', value: data, origin };
  if (typeof data === 'number') return { kind: 'number', value: data, origin };
  if (typeof data === 'boolean') return { kind: 'bool', value: data, origin };
  if (Array.isArray(data)) return { kind: 'list', items: data.map((d) => fromJson(d, origin)), origin };
  return { kind: 'object', entries: new Map(Object.entries(data as object).map(([k, v]) => [k, fromJson(v, origin)])), origin };
}

/** Structural equality of known values, ignoring origins. */
export function valuesEqual(a: TfEvalValue, b: TfEvalValue): boolean {
  if (a.kind === 'unknown' || b.kind === 'unknown') return false;
  if (a.kind === 'number' || b.kind === 'number') {
    const x = asNumber(a);
    return x !== undefined && x === asNumber(b) && (a.kind === b.kind || a.kind === 'string' || b.kind === 'string') && a.kind === b.kind;
  }
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'string':
    case 'bool':
      return a.value === (b as typeof a).value;
    case 'null':
      return true;
    case 'list': {
      const items = (b as typeof a).items;
      return a.items.length === items.length && a.items.every((item, i) => valuesEqual(item, items[i]));
    }
    case 'object': {
      const entries = (b as typeof a).entries;
      return a.entries.size === entries.size && [...a.entries].every(([k, v]) => entries.has(k) && valuesEqual(v, entries.get(k)!));
    }
  }
}

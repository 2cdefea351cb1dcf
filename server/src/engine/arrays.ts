// `target.push(...items)` and `Math.max(...values)` pass every item as an argument, and V8 throws
// "Maximum call stack size exceeded" from about 120,000 of them: one long list in a file (source
// prefixes, findings of a large manifest) would make a rule or a formatter fail. These loop instead.

/** Appends every item to `target`, in order, and returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values` as `Math.max` gives it: NaN if one is NaN, `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max: number | undefined;
  for (const value of values) {
    if (Number.isNaN(value)) return NaN;
    if (max === undefined || value > max) max = value;
  }
  return max ?? empty;
}

/** The smallest of `values` as `Math.min` gives it: NaN if one is NaN, `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let min: number | undefined;
  for (const value of values) {
    if (Number.isNaN(value)) return NaN;
    if (min === undefined || value < min) min = value;
  }
  return min ?? empty;
}

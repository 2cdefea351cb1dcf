import type { Range } from '../api';

/**
 * A check that a place is reported once: a pod spec or container that several objects reach
 * through a YAML alias is visited once per object, at the same ranges.
 */
export function onceAt(): (at: Range) => boolean {
  const seen = new Set<string>();
  return (at) => {
    const key = `${at.start.line}:${at.start.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

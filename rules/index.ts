import type { AnyRule } from '../server/src/engine/rule';

/** Every rule, sorted by id. `test/catalog.test.ts` checks this list against the rule files. */
export const rules: readonly AnyRule[] = [
];

import { join, relative } from 'node:path';
import type { SeedInput } from './inputs';
import { randomMutation, Random, type MutationStep } from './mutations';
import type { CaseTask } from './protocol';

/** A generated case and how it was made: enough to make it again, or to replay it from a file. */
export interface MutationCase {
  seed: number;
  index: number;
  source: SeedInput;
  steps: MutationStep[];
  task: CaseTask;
  /** Scratch folder of a case checked from disk, to remove afterwards. */
  scratchDir?: string;
}

/** The seed of case `index` of a run: cases are independent, so any one can be made alone. */
export function caseSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

/**
 * Case `index` of the run with `seed`: a random input mutated 1 to 4 times, checked either from
 * memory (parser called directly, then the CLI's parse-and-lint) or, one case in four, through
 * the CLI's file pipeline on a copy under `scratch`, half of those with `--fix`. Every case
 * without fixes lints twice (determinism).
 */
export function mutationCase(seed: number, index: number, inputs: readonly SeedInput[], scratch: string): MutationCase {
  const random = new Random(caseSeed(seed, index));
  const source = random.pick(inputs);
  const { steps, text } = randomMutation(random, source.text, source.syntax);
  const viaCli = random.below(4) === 0;
  // Half the cases from disk also apply safe fixes (written to the copy), then lint what is left.
  const fix = viaCli && random.below(2) === 0;
  // From memory the text keeps its real path, so that its module's other files take part.
  const scratchDir = viaCli ? join(scratch, `case-${index}`) : undefined;
  const path = scratchDir ? join(scratchDir, relative(source.root, source.path)) : source.path;
  const task: CaseTask = {
    path,
    input: { text },
    pipeline: viaCli ? 'cli' : 'parser',
    options: { roots: [scratchDir ?? source.root], fix },
    // A second run would see the fixed file.
    determinism: !fix,
  };
  return { seed, index, source, steps, task, scratchDir };
}

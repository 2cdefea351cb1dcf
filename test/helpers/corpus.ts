import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The real-world corpus the robustness tests read, or undefined when there is none: the folder
 * SHIFTGUARD_CORPUS names, else the first `shared/corpus` found beside the repository or beside
 * one of the folders above it (a checkout next to the corpus, or one level deeper, as CI clones).
 */
export function findCorpus(root: string): string | undefined {
  if (process.env.SHIFTGUARD_CORPUS) {
    const named = resolve(root, process.env.SHIFTGUARD_CORPUS);
    return existsSync(named) ? named : undefined;
  }
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const candidate = join(dirname(dir), 'shared', 'corpus');
    if (existsSync(join(candidate, 'terraform')) && existsSync(join(candidate, 'kubernetes'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

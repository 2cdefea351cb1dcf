import { realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

/** True when `path` is `root` or below it (both as given: resolve links first where it matters). */
export function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

/** True when the real path `real` lies inside one of `roots`, the roots' own links resolved. */
export function insideRoots(roots: readonly string[], real: string): boolean {
  return roots.some((root) => inside(realRoot(root), real));
}

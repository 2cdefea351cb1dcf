import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { detectKind } from '../../server/src/parsers/detect';
import type { FileKind } from '../../server/src/parsers/source';
import { syntaxOf, type Syntax } from './mutations';

/** A file to mutate: where it is (for its module's sibling files) and what it holds. */
export interface SeedInput {
  path: string;
  /** Directory that module reads stay inside. */
  root: string;
  kind: FileKind;
  syntax: Syntax;
  text: string;
}

/** Every lintable file under `dir` (sorted, so that a seed picks the same files everywhere). */
export function lintableFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && detectKind(path)) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** The files under `root` (minus `exclude` folders) as mutation seeds, up to `maxBytes` each. */
export function seedInputs(root: string, options: { exclude?: string[]; maxBytes?: number } = {}): SeedInput[] {
  const maxBytes = options.maxBytes ?? 256 * 1024;
  return lintableFiles(root)
    .filter((path) => !(options.exclude ?? []).some((folder) => relative(root, path).startsWith(`${folder}/`)))
    .filter((path) => statSync(path).size <= maxBytes)
    .map((path) => {
      const kind = detectKind(path)!;
      return { path, root, kind, syntax: syntaxOf(path, kind), text: readFileSync(path, 'utf8') };
    });
}

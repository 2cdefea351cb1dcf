import { existsSync, readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { detectKind } from '../parsers/detect';
import { UsageError } from './args';

/** Directories never walked: dependencies, Terraform's module cache, Git's own data. */
const alwaysSkipped = new Set(['node_modules', '.terraform', '.git']);

/** A file to check: absolute path, and whether it was named on the command line. */
export interface Candidate {
  path: string;
  explicit: boolean;
}

interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function loadGitignore(dir: string): IgnoreLayer | undefined {
  const file = join(dir, '.gitignore');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return { base: dir, rules: ignore().add(text) };
}

/**
 * Git's precedence: the deepest .gitignore that has an opinion about a path wins, so a nested
 * file can re-include (`!name`) what a parent excluded, and the other way round.
 */
function isIgnored(layers: readonly IgnoreLayer[], path: string, isDirectory: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const rel = toPosix(relative(layers[i].base, path));
    if (rel === '' || rel === '..' || rel.startsWith('../')) continue;
    let result: { ignored: boolean; unignored: boolean };
    try {
      result = layers[i].rules.test(isDirectory ? `${rel}/` : rel);
    } catch {
      // The library refuses some legal names (a folder called `...`); Git would not ignore them by pattern either.
      continue;
    }
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

/** The .gitignore files above `dir` up to its Git work tree root (none outside a work tree). */
function ancestorLayers(dir: string): IgnoreLayer[] {
  const chain: string[] = [];
  let current = dirname(dir);
  let root: string | undefined;
  if (existsSync(join(dir, '.git'))) return [];
  while (true) {
    chain.unshift(current);
    if (existsSync(join(current, '.git'))) {
      root = current;
      break;
    }
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (!root) return [];
  return chain.map(loadGitignore).filter((layer): layer is IgnoreLayer => layer !== undefined);
}

function walkDirectory(dir: string, layers: IgnoreLayer[], out: Candidate[]): void {
  const own = loadGitignore(dir);
  const active = own ? [...layers, own] : layers;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    // An unreadable directory is skipped like Git skips it; its files cannot be named anyway.
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (alwaysSkipped.has(entry.name) || isIgnored(active, path, true)) continue;
      walkDirectory(path, active, out);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      if (detectKind(entry.name) === undefined || isIgnored(active, path, false)) continue;
      // A symbolic link counts when it points at a file; links to directories are not followed (no cycles).
      if (entry.isSymbolicLink() && !isRegularFile(path)) continue;
      out.push({ path, explicit: false });
    }
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Expands the command-line paths into the files to check, sorted by path without duplicates.
 * Directories are walked honouring .gitignore files; files named explicitly are always checked.
 * A path that does not exist is a usage error.
 */
export function collectFiles(paths: readonly string[], cwd: string): Candidate[] {
  const found: Candidate[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`no such file or directory: ${given}`);
    }
    if (isDirectory) walkDirectory(path, ancestorLayers(path), found);
    else found.push({ path, explicit: true });
  }
  const byPath = new Map<string, Candidate>();
  for (const candidate of found) {
    const known = byPath.get(candidate.path);
    byPath.set(candidate.path, { path: candidate.path, explicit: candidate.explicit || (known?.explicit ?? false) });
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

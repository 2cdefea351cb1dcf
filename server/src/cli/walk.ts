import fs, { existsSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { detectKind } from '../parsers/detect';
import { UsageError } from './args';
import { explainError, readRegularText, regularFileRefusal, type Refusal } from './read-guard';

/** Directories never walked: dependencies, Terraform's module cache, Git's own data. */
const alwaysSkipped = new Set(['node_modules', '.terraform', '.git']);

/** A file to check: absolute path, and whether it was named on the command line. */
export interface Candidate {
  path: string;
  explicit: boolean;
  /** Set when the walk found the path but it cannot be checked: the note or error to report for it. */
  unread?: { severity: 'error' | 'info'; message: string };
}

/** Larger ignore files are not read: their patterns would cost more to match than they save. */
const maxGitignoreBytes = 1024 * 1024;

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A walked path that is not a regular file. A FIFO or device where a checkable file should be
 * cannot be checked (Terraform or Docker would fail or hang on it): an error. A dangling or looping
 * link has no content to check: a note, so that it is not passed over in silence.
 */
function unreadCandidate(path: string, refusal: Refusal): Candidate {
  const severity = refusal.reason === 'dangling-link' || refusal.reason === 'link-loop' ? 'info' : 'error';
  return { path, explicit: false, unread: { severity, message: `${capitalized(refusal.message)}; not checked.` } };
}

interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function loadGitignore(dir: string, out: Candidate[]): IgnoreLayer | undefined {
  const file = join(dir, '.gitignore');
  const read = readRegularText(file, maxGitignoreBytes);
  if (read.refusal) {
    // Not read, its patterns do not apply: more files are checked, none fewer.
    if (read.refusal.reason !== 'missing') {
      out.push({ path: file, explicit: false, unread: { severity: 'info', message: `Not read (${read.refusal.message}); its patterns were not applied.` } });
    }
    return undefined;
  }
  return { base: dir, rules: ignore().add(read.text) };
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
function ancestorLayers(dir: string, out: Candidate[]): IgnoreLayer[] {
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
  return chain.map((d) => loadGitignore(d, out)).filter((layer): layer is IgnoreLayer => layer !== undefined);
}

function walkDirectory(dir: string, layers: IgnoreLayer[], out: Candidate[]): void {
  const own = loadGitignore(dir, out);
  const active = own ? [...layers, own] : layers;
  let entries: Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    // Its files may be ones that should be checked: the run cannot pass as if they were.
    const message = `Cannot read this directory (${error instanceof Error ? error.message : String(error)}); its files were not checked.`;
    out.push({ path: dir, explicit: false, unread: { severity: 'error', message } });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (alwaysSkipped.has(entry.name) || isIgnored(active, path, true)) continue;
      walkDirectory(path, active, out);
    } else {
      if (detectKind(entry.name) === undefined || isIgnored(active, path, false)) continue;
      if (entry.isFile()) {
        out.push({ path, explicit: false });
        continue;
      }
      // A link counts when it points at a file; links to directories are not followed (no cycles).
      const refusal = regularFileRefusal(path);
      if (!refusal) out.push({ path, explicit: false });
      else if (refusal.reason !== 'directory') out.push(unreadCandidate(path, refusal));
    }
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
    } catch (error) {
      const refusal = explainError(path, error);
      throw new UsageError(`${refusal.reason === 'missing' ? 'no such file or directory' : refusal.message}: ${given}`);
    }
    if (isDirectory) walkDirectory(path, ancestorLayers(path, found), found);
    else found.push({ path, explicit: true });
  }
  const byPath = new Map<string, Candidate>();
  for (const candidate of found) {
    const known = byPath.get(candidate.path);
    byPath.set(candidate.path, { ...(known ?? candidate), explicit: candidate.explicit || (known?.explicit ?? false) });
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

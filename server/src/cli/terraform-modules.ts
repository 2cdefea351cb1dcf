import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { LintContext } from '../engine/lint';
import { TerraformModule } from '../engine/terraform/module';
import type { ModuleSource } from '../engine/terraform/module-calls';
import { parseSource } from '../parsers';
import type { TerraformFile } from '../parsers/terraform/model';

/** Files larger than this are not read for `file()` or as module files. */
const maxReadBytes = 2 * 1024 * 1024;
const moduleFile = /\.(tf|tf\.json|tfvars|tfvars\.json)$/i;

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function readSmall(path: string): string | undefined {
  try {
    if (statSync(path).size > maxReadBytes) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Reads Terraform modules from disk for the engine: all `.tf`, `.tf.json` and `.tfvars` files of
 * a directory, parsed once and cached. Reads stay inside the given roots, after resolving
 * symbolic links, so a module source or `file()` path cannot leave the tree being checked.
 * `overlay` supplies texts that replace the files on disk (open editor buffers).
 */
export class ModuleLoader {
  private readonly cache = new Map<string, TerraformFile[]>();
  private readonly varFileCache = new Map<string, TerraformFile | undefined>();
  /** The last parse of each open buffer that replaces a file. */
  private readonly overlaid = new Map<string, TerraformFile>();

  constructor(
    private readonly roots: readonly string[],
    private readonly overlay: (path: string) => string | undefined = () => undefined,
  ) {}

  /** Forgets what was read from a directory (a file in it changed). */
  invalidate(directory: string): void {
    this.cache.delete(directory);
    for (const path of this.overlaid.keys()) if (dirname(path) === directory) this.overlaid.delete(path);
  }

  private allowed(path: string): string | undefined {
    try {
      const real = realpathSync(path);
      return this.roots.some((root) => inside(root, real)) ? real : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The parsed files of a directory, or undefined when it is outside the roots or unreadable.
   * `except` names a file the caller has parsed itself: it is returned as read from disk.
   */
  files(directory: string, except?: string): TerraformFile[] | undefined {
    const cached = this.cache.get(directory);
    if (cached) return this.withOverlay(cached, except);
    if (!this.allowed(directory)) return undefined;
    let names: string[];
    try {
      names = readdirSync(directory).filter((name) => moduleFile.test(name)).sort();
    } catch {
      return undefined;
    }
    const files: TerraformFile[] = [];
    for (const name of names) {
      const path = join(directory, name);
      const text = readSmall(path);
      const file = text === undefined ? undefined : parseSource(path, text);
      if (file?.kind === 'terraform') files.push(file);
    }
    this.cache.set(directory, files);
    return this.withOverlay(files, except);
  }

  /** Open buffers replace their files; each buffer text is parsed once, however often it is asked for. */
  private withOverlay(files: TerraformFile[], except?: string): TerraformFile[] {
    return files.map((file) => {
      if (file.path === except) return file;
      const text = this.overlay(file.path);
      if (text === undefined || text === file.text) {
        this.overlaid.delete(file.path);
        return file;
      }
      const cached = this.overlaid.get(file.path);
      if (cached?.text === text) return cached;
      const parsed = parseSource(file.path, text);
      if (parsed?.kind !== 'terraform') return file;
      this.overlaid.set(file.path, parsed);
      return parsed;
    });
  }

  /**
   * The parse of `path` made when its directory was read, if the file still has `text`: a file
   * checked on its own is then parsed once, not once more as a sibling of the others.
   */
  parsedWithModule(path: string, text: string): TerraformFile | undefined {
    return this.files(dirname(path))?.find((file) => file.path === path && file.text === text);
  }

  private varFile(path: string): TerraformFile | undefined {
    if (!this.varFileCache.has(path)) {
      const text = readSmall(path);
      const file = text === undefined ? undefined : parseSource(path, text);
      this.varFileCache.set(path, file?.kind === 'terraform' ? file : undefined);
    }
    return this.varFileCache.get(path);
  }

  /** Reads a file for `file()`: relative to the module directory, inside the roots. */
  private readModuleFile(directory: string, path: string): string | undefined {
    const target = resolve(directory, path);
    return this.allowed(target) ? readSmall(target) : undefined;
  }

  readonly loadModule: ModuleSource = (directory) => {
    const real = this.allowed(directory);
    if (!real) return undefined;
    const files = this.files(real);
    return files && files.some((f) => !f.variablesFile) ? { directory: real, files } : undefined;
  };

  /**
   * The context to lint `file` in: its module made of the file itself (as given) and the other
   * files of its directory, with explicit var files (applied last, in order).
   */
  contextFor(file: TerraformFile, varFiles: readonly string[] = []): LintContext {
    const directory = dirname(file.path);
    const siblings = (this.files(directory, file.path) ?? []).filter((f) => f.path !== file.path);
    const module = new TerraformModule(directory, [file, ...siblings], {
      varFiles: varFiles.map((p) => this.varFile(p)).filter((f): f is TerraformFile => f !== undefined),
      readFile: (path) => this.readModuleFile(directory, path),
    });
    return { module, loadModule: this.loadModule };
  }
}

/**
 * One loader (and cache) per set of roots: files checked under the same roots share what was read.
 * `overlay` is passed to every loader (open editor buffers).
 */
export class ModuleLoaders {
  private readonly loaders = new Map<string, ModuleLoader>();

  constructor(private readonly overlay?: (path: string) => string | undefined) {}

  /** The loader for `roots`, or, without roots, for the folder of `path` alone. */
  forRoots(roots: readonly string[] | undefined, path: string): ModuleLoader {
    const effective = roots && roots.length > 0 ? [...roots] : [rootOf(dirname(path))];
    const key = effective.join('\0');
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new ModuleLoader(effective, this.overlay);
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /** Forgets what every loader read from a directory. */
  invalidate(directory: string): void {
    for (const loader of this.loaders.values()) loader.invalidate(directory);
  }
}

/** The root a path belongs to for module reads: the directory checked, or the file's own folder. */
export function rootOf(path: string): string {
  try {
    const real = realpathSync(path);
    return statSync(real).isDirectory() ? real : dirname(real);
  } catch {
    return resolve(path);
  }
}


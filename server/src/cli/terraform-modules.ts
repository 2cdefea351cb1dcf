import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { LintContext } from '../engine/lint';
import { TerraformModule, type FileRefusal } from '../engine/terraform/module';
import type { InstalledModules, LoadedModule, ModuleSource, UnreadFile } from '../engine/terraform/module-calls';
import { parseSource } from '../parsers';
import type { TerraformFile } from '../parsers/terraform/model';
import { inside, insideRoots } from './inside-roots';
import { readRegularText } from './read-guard';

/** Files larger than this are not read for `file()`. */
const maxReadBytes = 2 * 1024 * 1024;
/** Module files are files a run checks, so they have the command line's default size limit. */
const maxModuleFileBytes = 8 * 1024 * 1024;
const moduleFile = /\.(tf|tf\.json|tfvars|tfvars\.json)$/i;
/** The files Terraform reads from a module directory by itself; other `.tfvars` only when named. */
const readByTerraform = /(\.tf|\.tf\.json|^terraform\.tfvars(\.json)?|\.auto\.tfvars(\.json)?)$/i;


interface DirectoryRead {
  files: TerraformFile[];
  /** Files Terraform would read that were not: the module is incomplete without them. */
  unread: UnreadFile[];
}

/**
 * Reads Terraform modules from disk for the engine: all `.tf`, `.tf.json` and `.tfvars` files of
 * a directory, parsed once and cached. Reads stay inside the given roots, after resolving
 * symbolic links, so a module source or `file()` path cannot leave the tree being checked.
 * `overlay` supplies texts that replace the files on disk (open editor buffers).
 */
export class ModuleLoader {
  private readonly cache = new Map<string, DirectoryRead>();
  private readonly varFileCache = new Map<string, TerraformFile | UnreadFile>();
  private readonly manifestCache = new Map<string, InstalledModules | undefined>();
  /** The last parse of each open buffer that replaces a file. */
  private readonly overlaid = new Map<string, TerraformFile>();

  constructor(
    private readonly roots: readonly string[],
    private readonly overlay: (path: string) => string | undefined = () => undefined,
  ) {}

  /** Forgets what was read from a directory (a file in it changed). */
  invalidate(directory: string): void {
    this.cache.delete(directory);
    this.manifestCache.delete(directory);
    // modules.json changed: `terraform init` ran in the root module two levels up, and may have
    // replaced every module it installed.
    if (/[\\/]\.terraform[\\/]modules$/.test(directory)) {
      this.manifestCache.delete(dirname(dirname(directory)));
      for (const cached of this.cache.keys()) if (inside(directory, cached)) this.cache.delete(cached);
    }
    for (const path of this.overlaid.keys()) if (dirname(path) === directory) this.overlaid.delete(path);
  }

  /** The real path of `path` when it exists and lies inside the roots. */
  private locate(path: string): { real: string } | { notRead: 'outside' | 'missing' } {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return { notRead: 'missing' };
    }
    return insideRoots(this.roots, real) ? { real } : { notRead: 'outside' };
  }

  private allowed(path: string): string | undefined {
    const located = this.locate(path);
    return 'real' in located ? located.real : undefined;
  }

  private read(directory: string): DirectoryRead | undefined {
    const cached = this.cache.get(directory);
    if (cached) return cached;
    if (!this.allowed(directory)) return undefined;
    let names: string[];
    try {
      names = readdirSync(directory).filter((name) => moduleFile.test(name)).sort();
    } catch {
      return undefined;
    }
    const read: DirectoryRead = { files: [], unread: [] };
    for (const name of names) {
      const path = join(directory, name);
      const text = readRegularText(path, maxModuleFileBytes);
      if (text.refusal) {
        // A link to a directory named like a module file is no file of the module, for Terraform neither.
        if (readByTerraform.test(name) && text.refusal.reason !== 'directory') read.unread.push({ path, reason: text.refusal.message });
        continue;
      }
      const file = parseSource(path, text.text);
      if (file?.kind === 'terraform') read.files.push(file);
    }
    this.cache.set(directory, read);
    return read;
  }

  /**
   * The parsed files of a directory, or undefined when it is outside the roots or unreadable.
   * `except` names a file the caller has parsed itself: it is returned as read from disk.
   */
  files(directory: string, except?: string): TerraformFile[] | undefined {
    const read = this.read(directory);
    return read && this.withOverlay(read.files, except);
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

  private varFile(path: string): TerraformFile | UnreadFile {
    let cached = this.varFileCache.get(path);
    if (!cached) {
      const text = readRegularText(path, maxModuleFileBytes);
      const file = text.refusal ? undefined : parseSource(path, text.text);
      cached = file?.kind === 'terraform' ? file : { path, reason: text.refusal?.message ?? 'not a Terraform variables file' };
      this.varFileCache.set(path, cached);
    }
    return cached;
  }

  /**
   * Reads a file for `file()`: relative to the module directory, inside the roots. A missing file
   * is only unknown (it is often made by the build); one that exists but is not read is refused.
   */
  private readModuleFile(directory: string, path: string): string | FileRefusal | undefined {
    const located = this.locate(resolve(directory, path));
    if (!('real' in located)) return located.notRead === 'outside' ? { unread: 'outside the checked tree', severity: 'info' } : undefined;
    const read = readRegularText(located.real, maxReadBytes);
    if (!read.refusal) return read.text;
    switch (read.refusal.reason) {
      case 'missing':
        return undefined;
      case 'too-large':
        return { unread: read.refusal.message, severity: 'info' };
      default:
        return { unread: read.refusal.message, severity: 'error' };
    }
  }

  readonly loadModule: ModuleSource = (directory): LoadedModule => {
    const located = this.locate(directory);
    if (!('real' in located)) return { directory, files: [], notRead: located.notRead };
    const read = this.read(located.real);
    if (!read) return { directory: located.real, files: [], notRead: 'missing' };
    const files = this.withOverlay(read.files);
    if (read.unread.length > 0) return { directory: located.real, files, unread: read.unread };
    return files.some((f) => !f.variablesFile) ? { directory: located.real, files } : { directory: located.real, files, notRead: 'no-configuration' };
  };

  /**
   * The context to lint `file` in: its module made of the file itself (as given) and the other
   * files of its directory, with explicit var files (applied last, in order). Files of the module
   * or var files that could not be read are named in `unread`.
   */
  contextFor(file: TerraformFile, varFiles: readonly string[] = []): LintContext {
    const directory = dirname(file.path);
    const siblings = (this.files(directory, file.path) ?? []).filter((f) => f.path !== file.path);
    const vars = varFiles.map((p) => this.varFile(p));
    const unread = [
      ...(this.read(directory)?.unread ?? []).filter((u) => u.path !== file.path),
      ...vars.filter((v): v is UnreadFile => !('kind' in v)),
    ];
    const module = new TerraformModule(directory, [file, ...siblings], {
      varFiles: vars.filter((v): v is TerraformFile => 'kind' in v),
      readFile: (path) => this.readModuleFile(directory, path),
    });
    const installedModules = this.installedModules(directory);
    return { module, loadModule: this.loadModule, ...(installedModules ? { installedModules } : {}), ...(unread.length > 0 ? { unread } : {}) };
  }

  /**
   * The modules `terraform init` installed for the root module in `directory`, from
   * `.terraform/modules/modules.json`; undefined when there is none. The directories it names are
   * read as modules (never as files of the project, which the walk skips), and only when they lie
   * below the root module: the loader keeps them inside the checked tree as any module.
   */
  private installedModules(directory: string): InstalledModules | undefined {
    if (this.manifestCache.has(directory)) return this.manifestCache.get(directory);
    const path = join(directory, '.terraform', 'modules', 'modules.json');
    let installed: InstalledModules | undefined;
    const located = this.locate(path);
    if ('real' in located) {
      const text = readRegularText(located.real, maxModuleFileBytes);
      installed = text.refusal ? { problem: text.refusal.message } : parseManifest(directory, text.text);
    } else if (located.notRead === 'outside') {
      installed = { problem: 'it lies outside the checked tree' };
    }
    this.manifestCache.set(directory, installed);
    return installed;
  }
}

/**
 * Reads `.terraform/modules/modules.json` (`{"Modules": [{"Key", "Source", "Dir"}, ...]}`), whose
 * `Dir` is relative to the root module: a directory that is not below the root module is refused.
 */
export function parseManifest(rootDirectory: string, text: string): InstalledModules {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problem: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const modules = (parsed as { Modules?: unknown } | null)?.Modules;
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray(modules)) return { problem: 'no "Modules" list' };
  const directories = new Map<string, string>();
  const refused = new Map<string, string>();
  for (const [index, entry] of modules.entries()) {
    const { Key: key, Dir: dir } = (entry ?? {}) as { Key?: unknown; Dir?: unknown };
    if (typeof key !== 'string' || typeof dir !== 'string') return { problem: `entry ${index + 1} has no "Key" and "Dir" strings` };
    if (key === '') continue;
    const resolved = resolve(rootDirectory, dir);
    if (isAbsolute(dir) || resolved === rootDirectory || !inside(rootDirectory, resolved)) refused.set(key, `"${dir}", which is not below the root module`);
    else directories.set(key, resolved);
  }
  return { directories, refused };
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

/**
 * The root a path belongs to for module reads and fix writes: the directory checked, or the
 * folder a file is named in (not the folder a link leads to: that one was not asked for).
 */
export function rootOf(path: string): string {
  try {
    return statSync(path).isDirectory() ? realpathSync(path) : realpathSync(dirname(path));
  } catch {
    return resolve(path);
  }
}


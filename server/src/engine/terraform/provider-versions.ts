import { parseTerraform } from '../../parsers/terraform/parse';
import type { TerraformModule } from './module';
import { asString, type TfEvalValue } from './value';

/** The dependency lock file Terraform writes beside the root module on `terraform init`. */
export const lockFileName = '.terraform.lock.hcl';

/** Registries whose host may be left out of a provider source address. */
const defaultHosts = new Set(['registry.terraform.io', 'registry.opentofu.org']);

/**
 * A provider source address without its default registry host, lower-cased:
 * `hashicorp/azurerm` for `registry.terraform.io/hashicorp/azurerm`, `HashiCorp/AzureRM` or a
 * bare `azurerm` (which Terraform reads as `hashicorp/azurerm`).
 */
export function normalizeProviderSource(source: string): string {
  const parts = source.trim().toLowerCase().split('/');
  if (parts.length === 3 && defaultHosts.has(parts[0])) return `${parts[1]}/${parts[2]}`;
  if (parts.length === 1) return `hashicorp/${parts[0]}`;
  return parts.join('/');
}

/** A version as its numeric segments (`4.12.0` → [4, 12, 0]); undefined when it is not one. */
function segments(text: string): number[] | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(text.trim());
  if (!match) return undefined;
  return match.slice(1).filter((part) => part !== undefined).map(Number);
}

/** The range of majors a version constraint allows: [lowest, highest], highest undefined when unbounded. */
interface MajorRange {
  low: number;
  high: number | undefined;
}

/**
 * The majors one constraint string allows (`~> 4.0`, `>= 4.0, < 5.0`, `4.1.0`, `= 4.1`),
 * with go-version's semantics for `~>`: `~> 4` is `>= 4`, `~> 4.1` is `>= 4.1, < 5`,
 * `~> 4.1.2` is `>= 4.1.2, < 4.2`. Undefined when a part cannot be read; `!=` narrows nothing.
 */
export function constraintMajors(constraint: string): MajorRange | undefined {
  const range: MajorRange = { low: 0, high: undefined };
  const lower = (major: number) => (range.low = Math.max(range.low, major));
  const upper = (major: number) => (range.high = range.high === undefined ? major : Math.min(range.high, major));
  for (const part of constraint.split(',')) {
    const match = /^(~>|>=|<=|!=|=|>|<)?\s*(\S+)$/.exec(part.trim());
    if (!match) return undefined;
    const version = segments(match[2]);
    if (!version) return undefined;
    const [major, minor = 0, patch = 0] = version;
    switch (match[1]) {
      case undefined:
      case '=':
        lower(major);
        upper(major);
        break;
      case '>=':
        lower(major);
        break;
      case '>':
        // `> 4` allows 4.0.1; `> 4.99.99` still allows a later 4.x: the major stays.
        lower(major);
        break;
      case '<':
        upper(minor === 0 && patch === 0 ? major - 1 : major);
        break;
      case '<=':
        upper(major);
        break;
      case '~>':
        lower(major);
        if (version.length > 1) upper(major);
        break;
      case '!=':
        break;
    }
  }
  return range;
}

/** The constraints a module's own files put on a provider: `required_providers` entries and legacy `provider { version }`. */
function constraintsOf(module: TerraformModule, source: string): string[] | undefined {
  const name = source.split('/').pop()!;
  const constraints: string[] = [];
  let unreadable = false;
  const read = (value: TfEvalValue | undefined) => {
    if (value === undefined) return;
    const text = asString(value);
    if (text === undefined) {
      if (value.kind !== 'null') unreadable = true;
    } else if (text.trim() !== '') constraints.push(text);
  };
  for (const file of module.configFiles) {
    for (const terraform of file.blocks.filter((b) => b.type === 'terraform')) {
      for (const required of terraform.blocksOf('required_providers')) {
        for (const attribute of required.attributes) {
          const value = module.evaluate(attribute.value, file);
          if (value.kind === 'string') {
            // Terraform 0.12 form: `azurerm = "~> 2.0"`, the local name being the type.
            if (normalizeProviderSource(attribute.name) === source) read(value);
          } else if (value.kind === 'object') {
            const declared = asString(value.entries.get('source'));
            const address = normalizeProviderSource(declared ?? attribute.name);
            if (address === source) read(value.entries.get('version'));
          } else if (attribute.name === name) {
            unreadable = true;
          }
        }
      }
    }
    for (const provider of file.providers(name)) {
      const version = provider.attribute('version');
      if (version) read(module.evaluate(version.value, file));
    }
  }
  return unreadable ? undefined : constraints;
}

/** The version a lock file selects for a provider; undefined when it has no entry or no text. */
export function lockedVersion(lockFile: string, source: string): string | undefined {
  const file = parseTerraform(lockFileName, lockFile);
  for (const block of file.blocks) {
    if (block.type !== 'provider' || !block.labels[0] || normalizeProviderSource(block.labels[0].value) !== source) continue;
    const version = block.attribute('version');
    return version?.value.kind === 'string' ? version.value.value : undefined;
  }
  return undefined;
}

const cache = new WeakMap<TerraformModule, Map<string, number | undefined>>();
const lockCache = new WeakMap<TerraformModule, { text: string | undefined }>();

/** True when `.terraform.lock.hcl` beside the module selects a version of the provider. */
export function isLocked(module: TerraformModule, provider: string): boolean {
  const lock = lockFileOf(module);
  return lock !== undefined && lockedVersion(lock, normalizeProviderSource(provider)) !== undefined;
}

function lockFileOf(module: TerraformModule): string | undefined {
  let entry = lockCache.get(module);
  if (!entry) {
    // No origin: a lock file that is not read only leaves the version unknown, it is no note.
    entry = { text: module.environment.readFile(lockFileName) };
    lockCache.set(module, entry);
  }
  return entry.text;
}

/**
 * The major version of a provider (`hashicorp/azurerm`) that the module runs with, if known:
 * the version `.terraform.lock.hcl` beside the module selects; else the one major that the
 * module's version constraints allow (`~> 4.0`, `4.1.0`, `>= 4.0, < 5.0`, in
 * `required_providers` or a legacy `provider` block); else undefined. Modules called by
 * another module see no lock file (it lies beside the root), only their own constraints.
 */
export function providerMajor(module: TerraformModule, provider: string): number | undefined {
  const source = normalizeProviderSource(provider);
  let perModule = cache.get(module);
  if (!perModule) {
    perModule = new Map();
    cache.set(module, perModule);
  }
  if (perModule.has(source)) return perModule.get(source);
  const major = computeMajor(module, source);
  perModule.set(source, major);
  return major;
}

function computeMajor(module: TerraformModule, source: string): number | undefined {
  const lock = lockFileOf(module);
  const locked = lock === undefined ? undefined : lockedVersion(lock, source);
  const lockedMajor = locked === undefined ? undefined : segments(locked)?.[0];
  if (lockedMajor !== undefined) return lockedMajor;
  const constraints = constraintsOf(module, source);
  if (!constraints || constraints.length === 0) return undefined;
  const range: MajorRange = { low: 0, high: undefined };
  for (const constraint of constraints) {
    const allowed = constraintMajors(constraint);
    if (!allowed) return undefined;
    range.low = Math.max(range.low, allowed.low);
    if (allowed.high !== undefined) range.high = range.high === undefined ? allowed.high : Math.min(range.high, allowed.high);
  }
  return range.high !== undefined && range.high === range.low ? range.low : undefined;
}

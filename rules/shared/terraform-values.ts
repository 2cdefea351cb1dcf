import type { Range } from '../../server/src/engine/text';
import type { TerraformFile, TfBlock, TfObject, TfValue } from '../../server/src/parsers/terraform/model';

/**
 * Named fields of a block body or of an object value. Some provider arguments (security group
 * `ingress`, NSG `security_rule`) may be written as blocks or as a list of objects: rules read both
 * through this view.
 */
export interface TfFields {
  get(name: string): TfValue | undefined;
}

export function blockFields(block: TfBlock): TfFields {
  return { get: (name) => block.attribute(name)?.value };
}

export function objectFields(object: TfObject): TfFields {
  return { get: (name) => object.entries.find((e) => e.key === name)?.value };
}

/** The value of a string literal; undefined for anything else. */
export function literalString(value: TfValue | undefined): string | undefined {
  return value?.kind === 'string' ? value.value : undefined;
}

/** A literal boolean, also written as the string `"true"`/`"false"` (Terraform converts it). */
export function literalBool(value: TfValue | undefined): boolean | undefined {
  if (value?.kind === 'bool') return value.value;
  if (value?.kind === 'string') {
    const text = value.value.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  return undefined;
}

/** A literal number, also written as a numeric string (`"22"`). */
export function literalNumber(value: TfValue | undefined): number | undefined {
  if (value?.kind === 'number') return value.value;
  if (value?.kind === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value.value)) return Number(value.value);
  return undefined;
}

/** A literal string or number as text (`"tcp"`, `6`, `-1`), for arguments that accept both. */
export function literalText(value: TfValue | undefined): string | undefined {
  if (value?.kind === 'string') return value.value;
  if (value?.kind === 'number') return value.text;
  return undefined;
}

/** The items of a literal list; undefined when the list itself is computed. */
export function listItems(value: TfValue | undefined): TfValue[] | undefined {
  return value?.kind === 'tuple' ? value.items : undefined;
}

/**
 * True for a resource that creates nothing as written: literal `count = 0`, or a literal empty
 * `for_each`. Anything computed may create instances, so it is checked.
 */
export function createsNothing(resource: TfBlock): boolean {
  const count = resource.attribute('count')?.value;
  if (literalNumber(count) === 0) return true;
  const forEach = resource.attribute('for_each')?.value;
  if (forEach?.kind === 'tuple') return forEach.items.length === 0;
  if (forEach?.kind === 'object') return forEach.entries.length === 0;
  return false;
}

/**
 * Whether a CIDR literal covers every address: any `/0` prefix, IPv4 or IPv6 (`0.0.0.0/0`, `::/0`).
 * The address bits of a `/0` prefix do not matter.
 */
export function isWorldCidr(cidr: string): boolean {
  const match = /^\s*([0-9a-fA-F.:]+)\/0+\s*$/.exec(cidr);
  return match !== null && (match[1].includes('.') || match[1].includes(':'));
}

/**
 * A port range as written by Azure and GCP (`"22"`, `"20-30"`, `*`). Returns undefined for
 * text that is not a literal range.
 */
export function parsePortRange(text: string): { from: number; to: number } | undefined {
  const trimmed = text.trim();
  if (trimmed === '*') return { from: 0, to: 65535 };
  const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(trimmed);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return from <= to ? { from, to } : undefined;
}

/** Remote administration ports the 2.3 rules look for. */
export const adminPorts = [
  { port: 22, service: 'SSH' },
  { port: 3389, service: 'RDP' },
] as const;

/** The administration services whose port lies in one of the ranges, e.g. `SSH (22)`. */
export function exposedServices(ranges: readonly { from: number; to: number }[]): string[] {
  return adminPorts
    .filter(({ port }) => ranges.some((r) => r.from <= port && port <= r.to))
    .map(({ port, service }) => `${service} (${port})`);
}

/**
 * Where to report something missing from a block: its header. In JSON the header runs from the
 * `"resource"` key over every enclosing object, so the block's own name key is used instead.
 */
export function headerAnchor(file: TerraformFile, block: TfBlock): Range {
  const last = block.labels[block.labels.length - 1];
  return file.json && last ? last.range : block.headerRange;
}

/**
 * Override files (`override.tf`, `*_override.tf`, and their JSON forms) patch blocks defined
 * elsewhere: an argument missing there is not missing from the merged configuration.
 */
export function isOverrideFile(file: TerraformFile): boolean {
  const name = file.path.split(/[\\/]/).pop() ?? '';
  return /^(?:.*_)?override\.tf(?:\.json)?$/i.test(name);
}

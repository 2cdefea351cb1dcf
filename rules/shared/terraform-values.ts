import type { Range, TerraformFile, TfBlock } from '../api';

/**
 * Whether a CIDR covers every address: any `/0` prefix, IPv4 or IPv6 (`0.0.0.0/0`, `::/0`).
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

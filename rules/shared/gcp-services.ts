import { asBool, asString, type BlockView, type Range, type TerraformFile, type TerraformModule, type TfBlock, type TfEvalValue } from '../api';
import { googleDoc } from './gcp-hardening';
import type { CheckScope } from './terraform-attribute-check';
import { attributeOf, itemsOf, moduleFor, resourceInstances, type Located } from './terraform-evaluated';
import { isOverrideFile, isWorldCidr, parsePortRange } from './terraform-values';

/**
 * The enabled ingress rules among the file's `google_compute_firewall` instances. None for an
 * override file: its firewall merges with one defined elsewhere, whose direction and sources are not seen.
 */
export function ingressFirewalls(file: TerraformFile, module: TerraformModule | undefined): BlockView[] {
  if (isOverrideFile(file)) return [];
  return resourceInstances(moduleFor(file, module), file, 'google_compute_firewall').filter((firewall) => {
    if (asBool(firewall.value('disabled')) === true) return false;
    const direction = firewall.value('direction');
    return !direction || direction.kind === 'null' || asString(direction)?.trim().toUpperCase() === 'INGRESS';
  });
}

/** True when a list argument is absent, null or a known empty list; undefined when it is not known. */
function isEmptyList(value: Located | undefined): boolean | undefined {
  if (!value || value.value.kind === 'null') return true;
  return value.value.kind === 'list' ? value.value.items.length === 0 : undefined;
}

/** Where a firewall admits the internet: a world CIDR of `source_ranges`, or an empty list that means 0.0.0.0/0. */
export interface WorldSource {
  at: Range;
  value: TfEvalValue;
  /** The CIDR as written; undefined for the empty list. */
  cidr?: string;
}

/** The places where a firewall rule admits the whole internet; none when its sources are not known. */
export function worldSources(firewall: BlockView): WorldSource[] {
  const ranges = attributeOf(firewall, 'source_ranges');
  const items = itemsOf(ranges);
  if (!ranges || !items) return [];
  const found: WorldSource[] = [];
  for (const item of items) {
    const cidr = item.value.kind === 'string' ? item.value.value : undefined;
    if (cidr !== undefined && isWorldCidr(cidr)) found.push({ at: item.at, value: item.value, cidr });
  }
  // The provider only asks that one source argument be set; the API fills an empty one with 0.0.0.0/0.
  const noOtherSource =
    isEmptyList(attributeOf(firewall, 'source_tags')) === true && isEmptyList(attributeOf(firewall, 'source_service_accounts')) === true;
  if (items.length === 0 && noOtherSource) found.push({ at: ranges.at, value: ranges.value });
  return found;
}

const engines = { POSTGRES: 'postgres', MYSQL: 'mysql', SQLSERVER: 'sqlserver' } as const;
const engineNames = { POSTGRES: 'PostgreSQL', MYSQL: 'MySQL', SQLSERVER: 'SQL Server' } as const;

/** The links of a Cloud SQL database-flag rule: the provider argument and the engine's flag reference. */
export function sqlFlagLinks(engine: keyof typeof engines): { title: string; url: string }[] {
  return [
    googleDoc('google_sql_database_instance', 'database_flags'),
    { title: `Cloud SQL for ${engineNames[engine]} flags`, url: `https://cloud.google.com/sql/docs/${engines[engine]}/flags` },
  ];
}

/**
 * Services that are never meant to face the internet, by port: databases, caches, file sharing,
 * cluster agents. Web ports, DNS, mail and VPN ports are left out: serving them publicly is often the point.
 */
const backendPorts: readonly (readonly [number, string])[] = [
  [21, 'FTP'], [23, 'Telnet'], [135, 'MS RPC'], [139, 'NetBIOS'], [161, 'SNMP'], [389, 'LDAP'], [445, 'SMB'],
  [1433, 'SQL Server'], [1521, 'Oracle'], [2049, 'NFS'], [2375, 'Docker'], [2376, 'Docker'], [2379, 'etcd'],
  [3306, 'MySQL'], [5432, 'PostgreSQL'], [5900, 'VNC'], [5985, 'WinRM'], [5986, 'WinRM'], [6379, 'Redis'],
  [9042, 'Cassandra'], [9092, 'Kafka'], [9200, 'Elasticsearch'], [9300, 'Elasticsearch'], [10250, 'kubelet'],
  [11211, 'Memcached'], [27017, 'MongoDB'],
];
const adminPorts: readonly (readonly [number, string])[] = [[22, 'SSH'], [3389, 'RDP']];
/** Protocols with ports; `all`, or one of these without ports, opens every port. */
const portProtocols = new Set(['tcp', 'udp', 'sctp', '6', '17', '132']);

/** What a firewall match opens: every port, or named services. */
export type FirewallOpening = { all: true; what: string } | { all: false; services: string[] };

/**
 * What an `allow {}` block (or a policy rule's `layer4_configs`) opens; undefined when it cannot
 * be told or opens nothing of interest. `admin` counts SSH and RDP as well.
 */
export function firewallOpening(match: BlockView, protocolKey: string, admin = false): FirewallOpening | undefined {
  const protocol = asString(match.value(protocolKey))?.trim().toLowerCase();
  if (protocol === 'all') return { all: true, what: 'every protocol and port' };
  if (protocol === undefined || !portProtocols.has(protocol)) return undefined;
  const ports = match.value('ports');
  if (!ports || ports.kind === 'null' || (ports.kind === 'list' && ports.items.length === 0)) return { all: true, what: `every ${protocol.toUpperCase()} port` };
  if (ports.kind !== 'list') return undefined;
  const ranges = ports.items.flatMap((item) => {
    const text = asString(item);
    const range = text === undefined ? undefined : parsePortRange(text);
    return range ? [range] : [];
  });
  if (ranges.some((r) => r.from <= 1 && r.to >= 65535)) return { all: true, what: `every ${protocol.toUpperCase()} port` };
  const services = [...(admin ? adminPorts : []), ...backendPorts]
    .filter(([port]) => ranges.some((r) => r.from <= port && port <= r.to))
    .map(([port, name]) => `${name} (${port})`);
  return services.length > 0 ? { all: false, services } : undefined;
}

/** Whether a string argument names something (a key, a bucket, a policy): not empty; undefined when not a known string. */
export function isNamed(value: TfEvalValue): boolean | undefined {
  const text = asString(value);
  return text === undefined ? undefined : text.trim() !== '';
}

/** Whether a known enum-like string (compared in upper case) is not one of `values`; undefined when not a known string. */
export function isNoneOf(...values: string[]): (value: TfEvalValue) => boolean | undefined {
  return (value) => {
    const text = asString(value)?.trim().toUpperCase();
    return text === undefined ? undefined : !values.includes(text);
  };
}

/** Whether a Cloud Functions (1st gen) function is HTTP-triggered: it has no event trigger (one not known before apply counts as one). */
export function isHttpFunction({ resource }: CheckScope): boolean {
  return resource.blocks('event_trigger').length === 0 && !resource.hasUnknownBlocks('event_trigger');
}

/**
 * Whether an argument, at a path through nested blocks, is read from a file (`file()`,
 * `filebase64()`, `templatefile()`) in any of those blocks: the file may be kept out of the repository.
 */
export function readsFile(block: TfBlock, path: string): boolean {
  const [name, ...rest] = path.split('.');
  if (rest.length === 0) {
    const written = block.attribute(name)?.value;
    return written?.kind === 'expression' && /\b(?:file|filebase64|templatefile)\s*\(/.test(written.text);
  }
  return block.blocksOf(name).some((child) => readsFile(child, rest.join('.')));
}

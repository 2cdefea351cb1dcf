import { asBool, asString, defineRule, type BlockView } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { attributeOf, itemsOf, moduleFor, resourceInstances, type Located } from '../shared/terraform-evaluated';
import { isOverrideFile, isWorldCidr, parsePortRange } from '../shared/terraform-values';

/**
 * Services that are never meant to face the internet, by port. SSH and RDP are TF-003's; web
 * ports, DNS, mail and VPN ports are left out: serving them publicly is often the point.
 */
const backendPorts: readonly (readonly [number, string])[] = [
  [21, 'FTP'], [23, 'Telnet'], [135, 'MS RPC'], [139, 'NetBIOS'], [161, 'SNMP'], [389, 'LDAP'], [445, 'SMB'],
  [1433, 'SQL Server'], [1521, 'Oracle'], [2049, 'NFS'], [2375, 'Docker'], [2376, 'Docker'], [2379, 'etcd'],
  [3306, 'MySQL'], [5432, 'PostgreSQL'], [5900, 'VNC'], [5985, 'WinRM'], [5986, 'WinRM'], [6379, 'Redis'],
  [9042, 'Cassandra'], [9092, 'Kafka'], [9200, 'Elasticsearch'], [9300, 'Elasticsearch'], [10250, 'kubelet'],
  [11211, 'Memcached'], [27017, 'MongoDB'],
];
/** Protocols with ports; `all` (or its absence of ports) opens every port. */
const portProtocols = new Set(['tcp', 'udp', 'sctp', '6', '17', '132']);

type Opening = { all: true; what: string } | { all: false; services: string[] };

/** What an `allow {}` block opens; undefined when it cannot be told or opens nothing of interest. */
function openingOf(allow: BlockView): Opening | undefined {
  const protocol = asString(allow.value('protocol'))?.trim().toLowerCase();
  if (protocol === 'all') return { all: true, what: 'every protocol and port' };
  if (protocol === undefined || !portProtocols.has(protocol)) return undefined;
  const ports = allow.value('ports');
  if (!ports || ports.kind === 'null' || (ports.kind === 'list' && ports.items.length === 0)) return { all: true, what: `every ${protocol.toUpperCase()} port` };
  if (ports.kind !== 'list') return undefined;
  const ranges = ports.items.flatMap((item) => {
    const text = asString(item);
    const range = text === undefined ? undefined : parsePortRange(text);
    return range ? [range] : [];
  });
  if (ranges.some((r) => r.from <= 1 && r.to >= 65535)) return { all: true, what: `every ${protocol.toUpperCase()} port` };
  const services = backendPorts.filter(([port]) => ranges.some((r) => r.from <= port && port <= r.to)).map(([port, name]) => `${name} (${port})`);
  return services.length > 0 ? { all: false, services } : undefined;
}

/** True when a list argument is absent, null or a known empty list; undefined when it is not known. */
function isEmptyList(value: Located | undefined): boolean | undefined {
  if (!value || value.value.kind === 'null') return true;
  return value.value.kind === 'list' ? value.value.items.length === 0 : undefined;
}

export default defineRule({
  id: 'TF-251',
  title: 'Do not open every port or database and file-sharing ports to the internet in GCP firewall rules',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.2'],
  frameworks: exposure(),
  docs: {
    rationale:
      'An ingress rule that allows every protocol, or a protocol without ports, from 0.0.0.0/0 or ::/0 exposes every ' +
      'service of the matching VMs to the internet, including those that listen only for the VPC; one that allows a ' +
      'database, cache, file-sharing or cluster port (MySQL, PostgreSQL, Redis, SMB, NFS, etcd, kubelet, ...) exposes a ' +
      'service that is scanned for within minutes of getting an address. An empty source_ranges with no source tags or ' +
      'service accounts admits 0.0.0.0/0 as well. SSH and RDP are reported by TF-003.',
    remediation:
      'Allow only the ports the service needs, from the ranges that need them (load balancer and health-check ranges ' +
      '130.211.0.0/22 and 35.191.0.0/16, IAP 35.235.240.0/20, or internal ranges), and reach back-end services through ' +
      'private networking.',
    links: [googleDoc('google_compute_firewall'), { title: 'VPC firewall rules', url: 'https://cloud.google.com/firewall/docs/firewalls' }],
  },
  messages: {
    allOpen: 'Ingress from {{cidr}} is allowed on {{what}}: every service of the matching VMs faces the internet.',
    backendOpen: 'Ingress from {{cidr}} is allowed to {{services}}, which should not face the internet.',
  },
  examples: {
    bad:
      'resource "google_compute_firewall" "all" {\n  name    = "allow-all"\n  network = "default"\n\n  allow {\n' +
      '    protocol = "all"\n  }\n\n  source_ranges = ["0.0.0.0/0"]\n}\n',
    good:
      'resource "google_compute_firewall" "web" {\n  name    = "allow-web"\n  network = "default"\n\n  allow {\n' +
      '    protocol = "tcp"\n    ports    = ["443"]\n  }\n\n  source_ranges = ["0.0.0.0/0"]\n}\n',
  },
  check({ file, module, report }) {
    // No edit: which ranges or ports should be allowed instead is not in the configuration.
    if (isOverrideFile(file)) return;
    for (const firewall of resourceInstances(moduleFor(file, module), file, 'google_compute_firewall')) {
      if (asBool(firewall.value('disabled')) === true) continue;
      const direction = firewall.value('direction');
      if (direction && direction.kind !== 'null' && asString(direction)?.trim().toUpperCase() !== 'INGRESS') continue;
      if (firewall.hasUnknownBlocks('allow')) continue;
      const openings = firewall.blocks('allow').flatMap((allow) => openingOf(allow) ?? []);
      if (openings.length === 0) continue;
      const all = openings.find((o): o is Extract<Opening, { all: true }> => o.all);
      const services = [...new Set(openings.flatMap((o) => (o.all ? [] : o.services)))];
      const finding: { messageId: 'allOpen' | 'backendOpen'; data: Record<string, string> } = all
        ? { messageId: 'allOpen', data: { what: all.what } }
        : { messageId: 'backendOpen', data: { services: services.join(', ') } };

      const ranges = attributeOf(firewall, 'source_ranges');
      const items = itemsOf(ranges);
      if (!ranges || !items) continue;
      for (const item of items) {
        const cidr = item.value.kind === 'string' ? item.value.value : undefined;
        if (cidr !== undefined && isWorldCidr(cidr)) report({ at: item.at, messageId: finding.messageId, data: { ...finding.data, cidr }, value: item.value });
      }
      // The API fills an empty source_ranges with 0.0.0.0/0 when no other source is set.
      const noOtherSource =
        isEmptyList(attributeOf(firewall, 'source_tags')) === true && isEmptyList(attributeOf(firewall, 'source_service_accounts')) === true;
      if (items.length === 0 && noOtherSource) report({ at: ranges.at, messageId: finding.messageId, data: { ...finding.data, cidr: '0.0.0.0/0 (empty source_ranges)' }, value: ranges.value });
    }
  },
});

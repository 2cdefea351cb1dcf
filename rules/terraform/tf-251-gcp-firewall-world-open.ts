import { defineRule } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { firewallOpening, ingressFirewalls, worldSources, type FirewallOpening } from '../shared/gcp-services';

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
    for (const firewall of ingressFirewalls(file, module)) {
      if (firewall.hasUnknownBlocks('allow')) continue;
      const openings = firewall.blocks('allow').flatMap((allow) => firewallOpening(allow, 'protocol') ?? []);
      if (openings.length === 0) continue;
      const all = openings.find((o): o is Extract<FirewallOpening, { all: true }> => o.all);
      const services = [...new Set(openings.flatMap((o) => (o.all ? [] : o.services)))];
      const finding: { messageId: 'allOpen' | 'backendOpen'; data: Record<string, string> } = all
        ? { messageId: 'allOpen', data: { what: all.what } }
        : { messageId: 'backendOpen', data: { services: services.join(', ') } };

      for (const source of worldSources(firewall)) {
        const cidr = source.cidr ?? '0.0.0.0/0 (empty source_ranges)';
        report({ at: source.at, messageId: finding.messageId, data: { ...finding.data, cidr }, value: source.value });
      }
    }
  },
});

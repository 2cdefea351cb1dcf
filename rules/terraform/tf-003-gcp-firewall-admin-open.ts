import { defineRule, type BlockView } from '../api';
import { ingressFirewalls, worldSources } from '../shared/gcp-services';
import { asString } from '../shared/terraform-evaluated';
import { exposedServices, parsePortRange } from '../shared/terraform-values';

/** Port ranges an `allow {}` block opens; an absent or empty `ports` list means every port. */
function allowedRanges(allow: BlockView): { from: number; to: number }[] {
  const protocol = asString(allow.value('protocol'))?.trim().toLowerCase();
  if (protocol !== 'tcp' && protocol !== 'all' && protocol !== '6') return [];
  const ports = allow.value('ports');
  if (!ports || ports.kind === 'null') return [{ from: 0, to: 65535 }];
  if (ports.kind !== 'list') return [];
  if (ports.items.length === 0) return [{ from: 0, to: 65535 }];
  return ports.items.flatMap((item) => {
    const text = asString(item);
    const range = text === undefined ? undefined : parsePortRange(text);
    return range ? [range] : [];
  });
}

export default defineRule({
  id: 'TF-003',
  title: 'Do not allow SSH or RDP from the internet in GCP firewall rules',
  target: 'terraform',
  severity: 'critical',
  preset: 'recommended',
  requirements: ['2.3'],
  frameworks: {
    iso27001: ['A.8.20'],
    nist80053: ['AC-17', 'AC-17(3)'],
    cis: ['CIS Google Cloud Platform Foundation Benchmark v4.0.0 3.6', 'CIS Google Cloud Platform Foundation Benchmark v4.0.0 3.7'],
  },
  docs: {
    rationale:
      'An ingress firewall rule that allows TCP 22 or 3389 from 0.0.0.0/0 or ::/0 exposes SSH or RDP of every matching ' +
      'VM to the internet. An empty source_ranges with no source tags or service accounts means 0.0.0.0/0 as well.',
    remediation:
      'Allow administration ports only from trusted ranges, or use Identity-Aware Proxy TCP forwarding and allow ' +
      'its range 35.235.240.0/20 instead of the internet.',
    links: [
      { title: 'google_compute_firewall', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall' },
      { title: 'IAP TCP forwarding', url: 'https://cloud.google.com/iap/docs/using-tcp-forwarding' },
    ],
  },
  messages: {
    worldOpen: 'Ingress from {{cidr}} is allowed to {{services}}: remote administration is open to the internet.',
    emptySources:
      'source_ranges is empty and no source tags or service accounts are set, so the rule admits 0.0.0.0/0 to {{services}}.',
  },
  examples: {
    bad:
      'resource "google_compute_firewall" "ssh" {\n  name    = "allow-ssh"\n  network = "default"\n\n  allow {\n' +
      '    protocol = "tcp"\n    ports    = ["22"]\n  }\n\n  source_ranges = ["0.0.0.0/0"]\n}\n',
    good:
      'resource "google_compute_firewall" "ssh" {\n  name    = "allow-ssh-from-iap"\n  network = "default"\n\n  allow {\n' +
      '    protocol = "tcp"\n    ports    = ["22"]\n  }\n\n  source_ranges = ["35.235.240.0/20"]\n}\n',
  },
  check({ file, module, report }) {
    // No edit is offered: which range should be trusted instead is not in the configuration.
    for (const firewall of ingressFirewalls(file, module)) {
      const services = exposedServices(firewall.blocks('allow').flatMap(allowedRanges));
      if (!services.length) continue;
      const data = { services: services.join(' and ') };
      for (const source of worldSources(firewall)) {
        if (source.cidr !== undefined) report({ at: source.at, messageId: 'worldOpen', data: { ...data, cidr: source.cidr }, value: source.value });
        else report({ at: source.at, messageId: 'emptySources', data, value: source.value });
      }
    }
  },
});

import { asBool, asString, defineRule } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { firewallOpening } from '../shared/gcp-services';
import { attributeOf, itemsOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile, isWorldCidr } from '../shared/terraform-values';

const ruleTypes = ['google_compute_firewall_policy_rule', 'google_compute_network_firewall_policy_rule', 'google_compute_region_network_firewall_policy_rule'];

export default defineRule({
  id: 'TF-271',
  title: 'Do not open administration, database or all ports to the internet in firewall policy rules',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.2', '2.3'],
  frameworks: exposure(),
  docs: {
    rationale:
      'A hierarchical or network firewall policy rule with action "allow" for ingress from 0.0.0.0/0 or ::/0 in ' +
      'match.src_ip_ranges applies to every VM the policy is attached to, across networks or a whole folder: allowing ' +
      'SSH, RDP, a database, cache or file-sharing port, or every port, exposes those services of all of them to the internet.',
    remediation:
      'Match only trusted ranges (IAP 35.235.240.0/20 for administration, load balancer and health-check ranges for ' +
      'back ends), or the ports the service needs.',
    links: [googleDoc('google_compute_firewall_policy_rule', 'match'), googleDoc('google_compute_network_firewall_policy_rule', 'match'), { title: 'Firewall policies', url: 'https://cloud.google.com/firewall/docs/firewall-policies-overview' }],
  },
  messages: {
    allOpen: 'Ingress from {{cidr}} is allowed on {{what}}: every service of the VMs under this policy faces the internet.',
    servicesOpen: 'Ingress from {{cidr}} is allowed to {{services}}, which should not face the internet.',
  },
  examples: {
    bad:
      'resource "google_compute_network_firewall_policy_rule" "ssh" {\n  firewall_policy = google_compute_network_firewall_policy.main.name\n' +
      '  priority        = 1000\n  action          = "allow"\n  direction       = "INGRESS"\n  match {\n    src_ip_ranges = ["0.0.0.0/0"]\n' +
      '    layer4_configs {\n      ip_protocol = "tcp"\n      ports       = ["22"]\n    }\n  }\n}\n',
    good:
      'resource "google_compute_network_firewall_policy_rule" "ssh" {\n  firewall_policy = google_compute_network_firewall_policy.main.name\n' +
      '  priority        = 1000\n  action          = "allow"\n  direction       = "INGRESS"\n  match {\n    src_ip_ranges = ["35.235.240.0/20"]\n' +
      '    layer4_configs {\n      ip_protocol = "tcp"\n      ports       = ["22"]\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    // No edit: which ranges should be allowed instead is not in the configuration.
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const type of ruleTypes) {
      for (const rule of resourceInstances(project, file, type)) {
        if (asBool(rule.value('disabled')) === true) continue;
        if (asString(rule.value('action'))?.trim().toLowerCase() !== 'allow') continue;
        if (asString(rule.value('direction'))?.trim().toUpperCase() !== 'INGRESS') continue;
        for (const match of rule.blocks('match')) {
          if (match.hasUnknownBlocks('layer4_configs')) continue;
          const openings = match.blocks('layer4_configs').flatMap((config) => firewallOpening(config, 'ip_protocol', true) ?? []);
          if (openings.length === 0) continue;
          const all = openings.find((o) => o.all);
          const finding =
            all && all.all
              ? { messageId: 'allOpen' as const, data: { what: all.what } as Record<string, string> }
              : { messageId: 'servicesOpen' as const, data: { services: [...new Set(openings.flatMap((o) => (o.all ? [] : o.services)))].join(', ') } as Record<string, string> };
          for (const item of itemsOf(attributeOf(match, 'src_ip_ranges')) ?? []) {
            const cidr = item.value.kind === 'string' ? item.value.value : undefined;
            if (cidr !== undefined && isWorldCidr(cidr)) report({ at: item.at, messageId: finding.messageId, data: { ...finding.data, cidr }, value: item.value });
          }
        }
      }
    }
  },
});

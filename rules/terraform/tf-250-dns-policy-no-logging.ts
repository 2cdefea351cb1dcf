import { defineRule } from '../api';
import { auditLogging, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-250',
  title: 'Log DNS queries with Cloud DNS server policies',
  target: 'terraform',
  severity: 'low',
  // Strict: off by default, and query logs of a busy network are voluminous.
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: auditLogging(),
  docs: {
    rationale:
      'DNS queries from a VPC show malware calling its command servers and data leaving through DNS tunnels, but Cloud DNS ' +
      'logs them only for networks bound to a DNS server policy with enable_logging = true (the provider default is false).',
    remediation: 'Set enable_logging = true on the google_dns_policy bound to each VPC network.',
    links: [googleDoc('google_dns_policy', 'enable_logging'), { title: 'Cloud DNS logging', url: 'https://cloud.google.com/dns/docs/monitoring' }],
  },
  messages: {
    disabled: 'enable_logging = false: DNS queries of the bound networks are not logged.',
    missing: 'enable_logging is not set, so DNS queries of the bound networks are not logged.',
  },
  examples: {
    bad: 'resource "google_dns_policy" "main" {\n  name = "main"\n  networks {\n    network_url = google_compute_network.main.id\n  }\n}\n',
    good: 'resource "google_dns_policy" "main" {\n  name           = "main"\n  enable_logging = true\n  networks {\n    network_url = google_compute_network.main.id\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_dns_policy'],
    // Log volume is billed: a suggestion.
    ...mustBeTrue('enable_logging'),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

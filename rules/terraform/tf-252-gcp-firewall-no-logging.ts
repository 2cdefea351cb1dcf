import { defineRule } from '../api';
import { auditLogging, googleDoc } from '../shared/gcp-hardening';
import { isNamed } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-252',
  title: 'Log the connections that GCP firewall rules allow or deny',
  target: 'terraform',
  severity: 'low',
  // Strict: off by default, and logs of every connection of a busy rule are costly.
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: auditLogging(),
  docs: {
    rationale:
      'Firewall Rules Logging records each connection a rule allows or denies; without it there is no record of which ' +
      'sources reached a VM through a rule, or of the probes a deny rule stopped. A rule logs only when it has a ' +
      'log_config block (the enable_logging argument of provider 3.x is its older form).',
    remediation: 'Add log_config { metadata = "EXCLUDE_ALL_METADATA" } (or INCLUDE_ALL_METADATA) to the rule.',
    links: [googleDoc('google_compute_firewall', 'log_config'), { title: 'Firewall Rules Logging', url: 'https://cloud.google.com/firewall/docs/firewall-rules-logging' }],
  },
  messages: {
    empty: 'log_config.metadata is empty.',
    missing: 'The rule has no log_config block, so the connections it matches are not logged.',
  },
  examples: {
    bad: 'resource "google_compute_firewall" "web" {\n  name    = "web"\n  network = "default"\n  allow {\n    protocol = "tcp"\n    ports    = ["443"]\n  }\n}\n',
    good:
      'resource "google_compute_firewall" "web" {\n  name    = "web"\n  network = "default"\n  allow {\n    protocol = "tcp"\n    ports    = ["443"]\n  }\n' +
      '  log_config {\n    metadata = "EXCLUDE_ALL_METADATA"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_compute_firewall'],
    path: 'log_config.metadata',
    compliant: isNamed,
    absent: 'insecure',
    // Provider 3.x turned logging on with enable_logging; what it says is judged by neither form here.
    undecidableWhenSet: ['enable_logging'],
    // Log volume is billed: a suggestion.
    remedy: { value: 'EXCLUDE_ALL_METADATA', title: 'Add log_config with metadata = "EXCLUDE_ALL_METADATA"', kind: 'suggest' },
    messages: { insecure: 'empty', missing: 'missing' },
  }),
});

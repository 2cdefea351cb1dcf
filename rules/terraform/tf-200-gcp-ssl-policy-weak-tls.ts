import { asString, defineRule } from '../api';
import { inTransit } from '../shared/gcp';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** TLS versions an SSL policy may set as its minimum that still meet the requirement. */
const modern = ['TLS_1_2', 'TLS_1_3'];

export default defineRule({
  id: 'TF-200',
  title: 'Require TLS 1.2 or later in Google Cloud SSL policies',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: inTransit('CIS Google Cloud Platform Foundation Benchmark v4.0.0 3.9'),
  docs: {
    rationale:
      'An SSL policy decides which protocol versions the HTTPS and SSL proxy load balancers that use it negotiate with ' +
      'clients. min_tls_version defaults to TLS_1_0 (in the google provider schema and the API alike), so a policy ' +
      'without it still accepts TLS 1.0 and 1.1, which have known weaknesses and are no longer allowed by PCI DSS or ' +
      'NIST SP 800-52.',
    remediation:
      'Set min_tls_version = "TLS_1_2" (or "TLS_1_3" with profile = "RESTRICTED"), preferably with profile = "MODERN" ' +
      'or "RESTRICTED", after checking that no client still needs TLS 1.0 or 1.1.',
    links: [
      { title: 'google_compute_ssl_policy', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_ssl_policy#min_tls_version' },
      { title: 'SSL policies overview', url: 'https://cloud.google.com/load-balancing/docs/ssl-policies-concepts' },
    ],
  },
  messages: {
    weak: 'min_tls_version = "{{version}}" lets clients connect with TLS versions older than 1.2.',
    missing: 'min_tls_version is not set, so this SSL policy accepts TLS 1.0 and 1.1.',
  },
  examples: {
    bad: 'resource "google_compute_ssl_policy" "web" {\n  name    = "web"\n  profile = "MODERN"\n}\n',
    good: 'resource "google_compute_ssl_policy" "web" {\n  name            = "web"\n  profile         = "MODERN"\n  min_tls_version = "TLS_1_2"\n}\n',
  },
  check: attributeCheck({
    resources: ['google_compute_ssl_policy', 'google_compute_region_ssl_policy'],
    path: 'min_tls_version',
    compliant: (value) => {
      const version = asString(value)?.trim().toUpperCase();
      return version === undefined ? undefined : modern.includes(version);
    },
    absent: 'insecure',
    messages: { insecure: 'weak', missing: 'missing' },
    data: (value) => ({ version: asString(value) ?? '' }),
    // Clients limited to TLS 1.0 or 1.1 can no longer connect: a person decides.
    remedy: { value: 'TLS_1_2', title: 'Set min_tls_version = "TLS_1_2"', kind: 'suggest' },
  }),
});

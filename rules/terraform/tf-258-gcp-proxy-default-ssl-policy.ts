import { defineRule } from '../api';
import { inTransit } from '../shared/gcp';
import { cisGcp, googleDoc } from '../shared/gcp-hardening';
import { isNamed } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-258',
  title: 'Attach an SSL policy to HTTPS and SSL proxies',
  target: 'terraform',
  severity: 'low',
  // Strict: the Google default policy is COMPATIBLE with TLS 1.0, and many front ends keep it for old clients.
  preset: 'strict',
  requirements: ['3.2'],
  frameworks: inTransit(cisGcp('3.9')),
  docs: {
    rationale:
      'A target HTTPS or SSL proxy without ssl_policy uses the Google default policy: the COMPATIBLE profile with ' +
      'TLS 1.0 as minimum, so clients can negotiate TLS 1.0 and 1.1 and weak cipher suites. A google_compute_ssl_policy ' +
      'with min_tls_version = "TLS_1_2" and the MODERN or RESTRICTED profile removes them (TF-200 judges the policy).',
    remediation: 'Set ssl_policy = google_compute_ssl_policy.<name>.id, for a policy with min_tls_version = "TLS_1_2".',
    links: [
      googleDoc('google_compute_target_https_proxy', 'ssl_policy'),
      googleDoc('google_compute_target_ssl_proxy', 'ssl_policy'),
      { title: 'SSL policies overview', url: 'https://cloud.google.com/load-balancing/docs/ssl-policies-concepts' },
    ],
  },
  messages: {
    empty: 'ssl_policy is empty, so the proxy uses the default policy that allows TLS 1.0.',
    missing: 'No ssl_policy, so the proxy uses the Google default policy that allows TLS 1.0 and 1.1.',
  },
  examples: {
    bad: 'resource "google_compute_target_https_proxy" "web" {\n  name             = "web"\n  url_map          = google_compute_url_map.web.id\n  ssl_certificates = [google_compute_managed_ssl_certificate.web.id]\n}\n',
    good:
      'resource "google_compute_target_https_proxy" "web" {\n  name             = "web"\n  url_map          = google_compute_url_map.web.id\n  ssl_certificates = [google_compute_managed_ssl_certificate.web.id]\n' +
      '  ssl_policy       = google_compute_ssl_policy.modern.id\n}\n',
  },
  check: attributeCheck({
    resources: ['google_compute_target_https_proxy', 'google_compute_region_target_https_proxy', 'google_compute_target_ssl_proxy'],
    path: 'ssl_policy',
    compliant: isNamed,
    absent: 'insecure',
    messages: { insecure: 'empty', missing: 'missing' },
  }),
});

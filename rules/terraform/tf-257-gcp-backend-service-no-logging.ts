import { defineRule } from '../api';
import { auditLogging, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-257',
  title: 'Log the requests of load balancer backend services',
  target: 'terraform',
  severity: 'low',
  // Strict: off by default, and request logs of a busy load balancer are billed by volume.
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: auditLogging(),
  docs: {
    rationale:
      'A load balancer logs the requests or connections it serves only for backend services with log_config.enable = ' +
      'true (the default is false), and those logs are the record of who called the application from where, which ' +
      'requests Cloud Armor blocked, and what an attacker probed.',
    remediation: 'Add log_config { enable = true } to the backend service, with a sample_rate below 1.0 for high-traffic services.',
    links: [googleDoc('google_compute_backend_service', 'log_config'), googleDoc('google_compute_region_backend_service', 'log_config'), { title: 'External Application Load Balancer logging', url: 'https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring' }],
  },
  messages: {
    disabled: 'log_config.enable = false: requests to this backend service are not logged.',
    missing: 'Logging is not enabled, so requests to this backend service are not logged.',
  },
  examples: {
    bad: 'resource "google_compute_backend_service" "web" {\n  name = "web"\n}\n',
    good: 'resource "google_compute_backend_service" "web" {\n  name = "web"\n  log_config {\n    enable = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_compute_backend_service', 'google_compute_region_backend_service'],
    // Log volume is billed: a suggestion.
    ...mustBeTrue('log_config.enable'),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

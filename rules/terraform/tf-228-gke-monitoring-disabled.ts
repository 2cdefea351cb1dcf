import { asString, defineRule } from '../api';
import { auditLogging, cisGke, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-228',
  title: 'Keep Cloud Monitoring on for GKE clusters',
  target: 'terraform',
  severity: 'low',
  preset: 'recommended',
  requirements: ['6.1'],
  frameworks: auditLogging(cisGke('5.7.1')),
  docs: {
    rationale:
      'GKE sends system metrics to Cloud Monitoring by default (monitoring_service defaults to ' +
      'monitoring.googleapis.com/kubernetes). monitoring_service = "none" turns that off, so resource exhaustion, ' +
      'crash loops and unusual activity raise no alert.',
    remediation: 'Remove monitoring_service = "none" or set it to monitoring.googleapis.com/kubernetes.',
    links: [
      googleDoc('google_container_cluster', 'monitoring_service'),
      { title: 'Observability for GKE', url: 'https://cloud.google.com/kubernetes-engine/docs/concepts/observability' },
    ],
  },
  messages: {
    none: 'monitoring_service = "none" sends no cluster metrics to Cloud Monitoring.',
  },
  examples: {
    bad: 'resource "google_container_cluster" "main" {\n  name               = "main"\n  monitoring_service = "none"\n}\n',
    good: 'resource "google_container_cluster" "main" {\n  name = "main"\n}\n',
  },
  check: attributeCheck({
    resources: ['google_container_cluster'],
    path: 'monitoring_service',
    compliant: (value) => {
      const service = asString(value)?.trim().toLowerCase();
      return service === undefined ? undefined : service !== 'none';
    },
    absent: 'compliant',
    messages: { insecure: 'none', missing: 'none' },
    // Safe unattended: metrics cost little and change nothing the workloads see.
    remedy: { value: 'monitoring.googleapis.com/kubernetes', title: 'Send metrics to Cloud Monitoring', kind: 'fix' },
  }),
});

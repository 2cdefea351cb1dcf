import { asList, asString, defineRule } from '../api';
import { attributeCheck } from '../shared/terraform-attribute-check';

const service = attributeCheck({
  resources: ['google_container_cluster'],
  path: 'logging_service',
  compliant: (value) => {
    const name = asString(value)?.trim().toLowerCase();
    return name === undefined ? undefined : name !== 'none';
  },
  // The default is logging.googleapis.com/kubernetes (Cloud Logging).
  absent: 'compliant',
  messages: { insecure: 'serviceNone', missing: 'serviceNone' },
  // Logs are billed by volume: a person decides.
  remedy: { value: 'logging.googleapis.com/kubernetes', title: 'Send logs to Cloud Logging', kind: 'suggest' },
});

const components = attributeCheck({
  resources: ['google_container_cluster'],
  path: 'logging_config.enable_components',
  compliant: (value) => {
    const items = asList(value);
    return items === undefined ? undefined : items.length > 0;
  },
  absent: 'compliant',
  messages: { insecure: 'noComponents', missing: 'noComponents' },
});

export default defineRule({
  id: 'TF-209',
  title: 'Keep Cloud Logging on for GKE clusters',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['6.1'],
  frameworks: {
    iso27001: ['A.8.15', 'A.8.16'],
    nist80053: ['AU-2', 'AU-12'],
    cis: ['CIS Google Kubernetes Engine (GKE) Benchmark v1.9.0 5.7.1'],
  },
  docs: {
    rationale:
      'GKE sends system component and workload logs to Cloud Logging by default (logging_service defaults to ' +
      'logging.googleapis.com/kubernetes). logging_service = "none", or logging_config with an empty enable_components ' +
      'list, turns that off, leaving no record of what happened on the nodes and in the pods when an incident is investigated.',
    remediation:
      'Remove logging_service = "none" (or set it to logging.googleapis.com/kubernetes), and list at least SYSTEM_COMPONENTS ' +
      '(and WORKLOADS) in logging_config.enable_components.',
    links: [
      { title: 'google_container_cluster', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#logging_service' },
      { title: 'About GKE logs', url: 'https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs' },
    ],
  },
  messages: {
    serviceNone: 'logging_service = "none" sends no cluster logs to Cloud Logging.',
    noComponents: 'enable_components is empty, so the cluster sends no logs to Cloud Logging.',
  },
  examples: {
    bad: 'resource "google_container_cluster" "main" {\n  name            = "main"\n  logging_service = "none"\n}\n',
    good: 'resource "google_container_cluster" "main" {\n  name = "main"\n  logging_config {\n    enable_components = ["SYSTEM_COMPONENTS", "WORKLOADS"]\n  }\n}\n',
  },
  check(context) {
    service(context);
    components(context);
  },
});

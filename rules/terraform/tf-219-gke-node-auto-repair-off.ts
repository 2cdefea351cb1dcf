import { defineRule } from '../api';
import { googleDoc, patching } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

const spec = { ...mustBeTrue('management.auto_repair'), absent: 'compliant', messages: { insecure: 'disabled', missing: 'disabled' } } as const;
const pools = attributeCheck({ ...spec, resources: ['google_container_node_pool'] });
const inline = attributeCheck({ ...spec, resources: ['google_container_cluster'], path: 'node_pool.management.auto_repair' });

export default defineRule({
  id: 'TF-219',
  title: 'Keep node auto-repair on for GKE node pools',
  target: 'terraform',
  severity: 'low',
  preset: 'recommended',
  requirements: ['4.4'],
  frameworks: patching(),
  docs: {
    rationale:
      'Node auto-repair recreates nodes that fail their health checks, so a node whose kubelet or runtime is broken does ' +
      'not linger half-working with stale pods. It is enabled by default (google provider docs); management.auto_repair ' +
      '= false turns it off.',
    remediation: 'Remove auto_repair = false or set it to true.',
    links: [
      googleDoc('google_container_node_pool', 'auto_repair'),
      { title: 'Auto-repairing nodes', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-repair' },
    ],
  },
  messages: {
    disabled: 'auto_repair = false leaves unhealthy nodes running.',
  },
  examples: {
    bad:
      'resource "google_container_node_pool" "apps" {\n  cluster = google_container_cluster.main.id\n  management {\n' +
      '    auto_repair = false\n  }\n}\n',
    good: 'resource "google_container_node_pool" "apps" {\n  cluster = google_container_cluster.main.id\n}\n',
  },
  check(context) {
    pools(context);
    inline(context);
  },
});

import { defineRule } from '../api';
import { googleDoc, patching } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

const spec = { ...mustBeTrue('management.auto_upgrade'), absent: 'compliant', messages: { insecure: 'disabled', missing: 'disabled' } } as const;
const pools = attributeCheck({ ...spec, resources: ['google_container_node_pool'] });
const inline = attributeCheck({ ...spec, resources: ['google_container_cluster'], path: 'node_pool.management.auto_upgrade' });

export default defineRule({
  id: 'TF-218',
  title: 'Keep node auto-upgrade on for GKE node pools',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.4'],
  frameworks: patching(),
  docs: {
    rationale:
      'Node auto-upgrade keeps node pools on a supported GKE version with the kubelet, container runtime and node image ' +
      'patches of their release channel. A pool with management.auto_upgrade = false keeps running known ' +
      'vulnerabilities until someone upgrades it by hand. Auto-upgrade is enabled by default (google provider docs).',
    remediation: 'Remove auto_upgrade = false (or set it to true) and control when upgrades happen with maintenance windows and exclusions.',
    links: [
      googleDoc('google_container_node_pool', 'auto_upgrade'),
      { title: 'Auto-upgrading nodes', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-upgrades' },
    ],
  },
  messages: {
    disabled: 'auto_upgrade = false leaves the nodes on their version until someone upgrades them by hand.',
  },
  examples: {
    bad:
      'resource "google_container_node_pool" "apps" {\n  cluster = google_container_cluster.main.id\n  management {\n' +
      '    auto_upgrade = false\n  }\n}\n',
    good: 'resource "google_container_node_pool" "apps" {\n  cluster = google_container_cluster.main.id\n}\n',
  },
  check(context) {
    pools(context);
    inline(context);
  },
});

import { asBool, defineRule } from '../api';
import { cisGke, exposure, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-215',
  title: 'Create GKE clusters with private nodes',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.1'],
  frameworks: exposure(cisGke('5.6.5')),
  docs: {
    rationale:
      'Without private nodes every GKE node gets an external IP address, so node ports and anything a firewall rule ' +
      'lets through are reachable from the internet. Nodes are public unless private_cluster_config.enable_private_nodes ' +
      'is true (it defaults to false, and so does the API); node pools may also set network_config.enable_private_nodes.',
    remediation:
      'Add private_cluster_config { enable_private_nodes = true } (with a master_ipv4_cidr_block where needed) and give ' +
      'the nodes outbound access through Cloud NAT.',
    links: [
      googleDoc('google_container_cluster', 'enable_private_nodes'),
      { title: 'Create a private cluster', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/private-clusters' },
    ],
  },
  messages: {
    disabled: 'enable_private_nodes = false gives every node an external IP address.',
    missing: 'Private nodes are not enabled, so every node gets an external IP address.',
  },
  examples: {
    bad: 'resource "google_container_cluster" "main" {\n  name = "main"\n}\n',
    good:
      'resource "google_container_cluster" "main" {\n  name = "main"\n  private_cluster_config {\n    enable_private_nodes    = true\n' +
      '    enable_private_endpoint = false\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_container_cluster'],
    path: 'private_cluster_config.enable_private_nodes',
    compliant: (value) => asBool(value),
    // The cluster-wide default of newer providers decides as well when it is set.
    absent: ({ resource }) => {
      const fallback = resource.value('default_enable_private_nodes');
      if (!fallback || fallback.kind === 'null') return 'insecure';
      const enabled = asBool(fallback);
      return enabled === undefined ? 'unknown' : enabled ? 'compliant' : 'insecure';
    },
    messages: { insecure: 'disabled', missing: 'missing' },
    // The provider replaces the cluster to change it.
    remedy: { value: true, title: 'Set enable_private_nodes = true', kind: 'suggest', replacesResource: true },
  }),
});

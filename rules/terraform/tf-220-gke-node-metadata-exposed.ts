import { asString, defineRule } from '../api';
import { cisGke, googleDoc, nodeConfigCheck } from '../shared/gcp-hardening';

/** Modes that serve pods the node's metadata server, service account token included. */
const exposing = ['GCE_METADATA', 'MODE_UNSPECIFIED'];
/** The same under `node_metadata`, the name before google provider 4.0. */
const exposingLegacy = ['EXPOSE', 'UNSPECIFIED'];

const isOneOf = (names: string[]) => (value: Parameters<typeof asString>[0]) => {
  const name = asString(value)?.trim().toUpperCase();
  return name === undefined ? undefined : !names.includes(name);
};

const mode = nodeConfigCheck({
  path: 'workload_metadata_config.mode',
  compliant: isOneOf(exposing),
  absent: 'compliant',
  messages: { insecure: 'exposed', missing: 'exposed' },
  data: (value) => ({ mode: asString(value) ?? '' }),
  // The provider recreates the node pool, and pods lose the node's identity.
  remedy: { value: 'GKE_METADATA', title: 'Set mode = "GKE_METADATA"', kind: 'suggest', replacesResource: true },
});
const legacy = nodeConfigCheck({
  path: 'workload_metadata_config.node_metadata',
  compliant: isOneOf(exposingLegacy),
  absent: 'compliant',
  messages: { insecure: 'exposed', missing: 'exposed' },
  data: (value) => ({ mode: asString(value) ?? '' }),
});

export default defineRule({
  id: 'TF-220',
  title: 'Serve GKE pods the GKE metadata server, not the node\'s',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['1.2', '1.3'],
  frameworks: { iso27001: ['A.5.16', 'A.8.5', 'A.8.2'], nist80053: ['IA-9', 'AC-6'], cis: [cisGke('5.4.1')] },
  docs: {
    rationale:
      'With workload_metadata_config.mode = "GCE_METADATA" (or "EXPOSE" before google provider 4.0) pods reach the ' +
      'Compute Engine metadata server of their node: every pod can take the node service account token and read ' +
      'kube-env and instance attributes, bypassing Workload Identity. GKE_METADATA serves each pod only its own ' +
      'identity. A pool of a cluster with Workload Identity defaults to GKE_METADATA.',
    remediation: 'Set workload_metadata_config { mode = "GKE_METADATA" } on the node pool and enable Workload Identity on the cluster.',
    links: [
      googleDoc('google_container_node_pool', 'workload_metadata_config'),
      { title: 'Protecting cluster metadata', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata' },
    ],
  },
  messages: {
    exposed: 'Metadata mode "{{mode}}" lets pods read the node\'s metadata and service account token.',
  },
  examples: {
    bad:
      'resource "google_container_node_pool" "apps" {\n  cluster = google_container_cluster.main.id\n  node_config {\n' +
      '    workload_metadata_config {\n      mode = "GCE_METADATA"\n    }\n  }\n}\n',
    good:
      'resource "google_container_node_pool" "apps" {\n  cluster = google_container_cluster.main.id\n  node_config {\n' +
      '    workload_metadata_config {\n      mode = "GKE_METADATA"\n    }\n  }\n}\n',
  },
  check(context) {
    mode(context);
    legacy(context);
  },
});

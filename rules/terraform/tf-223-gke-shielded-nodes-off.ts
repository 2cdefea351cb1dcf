import { defineRule } from '../api';
import { googleDoc, integrity } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-223',
  title: 'Keep Shielded GKE Nodes enabled',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.5'],
  frameworks: integrity(),
  docs: {
    rationale:
      'Shielded GKE Nodes give each node a verifiable identity and integrity, so a compromised workload cannot ' +
      'impersonate a node with its bootstrap credentials to join the cluster or obtain node certificates. ' +
      'enable_shielded_nodes defaults to true (google provider 4.0 and later; GKE 1.18 and later); only an explicit ' +
      'false turns it off.',
    remediation: 'Remove enable_shielded_nodes = false or set it to true (nodes are recreated).',
    links: [
      googleDoc('google_container_cluster', 'enable_shielded_nodes'),
      { title: 'Using Shielded GKE Nodes', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes' },
    ],
  },
  messages: {
    disabled: 'enable_shielded_nodes = false lets a compromised workload impersonate a node.',
  },
  examples: {
    bad: 'resource "google_container_cluster" "main" {\n  name                  = "main"\n  enable_shielded_nodes = false\n}\n',
    good: 'resource "google_container_cluster" "main" {\n  name = "main"\n}\n',
  },
  check: attributeCheck({
    resources: ['google_container_cluster'],
    // Nodes are recreated: a suggestion.
    ...mustBeTrue('enable_shielded_nodes'),
    absent: 'compliant',
    messages: { insecure: 'disabled', missing: 'disabled' },
  }),
});

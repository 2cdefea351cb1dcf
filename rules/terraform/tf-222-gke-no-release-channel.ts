import { asString, defineRule } from '../api';
import { googleDoc, patching } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-222',
  title: 'Enrol GKE clusters in a release channel',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.4'],
  frameworks: patching(),
  docs: {
    rationale:
      'A release channel keeps the control plane and nodes on supported versions and brings security patches ' +
      'automatically. release_channel.channel = "UNSPECIFIED" takes the cluster out of every channel: versions are ' +
      'then pinned by hand and fall behind, and GKE is retiring the option. Without a release_channel block GKE enrols ' +
      'new clusters in a channel (Regular), which is accepted here.',
    remediation: 'Set release_channel { channel = "REGULAR" } (or "STABLE"/"RAPID") and control timing with maintenance windows.',
    links: [
      googleDoc('google_container_cluster', 'release_channel'),
      { title: 'About release channels', url: 'https://cloud.google.com/kubernetes-engine/docs/concepts/release-channels' },
    ],
  },
  messages: {
    unspecified: 'channel = "UNSPECIFIED" takes the cluster out of every release channel.',
  },
  examples: {
    bad: 'resource "google_container_cluster" "main" {\n  name = "main"\n  release_channel {\n    channel = "UNSPECIFIED"\n  }\n}\n',
    good: 'resource "google_container_cluster" "main" {\n  name = "main"\n  release_channel {\n    channel = "REGULAR"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_container_cluster'],
    path: 'release_channel.channel',
    compliant: (value) => {
      const channel = asString(value)?.trim().toUpperCase();
      return channel === undefined ? undefined : channel !== 'UNSPECIFIED';
    },
    absent: 'compliant',
    messages: { insecure: 'unspecified', missing: 'unspecified' },
    // Upgrades then start on the channel's schedule: a suggestion.
    remedy: { value: 'REGULAR', title: 'Set channel = "REGULAR"', kind: 'suggest' },
  }),
});

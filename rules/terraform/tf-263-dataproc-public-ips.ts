import { asBool, asString, defineRule } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck, type CheckScope } from '../shared/terraform-attribute-check';

/**
 * Whether the cluster's image predates 2.2, the first image whose clusters default to internal
 * IP addresses only; false when the image is not set (the default image is 2.2 or later) or not known.
 */
function olderImage({ resource }: CheckScope): boolean {
  const software = resource.blocks('cluster_config').flatMap((config) => config.blocks('software_config'));
  const version = software.map((block) => asString(block.value('image_version'))).find((text) => text !== undefined);
  const match = version && /^(\d+)\.(\d+)/.exec(version.trim());
  return match !== null && match !== undefined && (Number(match[1]) < 2 || (Number(match[1]) === 2 && Number(match[2]) < 2));
}

export default defineRule({
  id: 'TF-263',
  title: 'Do not give Dataproc cluster VMs external IP addresses',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.1'],
  frameworks: exposure(),
  docs: {
    rationale:
      'With internal_ip_only = false every master and worker VM of a Dataproc cluster gets an external address, and the ' +
      'YARN, Spark and Jupyter web interfaces, which have no authentication of their own, are one firewall rule away ' +
      'from the internet. Clusters on image 2.2 and later ' +
      'default to internal addresses only; on older images (set in software_config.image_version) the default is external addresses.',
    remediation: 'Set gce_cluster_config { internal_ip_only = true } with Private Google Access on the subnetwork, and use the Component Gateway for the web interfaces.',
    links: [googleDoc('google_dataproc_cluster', 'internal_ip_only'), { title: 'Dataproc cluster network configuration', url: 'https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/network' }],
  },
  messages: {
    external: 'internal_ip_only = false gives every cluster VM an external IP address.',
    missing: 'internal_ip_only is not set and the image predates 2.2, so every cluster VM gets an external IP address.',
  },
  examples: {
    bad: 'resource "google_dataproc_cluster" "etl" {\n  name   = "etl"\n  region = "europe-west1"\n  cluster_config {\n    gce_cluster_config {\n      internal_ip_only = false\n    }\n  }\n}\n',
    good: 'resource "google_dataproc_cluster" "etl" {\n  name   = "etl"\n  region = "europe-west1"\n  cluster_config {\n    gce_cluster_config {\n      internal_ip_only = true\n    }\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_dataproc_cluster'],
    path: 'cluster_config.gce_cluster_config.internal_ip_only',
    compliant: (value) => asBool(value),
    absent: (scope) => (olderImage(scope) ? 'insecure' : 'compliant'),
    // The cluster is recreated, and jobs that reach the internet need Cloud NAT: a suggestion.
    remedy: { value: true, title: 'Set internal_ip_only = true', kind: 'suggest', replacesResource: true },
    messages: { insecure: 'external', missing: 'missing' },
  }),
});

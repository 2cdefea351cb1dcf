import { asBool, asString, defineRule, type TfEvalValue } from '../api';
import { cisGke, googleDoc, managementAccess } from '../shared/gcp-hardening';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile, isWorldCidr } from '../shared/terraform-values';

const isSet = (value: TfEvalValue | undefined): value is TfEvalValue => value !== undefined && value.kind !== 'null';
const mayBeTrue = (value: TfEvalValue | undefined) => isSet(value) && asBool(value) !== false;
const mayBeFalse = (value: TfEvalValue | undefined) => isSet(value) && asBool(value) !== true;

export default defineRule({
  id: 'TF-216',
  title: 'Restrict the GKE control plane endpoint to authorized networks',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.3'],
  frameworks: managementAccess(cisGke('5.6.3')),
  docs: {
    rationale:
      'The public endpoint of a GKE control plane accepts connections from any address unless authorized networks are ' +
      'enabled: a leaked kubeconfig token, or a flaw in the API server, is then exploitable from anywhere. ' +
      'master_authorized_networks_config is absent by default; a cidr_blocks entry of 0.0.0.0/0 or ' +
      'gcp_public_cidrs_access_enabled = true (every Google Cloud address, any customer\'s VMs included) opens it again. ' +
      'A cluster whose private_cluster_config.enable_private_endpoint is true, or whose ' +
      'control_plane_endpoints_config.ip_endpoints_config.enabled is false, has no public endpoint.',
    remediation:
      'Add master_authorized_networks_config with cidr_blocks for the administration and CI ranges only, or make the ' +
      'endpoint private (enable_private_endpoint = true) and reach it through a bastion or the DNS endpoint with IAM.',
    links: [
      googleDoc('google_container_cluster', 'master_authorized_networks_config'),
      { title: 'Add authorized networks for control plane access', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks' },
    ],
  },
  messages: {
    missing: 'No master_authorized_networks_config: the public control plane endpoint accepts connections from any address.',
    world: 'Authorized network {{cidr}} lets any address on the internet reach the control plane.',
    googleCidrs: 'gcp_public_cidrs_access_enabled = true lets every Google Cloud address, other customers\' VMs included, reach the control plane.',
  },
  examples: {
    bad: 'resource "google_container_cluster" "main" {\n  name = "main"\n}\n',
    good:
      'resource "google_container_cluster" "main" {\n  name = "main"\n  master_authorized_networks_config {\n    cidr_blocks {\n' +
      '      cidr_block   = "203.0.113.0/24"\n      display_name = "office"\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    for (const cluster of resourceInstances(moduleFor(file, module), file, 'google_container_cluster')) {
      if (cluster.hasUnknownBlocks('private_cluster_config') || cluster.hasUnknownBlocks('control_plane_endpoints_config')) continue;
      // A flag not known before apply may make the endpoint private.
      const privateEndpoint = cluster.blocks('private_cluster_config').some((c) => mayBeTrue(c.value('enable_private_endpoint')));
      const noIpEndpoint = cluster
        .blocks('control_plane_endpoints_config')
        .flatMap((c) => c.blocks('ip_endpoints_config'))
        .some((c) => mayBeFalse(c.value('enabled')));
      if (privateEndpoint || noIpEndpoint) continue;
      if (cluster.hasUnknownBlocks('master_authorized_networks_config')) continue;
      const configs = cluster.blocks('master_authorized_networks_config');
      // No edit: which ranges administer the cluster is not in the configuration.
      if (configs.length === 0) report({ at: headerAnchor(file, cluster.block), messageId: 'missing' });
      for (const config of configs) {
        const google = attributeOf(config, 'gcp_public_cidrs_access_enabled');
        if (google && asBool(google.value) === true) report({ at: google.at, messageId: 'googleCidrs', value: google.value });
        for (const block of config.blocks('cidr_blocks')) {
          const value = attributeOf(block, 'cidr_block');
          const cidr = value && asString(value.value)?.trim();
          if (value && cidr && isWorldCidr(cidr)) report({ at: value.at, messageId: 'world', data: { cidr }, value: value.value });
        }
      }
    }
  },
});

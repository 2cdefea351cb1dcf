import { asBool, asString, defineRule } from '../api';
import { cisGke, exposure, googleDoc, mayBeAutopilot } from '../shared/gcp-hardening';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-217',
  title: 'Enforce Kubernetes network policies on GKE clusters',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.2'],
  frameworks: exposure(cisGke('4.3.1'), cisGke('5.6.6')),
  docs: {
    rationale:
      'A GKE Standard cluster enforces NetworkPolicy objects only with the network policy add-on (network_policy.enabled ' +
      '= true) or GKE Dataplane V2 (datapath_provider = "ADVANCED_DATAPATH"). Without either, policies are accepted and ' +
      'silently ignored, so every pod can reach every other pod and a compromised one can move laterally. The provider ' +
      'default is neither (LEGACY_DATAPATH, no network_policy); Autopilot clusters always run Dataplane V2.',
    remediation:
      'Create clusters with datapath_provider = "ADVANCED_DATAPATH", or set network_policy { enabled = true, provider = ' +
      '"CALICO" } with addons_config.network_policy_config.disabled = false (node pools are recreated).',
    links: [
      googleDoc('google_container_cluster', 'datapath_provider'),
      { title: 'Control communication between Pods and Services using network policies', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy' },
    ],
  },
  messages: {
    missing: 'Neither network policy enforcement nor Dataplane V2 is enabled, so NetworkPolicy objects have no effect.',
    disabled: 'network_policy.enabled = false and no Dataplane V2: NetworkPolicy objects have no effect.',
  },
  examples: {
    bad: 'resource "google_container_cluster" "main" {\n  name = "main"\n}\n',
    good: 'resource "google_container_cluster" "main" {\n  name              = "main"\n  datapath_provider = "ADVANCED_DATAPATH"\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    for (const cluster of resourceInstances(moduleFor(file, module), file, 'google_container_cluster')) {
      if (mayBeAutopilot(cluster)) continue;
      const datapath = cluster.value('datapath_provider');
      if (datapath && datapath.kind !== 'null' && asString(datapath)?.trim().toUpperCase() !== 'LEGACY_DATAPATH') continue;
      if (cluster.hasUnknownBlocks('network_policy')) continue;
      const policies = cluster.blocks('network_policy');
      // No edit: enforcement recreates the node pools, and Dataplane V2 needs a new cluster.
      if (policies.length === 0) report({ at: headerAnchor(file, cluster.block), messageId: 'missing' });
      for (const policy of policies) {
        const enabled = attributeOf(policy, 'enabled');
        if (!enabled || enabled.value.kind === 'null') report({ at: policy.block.typeRange, messageId: 'missing' });
        else if (asBool(enabled.value) === false) report({ at: enabled.at, messageId: 'disabled', value: enabled.value });
      }
    }
  },
});

import { defineRule } from '../api';
import { azurermDoc, cisAks, oneOf, trafficRestriction } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-175',
  title: 'Enforce Kubernetes network policies on AKS clusters',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.2'],
  frameworks: trafficRestriction(cisAks('5.4.4')),
  docs: {
    rationale:
      'Without a network policy engine (network_profile.network_policy not set, the default), NetworkPolicy objects ' +
      'are accepted but never enforced: every pod can reach every other pod, so one compromised workload reaches the ' +
      'databases and control services of all others. A cluster with network_plugin = "none" brings its own CNI and is ' +
      'not decided.',
    remediation: 'Set network_profile { network_policy = "azure" } ("calico", or "cilium" with network_data_plane = "cilium").',
    links: [
      azurermDoc('kubernetes_cluster', 'network_policy'),
      { title: 'Secure traffic between pods using network policies in AKS', url: 'https://learn.microsoft.com/azure/aks/use-network-policies' },
    ],
  },
  messages: {
    none: 'network_policy = "none": NetworkPolicy objects are not enforced in this cluster.',
    missing: 'No network_policy is set, so NetworkPolicy objects are not enforced and every pod can reach every other.',
  },
  examples: {
    bad: 'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n}\n',
    good:
      'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n\n' +
      '  network_profile {\n    network_plugin = "azure"\n    network_policy = "azure"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_kubernetes_cluster'],
    path: 'network_profile.network_policy',
    compliant: (value) => {
      const none = oneOf(value, 'none', '');
      return none === undefined ? undefined : !none;
    },
    // A cluster that brings its own CNI may enforce policies through it.
    absent: ({ resource }) => {
      const plugins = resource.blocks('network_profile').map((profile) => profile.value('network_plugin'));
      if (plugins.some((plugin) => plugin !== undefined && plugin.kind === 'unknown')) return 'unknown';
      return plugins.some((plugin) => plugin !== undefined && oneOf(plugin, 'none')) ? 'unknown' : 'insecure';
    },
    messages: { insecure: 'none', missing: 'missing' },
    // A suggestion: policies already in the cluster start to deny traffic, and older clusters are recreated.
    remedy: { value: 'azure', title: 'Enforce network policies with Azure Network Policy Manager', kind: 'suggest' },
  }),
});

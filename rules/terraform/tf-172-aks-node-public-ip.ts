import { defineRule } from '../api';
import { allOf, mustNotBeTrue, publicExposure } from '../shared/azure-transport';
import { azurermDoc, cisAks, nodePools, renamedFlag } from '../shared/azure-hardening';

export default defineRule({
  id: 'TF-172',
  title: 'Do not give AKS nodes public IP addresses',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.1'],
  frameworks: publicExposure(cisAks('5.4.3')),
  docs: {
    rationale:
      'With node_public_ip_enabled = true (enable_node_public_ip before azurerm 4.0) every node of the pool gets its ' +
      'own public address, so the kubelet, node ports and anything listening on the host are one network rule away ' +
      'from the internet. The default is false; egress and ingress belong on a NAT gateway and a load balancer.',
    remediation: 'Remove node_public_ip_enabled (or set it to false); reach the nodes through a load balancer, NAT gateway or Bastion.',
    links: [
      azurermDoc('kubernetes_cluster_node_pool', 'node_public_ip_enabled'),
      { title: 'Use instance-level public IPs in AKS', url: 'https://learn.microsoft.com/azure/aks/use-node-public-ips' },
    ],
  },
  messages: {
    publicNodes: '{{name}} = true gives every node of this pool a public IP address.',
  },
  examples: {
    bad:
      'resource "azurerm_kubernetes_cluster_node_pool" "work" {\n  name                   = "work"\n  vm_size                = "Standard_D4s_v5"\n' +
      '  node_public_ip_enabled = true\n}\n',
    good: 'resource "azurerm_kubernetes_cluster_node_pool" "work" {\n  name    = "work"\n  vm_size = "Standard_D4s_v5"\n}\n',
  },
  // A suggestion: the provider replaces the pool (the default pool rotates through a temporary pool).
  check: allOf(
    ...nodePools.map(({ resources, block }) =>
      renamedFlag<'publicNodes'>({
        resources,
        block,
        current: 'node_public_ip_enabled',
        legacy: 'enable_node_public_ip',
        flag: mustNotBeTrue,
        absent: 'compliant',
        messages: { insecure: 'publicNodes', missing: 'publicNodes' },
      }),
    ),
  ),
});

import { defineRule } from '../api';
import { publicExposure } from '../shared/azure-transport';
import { azurermDoc, oneOf } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-173',
  title: 'Deploy Azure container groups into a virtual network',
  target: 'terraform',
  severity: 'high',
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: publicExposure(),
  docs: {
    rationale:
      'A container group with ip_address_type = "Public" (the default) gets an internet address on which every exposed ' +
      'port answers, with no network security group in front of it. Private groups run in a subnet of your virtual ' +
      'network and are published, where needed, through an Application Gateway or a load balancer.',
    remediation: 'Set ip_address_type = "Private" with subnet_ids of a delegated subnet, or "None" for groups that accept no connections.',
    links: [
      azurermDoc('container_group', 'ip_address_type'),
      { title: 'Deploy container instances into an Azure virtual network', url: 'https://learn.microsoft.com/azure/container-instances/container-instances-vnet' },
    ],
  },
  messages: {
    public: 'ip_address_type = "Public" gives this container group an internet address on every exposed port.',
    missing: 'ip_address_type is not set, so this container group gets a public IP address (the default).',
  },
  examples: {
    bad: 'resource "azurerm_container_group" "app" {\n  name    = "app"\n  os_type = "Linux"\n}\n',
    good: 'resource "azurerm_container_group" "app" {\n  name            = "app"\n  os_type         = "Linux"\n  ip_address_type = "Private"\n  subnet_ids      = [var.subnet_id]\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_container_group'],
    path: 'ip_address_type',
    compliant: (value) => {
      const open = oneOf(value, 'Public');
      return open === undefined ? undefined : !open;
    },
    absent: 'insecure',
    messages: { insecure: 'public', missing: 'missing' },
    // A suggestion: the group also needs subnet_ids, and the provider recreates it.
    remedy: { value: 'Private', title: 'Use a private IP address', kind: 'suggest', replacesResource: true },
  }),
});

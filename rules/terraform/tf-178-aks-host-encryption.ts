import { defineRule } from '../api';
import { allOf } from '../shared/azure-transport';
import { azurermDoc, nodePools, renamedFlag } from '../shared/azure-hardening';
import { encryptionAtRest } from '../shared/frameworks';
import { mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-178',
  title: 'Encrypt AKS node temporary disks and caches at the host',
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: encryptionAtRest(),
  docs: {
    rationale:
      'Managed OS and data disks are encrypted at rest by the platform, but the temporary disk and the disk caches of ' +
      'a node are not unless encryption at host is on (host_encryption_enabled, enable_host_encryption before azurerm ' +
      '4.0; default false). Pods write scratch data, images and logs there.',
    remediation: 'Register the EncryptionAtHost feature and set host_encryption_enabled = true on every node pool.',
    links: [
      azurermDoc('kubernetes_cluster_node_pool', 'host_encryption_enabled'),
      { title: 'Host-based encryption on AKS', url: 'https://learn.microsoft.com/azure/aks/enable-host-encryption' },
    ],
  },
  messages: {
    off: '{{name}} = false leaves the temporary disk and caches of these nodes unencrypted.',
    missing: 'Encryption at host is not set, so the temporary disk and caches of these nodes are not encrypted (the default).',
  },
  examples: {
    bad: 'resource "azurerm_kubernetes_cluster_node_pool" "work" {\n  name    = "work"\n  vm_size = "Standard_D4s_v5"\n}\n',
    good: 'resource "azurerm_kubernetes_cluster_node_pool" "work" {\n  name                    = "work"\n  vm_size                 = "Standard_D4s_v5"\n  host_encryption_enabled = true\n}\n',
  },
  // A suggestion: the provider replaces the pool (the default pool rotates through a temporary pool).
  check: allOf(
    ...nodePools.map(({ resources, block }) =>
      renamedFlag<'off' | 'missing'>({
        resources,
        block,
        current: 'host_encryption_enabled',
        legacy: 'enable_host_encryption',
        flag: (path) => mustBeTrue(path),
        absent: 'insecure',
        messages: { insecure: 'off', missing: 'missing' },
      }),
    ),
  ),
});

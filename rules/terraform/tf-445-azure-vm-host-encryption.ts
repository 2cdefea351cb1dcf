import { defineRule } from '../api';
import { azurermDoc } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-445',
  title: 'Encrypt Azure VM temporary disks and caches at the host',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: { iso27001: ['A.8.24'], nist80053: ['SC-28', 'SC-28(1)'] },
  docs: {
    rationale:
      'Managed disks are encrypted at rest by the storage service, but the temporary disk and the disk caches of a VM live ' +
      'on the host and stay unencrypted unless encryption_at_host_enabled is true (the default is false). Encryption at ' +
      'host covers them end to end; the subscription must have the EncryptionAtHost feature registered.',
    remediation: 'Register the Microsoft.Compute/EncryptionAtHost feature and set encryption_at_host_enabled = true.',
    links: [
      azurermDoc('linux_virtual_machine', 'encryption_at_host_enabled'),
      { title: 'Encryption at host: end-to-end encryption for your VM data', url: 'https://learn.microsoft.com/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data' },
    ],
  },
  messages: {
    disabled: 'encryption_at_host_enabled = false leaves the temporary disk and caches of this VM unencrypted.',
    missing: 'encryption_at_host_enabled is not set, so the temporary disk and caches of this VM are not encrypted (the default).',
  },
  examples: {
    bad: 'resource "azurerm_linux_virtual_machine" "app" {\n  name = "app"\n  size = "Standard_D2s_v5"\n}\n',
    good: 'resource "azurerm_linux_virtual_machine" "app" {\n  name                       = "app"\n  size                       = "Standard_D2s_v5"\n  encryption_at_host_enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_linux_virtual_machine_scale_set', 'azurerm_windows_virtual_machine_scale_set', 'azurerm_orchestrated_virtual_machine_scale_set'],
    // A suggestion: the VM is deallocated to apply it, and the subscription feature must be registered first.
    ...mustBeTrue('encryption_at_host_enabled'),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

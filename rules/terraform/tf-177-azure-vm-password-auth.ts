import { defineRule } from '../api';
import { allOf } from '../shared/azure-transport';
import { azurermDoc, managementAccess } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

const check = (resources: string[], path: string) =>
  attributeCheck<'passwords'>({
    resources,
    // A suggestion: the provider recreates the VM, and it needs an admin_ssh_key.
    ...mustBeTrue(path, { replacesResource: true }),
    // True by default on the current resources, and required on azurerm_virtual_machine.
    absent: 'compliant',
    messages: { insecure: 'passwords', missing: 'passwords' },
  });

export default defineRule({
  id: 'TF-177',
  title: 'Use SSH keys, not passwords, on Azure Linux VMs',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.3'],
  frameworks: managementAccess(),
  docs: {
    rationale:
      'With disable_password_authentication = false, sshd on the VM accepts passwords, which can be guessed, sprayed ' +
      'and phished, where a key pair cannot. The current VM and scale set resources default to true.',
    remediation: 'Set disable_password_authentication = true and give the admin user an admin_ssh_key, or sign in with Microsoft Entra ID.',
    links: [
      azurermDoc('linux_virtual_machine', 'disable_password_authentication'),
      { title: 'Detailed steps: create and manage SSH keys for Linux VMs in Azure', url: 'https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed' },
    ],
  },
  messages: {
    passwords: 'disable_password_authentication = false lets SSH accept passwords on this VM.',
  },
  examples: {
    bad: 'resource "azurerm_linux_virtual_machine" "vm" {\n  name                            = "vm"\n  admin_username                  = "azureuser"\n  disable_password_authentication = false\n}\n',
    good: 'resource "azurerm_linux_virtual_machine" "vm" {\n  name           = "vm"\n  admin_username = "azureuser"\n}\n',
  },
  check: allOf(
    check(['azurerm_linux_virtual_machine', 'azurerm_linux_virtual_machine_scale_set'], 'disable_password_authentication'),
    check(['azurerm_virtual_machine'], 'os_profile_linux_config.disable_password_authentication'),
    check(['azurerm_orchestrated_virtual_machine_scale_set'], 'os_profile.linux_configuration.disable_password_authentication'),
  ),
});

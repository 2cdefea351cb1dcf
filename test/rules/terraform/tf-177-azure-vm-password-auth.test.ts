import rule from '../../../rules/terraform/tf-177-azure-vm-password-auth';
import { ruleTester } from '../../helpers/rule-tester';

const vm = (body: string, type = 'azurerm_linux_virtual_machine') => `resource "${type}" "vm" {\n  name           = "vm"\n  admin_username = "azureuser"\n${body}}\n`;
const title = 'Set disable_password_authentication = true (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'provider default (keys only)', code: vm('') },
    { name: 'explicitly true on a scale set', code: vm('  disable_password_authentication = true\n', 'azurerm_linux_virtual_machine_scale_set') },
    { name: 'legacy VM with keys only', code: vm('\n  os_profile_linux_config {\n    disable_password_authentication = true\n  }\n', 'azurerm_virtual_machine') },
    { name: 'from a variable without a value', code: vm('  disable_password_authentication = var.keys_only\n'), files: { 'variables.tf': 'variable "keys_only" {}\n' } },
    { name: 'Windows VM', code: vm('  admin_password = var.password\n', 'azurerm_windows_virtual_machine') },
  ],
  bad: [
    {
      name: 'passwords allowed',
      code: vm('  disable_password_authentication = false\n'),
      findings: [{ messageId: 'passwords', line: 4, column: 37, endColumn: 42, suggestions: [{ title, output: vm('  disable_password_authentication = true\n') }] }],
    },
    {
      name: 'legacy VM allows passwords',
      code: vm('\n  os_profile_linux_config {\n    disable_password_authentication = false\n  }\n', 'azurerm_virtual_machine'),
      findings: [{ messageId: 'passwords', line: 6, column: 39, endColumn: 44 }],
    },
    {
      name: 'orchestrated scale set allows passwords',
      code: vm('\n  os_profile {\n    linux_configuration {\n      disable_password_authentication = false\n    }\n  }\n', 'azurerm_orchestrated_virtual_machine_scale_set'),
      findings: [{ messageId: 'passwords', line: 7, column: 41, endColumn: 46 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_linux_virtual_machine": {"vm": {"disable_password_authentication": false}}}}\n',
      findings: [{ messageId: 'passwords', line: 1, column: 91, endColumn: 96 }],
    },
  ],
});

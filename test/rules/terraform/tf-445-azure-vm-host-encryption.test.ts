import rule from '../../../rules/terraform/tf-445-azure-vm-host-encryption';
import { ruleTester } from '../../helpers/rule-tester';

const vm = (type: string, body: string) => `resource "${type}" "app" {\n  name = "app"\n${body}}\n`;
const title = 'Set encryption_at_host_enabled = true';

ruleTester(rule, {
  good: [
    { name: 'encrypted at host', code: vm('azurerm_linux_virtual_machine', '  encryption_at_host_enabled = true\n') },
    { name: 'from a variable without a value', code: vm('azurerm_windows_virtual_machine_scale_set', '  encryption_at_host_enabled = var.host_encryption\n'), files: { 'variables.tf': 'variable "host_encryption" {}\n' } },
    { name: 'count = 0', code: vm('azurerm_linux_virtual_machine', '  count = 0\n') },
  ],
  bad: [
    {
      name: 'provider default',
      code: vm('azurerm_windows_virtual_machine', ''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 49, suggestions: [{ title, output: vm('azurerm_windows_virtual_machine', '  encryption_at_host_enabled = true\n') }] }],
    },
    { name: 'scale set, explicitly false', code: vm('azurerm_linux_virtual_machine_scale_set', '  encryption_at_host_enabled = false\n'), findings: [{ messageId: 'disabled', line: 3, column: 32, endColumn: 37 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_linux_virtual_machine": {"app": {"encryption_at_host_enabled": false}}}}\n', findings: [{ messageId: 'disabled', line: 1, column: 87, endColumn: 92 }] },
  ],
});

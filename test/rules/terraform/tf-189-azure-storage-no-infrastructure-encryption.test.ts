import rule from '../../../rules/terraform/tf-189-azure-storage-no-infrastructure-encryption';
import { ruleTester } from '../../helpers/rule-tester';

const account = (body: string) => `resource "azurerm_storage_account" "data" {\n  name = "stdata"\n${body}}\n`;
const title = 'Set infrastructure_encryption_enabled = true (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'double encryption', code: account('  infrastructure_encryption_enabled = true\n') },
    { name: 'from a variable without a value', code: account('  infrastructure_encryption_enabled = var.double\n'), files: { 'variables.tf': 'variable "double" {}\n' } },
  ],
  bad: [
    { name: 'provider default', code: account(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42, suggestions: [{ title, output: account('  infrastructure_encryption_enabled = true\n') }] }] },
    { name: 'explicitly false', code: account('  infrastructure_encryption_enabled = false\n'), findings: [{ messageId: 'off', line: 3, column: 39, endColumn: 44 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_storage_account": {"data": {"infrastructure_encryption_enabled": false}}}}\n', findings: [{ messageId: 'off', line: 1, column: 89, endColumn: 94 }] },
  ],
});

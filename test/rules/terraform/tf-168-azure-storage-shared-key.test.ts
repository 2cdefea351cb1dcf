import rule from '../../../rules/terraform/tf-168-azure-storage-shared-key';
import { ruleTester } from '../../helpers/rule-tester';

const account = (body: string) => `resource "azurerm_storage_account" "data" {\n  name         = "stdata"\n  account_tier = "Standard"\n${body}}\n`;
const title = 'Set shared_access_key_enabled = false';

ruleTester(rule, {
  good: [
    { name: 'shared keys off', code: account('  shared_access_key_enabled = false\n') },
    { name: 'from a variable without a value', code: account('  shared_access_key_enabled = var.keys\n'), files: { 'variables.tf': 'variable "keys" {}\n' } },
    { name: 'count = 0', code: account('  count = 0\n') },
    { name: 'JSON syntax, off', filename: 'main.tf.json', code: '{"resource": {"azurerm_storage_account": {"data": {"shared_access_key_enabled": false}}}}\n' },
  ],
  bad: [
    {
      name: 'provider default allows keys',
      code: account(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42, suggestions: [{ title, output: account('  shared_access_key_enabled = false\n') }] }],
    },
    {
      name: 'explicitly true',
      code: account('  shared_access_key_enabled = true\n'),
      findings: [{ messageId: 'enabled', line: 4, column: 31, endColumn: 35, suggestions: [{ title, output: account('  shared_access_key_enabled = false\n') }] }],
    },
    {
      name: 'JSON syntax, true',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_storage_account": {"data": {"shared_access_key_enabled": true}}}}\n',
      findings: [{ messageId: 'enabled', line: 1, column: 81, endColumn: 85 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-184-azure-key-vault-no-purge-protection';
import { ruleTester } from '../../helpers/rule-tester';

const vault = (body: string) => `resource "azurerm_key_vault" "main" {\n  name     = "kv-main"\n  sku_name = "standard"\n${body}}\n`;
const title = 'Set purge_protection_enabled = true';

ruleTester(rule, {
  good: [
    { name: 'purge protection on', code: vault('  purge_protection_enabled = true\n') },
    { name: 'from a variable without a value', code: vault('  purge_protection_enabled = var.purge\n'), files: { 'variables.tf': 'variable "purge" {}\n' } },
    { name: 'count = 0', code: vault('  count = 0\n') },
  ],
  bad: [
    { name: 'provider default (off)', code: vault(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 36, suggestions: [{ title, output: vault('  purge_protection_enabled = true\n') }] }] },
    {
      name: 'off from a variable default',
      code: vault('  purge_protection_enabled = var.purge\n'),
      files: { 'variables.tf': 'variable "purge" {\n  default = false\n}\n' },
      findings: [{ messageId: 'off', line: 4, column: 30, endColumn: 39, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    { name: 'JSON syntax, off', filename: 'main.tf.json', code: '{"resource": {"azurerm_key_vault": {"main": {"purge_protection_enabled": false}}}}\n', findings: [{ messageId: 'off', line: 1, column: 74, endColumn: 79 }] },
  ],
});

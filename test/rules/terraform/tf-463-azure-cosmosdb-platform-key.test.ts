import rule from '../../../rules/terraform/tf-463-azure-cosmosdb-platform-key';
import { ruleTester } from '../../helpers/rule-tester';

const account = (body: string) => `resource "azurerm_cosmosdb_account" "db" {\n  name = "cosmos-main"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: account('  key_vault_key_id = azurerm_key_vault_key.cosmos.versionless_id\n') },
    { name: 'key from a variable without a value', code: account('  key_vault_key_id = var.key_id\n'), files: { 'variables.tf': 'variable "key_id" {}\n' } },
  ],
  bad: [
    { name: 'service-managed key', code: account(''), findings: [{ messageId: 'platformKey', line: 1, column: 1, endColumn: 41 }] },
    { name: 'key null from a variable default', code: account('  key_vault_key_id = var.key_id\n'), files: { 'variables.tf': 'variable "key_id" {\n  default = null\n}\n' }, findings: [{ messageId: 'platformKey', line: 3, column: 22, endColumn: 32 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_cosmosdb_account": {"db": {"name": "cosmos-main"}}}}\n', findings: [{ messageId: 'platformKey', line: 1, column: 44, endColumn: 48 }] },
  ],
});

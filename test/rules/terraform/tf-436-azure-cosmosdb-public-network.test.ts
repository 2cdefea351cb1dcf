import rule from '../../../rules/terraform/tf-436-azure-cosmosdb-public-network';
import { ruleTester } from '../../helpers/rule-tester';

const account = (body: string) => `resource "azurerm_cosmosdb_account" "db" {\n  name = "cosmos-main"\n${body}}\n`;
const title = 'Set public_network_access_enabled = false';

ruleTester(rule, {
  good: [
    { name: 'public access off', code: account('  public_network_access_enabled = false\n') },
    { name: 'from a variable without a value', code: account('  public_network_access_enabled = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
  ],
  bad: [
    { name: 'provider default', code: account(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 41, suggestions: [{ title, output: account('  public_network_access_enabled = false\n') }] }] },
    { name: 'explicitly true', code: account('  public_network_access_enabled = true\n'), findings: [{ messageId: 'enabled', line: 3, column: 35, endColumn: 39, suggestions: [{ title, output: account('  public_network_access_enabled = false\n') }] }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_cosmosdb_account": {"db": {"public_network_access_enabled": true}}}}\n', findings: [{ messageId: 'enabled', line: 1, column: 84, endColumn: 88 }] },
  ],
});

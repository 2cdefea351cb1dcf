import rule from '../../../rules/terraform/tf-187-azure-sql-public-network';
import { ruleTester } from '../../helpers/rule-tester';

const server = (body: string) => `resource "azurerm_mssql_server" "main" {\n  name    = "sql-main"\n  version = "12.0"\n${body}}\n`;
const title = 'Set public_network_access_enabled = false';

ruleTester(rule, {
  good: [
    { name: 'private only', code: server('  public_network_access_enabled = false\n') },
    { name: 'from a variable without a value', code: server('  public_network_access_enabled = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
  ],
  bad: [
    { name: 'provider default (public)', code: server(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39, suggestions: [{ title, output: server('  public_network_access_enabled = false\n') }] }] },
    { name: 'explicitly public', code: server('  public_network_access_enabled = true\n'), findings: [{ messageId: 'enabled', line: 4, column: 35, endColumn: 39 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_mssql_server": {"main": {"public_network_access_enabled": true}}}}\n', findings: [{ messageId: 'enabled', line: 1, column: 82, endColumn: 86 }] },
  ],
});

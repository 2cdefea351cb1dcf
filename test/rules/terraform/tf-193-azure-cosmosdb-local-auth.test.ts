import rule from '../../../rules/terraform/tf-193-azure-cosmosdb-local-auth';
import { ruleTester } from '../../helpers/rule-tester';

const account = (body: string) => `resource "azurerm_cosmosdb_account" "db" {\n  name = "cosmos-main"\n${body}}\n`;
const title = 'Set local_authentication_disabled = true';

ruleTester(rule, {
  good: [
    { name: 'keys disabled', code: account('  local_authentication_disabled = true\n') },
    { name: 'azurerm 5.0 flag turned off', code: account('  local_authentication_enabled = false\n') },
    { name: 'from a variable without a value', code: account('  local_authentication_disabled = var.no_keys\n'), files: { 'variables.tf': 'variable "no_keys" {}\n' } },
  ],
  bad: [
    { name: 'provider default', code: account(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 41, suggestions: [{ title, output: account('  local_authentication_disabled = true\n') }] }] },
    { name: 'explicitly false', code: account('  local_authentication_disabled = false\n'), findings: [{ messageId: 'keys', line: 3, column: 35, endColumn: 40 }] },
    { name: 'azurerm 5.0 flag left on', code: account('  local_authentication_enabled = true\n'), findings: [{ messageId: 'keys', line: 3, column: 34, endColumn: 38, suggestions: [{ title: 'Set local_authentication_enabled = false', output: account('  local_authentication_enabled = false\n') }] }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_cosmosdb_account": {"db": {"local_authentication_disabled": false}}}}\n', findings: [{ messageId: 'keys', line: 1, column: 84, endColumn: 89 }] },
  ],
});

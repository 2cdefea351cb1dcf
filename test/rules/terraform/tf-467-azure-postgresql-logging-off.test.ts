import rule from '../../../rules/terraform/tf-467-azure-postgresql-logging-off';
import { ruleTester } from '../../helpers/rule-tester';

const parameter = (type: string, name: string, value: string) =>
  `resource "${type}" "p" {\n  name      = ${name}\n  server_id = azurerm_postgresql_flexible_server.main.id\n  value     = ${value}\n}\n`;
const flexible = 'azurerm_postgresql_flexible_server_configuration';

ruleTester(rule, {
  good: [
    { name: 'connections logged', code: parameter(flexible, '"log_connections"', '"on"') },
    { name: 'another parameter off', code: parameter(flexible, '"pgaudit.log_client"', '"off"') },
    { name: 'name from a variable without a value', code: parameter(flexible, 'var.name', '"off"'), files: { 'variables.tf': 'variable "name" {}\n' } },
  ],
  bad: [
    { name: 'connection logging off', code: parameter(flexible, '"log_connections"', '"off"'), findings: [{ messageId: 'off', line: 4, column: 15, endColumn: 20, output: parameter(flexible, '"log_connections"', '"on"') }] },
    { name: 'single server throttling off', code: parameter('azurerm_postgresql_configuration', '"connection_throttling"', '"OFF"'), findings: [{ messageId: 'off', line: 4, column: 15, endColumn: 20, output: parameter('azurerm_postgresql_configuration', '"connection_throttling"', '"on"') }] },
    {
      name: 'for_each over parameters, one off',
      code: `resource "${flexible}" "p" {\n  for_each  = { log_checkpoints = "on", log_disconnections = "off" }\n  name      = each.key\n  server_id = azurerm_postgresql_flexible_server.main.id\n  value     = each.value\n}\n`,
      findings: [{ messageId: 'off', line: 5, column: 15, endColumn: 25 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: `{"resource": {"${flexible}": {"p": {"name": "log_checkpoints", "value": "off"}}}}\n`,
      findings: [{ messageId: 'off', line: 1, column: 110, endColumn: 115, output: `{"resource": {"${flexible}": {"p": {"name": "log_checkpoints", "value": "on"}}}}\n` }],
    },
  ],
});

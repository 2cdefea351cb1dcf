import rule from '../../../rules/terraform/tf-157-azure-flexible-server-insecure-transport';
import { ruleTester } from '../../helpers/rule-tester';

const pg = (name: string, value: string) =>
  `resource "azurerm_postgresql_flexible_server_configuration" "p" {\n  name      = ${name}\n  server_id = azurerm_postgresql_flexible_server.main.id\n  value     = ${value}\n}\n`;
const mysql = (value: string) =>
  `resource "azurerm_mysql_flexible_server_configuration" "p" {\n  name                = "require_secure_transport"\n  resource_group_name = "rg"\n  server_name         = "mysql-main"\n  value               = ${value}\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'on', code: pg('"require_secure_transport"', '"on"') },
    { name: 'MySQL ON', code: mysql('"ON"') },
    { name: 'another parameter set to off', code: pg('"log_checkpoints"', '"off"') },
    { name: 'parameter name not known before apply', code: pg('var.parameter', '"off"') },
    { name: 'value from a variable without a value', code: pg('"require_secure_transport"', 'var.tls'), files: { 'variables.tf': 'variable "tls" {}\n' } },
    { name: 'count = 0', code: pg('"require_secure_transport"', '"off"').replace('  name', '  count     = 0\n  name') },
    {
      name: 'JSON syntax, on',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_mysql_flexible_server_configuration": {\n      "p": { "name": "require_secure_transport", "value": "ON" }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'PostgreSQL off',
      code: pg('"require_secure_transport"', '"off"'),
      findings: [{ messageId: 'off', line: 4, column: 15, endColumn: 20, suggestions: [{ title: 'Require secure transport', output: pg('"require_secure_transport"', '"ON"') }] }],
    },
    { name: 'MySQL OFF', code: mysql('"OFF"'), findings: [{ messageId: 'off', line: 5, column: 25, endColumn: 30 }] },
    { name: 'parameter name in capitals', code: pg('"REQUIRE_SECURE_TRANSPORT"', '"false"'), findings: [{ messageId: 'off', line: 4, column: 15, endColumn: 22 }] },
    {
      name: 'off from a variable default: reported at the use, no edit of the default',
      code: pg('"require_secure_transport"', 'var.tls'),
      files: { 'variables.tf': 'variable "tls" {\n  default = "off"\n}\n' },
      findings: [{ messageId: 'off', line: 4, column: 15, endColumn: 22, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'for_each over parameters: the one that turns TLS off',
      code: pg('each.key', 'each.value').replace('  name', '  for_each  = { require_secure_transport = "off", log_checkpoints = "off" }\n  name'),
      findings: [{ messageId: 'off', line: 5, column: 15, endColumn: 25, related: [':2:44'] }],
    },
    {
      name: 'JSON syntax, OFF',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_mysql_flexible_server_configuration": {\n      "p": { "name": "require_secure_transport", "value": "OFF" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'off', line: 4, column: 59, endColumn: 64, suggestions: [{ output: '{\n  "resource": {\n    "azurerm_mysql_flexible_server_configuration": {\n      "p": { "name": "require_secure_transport", "value": "ON" }\n    }\n  }\n}\n' }] }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-155-azure-db-server-ssl-off';
import { ruleTester } from '../../helpers/rule-tester';

const server = (body: string, type = 'azurerm_postgresql_server') => `resource "${type}" "main" {\n  name     = "db-main"\n  sku_name = "GP_Gen5_2"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'SSL enforced', code: server('  ssl_enforcement_enabled = true\n') },
    { name: '2.x form, enabled', code: server('  ssl_enforcement = "Enabled"\n', 'azurerm_mysql_server') },
    { name: 'absent (required from 3.0)', code: server('') },
    { name: 'from a variable without a value', code: server('  ssl_enforcement_enabled = var.ssl\n'), files: { 'variables.tf': 'variable "ssl" {}\n' } },
    { name: 'count = 0', code: server('  count                   = 0\n  ssl_enforcement_enabled = false\n') },
    { name: 'flexible servers are another rule', code: server('  ssl_enforcement_enabled = false\n', 'azurerm_postgresql_flexible_server') },
    {
      name: 'JSON syntax, enforced',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_mariadb_server": {\n      "main": { "ssl_enforcement_enabled": true }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'PostgreSQL, SSL off',
      code: server('  ssl_enforcement_enabled = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 29, endColumn: 34, suggestions: [{ title: 'Set ssl_enforcement_enabled = true', output: server('  ssl_enforcement_enabled = true\n') }] }],
    },
    { name: 'MariaDB, SSL off', code: server('  ssl_enforcement_enabled = false\n', 'azurerm_mariadb_server'), findings: [{ messageId: 'disabled', line: 4, column: 29, endColumn: 34 }] },
    {
      name: '2.x form, disabled',
      code: server('  ssl_enforcement = "Disabled"\n', 'azurerm_mysql_server'),
      findings: [{ messageId: 'legacyDisabled', line: 4, column: 21, endColumn: 31, suggestions: [{ title: 'Enforce SSL', output: server('  ssl_enforcement = "Enabled"\n', 'azurerm_mysql_server') }] }],
    },
    {
      name: 'off from tfvars',
      code: server('  ssl_enforcement_enabled = var.ssl\n'),
      files: { 'variables.tf': 'variable "ssl" {\n  default = true\n}\n', 'terraform.tfvars': 'ssl = false\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 29, endColumn: 36, related: ['terraform.tfvars:1:7'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, off',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_mysql_server": {\n      "main": { "ssl_enforcement_enabled": false }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 44, endColumn: 49, suggestions: [{ output: '{\n  "resource": {\n    "azurerm_mysql_server": {\n      "main": { "ssl_enforcement_enabled": true }\n    }\n  }\n}\n' }] }],
    },
  ],
});

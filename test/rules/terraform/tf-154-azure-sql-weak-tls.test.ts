import rule from '../../../rules/terraform/tf-154-azure-sql-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const server = (body: string, type = 'azurerm_mssql_server') => `resource "${type}" "main" {\n  name    = "sql-main"\n  version = "12.0"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'provider default', code: server('') },
    { name: 'TLS 1.2', code: server('  minimum_tls_version = "1.2"\n') },
    { name: 'TLS 1.3', code: server('  minimum_tls_version = "1.3"\n') },
    { name: 'managed instance, TLS 1.2', code: server('  minimum_tls_version = "1.2"\n', 'azurerm_mssql_managed_instance') },
    { name: 'from a variable without a value', code: server('  minimum_tls_version = var.tls\n'), files: { 'variables.tf': 'variable "tls" {}\n' } },
    { name: 'count = 0', code: server('  count               = 0\n  minimum_tls_version = "1.0"\n') },
    {
      name: 'JSON syntax, TLS 1.2',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_mssql_server": {\n      "main": { "minimum_tls_version": "1.2" }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'Disabled accepts every version',
      code: server('  minimum_tls_version = "Disabled"\n'),
      findings: [{ messageId: 'weakTls', line: 4, column: 25, endColumn: 35, suggestions: [{ title: 'Require TLS 1.2', output: server('  minimum_tls_version = "1.2"\n') }] }],
    },
    { name: 'TLS 1.0', code: server('  minimum_tls_version = "1.0"\n'), findings: [{ messageId: 'weakTls', line: 4, column: 25, endColumn: 30 }] },
    { name: 'managed instance on TLS 1.1', code: server('  minimum_tls_version = "1.1"\n', 'azurerm_mssql_managed_instance'), findings: [{ messageId: 'weakTls', line: 4, column: 25, endColumn: 30 }] },
    {
      name: 'from a variable default: reported at the use, no edit of the default',
      code: server('  minimum_tls_version = var.tls\n'),
      files: { 'variables.tf': 'variable "tls" {\n  default = "1.0"\n}\n' },
      findings: [{ messageId: 'weakTls', line: 4, column: 25, endColumn: 32, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'for_each over a known map: the weak element',
      code: server('  for_each            = { a = "1.2", b = "1.0" }\n  minimum_tls_version = each.value\n'),
      findings: [{ messageId: 'weakTls', line: 5, column: 25, endColumn: 35, related: [':4:42'] }],
    },
    {
      name: 'JSON syntax, TLS 1.0',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_mssql_server": {\n      "main": { "minimum_tls_version": "1.0" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'weakTls', line: 4, column: 40, endColumn: 45, suggestions: [{ output: '{\n  "resource": {\n    "azurerm_mssql_server": {\n      "main": { "minimum_tls_version": "1.2" }\n    }\n  }\n}\n' }] }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-431-azure-sql-audit-short-retention';
import type { AnyRule } from '../../../rules/api';
import { withOptions } from '../../helpers/rule-options';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (days: string) =>
  `resource "azurerm_mssql_server_extended_auditing_policy" "main" {\n  server_id         = azurerm_mssql_server.main.id\n${days ? `  retention_in_days = ${days}\n` : ''}}\n`;
const inline = (days: string) =>
  `resource "azurerm_sql_server" "old" {\n  version = "12.0"\n\n  extended_auditing_policy {\n    storage_endpoint  = azurerm_storage_account.audit.primary_blob_endpoint\n    retention_in_days = ${days}\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'ninety days', code: policy('90') },
    { name: 'forever', code: policy('0') },
    { name: 'absent: kept forever', code: policy('') },
    { name: 'days from a variable without a value', code: policy('var.days'), files: { 'variables.tf': 'variable "days" {}\n' } },
    { name: 'inline block, a year', code: inline('365') },
    { name: 'server without inline block', code: 'resource "azurerm_mssql_server" "main" {\n  version = "12.0"\n}\n' },
  ],
  bad: [
    { name: 'thirty days', code: policy('30'), findings: [{ messageId: 'short', line: 3, column: 23, endColumn: 25, output: policy('90') }] },
    { name: 'inline block on azurerm_sql_server', code: inline('6'), findings: [{ messageId: 'short', line: 6, column: 25, endColumn: 26, output: inline('90') }] },
    {
      name: 'database policy from a variable default',
      code: 'resource "azurerm_mssql_database_extended_auditing_policy" "db" {\n  database_id       = azurerm_mssql_database.db.id\n  retention_in_days = var.days\n}\n',
      files: { 'variables.tf': 'variable "days" {\n  default = 7\n}\n' },
      findings: [{ messageId: 'short', line: 3, column: 23, endColumn: 31 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_mssql_server_extended_auditing_policy": {"main": {"retention_in_days": 30}}}}\n',
      findings: [{ messageId: 'short', line: 1, column: 95, endColumn: 97, output: '{"resource": {"azurerm_mssql_server_extended_auditing_policy": {"main": {"retention_in_days": 90}}}}\n' }],
    },
  ],
});

// The same rule with a team minimum of 365 days (`--rule-option TF-431.minimumDays=365`).
const [yearly] = withOptions([rule as unknown as AnyRule], { 'TF-431': { minimumDays: 365 } });

ruleTester(yearly, {
  good: [{ name: 'a year meets a yearly minimum', code: policy('365') }],
  bad: [{ name: 'ninety days is below a yearly minimum', code: policy('90'), findings: [{ messageId: 'short', line: 3, column: 23, endColumn: 25, output: policy('365') }] }],
});

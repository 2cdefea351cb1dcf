import rule from '../../../rules/terraform/tf-430-azure-sql-server-no-auditing';
import { ruleTester } from '../../helpers/rule-tester';

const server = 'resource "azurerm_mssql_server" "main" {\n  name    = "sql-main"\n  version = "12.0"\n}\n';
const policy = (serverId: string, extra = '') =>
  `\nresource "azurerm_mssql_server_extended_auditing_policy" "main" {\n${extra}  server_id              = ${serverId}\n  log_monitoring_enabled = true\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'auditing policy in the same file', code: server + policy('azurerm_mssql_server.main.id') },
    { name: 'auditing policy in another file', code: server, files: { 'audit.tf': policy('azurerm_mssql_server.main.id') } },
    { name: 'counted server and policy', code: 'resource "azurerm_mssql_server" "main" {\n  count   = 1\n  version = "12.0"\n}\n' + policy('azurerm_mssql_server.main[0].id', '  count                  = 1\n') },
    { name: 'policy for a server id from a variable: could be this one', code: server + policy('var.server_id'), files: { 'variables.tf': 'variable "server_id" {}\n' } },
    {
      name: 'inline extended_auditing_policy on azurerm_sql_server',
      code: 'resource "azurerm_sql_server" "old" {\n  version = "12.0"\n\n  extended_auditing_policy {\n    storage_endpoint  = azurerm_storage_account.audit.primary_blob_endpoint\n    retention_in_days = 90\n  }\n}\n',
    },
    { name: 'server passed to a module', code: server + '\nmodule "audit" {\n  source    = "./audit"\n  server_id = azurerm_mssql_server.main.id\n}\n' },
    { name: 'override file', filename: 'sql_override.tf', code: server },
    { name: 'policy enabled from a variable without a value', code: server + policy('azurerm_mssql_server.main.id', '  enabled                = var.audit\n'), files: { 'variables.tf': 'variable "audit" {}\n' } },
  ],
  bad: [
    { name: 'no auditing policy', code: server, findings: [{ messageId: 'noAuditing', line: 1, column: 1, endColumn: 39 }] },
    { name: 'legacy azurerm_sql_server without auditing', code: 'resource "azurerm_sql_server" "old" {\n  version = "12.0"\n}\n', findings: [{ messageId: 'noAuditing', line: 1, column: 1, endColumn: 36 }] },
    {
      name: 'policy of another server only',
      code: server + '\nresource "azurerm_mssql_server" "other" {\n  version = "12.0"\n}\n' + policy('azurerm_mssql_server.other.id'),
      findings: [{ messageId: 'noAuditing', line: 1, column: 1, endColumn: 39 }],
    },
    {
      name: 'policy turned off by a variable default',
      code: server + policy('azurerm_mssql_server.main.id', '  count                  = var.audit ? 1 : 0\n'),
      files: { 'variables.tf': 'variable "audit" {\n  default = false\n}\n' },
      findings: [{ messageId: 'notCreated', line: 1, column: 1, endColumn: 39 }],
    },
    {
      name: 'policy disabled',
      code: server + policy('azurerm_mssql_server.main.id', '  enabled                = false\n'),
      findings: [{ messageId: 'disabled', line: 7, column: 28, endColumn: 33, suggestions: [{ title: 'Set enabled = true', output: server + policy('azurerm_mssql_server.main.id', '  enabled                = true\n') }] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_mssql_server": {"main": {"version": "12.0"}}}}\n',
      findings: [{ messageId: 'noAuditing', line: 1, column: 40, endColumn: 46 }],
    },
  ],
});

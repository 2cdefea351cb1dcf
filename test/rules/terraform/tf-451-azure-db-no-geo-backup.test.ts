import rule from '../../../rules/terraform/tf-451-azure-db-no-geo-backup';
import { ruleTester } from '../../helpers/rule-tester';

const server = (type: string, body: string) => `resource "${type}" "main" {\n  name = "db-main"\n${body}}\n`;
const title = 'Set geo_redundant_backup_enabled = true (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'geo-redundant', code: server('azurerm_postgresql_flexible_server', '  geo_redundant_backup_enabled = true\n') },
    { name: 'replica of another server', code: server('azurerm_mysql_flexible_server', '  create_mode      = "Replica"\n  source_server_id = azurerm_mysql_flexible_server.primary.id\n') },
    { name: 'from a variable without a value', code: server('azurerm_mysql_server', '  geo_redundant_backup_enabled = var.geo\n'), files: { 'variables.tf': 'variable "geo" {}\n' } },
  ],
  bad: [
    {
      name: 'provider default',
      code: server('azurerm_postgresql_flexible_server', ''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 53, suggestions: [{ title, output: server('azurerm_postgresql_flexible_server', '  geo_redundant_backup_enabled = true\n') }] }],
    },
    { name: 'MariaDB, explicitly false', code: server('azurerm_mariadb_server', '  geo_redundant_backup_enabled = false\n'), findings: [{ messageId: 'disabled', line: 3, column: 34, endColumn: 39 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_mysql_flexible_server": {"main": {"geo_redundant_backup_enabled": false}}}}\n', findings: [{ messageId: 'disabled', line: 1, column: 90, endColumn: 95 }] },
  ],
});

import rule from '../../../rules/terraform/tf-435-azure-db-server-public-network';
import { ruleTester } from '../../helpers/rule-tester';

const server = (type: string, body: string) => `resource "${type}" "main" {\n  name = "db-main"\n${body}}\n`;
const flexible = (body: string) => server('azurerm_postgresql_flexible_server', body);
const title = 'Set public_network_access_enabled = false';

ruleTester(rule, {
  good: [
    { name: 'flexible server with public access off', code: flexible('  public_network_access_enabled = false\n') },
    { name: 'flexible server in a delegated subnet', code: flexible('  delegated_subnet_id = azurerm_subnet.db.id\n') },
    { name: 'single server with public access off', code: server('azurerm_mysql_server', '  public_network_access_enabled = false\n') },
    { name: 'MySQL flexible server, nothing written', code: server('azurerm_mysql_flexible_server', '') },
    { name: 'MySQL flexible server, azurerm 5.0 Disabled', code: server('azurerm_mysql_flexible_server', '  public_network_access = "Disabled"\n') },
    { name: 'from a variable without a value', code: flexible('  public_network_access_enabled = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
  ],
  bad: [
    {
      name: 'flexible server, provider default',
      code: flexible(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 53, suggestions: [{ title, output: flexible('  public_network_access_enabled = false\n') }] }],
    },
    { name: 'PostgreSQL single server, provider default', code: server('azurerm_postgresql_server', ''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 44 }] },
    { name: 'MariaDB server, explicitly true', code: server('azurerm_mariadb_server', '  public_network_access_enabled = true\n'), findings: [{ messageId: 'enabled', line: 3, column: 35, endColumn: 39 }] },
    { name: 'MySQL flexible server, azurerm 4.x flag', code: server('azurerm_mysql_flexible_server', '  public_network_access_enabled = true\n'), findings: [{ messageId: 'enabled', line: 3, column: 35, endColumn: 39 }] },
    {
      name: 'MySQL flexible server, azurerm 5.0 Enabled',
      code: server('azurerm_mysql_flexible_server', '  public_network_access = "Enabled"\n'),
      findings: [{ messageId: 'enabled', line: 3, column: 27, endColumn: 36, suggestions: [{ title: 'Set public_network_access = "Disabled"', output: server('azurerm_mysql_flexible_server', '  public_network_access = "Disabled"\n') }] }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_postgresql_flexible_server": {"main": {"public_network_access_enabled": true}}}}\n', findings: [{ messageId: 'enabled', line: 1, column: 96, endColumn: 100 }] },
  ],
});

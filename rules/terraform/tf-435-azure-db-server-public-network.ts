import { asString, defineRule } from '../api';
import { allOf } from '../shared/azure-transport';
import { azurermDoc } from '../shared/azure-hardening';
import { isDisabledText, publicAccessCheck, publicUnlessInSubnet, publicAccessMessages, type PublicAccessIds, publicAccessRule } from '../shared/azure-exposure';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-435',
  title: 'Turn off public network access on Azure Database for PostgreSQL, MySQL and MariaDB servers',
  ...publicAccessRule,
  docs: {
    rationale:
      'A PostgreSQL, MySQL or MariaDB server with public network access has an endpoint on the internet whose firewall ' +
      'rules are the only barrier in front of its login. public_network_access_enabled defaults to true on single ' +
      'servers (removed in azurerm 4.0 and 5.0) and on PostgreSQL flexible servers outside a delegated subnet; MySQL ' +
      'flexible servers are reported when public_network_access = "Enabled" (5.0) or public_network_access_enabled = true ' +
      '(4.x) is written. Private endpoints or VNet integration keep the server off the internet.',
    remediation:
      'Create a private endpoint (or deploy the flexible server into a delegated subnet) and set ' +
      'public_network_access_enabled = false (public_network_access = "Disabled" on MySQL flexible servers in azurerm 5.0).',
    links: [
      azurermDoc('postgresql_flexible_server', 'public_network_access_enabled'),
      azurermDoc('mysql_flexible_server', 'public_network_access'),
      { title: 'Networking overview for Azure Database for PostgreSQL', url: 'https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking' },
    ],
  },
  messages: publicAccessMessages('database server'),
  examples: {
    bad: 'resource "azurerm_postgresql_flexible_server" "main" {\n  name    = "psql-main"\n  version = "16"\n}\n',
    good: 'resource "azurerm_postgresql_flexible_server" "main" {\n  name                          = "psql-main"\n  version                       = "16"\n  public_network_access_enabled = false\n}\n',
  },
  check: allOf<PublicAccessIds>(
    publicAccessCheck({ resources: ['azurerm_postgresql_server', 'azurerm_mysql_server', 'azurerm_mariadb_server'] }),
    publicAccessCheck({ resources: ['azurerm_postgresql_flexible_server'], absent: publicUnlessInSubnet('delegated_subnet_id') }),
    // MySQL flexible servers: the default depends on how the server was created, so only what is written is decided.
    publicAccessCheck({ resources: ['azurerm_mysql_flexible_server'], absent: 'compliant' }),
    attributeCheck<PublicAccessIds>({
      resources: ['azurerm_mysql_flexible_server'],
      path: 'public_network_access',
      compliant: isDisabledText,
      absent: 'compliant',
      messages: { insecure: 'enabled', missing: 'missing' },
      data: (value) => ({ name: 'public_network_access', value: `"${asString(value)?.trim() ?? ''}"` }),
      remedy: { value: 'Disabled', title: 'Set public_network_access = "Disabled"', kind: 'suggest' },
    }),
  ),
});

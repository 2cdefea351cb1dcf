import { asString, defineRule } from '../api';
import { allOf, transportEncryption } from '../shared/azure-transport';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

const servers = ['azurerm_postgresql_server', 'azurerm_mysql_server', 'azurerm_mariadb_server'];

export default defineRule({
  id: 'TF-155',
  title: 'Enforce SSL on Azure Database for PostgreSQL, MySQL and MariaDB servers',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      'With SSL enforcement off, a single server accepts unencrypted connections: passwords and query results cross the ' +
      'network in clear text. azurerm 3.x requires ssl_enforcement_enabled; 2.x also had ssl_enforcement = "Enabled" | ' +
      '"Disabled". These resources were removed in azurerm 4.0 with the retirement of single servers.',
    remediation: 'Set ssl_enforcement_enabled = true (ssl_enforcement = "Enabled" on azurerm 2.x), or move to a flexible server.',
    links: [
      { title: 'azurerm_postgresql_server (3.x)', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/3.117.1/docs/resources/postgresql_server#ssl_enforcement_enabled' },
      { title: 'Configure TLS on Azure Database for PostgreSQL single server', url: 'https://learn.microsoft.com/azure/postgresql/single-server/concepts-ssl-connection-security' },
    ],
  },
  messages: {
    disabled: 'ssl_enforcement_enabled = false: the server accepts unencrypted connections.',
    legacyDisabled: 'ssl_enforcement = "Disabled": the server accepts unencrypted connections.',
  },
  examples: {
    bad: 'resource "azurerm_postgresql_server" "main" {\n  name                    = "pg-main"\n  sku_name                = "GP_Gen5_2"\n  ssl_enforcement_enabled = false\n}\n',
    good: 'resource "azurerm_postgresql_server" "main" {\n  name                    = "pg-main"\n  sku_name                = "GP_Gen5_2"\n  ssl_enforcement_enabled = true\n}\n',
  },
  check: allOf<'disabled' | 'legacyDisabled'>(
    attributeCheck({
      resources: servers,
      // A suggestion: clients that connect without TLS stop working.
      ...mustBeTrue('ssl_enforcement_enabled'),
      // Required from 3.0; on 2.x it may be left to ssl_enforcement.
      absent: 'compliant',
      messages: { insecure: 'disabled', missing: 'disabled' },
    }),
    attributeCheck({
      resources: servers,
      path: 'ssl_enforcement',
      compliant: (value) => {
        const state = asString(value)?.trim().toLowerCase();
        return state === undefined ? undefined : state !== 'disabled';
      },
      absent: 'compliant',
      messages: { insecure: 'legacyDisabled', missing: 'legacyDisabled' },
      remedy: { value: 'Enabled', title: 'Enforce SSL', kind: 'suggest' },
    }),
  ),
});

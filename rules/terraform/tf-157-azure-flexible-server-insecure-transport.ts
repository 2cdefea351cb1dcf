import { asString, defineRule } from '../api';
import { transportEncryption } from '../shared/azure-transport';
import { attributeCheck } from '../shared/terraform-attribute-check';

const off = new Set(['off', 'false', '0']);

export default defineRule({
  id: 'TF-157',
  title: 'Keep require_secure_transport on for Azure PostgreSQL and MySQL flexible servers',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      'Flexible servers require TLS on every connection through the server parameter require_secure_transport, which is ' +
      'ON by default; a azurerm_postgresql_flexible_server_configuration or azurerm_mysql_flexible_server_configuration ' +
      'that sets it to OFF lets clients connect without encryption, sending passwords and data in clear text.',
    remediation: 'Remove the configuration resource or set its value to "ON", and connect with sslmode=require (PostgreSQL) or --ssl-mode=REQUIRED (MySQL).',
    links: [
      { title: 'azurerm_postgresql_flexible_server_configuration', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server_configuration' },
      { title: 'Secure connectivity with TLS in Azure Database for PostgreSQL', url: 'https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls' },
      { title: 'Encrypted connectivity in Azure Database for MySQL', url: 'https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl' },
    ],
  },
  messages: {
    off: 'require_secure_transport = "{{value}}" lets clients connect to the server without TLS.',
  },
  examples: {
    bad:
      'resource "azurerm_postgresql_flexible_server_configuration" "tls" {\n  name      = "require_secure_transport"\n' +
      '  server_id = azurerm_postgresql_flexible_server.main.id\n  value     = "off"\n}\n',
    good:
      'resource "azurerm_postgresql_flexible_server_configuration" "tls" {\n  name      = "require_secure_transport"\n' +
      '  server_id = azurerm_postgresql_flexible_server.main.id\n  value     = "on"\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_postgresql_flexible_server_configuration', 'azurerm_mysql_flexible_server_configuration'],
    path: 'value',
    // The resource sets any server parameter: only require_secure_transport is decided here.
    compliant: (value, { resource }) => {
      const name = asString(resource.value('name'))?.trim().toLowerCase();
      if (name !== 'require_secure_transport') return name === undefined ? undefined : true;
      const setting = asString(value)?.trim().toLowerCase();
      return setting === undefined ? undefined : !off.has(setting);
    },
    // value is required: a missing one is a plan error, not a finding.
    absent: 'compliant',
    data: (value) => ({ value: asString(value)?.trim() ?? '' }),
    messages: { insecure: 'off', missing: 'off' },
    // A suggestion: clients that connect without TLS stop working.
    remedy: { value: 'ON', title: 'Require secure transport', kind: 'suggest' },
  }),
});

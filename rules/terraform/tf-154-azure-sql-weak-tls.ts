import { defineRule } from '../api';
import { minimumTls, retiredTls, transportEncryption, weakTlsMessage } from '../shared/azure-transport';

export default defineRule({
  id: 'TF-154',
  title: 'Require TLS 1.2 or later on Azure SQL servers and managed instances',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      `${retiredTls}. azurerm_mssql_server and azurerm_mssql_managed_instance default minimum_tls_version to "1.2" ` +
      '(azurerm 3.0 and later); "1.0", "1.1" and "Disabled", which accepts every version, lower it for all databases of ' +
      'the server, and only such values are reported.',
    remediation: 'Set minimum_tls_version = "1.2" (or remove it to get that default) once clients support it.',
    links: [
      { title: 'azurerm_mssql_server', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#minimum_tls_version' },
      { title: 'Azure SQL connectivity settings: minimal TLS version', url: 'https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version' },
    ],
  },
  messages: {
    weakTls: weakTlsMessage,
  },
  examples: {
    bad:
      'resource "azurerm_mssql_server" "main" {\n  name                = "sql-main"\n  version             = "12.0"\n' +
      '  minimum_tls_version = "Disabled"\n}\n',
    good:
      'resource "azurerm_mssql_server" "main" {\n  name                = "sql-main"\n  version             = "12.0"\n' +
      '  minimum_tls_version = "1.2"\n}\n',
  },
  // 1.2 from azurerm 3.0; 2.x left the argument unset, which the major version (not read here) decides.
  // "Disabled" accepts every version and cannot be restored once a minimum is set.
  check: minimumTls({ resources: ['azurerm_mssql_server', 'azurerm_mssql_managed_instance'], path: 'minimum_tls_version', weak: ['1.0', '1.1', 'Disabled', 'None'] }),
});

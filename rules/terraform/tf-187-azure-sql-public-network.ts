import { defineRule } from '../api';
import { mustNotBeTrue, publicExposure } from '../shared/azure-transport';
import { azurermDoc } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-187',
  title: 'Turn off public network access on Azure SQL servers',
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: publicExposure(),
  docs: {
    rationale:
      'With public_network_access_enabled (default true) the server has a public endpoint whose firewall rules are the ' +
      'only barrier between the internet and its login; with it off, clients connect through private endpoints only.',
    remediation: 'Create a private endpoint for the server and set public_network_access_enabled = false.',
    links: [
      azurermDoc('mssql_server', 'public_network_access_enabled'),
      { title: 'Azure SQL connectivity settings', url: 'https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#deny-public-network-access' },
    ],
  },
  messages: {
    enabled: 'public_network_access_enabled = true gives this server a public endpoint.',
    missing: 'public_network_access_enabled is not set, so this server has a public endpoint (the default).',
  },
  examples: {
    bad: 'resource "azurerm_mssql_server" "main" {\n  name    = "sql-main"\n  version = "12.0"\n}\n',
    good: 'resource "azurerm_mssql_server" "main" {\n  name                          = "sql-main"\n  version                       = "12.0"\n  public_network_access_enabled = false\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_mssql_server'],
    // A suggestion: clients outside private endpoints lose access.
    ...mustNotBeTrue('public_network_access_enabled'),
    absent: 'insecure',
    messages: { insecure: 'enabled', missing: 'missing' },
  }),
});

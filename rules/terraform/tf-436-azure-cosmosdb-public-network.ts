import { defineRule } from '../api';
import { azurermDoc } from '../shared/azure-hardening';
import { publicAccessCheck, publicAccessMessages, publicAccessRule } from '../shared/azure-exposure';

export default defineRule({
  id: 'TF-436',
  title: 'Turn off public network access on Azure Cosmos DB accounts',
  ...publicAccessRule,
  docs: {
    rationale:
      'With public_network_access_enabled (default true) a Cosmos DB account answers on a public endpoint, where ip_range_filter ' +
      'and virtual network rules (when is_virtual_network_filter_enabled is set) are the only barrier in front of its keys and ' +
      'tokens. With it off, clients reach the account through private endpoints only.',
    remediation: 'Create a private endpoint for the account and set public_network_access_enabled = false.',
    links: [
      azurermDoc('cosmosdb_account', 'public_network_access_enabled'),
      { title: 'Configure Azure Private Link for Azure Cosmos DB', url: 'https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints' },
    ],
  },
  messages: publicAccessMessages('Cosmos DB account'),
  examples: {
    bad: 'resource "azurerm_cosmosdb_account" "main" {\n  name = "main"\n}\n',
    good: 'resource "azurerm_cosmosdb_account" "main" {\n  name                          = "main"\n  public_network_access_enabled = false\n}\n',
  },
  check: publicAccessCheck({ resources: ['azurerm_cosmosdb_account'] }),
});

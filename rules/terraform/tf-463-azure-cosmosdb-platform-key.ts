import { defineRule } from '../api';
import { azurermDoc } from '../shared/azure-hardening';
import { namesSomething } from '../shared/aws-logging';
import { keyManagement } from '../shared/frameworks';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-463',
  title: 'Encrypt Azure Cosmos DB accounts with a customer-managed key',
  target: 'terraform',
  severity: 'low',
  // Strict: Cosmos DB always encrypts data with a service-managed key.
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: keyManagement(),
  docs: {
    rationale:
      'Without key_vault_key_id, Cosmos DB encrypts the account with a key Microsoft manages: it meets encryption at rest, ' +
      'but the data cannot be made unreadable by revoking a key the organisation controls, and key use is not audited in ' +
      'its own Key Vault.',
    remediation:
      'Create the account with key_vault_key_id = azurerm_key_vault_key.<name>.versionless_id and an identity allowed to use the key (the provider replaces an existing account).',
    links: [
      azurermDoc('cosmosdb_account', 'key_vault_key_id'),
      { title: 'Configure customer-managed keys for your Azure Cosmos DB account', url: 'https://learn.microsoft.com/azure/cosmos-db/how-to-setup-customer-managed-keys' },
    ],
  },
  messages: {
    platformKey: 'No key_vault_key_id: this Cosmos DB account is encrypted with a service-managed key.',
  },
  examples: {
    bad: 'resource "azurerm_cosmosdb_account" "db" {\n  name       = "cosmos-main"\n  offer_type = "Standard"\n}\n',
    good: 'resource "azurerm_cosmosdb_account" "db" {\n  name             = "cosmos-main"\n  offer_type       = "Standard"\n  key_vault_key_id = azurerm_key_vault_key.cosmos.versionless_id\n}\n',
  },
  // No edit: the key and its access are the author's to create.
  check: attributeCheck({
    resources: ['azurerm_cosmosdb_account'],
    path: 'key_vault_key_id',
    compliant: namesSomething,
    absent: 'insecure',
    messages: { insecure: 'platformKey', missing: 'platformKey' },
  }),
});

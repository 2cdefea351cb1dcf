import { defineRule } from '../api';
import { allOf, mustNotBeTrue } from '../shared/azure-transport';
import { azurermDoc, isWritten, staticCredentials } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-193',
  title: 'Disable key-based authentication on Azure Cosmos DB accounts',
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['1.1'],
  frameworks: staticCredentials(),
  docs: {
    rationale:
      'Unless local_authentication_disabled is true (the default is false; local_authentication_enabled = false from ' +
      'azurerm 5.0, which removed the older flag), the primary and secondary keys of the ' +
      'account grant full data access to whoever holds them, from anywhere the network allows, with no identity in the ' +
      'audit log. Microsoft Entra ID with data-plane RBAC ties each request to an identity.',
    remediation: 'Grant Cosmos DB data-plane roles to the workload identities, then set local_authentication_disabled = true.',
    links: [
      azurermDoc('cosmosdb_account', 'local_authentication_disabled'),
      { title: 'Disable key-based authentication with Azure Cosmos DB', url: 'https://learn.microsoft.com/azure/cosmos-db/how-to-setup-rbac#disable-local-auth' },
    ],
  },
  messages: {
    keys: 'Local authentication is left on: the account keys authorize data access.',
    missing: 'local_authentication_disabled is not set, so the account keys authorize data access (the default).',
  },
  examples: {
    bad: 'resource "azurerm_cosmosdb_account" "db" {\n  name       = "cosmos-main"\n  offer_type = "Standard"\n}\n',
    good: 'resource "azurerm_cosmosdb_account" "db" {\n  name                          = "cosmos-main"\n  offer_type                    = "Standard"\n  local_authentication_disabled = true\n}\n',
  },
  check: allOf<'keys' | 'missing'>(
    attributeCheck({
      resources: ['azurerm_cosmosdb_account'],
      // A suggestion: clients that connect with the account keys stop working.
      ...mustBeTrue('local_authentication_disabled'),
      // azurerm 5.0 replaced the flag with local_authentication_enabled: written, it decides instead.
      absent: (scope) => (isWritten(scope, 'local_authentication_enabled') ? 'compliant' : 'insecure'),
      messages: { insecure: 'keys', missing: 'missing' },
    }),
    attributeCheck({
      resources: ['azurerm_cosmosdb_account'],
      ...mustNotBeTrue('local_authentication_enabled'),
      absent: 'compliant',
      messages: { insecure: 'keys', missing: 'missing' },
    }),
  ),
});

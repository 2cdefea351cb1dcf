import { defineRule } from '../api';
import { mustNotBeTrue } from '../shared/azure-transport';
import { azurermDoc, cisAzure, staticCredentials } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-168',
  title: 'Disallow shared key access on Azure storage accounts',
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['1.1'],
  frameworks: staticCredentials(cisAzure('9.3.1.3')),
  docs: {
    rationale:
      'Account keys and the SAS tokens signed with them are long-lived secrets with full access to the account; they ' +
      'are not tied to an identity and cannot be revoked one by one. shared_access_key_enabled defaults to true. ' +
      'Turning it off leaves Microsoft Entra ID authorization only, which breaks clients that still use keys.',
    remediation: 'Move clients to Microsoft Entra ID (managed identities, user delegation SAS) and set shared_access_key_enabled = false.',
    links: [
      azurermDoc('storage_account', 'shared_access_key_enabled'),
      { title: 'Prevent Shared Key authorization for an Azure Storage account', url: 'https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent' },
    ],
  },
  messages: {
    enabled: 'shared_access_key_enabled = true lets account keys and key-signed SAS tokens authorize requests.',
    missing: 'shared_access_key_enabled is not set, so account keys and key-signed SAS tokens authorize requests (the default).',
  },
  examples: {
    bad: 'resource "azurerm_storage_account" "data" {\n  name                     = "stdata"\n  account_tier             = "Standard"\n  account_replication_type = "ZRS"\n}\n',
    good:
      'resource "azurerm_storage_account" "data" {\n  name                      = "stdata"\n  account_tier              = "Standard"\n' +
      '  account_replication_type  = "ZRS"\n  shared_access_key_enabled = false\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_storage_account'],
    // A suggestion: clients that authenticate with keys or SAS stop working.
    ...mustNotBeTrue('shared_access_key_enabled'),
    absent: 'insecure',
    messages: { insecure: 'enabled', missing: 'missing' },
  }),
});

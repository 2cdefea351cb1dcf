import { defineRule } from '../api';
import { mustBeTrue } from '../shared/terraform-attribute-check';
import { azurermDoc, cisAzure, leastPrivilege, renamedFlag } from '../shared/azure-hardening';

export default defineRule({
  id: 'TF-446',
  title: 'Authorize Azure Key Vault data access with Azure RBAC',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['1.3'],
  frameworks: leastPrivilege(cisAzure('8.3.6')),
  docs: {
    rationale:
      'A vault without rbac_authorization_enabled = true (enable_rbac_authorization before azurerm 5.0, where it defaulted ' +
      'to false; 5.0 requires the argument) authorizes data access with vault access policies: all-or-nothing ' +
      'permissions per vault that anyone with Contributor on the vault can grant themselves. Azure RBAC grants ' +
      'per-secret or per-key roles, respects Privileged Identity Management and is audited with every other role assignment.',
    remediation: 'Assign Key Vault data-plane roles (Key Vault Secrets User, Crypto User, ...) to the identities that use the vault, then set rbac_authorization_enabled = true.',
    links: [
      azurermDoc('key_vault', 'rbac_authorization_enabled'),
      { title: 'Migrate from vault access policy to an Azure role-based access control permission model', url: 'https://learn.microsoft.com/azure/key-vault/general/rbac-migration' },
    ],
  },
  messages: {
    accessPolicies: '{{name}} = false authorizes data access to this vault with access policies.',
    missing: 'rbac_authorization_enabled is not set, so this vault authorizes data access with access policies (the default before azurerm 5.0).',
  },
  examples: {
    bad: 'resource "azurerm_key_vault" "main" {\n  name     = "kv-main"\n  sku_name = "standard"\n}\n',
    good: 'resource "azurerm_key_vault" "main" {\n  name                       = "kv-main"\n  sku_name                   = "standard"\n  rbac_authorization_enabled = true\n}\n',
  },
  // A suggestion: identities that relied on access policies lose access until they are given roles.
  check: renamedFlag<'accessPolicies' | 'missing'>({
    resources: ['azurerm_key_vault'],
    current: 'rbac_authorization_enabled',
    legacy: 'enable_rbac_authorization',
    flag: mustBeTrue,
    absent: 'insecure',
    messages: { insecure: 'accessPolicies', missing: 'missing' },
  }),
});

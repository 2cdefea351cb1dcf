import { defineRule } from '../api';
import { azurermDoc, recoverability } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-184',
  title: 'Enable purge protection on Azure Key Vault',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['8.3'],
  frameworks: recoverability(),
  docs: {
    rationale:
      'Soft delete keeps deleted vaults and their keys for the retention period, but without purge protection ' +
      '(purge_protection_enabled, default false) anyone allowed to purge can destroy them at once, and with them ' +
      'every disk, database and storage account encrypted with those keys.',
    remediation: 'Set purge_protection_enabled = true; it cannot be turned off again, and a purged name stays reserved for the retention period.',
    links: [
      azurermDoc('key_vault', 'purge_protection_enabled'),
      { title: 'Azure Key Vault soft-delete and purge protection', url: 'https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview#purge-protection' },
    ],
  },
  messages: {
    off: 'purge_protection_enabled = false lets deleted keys and secrets of this vault be purged at once.',
    missing: 'purge_protection_enabled is not set, so deleted keys and secrets of this vault can be purged at once.',
  },
  examples: {
    bad: 'resource "azurerm_key_vault" "main" {\n  name      = "kv-main"\n  sku_name  = "standard"\n  tenant_id = var.tenant_id\n}\n',
    good: 'resource "azurerm_key_vault" "main" {\n  name                     = "kv-main"\n  sku_name                 = "standard"\n  tenant_id                = var.tenant_id\n  purge_protection_enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_key_vault'],
    // A suggestion: purge protection cannot be turned off, and test vaults can no longer be purged.
    ...mustBeTrue('purge_protection_enabled'),
    absent: 'insecure',
    messages: { insecure: 'off', missing: 'missing' },
  }),
});

import { defineRule } from '../api';
import { azurermDoc } from '../shared/azure-hardening';
import { encryptionAtRest } from '../shared/frameworks';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-189',
  title: 'Encrypt Azure storage accounts twice with infrastructure encryption',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: encryptionAtRest(),
  docs: {
    rationale:
      'Storage service encryption already encrypts every account at rest; infrastructure encryption ' +
      '(infrastructure_encryption_enabled, default false) adds a second layer with a different algorithm and key, so ' +
      'that one broken key or implementation does not expose the data. It can only be chosen when the account is created.',
    remediation: 'Set infrastructure_encryption_enabled = true on new accounts that hold sensitive data.',
    links: [
      azurermDoc('storage_account', 'infrastructure_encryption_enabled'),
      { title: 'Enable infrastructure encryption for double encryption of data', url: 'https://learn.microsoft.com/azure/storage/common/infrastructure-encryption-enable' },
    ],
  },
  messages: {
    off: 'infrastructure_encryption_enabled = false: the data of this account is encrypted once only.',
    missing: 'infrastructure_encryption_enabled is not set, so the data of this account is encrypted once only.',
  },
  examples: {
    bad: 'resource "azurerm_storage_account" "data" {\n  name         = "stdata"\n  account_tier = "Standard"\n}\n',
    good: 'resource "azurerm_storage_account" "data" {\n  name                              = "stdata"\n  account_tier                      = "Standard"\n  infrastructure_encryption_enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_storage_account'],
    ...mustBeTrue('infrastructure_encryption_enabled', { replacesResource: true }),
    absent: 'insecure',
    messages: { insecure: 'off', missing: 'missing' },
  }),
});

import { defineRule } from '../api';
import { namesSomething } from '../shared/aws-logging';
import { azurermDoc, cisAzure, secretLifecycle } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-185',
  title: 'Set an expiration date on Azure Key Vault secrets and keys',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['3.3'],
  frameworks: secretLifecycle(cisAzure('8.3.3'), cisAzure('8.3.4')),
  docs: {
    rationale:
      'A secret or key without expiration_date never expires, so nothing forces it to be rotated and a leaked value ' +
      'stays usable indefinitely. Key Vault sets no expiry by default.',
    remediation: 'Set expiration_date (RFC 3339), and rotate before it: rotation_policy on keys, or the secret\'s owner on a schedule.',
    links: [
      azurermDoc('key_vault_secret', 'expiration_date'),
      { title: 'About Azure Key Vault secrets', url: 'https://learn.microsoft.com/azure/key-vault/secrets/about-secrets' },
    ],
  },
  messages: {
    missing: 'No expiration_date is set, so this never expires and is never forced to rotate.',
  },
  examples: {
    bad: 'resource "azurerm_key_vault_secret" "db" {\n  name         = "db-password"\n  key_vault_id = azurerm_key_vault.main.id\n  value_wo     = var.db_password\n}\n',
    good:
      'resource "azurerm_key_vault_secret" "db" {\n  name            = "db-password"\n  key_vault_id    = azurerm_key_vault.main.id\n' +
      '  value_wo        = var.db_password\n  expiration_date = "2027-06-30T00:00:00Z"\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_key_vault_secret', 'azurerm_key_vault_key'],
    path: 'expiration_date',
    compliant: namesSomething,
    // No edit: the date is the owner's to choose.
    absent: 'insecure',
    messages: { insecure: 'missing', missing: 'missing' },
  }),
});

import { defineRule } from '../api';
import { azurermDoc, secretLifecycle } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-469',
  title: 'Rotate Key Vault secrets mounted by the AKS Secrets Store CSI driver',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['3.3'],
  frameworks: secretLifecycle(),
  docs: {
    rationale:
      'With the Key Vault secrets provider add-on (key_vault_secrets_provider) but secret_rotation_enabled left false ' +
      '(the default), pods keep the secret values they mounted at start: a secret rotated or revoked in Key Vault stays ' +
      'valid in running workloads until they restart. Rotation polls Key Vault (every 2 minutes by default) and updates ' +
      'the mounted files.',
    remediation: 'Set secret_rotation_enabled = true in key_vault_secrets_provider (and secret_rotation_interval if needed).',
    links: [
      azurermDoc('kubernetes_cluster', 'secret_rotation_enabled'),
      { title: 'Use the Azure Key Vault provider for Secrets Store CSI Driver in AKS', url: 'https://learn.microsoft.com/azure/aks/csi-secrets-store-configuration-options#enable-and-disable-auto-rotation' },
    ],
  },
  messages: {
    disabled: 'secret_rotation_enabled = false: pods keep mounted Key Vault secrets after they are rotated.',
    missing: 'secret_rotation_enabled is not set, so pods keep mounted Key Vault secrets after they are rotated (the default).',
  },
  examples: {
    bad: 'resource "azurerm_kubernetes_cluster" "main" {\n  name = "aks-main"\n\n  key_vault_secrets_provider {}\n}\n',
    good: 'resource "azurerm_kubernetes_cluster" "main" {\n  name = "aks-main"\n\n  key_vault_secrets_provider {\n    secret_rotation_enabled = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_kubernetes_cluster'],
    ...mustBeTrue('key_vault_secrets_provider.secret_rotation_enabled'),
    // Only a cluster that uses the add-on: without the block there is nothing to rotate.
    absent: ({ resource }) => (resource.blocks('key_vault_secrets_provider').length > 0 ? 'insecure' : 'compliant'),
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

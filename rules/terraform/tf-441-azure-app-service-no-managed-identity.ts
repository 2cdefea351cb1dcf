import { defineRule } from '../api';
import { appServiceApps, legacyAppServiceApps } from '../shared/azure-transport';
import { azurermDoc } from '../shared/azure-hardening';
import { namesSomething } from '../shared/aws-logging';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-441',
  title: 'Give Azure App Service and Function Apps a managed identity',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['1.2'],
  frameworks: { iso27001: ['A.5.16', 'A.8.5'], nist80053: ['IA-9', 'IA-5'] },
  docs: {
    rationale:
      'An app without an identity block has no Microsoft Entra identity of its own, so it reaches Key Vault, storage, ' +
      'databases and other APIs with connection strings, keys or client secrets kept in its settings: long-lived ' +
      'credentials that leak with the configuration. A system- or user-assigned managed identity gets tokens that ' +
      'Azure rotates.',
    remediation: 'Add identity { type = "SystemAssigned" } (or UserAssigned with identity_ids) and grant it the roles the app needs instead of keys.',
    links: [
      azurermDoc('linux_web_app', 'identity'),
      { title: 'Use managed identities for App Service and Azure Functions', url: 'https://learn.microsoft.com/azure/app-service/overview-managed-identity' },
    ],
  },
  messages: {
    missing: 'This app has no managed identity, so it reaches other services with stored credentials.',
  },
  examples: {
    bad: 'resource "azurerm_linux_function_app" "jobs" {\n  name = "jobs"\n}\n',
    good: 'resource "azurerm_linux_function_app" "jobs" {\n  name = "jobs"\n\n  identity {\n    type = "SystemAssigned"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: [...appServiceApps, ...legacyAppServiceApps],
    path: 'identity.type',
    compliant: namesSomething,
    absent: 'insecure',
    messages: { insecure: 'missing', missing: 'missing' },
    // A suggestion: the identity still needs role assignments before the app can drop its keys.
    remedy: { value: 'SystemAssigned', title: 'Add a system-assigned managed identity', kind: 'suggest' },
  }),
});

import { defineRule } from '../api';
import { mustNotBeTrue } from '../shared/azure-transport';
import { azurermDoc, staticCredentials } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-166',
  title: 'Do not enable the admin user of Azure Container Registry',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.1'],
  frameworks: staticCredentials(),
  docs: {
    rationale:
      'The admin user of a registry is one shared account with two long-lived passwords and full push and pull rights. ' +
      'It ends up in pipelines and cluster secrets, cannot be scoped or attributed to a workload, and stays valid until ' +
      'someone regenerates it. admin_enabled defaults to false.',
    remediation:
      'Set admin_enabled = false and pull with a managed identity granted AcrPull (kubelet identity, web app identity), ' +
      'or use repository-scoped tokens where an identity is not available.',
    links: [
      azurermDoc('container_registry', 'admin_enabled'),
      { title: 'Azure Container Registry authentication', url: 'https://learn.microsoft.com/azure/container-registry/container-registry-authentication#admin-account' },
    ],
  },
  messages: {
    adminEnabled: 'admin_enabled = true gives this registry a shared admin account with long-lived passwords.',
  },
  examples: {
    bad: 'resource "azurerm_container_registry" "acr" {\n  name          = "acrmain"\n  sku           = "Premium"\n  admin_enabled = true\n}\n',
    good: 'resource "azurerm_container_registry" "acr" {\n  name          = "acrmain"\n  sku           = "Premium"\n  admin_enabled = false\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_container_registry'],
    // A suggestion: whatever still logs in with the admin password stops working.
    ...mustNotBeTrue('admin_enabled'),
    absent: 'compliant',
    messages: { insecure: 'adminEnabled', missing: 'adminEnabled' },
  }),
});

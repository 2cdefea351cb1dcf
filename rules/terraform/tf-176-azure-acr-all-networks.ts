import { defineRule } from '../api';
import { deniesByDefault, publicExposure, publicNetworkAccess } from '../shared/azure-transport';
import { azurermDoc } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-176',
  title: 'Do not accept connections from all networks on Azure Container Registry',
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: publicExposure(),
  docs: {
    rationale:
      'A registry with public_network_access_enabled (default true) and no network_rule_set, or default_action = ' +
      '"Allow" (the default), accepts pushes and pulls from every network, so a leaked token works from anywhere. ' +
      'Network rules and private endpoints need the Premium SKU.',
    remediation:
      'Add network_rule_set { default_action = "Deny" } with the ip_rule entries that need access, or set ' +
      'public_network_access_enabled = false and use a private endpoint.',
    links: [
      azurermDoc('container_registry', 'network_rule_set'),
      { title: 'Configure public IP network rules', url: 'https://learn.microsoft.com/azure/container-registry/container-registry-access-selected-networks' },
    ],
  },
  messages: {
    allow: 'network_rule_set.default_action = "Allow" accepts requests to this registry from every network.',
    missing: 'No network_rule_set restricts this registry, so it accepts requests from every network.',
  },
  examples: {
    bad: 'resource "azurerm_container_registry" "acr" {\n  name = "acrmain"\n  sku  = "Premium"\n}\n',
    good: 'resource "azurerm_container_registry" "acr" {\n  name                          = "acrmain"\n  sku                           = "Premium"\n  public_network_access_enabled = false\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_container_registry'],
    path: 'network_rule_set.default_action',
    compliant: (value, scope) => (publicNetworkAccess(scope) === 'compliant' ? true : deniesByDefault(value)),
    absent: publicNetworkAccess,
    messages: { insecure: 'allow', missing: 'missing' },
    // A suggestion: pipelines and clusters outside the allowed networks can no longer push or pull.
    remedy: { value: 'Deny', title: 'Deny access by default', kind: 'suggest' },
  }),
});

import { defineRule } from '../api';
import { azurermDoc } from '../shared/azure-hardening';
import { publicAccessRule } from '../shared/azure-exposure';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-460',
  title: 'Give Azure Container Apps environments an internal load balancer',
  ...publicAccessRule,
  docs: {
    rationale:
      'A Container Apps environment without internal_load_balancer_enabled = true (the default is false; it needs an ' +
      'infrastructure_subnet_id) gets a public IP address, so every app with external ingress is reachable from the ' +
      'internet. With an internal load balancer the environment is reachable only from its virtual network, and public ' +
      'traffic enters through a controlled entry point such as Application Gateway or Front Door.',
    remediation: 'Deploy the environment into a subnet (infrastructure_subnet_id) with internal_load_balancer_enabled = true (the provider replaces the environment).',
    links: [
      azurermDoc('container_app_environment', 'internal_load_balancer_enabled'),
      { title: 'Networking in Azure Container Apps environments', url: 'https://learn.microsoft.com/azure/container-apps/networking#accessibility-levels' },
    ],
  },
  messages: {
    disabled: 'internal_load_balancer_enabled = false gives this environment a public IP address.',
    missing: 'internal_load_balancer_enabled is not set, so this environment has a public IP address (the default).',
  },
  examples: {
    bad: 'resource "azurerm_container_app_environment" "main" {\n  name = "cae-main"\n}\n',
    good:
      'resource "azurerm_container_app_environment" "main" {\n  name                           = "cae-main"\n' +
      '  infrastructure_subnet_id       = azurerm_subnet.apps.id\n  internal_load_balancer_enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_container_app_environment'],
    ...mustBeTrue('internal_load_balancer_enabled', { replacesResource: true }),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

import { defineRule } from '../api';
import { mustNotBeTrue } from '../shared/azure-transport';
import { azurermDoc, cisAks, leastPrivilege } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-169',
  title: 'Do not allow anonymous pull from Azure Container Registry',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['1.3'],
  frameworks: leastPrivilege(cisAks('5.1.2')),
  docs: {
    rationale:
      'With anonymous pull on, anyone on the internet who can reach the registry can download every image in it, ' +
      'together with the code, configuration and secrets baked into them. anonymous_pull_enabled defaults to false.',
    remediation: 'Set anonymous_pull_enabled = false and grant AcrPull to the identities that pull the images.',
    links: [
      azurermDoc('container_registry', 'anonymous_pull_enabled'),
      { title: 'Make your container registry content publicly available', url: 'https://learn.microsoft.com/azure/container-registry/anonymous-pull-access' },
    ],
  },
  messages: {
    anonymous: 'anonymous_pull_enabled = true lets anyone pull the images of this registry without signing in.',
  },
  examples: {
    bad: 'resource "azurerm_container_registry" "acr" {\n  name                   = "acrmain"\n  sku                    = "Standard"\n  anonymous_pull_enabled = true\n}\n',
    good: 'resource "azurerm_container_registry" "acr" {\n  name = "acrmain"\n  sku  = "Standard"\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_container_registry'],
    // A suggestion: clients that pull without credentials stop working.
    ...mustNotBeTrue('anonymous_pull_enabled'),
    absent: 'compliant',
    messages: { insecure: 'anonymous', missing: 'anonymous' },
  }),
});

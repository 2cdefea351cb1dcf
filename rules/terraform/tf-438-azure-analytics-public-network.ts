import { defineRule } from '../api';
import { allOf } from '../shared/azure-transport';
import { azurermDoc } from '../shared/azure-hardening';
import { publicAccessCheck, publicAccessMessages, type PublicAccessIds, publicAccessRule } from '../shared/azure-exposure';

export default defineRule({
  id: 'TF-438',
  title: 'Turn off public network access on Azure AI, search and analytics services',
  ...publicAccessRule,
  docs: {
    rationale:
      'Azure AI services (Cognitive Services) accounts, AI Search services, Machine Learning, Synapse and Databricks ' +
      'workspaces and Data Factories answer on a public endpoint while public network access is on, the default ' +
      '(public_network_access_enabled; public_network_enabled on Data Factory): a leaked key or token works from anywhere, ' +
      'and the data they index, train on or move is one credential away from the internet. With it off, clients connect ' +
      'through private endpoints.',
    remediation:
      'Create private endpoints for the service and set public_network_access_enabled = false (public_network_enabled = false on azurerm_data_factory).',
    links: [
      azurermDoc('cognitive_account', 'public_network_access_enabled'),
      azurermDoc('search_service', 'public_network_access_enabled'),
      azurermDoc('data_factory', 'public_network_enabled'),
      { title: 'Configure Azure AI services virtual networks', url: 'https://learn.microsoft.com/azure/ai-services/cognitive-services-virtual-networks' },
    ],
  },
  messages: publicAccessMessages('service'),
  examples: {
    bad: 'resource "azurerm_cognitive_account" "main" {\n  name     = "ai-main"\n  kind     = "OpenAI"\n  sku_name = "S0"\n}\n',
    good:
      'resource "azurerm_cognitive_account" "main" {\n  name                          = "ai-main"\n  kind                          = "OpenAI"\n' +
      '  sku_name                      = "S0"\n  public_network_access_enabled = false\n}\n',
  },
  check: allOf<PublicAccessIds>(
    publicAccessCheck({
      resources: ['azurerm_cognitive_account', 'azurerm_search_service', 'azurerm_machine_learning_workspace', 'azurerm_synapse_workspace', 'azurerm_databricks_workspace'],
    }),
    publicAccessCheck({ resources: ['azurerm_data_factory'], argument: 'public_network_enabled' }),
  ),
});

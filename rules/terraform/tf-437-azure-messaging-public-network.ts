import { defineRule } from '../api';
import { azurermDoc } from '../shared/azure-hardening';
import { publicAccessCheck, publicAccessMessages, publicAccessRule } from '../shared/azure-exposure';

export default defineRule({
  id: 'TF-437',
  title: 'Turn off public network access on Azure Event Hubs, Service Bus and Event Grid',
  ...publicAccessRule,
  docs: {
    rationale:
      'Event Hubs and Service Bus namespaces and Event Grid topics and domains accept connections from the internet while ' +
      'public_network_access_enabled is true, the default: a leaked connection string or SAS token can publish or read ' +
      'messages from anywhere. With it off, producers and consumers connect through private endpoints (and trusted ' +
      'Microsoft services where allowed).',
    remediation: 'Create private endpoints for the namespace, topic or domain and set public_network_access_enabled = false.',
    links: [
      azurermDoc('eventhub_namespace', 'public_network_access_enabled'),
      { title: 'Allow access to Azure Event Hubs namespaces via private endpoints', url: 'https://learn.microsoft.com/azure/event-hubs/private-link-service' },
    ],
  },
  messages: publicAccessMessages('messaging resource'),
  examples: {
    bad: 'resource "azurerm_servicebus_namespace" "main" {\n  name = "main"\n}\n',
    good: 'resource "azurerm_servicebus_namespace" "main" {\n  name                          = "main"\n  public_network_access_enabled = false\n}\n',
  },
  check: publicAccessCheck({ resources: ['azurerm_eventhub_namespace', 'azurerm_servicebus_namespace', 'azurerm_eventgrid_topic', 'azurerm_eventgrid_domain'] }),
});

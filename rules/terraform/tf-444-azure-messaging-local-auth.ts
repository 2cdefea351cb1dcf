import { defineRule } from '../api';
import { mustNotBeTrue } from '../shared/azure-transport';
import { azurermDoc, staticCredentials } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-444',
  title: 'Disable key-based authentication on Azure Event Hubs, Service Bus and AI services',
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['1.1'],
  frameworks: staticCredentials(),
  docs: {
    rationale:
      'While local_auth_enabled is true (the default), shared access signature keys of an Event Hubs or Service Bus ' +
      'namespace, and the keys of an Azure AI services account, authorize requests from whoever holds them, with no ' +
      'identity in the logs and no expiry until someone rotates them. With it off, only Microsoft Entra identities with a ' +
      'role on the resource are accepted.',
    remediation: 'Grant data-plane roles to the workload identities, then set local_auth_enabled = false.',
    links: [
      azurermDoc('eventhub_namespace', 'local_auth_enabled'),
      azurermDoc('servicebus_namespace', 'local_auth_enabled'),
      azurermDoc('cognitive_account', 'local_auth_enabled'),
      { title: 'Disable local authentication in Azure Event Hubs', url: 'https://learn.microsoft.com/azure/event-hubs/authenticate-shared-access-signature#disable-local-authentication' },
    ],
  },
  messages: {
    keys: 'local_auth_enabled = true lets shared access keys authorize requests.',
    missing: 'local_auth_enabled is not set, so shared access keys authorize requests (the default).',
  },
  examples: {
    bad: 'resource "azurerm_servicebus_namespace" "main" {\n  name = "sb-main"\n  sku  = "Standard"\n}\n',
    good: 'resource "azurerm_servicebus_namespace" "main" {\n  name               = "sb-main"\n  sku                = "Standard"\n  local_auth_enabled = false\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_eventhub_namespace', 'azurerm_servicebus_namespace', 'azurerm_cognitive_account'],
    // A suggestion: clients that connect with connection strings or keys stop working.
    ...mustNotBeTrue('local_auth_enabled'),
    absent: 'insecure',
    messages: { insecure: 'keys', missing: 'missing' },
  }),
});

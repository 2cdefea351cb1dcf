import { defineRule } from '../api';
import { minimumTls, retiredTls, transportEncryption, weakTlsMessage } from '../shared/azure-transport';

export default defineRule({
  id: 'TF-158',
  title: 'Require TLS 1.2 on Azure Event Hubs and Service Bus namespaces',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      `${retiredTls}. Event Hubs and Service Bus namespaces default minimum_tls_version to "1.2"; "1.0" and "1.1" let ` +
      'producers and consumers send SAS tokens and messages over a weak protocol, and only such values are reported.',
    remediation: 'Set minimum_tls_version = "1.2" on the namespace, or remove it to get that default.',
    links: [
      { title: 'azurerm_eventhub_namespace', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/eventhub_namespace#minimum_tls_version' },
      { title: 'azurerm_servicebus_namespace', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/servicebus_namespace#minimum_tls_version' },
      { title: 'Enforce a minimum TLS version for Event Hubs', url: 'https://learn.microsoft.com/azure/event-hubs/transport-layer-security-enforce-minimum-version' },
    ],
  },
  messages: {
    weakTls: weakTlsMessage,
  },
  examples: {
    bad: 'resource "azurerm_servicebus_namespace" "main" {\n  name                = "sb-main"\n  sku                 = "Standard"\n  minimum_tls_version = "1.0"\n}\n',
    good: 'resource "azurerm_servicebus_namespace" "main" {\n  name                = "sb-main"\n  sku                 = "Standard"\n  minimum_tls_version = "1.2"\n}\n',
  },
  check: minimumTls({ resources: ['azurerm_eventhub_namespace', 'azurerm_servicebus_namespace'], path: 'minimum_tls_version', weak: ['1.0', '1.1'] }),
});

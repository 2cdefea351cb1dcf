import { defineRule } from '../api';
import { auditLogging } from '../shared/aws-logging';
import { azurermDoc, cisAzure } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-434',
  title: 'Keep NSG and virtual network flow logs turned on',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.1'],
  frameworks: auditLogging(cisAzure('6.1.1.5'), cisAzure('6.1.1.7')),
  docs: {
    rationale:
      'A network watcher flow log with enabled = false records nothing: which addresses talked to the network security ' +
      'group or virtual network, on which ports, and whether the traffic was allowed goes unrecorded, so scanning, ' +
      'lateral movement and exfiltration leave no trace. enabled is required by the provider.',
    remediation: 'Set enabled = true on the flow log.',
    links: [
      azurermDoc('network_watcher_flow_log', 'enabled'),
      { title: 'Virtual network flow logs', url: 'https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview' },
    ],
  },
  messages: {
    disabled: 'enabled = false: this flow log records no traffic.',
  },
  examples: {
    bad: 'resource "azurerm_network_watcher_flow_log" "vnet" {\n  name               = "vnet"\n  target_resource_id = azurerm_virtual_network.main.id\n  enabled            = false\n}\n',
    good: 'resource "azurerm_network_watcher_flow_log" "vnet" {\n  name               = "vnet"\n  target_resource_id = azurerm_virtual_network.main.id\n  enabled            = true\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_network_watcher_flow_log'],
    // Safe unattended: turning the log on changes no traffic, only what is recorded.
    ...mustBeTrue('enabled'),
    remedy: { value: true, title: 'Set enabled = true', kind: 'fix' },
    // Required by every provider major: absent is a configuration error, not a default.
    absent: 'compliant',
    messages: { insecure: 'disabled', missing: 'disabled' },
  }),
});

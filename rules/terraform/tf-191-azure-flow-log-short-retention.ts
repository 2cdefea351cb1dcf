import { asNumber, defineRule } from '../api';
import { allOf } from '../shared/azure-transport';
import { azurermDoc, cisAzure, logRetention } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

const flowLogs = ['azurerm_network_watcher_flow_log'];

export default defineRule({
  id: 'TF-191',
  title: 'Keep NSG and virtual network flow logs for the minimum retention period',
  target: 'terraform',
  severity: 'low',
  preset: 'recommended',
  requirements: ['6.2'],
  frameworks: logRetention(cisAzure('7.5'), cisAzure('7.8')),
  docs: {
    rationale:
      'A flow log whose retention_policy is disabled or keeps fewer days than the minimum deletes the record of who ' +
      'connected to what before an investigation needs it. days = 0 keeps the logs forever.',
    remediation: 'Set retention_policy { enabled = true, days = 90 } (or the team minimum; 0 keeps logs forever).',
    links: [
      azurermDoc('network_watcher_flow_log', 'retention_policy'),
      { title: 'Flow logging for network security groups', url: 'https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-overview' },
    ],
  },
  messages: {
    short: 'retention_policy.days = {{days}} deletes flow logs before the minimum of {{minimum}} days.',
    disabled: 'retention_policy.enabled = false: flow logs are not kept for the minimum retention.',
  },
  examples: {
    bad: 'resource "azurerm_network_watcher_flow_log" "nsg" {\n  name = "nsg"\n\n  retention_policy {\n    enabled = true\n    days    = 7\n  }\n}\n',
    good: 'resource "azurerm_network_watcher_flow_log" "nsg" {\n  name = "nsg"\n\n  retention_policy {\n    enabled = true\n    days    = 90\n  }\n}\n',
  },
  options: {
    minimumDays: {
      type: 'number',
      default: 90,
      integer: true,
      minimum: 1,
      description: 'Fewest days flow logs must be kept; 0 (keep forever) always meets it.',
    },
  },
  check: allOf<'short' | 'disabled'>(
    attributeCheck({
      resources: flowLogs,
      path: 'retention_policy.days',
      compliant: (value, { options }) => {
        const days = asNumber(value);
        return days === undefined ? undefined : days === 0 || days >= (options.minimumDays as number);
      },
      absent: 'compliant',
      messages: { insecure: 'short', missing: 'short' },
      data: (value, { options }) => ({ days: asNumber(value) ?? '', minimum: options.minimumDays as number }),
      // Safe unattended: keeping logs longer only costs storage.
      remedy: { value: ({ options }) => options.minimumDays as number, title: 'Raise retention days to the minimum', kind: 'fix' },
    }),
    attributeCheck({
      resources: flowLogs,
      ...mustBeTrue('retention_policy.enabled'),
      absent: 'compliant',
      messages: { insecure: 'disabled', missing: 'disabled' },
    }),
  ),
});

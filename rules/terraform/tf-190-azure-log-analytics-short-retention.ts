import { asNumber, defineRule } from '../api';
import { azurermDoc, logRetention } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-190',
  title: 'Keep Log Analytics workspace data for the minimum retention period',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.2'],
  frameworks: logRetention(),
  docs: {
    rationale:
      'A workspace keeps its data for retention_in_days, 30 days when it is not set (the provider accepts 30 to 730). ' +
      'Logs deleted after a month are gone before most incidents are noticed, and investigations and audits need them ' +
      'for months.',
    remediation: 'Set retention_in_days to at least the team minimum (90 days unless configured), or archive the tables for longer.',
    links: [
      azurermDoc('log_analytics_workspace', 'retention_in_days'),
      { title: 'Manage data retention in a Log Analytics workspace', url: 'https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure' },
    ],
  },
  messages: {
    short: 'retention_in_days = {{days}} deletes workspace data before the minimum of {{minimum}} days.',
    missing: 'retention_in_days is not set, so this workspace keeps its data for 30 days, less than the minimum retention.',
  },
  examples: {
    bad: 'resource "azurerm_log_analytics_workspace" "main" {\n  name              = "log-main"\n  sku               = "PerGB2018"\n  retention_in_days = 30\n}\n',
    good: 'resource "azurerm_log_analytics_workspace" "main" {\n  name              = "log-main"\n  sku               = "PerGB2018"\n  retention_in_days = 365\n}\n',
  },
  options: {
    minimumDays: {
      type: 'number',
      default: 90,
      integer: true,
      minimum: 1,
      description: 'Fewest days a workspace must keep its data; the provider accepts 30 to 730.',
    },
  },
  check: attributeCheck({
    resources: ['azurerm_log_analytics_workspace'],
    path: 'retention_in_days',
    compliant: (value, { options }) => {
      const days = asNumber(value);
      return days === undefined ? undefined : days >= (options.minimumDays as number);
    },
    absent: ({ options }) => ((options.minimumDays as number) > 30 ? 'insecure' : 'compliant'),
    messages: { insecure: 'short', missing: 'missing' },
    data: (value, { options }) => ({ days: asNumber(value) ?? '', minimum: options.minimumDays as number }),
    // Safe unattended: keeping data longer only costs storage.
    remedy: {
      value: ({ options }) => Math.min(730, Math.max(30, options.minimumDays as number)),
      title: 'Raise retention_in_days to the minimum',
      kind: 'fix',
    },
  }),
});

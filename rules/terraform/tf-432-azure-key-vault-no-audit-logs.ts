import { defineRule } from '../api';
import { auditLogging } from '../shared/aws-logging';
import { azurermDoc, cisAzure } from '../shared/azure-hardening';
import { diagnosticLogCheck, diagnosticSettingDoc } from '../shared/azure-logging';

export default defineRule({
  id: 'TF-432',
  title: 'Send Azure Key Vault audit events to a diagnostic setting',
  target: 'terraform',
  severity: 'medium',
  // Strict: landing zones often deploy diagnostic settings by Azure Policy, outside the module.
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: auditLogging(cisAzure('6.1.1.4')),
  docs: {
    rationale:
      'Key Vault keeps no record of who read which secret, key or certificate unless a diagnostic setting sends its ' +
      'AuditEvent logs (or the audit or allLogs category group) to a workspace, storage account or event hub. Without ' +
      'them a leaked secret cannot be traced to the identity that read it. A vault is reported only when no diagnostic ' +
      'setting of its module could be the one.',
    remediation:
      'Add an azurerm_monitor_diagnostic_setting with target_resource_id = azurerm_key_vault.<name>.id, a destination ' +
      'and enabled_log { category_group = "audit" } (or category = "AuditEvent").',
    links: [
      diagnosticSettingDoc,
      azurermDoc('key_vault'),
      { title: 'Azure Key Vault logging', url: 'https://learn.microsoft.com/azure/key-vault/general/logging' },
    ],
  },
  messages: {
    none: 'No diagnostic setting sends the audit events of this key vault.',
    withoutLogs: 'The diagnostic settings of this key vault do not send AuditEvent logs (or the audit or allLogs group).',
    notCreated: 'The diagnostic setting of this key vault is not created with these inputs (count or for_each is empty).',
  },
  examples: {
    bad: 'resource "azurerm_key_vault" "main" {\n  name     = "kv-main"\n  sku_name = "standard"\n}\n',
    good:
      'resource "azurerm_key_vault" "main" {\n  name     = "kv-main"\n  sku_name = "standard"\n}\n\n' +
      'resource "azurerm_monitor_diagnostic_setting" "kv" {\n  name                       = "kv-audit"\n' +
      '  target_resource_id         = azurerm_key_vault.main.id\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id\n\n' +
      '  enabled_log {\n    category_group = "audit"\n  }\n}\n',
  },
  check: diagnosticLogCheck({
    resource: 'azurerm_key_vault',
    marker: '/vaults/',
    logs: { categories: ['AuditEvent'], groups: ['audit', 'allLogs'] },
    messages: { none: 'none', withoutLogs: 'withoutLogs', notCreated: 'notCreated' },
    related: 'A diagnostic setting of this key vault',
  }),
});

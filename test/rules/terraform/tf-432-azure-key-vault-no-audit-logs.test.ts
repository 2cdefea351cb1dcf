import rule from '../../../rules/terraform/tf-432-azure-key-vault-no-audit-logs';
import { ruleTester } from '../../helpers/rule-tester';

const vault = 'resource "azurerm_key_vault" "main" {\n  name     = "kv-main"\n  sku_name = "standard"\n}\n';
const setting = (target: string, logs: string, extra = '') =>
  `\nresource "azurerm_monitor_diagnostic_setting" "kv" {\n${extra}  name                       = "kv-audit"\n  target_resource_id         = ${target}\n` +
  `  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id\n${logs}}\n`;
const group = (name: string) => `\n  enabled_log {\n    category_group = "${name}"\n  }\n`;
const metrics = '\n  enabled_metric {\n    category = "AllMetrics"\n  }\n';

ruleTester(rule, {
  good: [
    { name: 'audit category group', code: vault + setting('azurerm_key_vault.main.id', group('audit')) },
    { name: 'allLogs category group, in another file', code: vault, files: { 'diagnostics.tf': setting('azurerm_key_vault.main.id', group('allLogs')) } },
    { name: 'AuditEvent category', code: vault + setting('azurerm_key_vault.main.id', '\n  enabled_log {\n    category = "AuditEvent"\n  }\n') },
    { name: 'azurerm 3.x log block', code: vault + setting('azurerm_key_vault.main.id', '\n  log {\n    category = "AuditEvent"\n    enabled  = true\n  }\n') },
    {
      name: 'dynamic enabled_log over a variable without a value',
      code: vault + setting('azurerm_key_vault.main.id', '\n  dynamic "enabled_log" {\n    for_each = var.categories\n    content {\n      category = enabled_log.value\n    }\n  }\n'),
      files: { 'variables.tf': 'variable "categories" {}\n' },
    },
    { name: 'target from a variable without a value: could be this vault', code: vault + setting('var.target_id', metrics), files: { 'variables.tf': 'variable "target_id" {}\n' } },
    {
      name: 'settings for_each over a variable without a value',
      code: vault + setting('azurerm_key_vault.main.id', '\n  dynamic "enabled_log" {\n    for_each = each.value.log_groups\n    content {\n      category_group = enabled_log.value\n    }\n  }\n', '  for_each                   = var.diagnostic_settings\n'),
      files: { 'variables.tf': 'variable "diagnostic_settings" {}\n' },
    },
    {
      name: 'settings for_each over a variable default',
      code: vault + setting('azurerm_key_vault.main.id', '\n  dynamic "enabled_log" {\n    for_each = each.value.log_groups\n    content {\n      category_group = enabled_log.value\n    }\n  }\n', '  for_each                   = var.diagnostic_settings\n'),
      files: { 'variables.tf': 'variable "diagnostic_settings" {\n  default = { audit = { log_groups = ["audit"] } }\n}\n' },
    },
    { name: 'target from a module output', code: vault + setting('module.vault.id', metrics) },
    { name: 'vault passed to a module', code: vault + '\nmodule "diagnostics" {\n  source      = "./diagnostics"\n  resource_id = azurerm_key_vault.main.id\n}\n' },
    { name: 'vault count = 0', code: 'resource "azurerm_key_vault" "main" {\n  count    = 0\n  sku_name = "standard"\n}\n' },
    { name: 'override file', filename: 'kv_override.tf', code: vault },
  ],
  bad: [
    { name: 'no diagnostic setting', code: vault, findings: [{ messageId: 'none', line: 1, column: 1, endColumn: 36 }] },
    {
      name: 'setting with metrics only',
      code: vault + setting('azurerm_key_vault.main.id', metrics),
      findings: [{ messageId: 'withoutLogs', line: 1, column: 1, endColumn: 36, related: [':6:1'] }],
    },
    { name: 'azurerm 3.x log block turned off', code: vault + setting('azurerm_key_vault.main.id', '\n  log {\n    category = "AuditEvent"\n    enabled  = false\n  }\n'), findings: [{ messageId: 'withoutLogs', line: 1, column: 1, endColumn: 36 }] },
    { name: 'setting for a storage account only', code: vault + setting('azurerm_storage_account.logs.id', group('audit')), findings: [{ messageId: 'none', line: 1, column: 1, endColumn: 36 }] },
    {
      name: 'setting turned off by a variable default',
      code: vault + setting('azurerm_key_vault.main.id', group('audit'), '  count                      = var.diagnostics ? 1 : 0\n'),
      files: { 'variables.tf': 'variable "diagnostics" {\n  default = false\n}\n' },
      findings: [{ messageId: 'notCreated', line: 1, column: 1, endColumn: 36, related: [':6:1'] }],
    },
    {
      name: 'settings for_each over an empty variable default',
      code: vault + setting('azurerm_key_vault.main.id', group('audit'), '  for_each                   = var.diagnostic_settings\n'),
      files: { 'variables.tf': 'variable "diagnostic_settings" {\n  default = {}\n}\n' },
      findings: [{ messageId: 'notCreated', line: 1, column: 1, endColumn: 36, related: [':6:1'] }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_key_vault": {"main": {"sku_name": "standard"}}}}\n', findings: [{ messageId: 'none', line: 1, column: 37, endColumn: 43 }] },
  ],
});

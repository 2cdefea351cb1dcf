import rule from '../../../rules/terraform/tf-452-aks-no-container-insights';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "azurerm_kubernetes_cluster" "main" {\n  name = "aks-main"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'oms_agent', code: cluster('\n  oms_agent {\n    log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id\n  }\n') },
    { name: 'azurerm 2.x addon profile', code: cluster('\n  addon_profile {\n    oms_agent {\n      enabled                    = true\n      log_analytics_workspace_id = var.workspace_id\n    }\n  }\n') },
    {
      name: 'dynamic oms_agent over a variable without a value',
      code: cluster('\n  dynamic "oms_agent" {\n    for_each = var.workspace_ids\n    content {\n      log_analytics_workspace_id = oms_agent.value\n    }\n  }\n'),
      files: { 'variables.tf': 'variable "workspace_ids" {}\n' },
    },
    { name: 'override file', filename: 'aks_override.tf', code: cluster('') },
  ],
  bad: [
    { name: 'no oms_agent', code: cluster(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45 }] },
    { name: 'azurerm 2.x addon turned off', code: cluster('\n  addon_profile {\n    oms_agent {\n      enabled = false\n    }\n  }\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45 }] },
    {
      name: 'dynamic oms_agent turned off by a variable default',
      code: cluster('\n  dynamic "oms_agent" {\n    for_each = var.monitoring ? [1] : []\n    content {\n      log_analytics_workspace_id = var.workspace_id\n    }\n  }\n'),
      files: { 'variables.tf': 'variable "monitoring" {\n  default = false\n}\n' },
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45 }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_kubernetes_cluster": {"main": {"name": "aks-main"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 46, endColumn: 52 }] },
  ],
});

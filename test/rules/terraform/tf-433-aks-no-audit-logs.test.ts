import rule from '../../../rules/terraform/tf-433-aks-no-audit-logs';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = 'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "main"\n}\n';
const setting = (target: string, category: string) =>
  `\nresource "azurerm_monitor_diagnostic_setting" "aks" {\n  name                       = "aks-audit"\n  target_resource_id         = ${target}\n` +
  `  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id\n\n  enabled_log {\n    category = "${category}"\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'kube-audit-admin', code: cluster + setting('azurerm_kubernetes_cluster.main.id', 'kube-audit-admin') },
    { name: 'kube-audit, in another file', code: cluster, files: { 'diagnostics.tf': setting('azurerm_kubernetes_cluster.main.id', 'kube-audit') } },
    { name: 'literal id of a managed cluster: could be this one', code: cluster + setting('"/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-main"', 'kube-apiserver') },
    { name: 'category from a variable without a value', code: cluster + setting('azurerm_kubernetes_cluster.main.id', '${var.category}'), files: { 'variables.tf': 'variable "category" {}\n' } },
  ],
  bad: [
    { name: 'no diagnostic setting', code: cluster, findings: [{ messageId: 'none', line: 1, column: 1, endColumn: 45 }] },
    { name: 'API server logs only', code: cluster + setting('azurerm_kubernetes_cluster.main.id', 'kube-apiserver'), findings: [{ messageId: 'withoutLogs', line: 1, column: 1, endColumn: 45, related: [':6:1'] }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_kubernetes_cluster": {"main": {"dns_prefix": "main"}}}}\n', findings: [{ messageId: 'none', line: 1, column: 46, endColumn: 52 }] },
  ],
});

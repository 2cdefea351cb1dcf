import { defineRule } from '../api';
import { auditLogging } from '../shared/aws-logging';
import { azurermDoc, cisAks } from '../shared/azure-hardening';
import { diagnosticLogCheck, diagnosticSettingDoc } from '../shared/azure-logging';

export default defineRule({
  id: 'TF-433',
  title: 'Send AKS control-plane audit logs to a diagnostic setting',
  target: 'terraform',
  severity: 'high',
  // Strict: landing zones often deploy diagnostic settings by Azure Policy, outside the module.
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: auditLogging(cisAks('2.1.1')),
  docs: {
    rationale:
      'The Kubernetes API server audit log of an AKS cluster (who read which secret, who exec-ed into which pod, who ' +
      'changed which role binding) is kept only when a diagnostic setting sends the kube-audit or kube-audit-admin ' +
      'category (or the audit or allLogs category group) to a workspace, storage account or event hub. A cluster is ' +
      'reported only when no diagnostic setting of its module could be the one.',
    remediation:
      'Add an azurerm_monitor_diagnostic_setting with target_resource_id = azurerm_kubernetes_cluster.<name>.id, a ' +
      'destination and enabled_log { category = "kube-audit-admin" } (or category_group = "audit").',
    links: [
      diagnosticSettingDoc,
      azurermDoc('kubernetes_cluster'),
      { title: 'Monitor AKS: resource logs', url: 'https://learn.microsoft.com/azure/aks/monitor-aks#aks-control-planeresource-logs' },
    ],
  },
  messages: {
    none: 'No diagnostic setting sends the control-plane audit logs of this AKS cluster.',
    withoutLogs: 'The diagnostic settings of this AKS cluster do not send kube-audit or kube-audit-admin logs (or the audit or allLogs group).',
    notCreated: 'The diagnostic setting of this AKS cluster is not created with these inputs (count or for_each is empty).',
  },
  examples: {
    bad: 'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "main"\n}\n',
    good:
      'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "main"\n}\n\n' +
      'resource "azurerm_monitor_diagnostic_setting" "aks" {\n  name                       = "aks-audit"\n' +
      '  target_resource_id         = azurerm_kubernetes_cluster.main.id\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id\n\n' +
      '  enabled_log {\n    category = "kube-audit-admin"\n  }\n}\n',
  },
  check: diagnosticLogCheck({
    resource: 'azurerm_kubernetes_cluster',
    marker: '/managedClusters/',
    logs: { categories: ['kube-audit', 'kube-audit-admin'], groups: ['audit', 'allLogs'] },
    messages: { none: 'none', withoutLogs: 'withoutLogs', notCreated: 'notCreated' },
    related: 'A diagnostic setting of this AKS cluster',
  }),
});

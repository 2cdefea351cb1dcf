import { defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { azurermDoc } from '../shared/azure-hardening';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';
import { asBool, type BlockView } from '../api';

/** Whether the cluster sends container logs: an `oms_agent` block, or the `addon_profile.oms_agent` of azurerm 2.x turned on; undefined when not known. */
function monitored(cluster: BlockView): boolean | undefined {
  if (cluster.hasUnknownBlocks('oms_agent') || cluster.hasUnknownBlocks('addon_profile')) return undefined;
  if (cluster.blocks('oms_agent').length > 0) return true;
  let unknown = false;
  for (const profile of cluster.blocks('addon_profile')) {
    if (profile.hasUnknownBlocks('oms_agent')) return undefined;
    for (const agent of profile.blocks('oms_agent')) {
      const enabled = agent.value('enabled');
      const flag = enabled === undefined ? undefined : asBool(enabled);
      if (flag === true) return true;
      if (flag === undefined) unknown = true;
    }
  }
  return unknown ? undefined : false;
}

export default defineRule({
  id: 'TF-452',
  title: 'Collect AKS container logs with Container Insights',
  // Strict: clusters that ship logs with their own agent (Fluent Bit, Datadog, ...) need no OMS agent.
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'Without an oms_agent block (addon_profile.oms_agent before azurerm 3.0), the cluster ships no container, node or ' +
      'Kubernetes event logs to Log Analytics: what a compromised pod ran and printed is gone when the pod is. Container ' +
      'Insights keeps them in a workspace for investigation.',
    remediation: 'Add oms_agent { log_analytics_workspace_id = azurerm_log_analytics_workspace.<name>.id } (with msi_auth_for_monitoring_enabled = true), or ship logs with another agent and disable this rule.',
    links: [
      azurermDoc('kubernetes_cluster', 'oms_agent'),
      { title: 'Enable monitoring for Kubernetes clusters', url: 'https://learn.microsoft.com/azure/azure-monitor/containers/kubernetes-monitoring-enable' },
    ],
  },
  messages: {
    missing: 'No oms_agent block sends the container logs of this AKS cluster to Log Analytics.',
  },
  examples: {
    bad: 'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "main"\n}\n',
    good:
      'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "main"\n\n' +
      '  oms_agent {\n    log_analytics_workspace_id      = azurerm_log_analytics_workspace.main.id\n    msi_auth_for_monitoring_enabled = true\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const cluster of resourceInstances(project, file, 'azurerm_kubernetes_cluster')) {
      if (monitored(cluster) === false) report({ at: headerAnchor(file, cluster.block), messageId: 'missing' });
    }
  },
});

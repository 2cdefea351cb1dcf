import { asString, defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { azurermDoc, oneOf } from '../shared/azure-hardening';
import { attributeCheck, type CheckScope, type Verdict } from '../shared/terraform-attribute-check';

/** Before azurerm 5.0 a workspace id alone sends the logs to Log Analytics. */
const workspaceWritten = ({ resource }: CheckScope): Verdict => {
  const workspace = resource.value('log_analytics_workspace_id');
  if (workspace === undefined || workspace.kind === 'null') return 'insecure';
  return 'compliant';
};

export default defineRule({
  id: 'TF-461',
  title: 'Send Azure Container Apps environment logs to Log Analytics or Azure Monitor',
  ...serviceLogRule({ severity: 'medium', preset: 'strict' }),
  docs: {
    rationale:
      'A Container Apps environment without logs_destination keeps console and system logs only as a live stream ' +
      '(the azurerm 5.0 default): what an app printed before a compromise, a crash or a scale-in is gone. ' +
      'logs_destination = "log-analytics" with log_analytics_workspace_id, or "azure-monitor" with a diagnostic setting, ' +
      'keeps them. Before azurerm 5.0 a log_analytics_workspace_id alone selects Log Analytics.',
    remediation: 'Set logs_destination = "log-analytics" and log_analytics_workspace_id (or "azure-monitor" and an azurerm_monitor_diagnostic_setting for the environment).',
    links: [
      azurermDoc('container_app_environment', 'logs_destination'),
      { title: 'Log storage and monitoring options in Azure Container Apps', url: 'https://learn.microsoft.com/azure/container-apps/log-options' },
    ],
  },
  messages: {
    streaming: 'logs_destination = "{{value}}" keeps no logs of this environment beyond the live stream.',
    missing: 'No logs_destination or Log Analytics workspace keeps the logs of this environment.',
  },
  examples: {
    bad: 'resource "azurerm_container_app_environment" "main" {\n  name = "cae-main"\n}\n',
    good:
      'resource "azurerm_container_app_environment" "main" {\n  name                       = "cae-main"\n  logs_destination           = "log-analytics"\n' +
      '  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_container_app_environment'],
    path: 'logs_destination',
    compliant: (value) => oneOf(value, 'log-analytics', 'azure-monitor'),
    absent: workspaceWritten,
    messages: { insecure: 'streaming', missing: 'missing' },
    data: (value) => ({ value: asString(value)?.trim() ?? '' }),
  }),
});

import rule from '../../../rules/terraform/tf-461-azure-container-app-environment-no-logs';
import { ruleTester } from '../../helpers/rule-tester';

const environment = (body: string) => `resource "azurerm_container_app_environment" "main" {\n  name = "cae-main"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'Log Analytics', code: environment('  logs_destination           = "log-analytics"\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id\n') },
    { name: 'Azure Monitor', code: environment('  logs_destination = "azure-monitor"\n') },
    { name: 'azurerm 4.x: workspace id alone', code: environment('  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id\n') },
    { name: 'from a variable without a value', code: environment('  logs_destination = var.logs\n'), files: { 'variables.tf': 'variable "logs" {}\n' } },
  ],
  bad: [
    { name: 'no destination', code: environment(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 52 }] },
    { name: 'streaming only', code: environment('  logs_destination = ""\n'), findings: [{ messageId: 'streaming', line: 3, column: 22, endColumn: 24 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_container_app_environment": {"main": {"name": "cae-main"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 53, endColumn: 59 }] },
  ],
});

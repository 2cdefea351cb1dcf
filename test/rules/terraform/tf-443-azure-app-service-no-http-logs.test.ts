import rule from '../../../rules/terraform/tf-443-azure-app-service-no-http-logs';
import { ruleTester } from '../../helpers/rule-tester';

const app = (type: string, body: string) => `resource "${type}" "site" {\n  name = "site"\n${body}}\n`;
const fileSystem = '      file_system {\n        retention_in_days = 30\n        retention_in_mb   = 35\n      }\n';

ruleTester(rule, {
  good: [
    { name: 'HTTP logs to the file system', code: app('azurerm_linux_web_app', `\n  logs {\n    http_logs {\n${fileSystem}    }\n  }\n`) },
    { name: 'legacy app service with blob HTTP logs', code: app('azurerm_app_service', '\n  logs {\n    http_logs {\n      azure_blob_storage {\n        sas_url           = var.sas_url\n        retention_in_days = 30\n      }\n    }\n  }\n') },
    {
      name: 'dynamic logs over a variable without a value',
      code: app('azurerm_windows_web_app', '\n  dynamic "logs" {\n    for_each = var.logs\n    content {\n      detailed_error_messages = true\n    }\n  }\n'),
      files: { 'variables.tf': 'variable "logs" {}\n' },
    },
    { name: 'function apps are not web apps', code: app('azurerm_linux_function_app', '') },
    { name: 'override file', filename: 'app_override.tf', code: app('azurerm_linux_web_app', '') },
  ],
  bad: [
    { name: 'no logs block', code: app('azurerm_linux_web_app', ''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40 }] },
    { name: 'logs without http_logs', code: app('azurerm_windows_web_app_slot', '\n  logs {\n    detailed_error_messages = true\n  }\n'), findings: [{ messageId: 'noHttpLogs', line: 4, column: 3, endColumn: 7 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_linux_web_app": {"site": {"name": "site"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 41, endColumn: 47 }] },
  ],
});

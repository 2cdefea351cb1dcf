import rule from '../../../rules/terraform/tf-441-azure-app-service-no-managed-identity';
import { ruleTester } from '../../helpers/rule-tester';

const app = (type: string, body: string) => `resource "${type}" "jobs" {\n  name = "jobs"\n${body}}\n`;
const identity = '\n  identity {\n    type = "SystemAssigned"\n  }\n';

ruleTester(rule, {
  good: [
    { name: 'system-assigned identity', code: app('azurerm_linux_function_app', identity) },
    { name: 'user-assigned identity on a legacy app service', code: app('azurerm_app_service', '\n  identity {\n    type         = "UserAssigned"\n    identity_ids = [azurerm_user_assigned_identity.app.id]\n  }\n') },
    {
      name: 'dynamic identity over a variable without a value',
      code: app('azurerm_windows_web_app', '\n  dynamic "identity" {\n    for_each = var.identity\n    content {\n      type = identity.value\n    }\n  }\n'),
      files: { 'variables.tf': 'variable "identity" {}\n' },
    },
  ],
  bad: [
    {
      name: 'no identity',
      code: app('azurerm_linux_function_app', ''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45, suggestions: [{ title: 'Add a system-assigned managed identity', output: app('azurerm_linux_function_app', '  identity {\n    type = "SystemAssigned"\n  }\n') }] }],
    },
    { name: 'web app slot without identity', code: app('azurerm_windows_web_app_slot', ''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 47 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_linux_web_app": {"jobs": {"name": "jobs"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 41, endColumn: 47 }] },
  ],
});

import rule from '../../../rules/terraform/tf-442-azure-app-service-no-authentication';
import { ruleTester } from '../../helpers/rule-tester';

const app = (type: string, body: string) => `resource "${type}" "portal" {\n  name = "portal"\n${body}}\n`;
const v2 = (flag: string) => `\n  auth_settings_v2 {\n${flag}    require_authentication = true\n\n    login {}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'auth_settings_v2 turned on', code: app('azurerm_linux_web_app', v2('    auth_enabled           = true\n')) },
    { name: 'auth_settings turned on', code: app('azurerm_windows_function_app', '\n  auth_settings {\n    enabled = true\n  }\n') },
    { name: 'legacy app service with auth_settings', code: app('azurerm_app_service', '\n  auth_settings {\n    enabled = true\n  }\n') },
    { name: 'flag from a variable without a value', code: app('azurerm_linux_web_app', v2('    auth_enabled           = var.auth\n')), files: { 'variables.tf': 'variable "auth" {}\n' } },
  ],
  bad: [
    { name: 'no authentication', code: app('azurerm_linux_web_app', ''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42 }] },
    { name: 'auth_settings turned off', code: app('azurerm_linux_web_app_slot', '\n  auth_settings {\n    enabled = false\n  }\n'), findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 20 }] },
    {
      name: 'auth_settings_v2 without auth_enabled',
      code: app('azurerm_linux_web_app', v2('')),
      findings: [{ messageId: 'missing', line: 4, column: 3, endColumn: 19, suggestions: [{ title: 'Set auth_enabled = true', output: app('azurerm_linux_web_app', v2('').replace('    login {}\n', '    login {}\n    auth_enabled = true\n')) }] }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_linux_web_app": {"portal": {"auth_settings_v2": {"auth_enabled": false}}}}}\n', findings: [{ messageId: 'disabled', line: 1, column: 89, endColumn: 94 }] },
  ],
});

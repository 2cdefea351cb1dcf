import rule from '../../../rules/terraform/tf-188-azure-app-service-remote-debugging';
import { ruleTester } from '../../helpers/rule-tester';

const app = (config: string, type = 'azurerm_linux_web_app') => `resource "${type}" "api" {\n  name = "api"\n\n  site_config {\n${config}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'provider default (off)', code: app('') },
    { name: 'explicitly off on a function app', code: app('    remote_debugging_enabled = false\n', 'azurerm_windows_function_app') },
    { name: 'from a variable without a value', code: app('    remote_debugging_enabled = var.debug\n'), files: { 'variables.tf': 'variable "debug" {}\n' } },
  ],
  bad: [
    {
      name: 'remote debugging on',
      code: app('    remote_debugging_enabled = true\n'),
      findings: [{ messageId: 'enabled', line: 5, column: 32, endColumn: 36, suggestions: [{ title: 'Set remote_debugging_enabled = false', output: app('    remote_debugging_enabled = false\n') }] }],
    },
    { name: 'old app service', code: app('    remote_debugging_enabled = true\n', 'azurerm_app_service'), findings: [{ messageId: 'enabled', line: 5, column: 32, endColumn: 36 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_linux_web_app": {"api": {"site_config": {"remote_debugging_enabled": true}}}}}\n',
      findings: [{ messageId: 'enabled', line: 1, column: 93, endColumn: 97 }],
    },
  ],
});

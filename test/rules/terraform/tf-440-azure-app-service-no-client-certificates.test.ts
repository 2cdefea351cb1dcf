import rule from '../../../rules/terraform/tf-440-azure-app-service-no-client-certificates';
import { ruleTester } from '../../helpers/rule-tester';

const app = (type: string, body: string) => `resource "${type}" "api" {\n  name = "api"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'web app requiring certificates', code: app('azurerm_linux_web_app', '  client_certificate_enabled = true\n') },
    { name: 'legacy app service requiring certificates', code: app('azurerm_app_service', '  client_cert_enabled = true\n') },
    { name: 'from a variable without a value', code: app('azurerm_windows_function_app', '  client_certificate_enabled = var.mtls\n'), files: { 'variables.tf': 'variable "mtls" {}\n' } },
  ],
  bad: [
    {
      name: 'provider default',
      code: app('azurerm_linux_web_app', ''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39, suggestions: [{ title: 'Set client_certificate_enabled = true', output: app('azurerm_linux_web_app', '  client_certificate_enabled = true\n') }] }],
    },
    { name: 'function app slot, explicitly false', code: app('azurerm_linux_function_app_slot', '  client_certificate_enabled = false\n'), findings: [{ messageId: 'disabled', line: 3, column: 32, endColumn: 37 }] },
    { name: 'legacy app service, provider default', code: app('azurerm_app_service', ''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 37, suggestions: [{ title: 'Set client_cert_enabled = true', output: app('azurerm_app_service', '  client_cert_enabled = true\n') }] }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_windows_web_app": {"api": {"client_certificate_enabled": false}}}}\n', findings: [{ messageId: 'disabled', line: 1, column: 81, endColumn: 86 }] },
  ],
});

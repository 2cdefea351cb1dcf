import rule from '../../../rules/terraform/tf-454-azure-api-management-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const apim = (security: string) => `resource "azurerm_api_management" "main" {\n  name = "apim-main"\n\n  security {\n${security}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'old protocols off', code: apim('    frontend_tls10_enabled = false\n    backend_tls11_enabled  = false\n') },
    { name: 'no security block', code: 'resource "azurerm_api_management" "main" {\n  name = "apim-main"\n}\n' },
    { name: 'from a variable without a value', code: apim('    frontend_tls11_enabled = var.tls11\n'), files: { 'variables.tf': 'variable "tls11" {}\n' } },
  ],
  bad: [
    {
      name: 'TLS 1.0 for clients',
      code: apim('    frontend_tls10_enabled = true\n'),
      findings: [{ messageId: 'weakProtocol', line: 5, column: 30, endColumn: 34, suggestions: [{ title: 'Set frontend_tls10_enabled = false', output: apim('    frontend_tls10_enabled = false\n') }] }],
    },
    { name: 'SSL 3.0 to backends, name before azurerm 5.0', code: apim('    enable_backend_ssl30 = true\n'), findings: [{ messageId: 'weakProtocol', line: 5, column: 28, endColumn: 32 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_api_management": {"main": {"security": {"backend_tls11_enabled": true}}}}}\n', findings: [{ messageId: 'weakProtocol', line: 1, column: 89, endColumn: 93 }] },
  ],
});

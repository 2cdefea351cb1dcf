import rule from '../../../rules/terraform/tf-167-aks-local-accounts';
import { ruleTester } from '../../helpers/rule-tester';

const aks = (body: string) => `resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n${body}}\n`;
const title = 'Set local_account_disabled = true';

ruleTester(rule, {
  good: [
    { name: 'local accounts disabled', code: aks('  local_account_disabled = true\n') },
    { name: 'from a variable without a value', code: aks('  local_account_disabled = var.disable\n'), files: { 'variables.tf': 'variable "disable" {}\n' } },
    { name: 'true from a variable default', code: aks('  local_account_disabled = var.disable\n'), files: { 'variables.tf': 'variable "disable" {\n  default = true\n}\n' } },
    { name: 'count = 0', code: aks('  count = 0\n') },
    { name: 'override file', filename: 'aks_override.tf', code: aks('') },
    { name: 'JSON syntax, disabled', filename: 'main.tf.json', code: '{\n  "resource": {\n    "azurerm_kubernetes_cluster": {\n      "main": { "local_account_disabled": true }\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'provider default keeps local accounts',
      code: aks(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45, suggestions: [{ title, output: aks('  local_account_disabled = true\n') }] }],
    },
    {
      name: 'explicitly false',
      code: aks('  local_account_disabled = false\n'),
      findings: [{ messageId: 'enabled', line: 4, column: 28, endColumn: 33, suggestions: [{ title, output: aks('  local_account_disabled = true\n') }] }],
    },
    {
      name: 'false from a variable default: reported at the use',
      code: aks('  local_account_disabled = var.disable\n'),
      files: { 'variables.tf': 'variable "disable" {\n  default = false\n}\n' },
      findings: [{ messageId: 'enabled', line: 4, column: 28, endColumn: 39, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, missing',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_kubernetes_cluster": {\n      "main": { "name": "aks" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 13 }],
    },
  ],
});

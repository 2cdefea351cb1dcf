import rule from '../../../rules/terraform/tf-171-aks-rbac-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const aks = (body: string) => `resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n${body}}\n`;
const title = 'Set role_based_access_control_enabled = true (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'provider default (on)', code: aks('') },
    { name: 'explicitly on', code: aks('  role_based_access_control_enabled = true\n') },
    { name: 'azurerm 2.x block, on', code: aks('  role_based_access_control {\n    enabled = true\n  }\n') },
    { name: 'from a variable without a value', code: aks('  role_based_access_control_enabled = var.rbac\n'), files: { 'variables.tf': 'variable "rbac" {}\n' } },
  ],
  bad: [
    {
      name: 'RBAC off',
      code: aks('  role_based_access_control_enabled = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 39, endColumn: 44, suggestions: [{ title, output: aks('  role_based_access_control_enabled = true\n') }] }],
    },
    {
      name: 'azurerm 2.x block, off',
      code: aks('  role_based_access_control {\n    enabled = false\n  }\n'),
      findings: [{ messageId: 'legacyDisabled', line: 5, column: 15, endColumn: 20, suggestions: [{ output: aks('  role_based_access_control {\n    enabled = true\n  }\n') }] }],
    },
    {
      name: 'JSON syntax, off',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_kubernetes_cluster": {"main": {"role_based_access_control_enabled": false}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 92, endColumn: 97 }],
    },
  ],
});

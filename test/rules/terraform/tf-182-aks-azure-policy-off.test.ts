import rule from '../../../rules/terraform/tf-182-aks-azure-policy-off';
import { ruleTester } from '../../helpers/rule-tester';

const aks = (body: string) => `resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n${body}}\n`;
const title = 'Set azure_policy_enabled = true';

ruleTester(rule, {
  good: [
    { name: 'add-on on', code: aks('  azure_policy_enabled = true\n') },
    { name: 'azurerm 2.x addon_profile', code: aks('\n  addon_profile {\n    azure_policy {\n      enabled = true\n    }\n  }\n') },
    { name: 'from a variable without a value', code: aks('  azure_policy_enabled = var.policy\n'), files: { 'variables.tf': 'variable "policy" {}\n' } },
  ],
  bad: [
    { name: 'provider default (off)', code: aks(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45, suggestions: [{ title, output: aks('  azure_policy_enabled = true\n') }] }] },
    { name: 'explicitly off', code: aks('  azure_policy_enabled = false\n'), findings: [{ messageId: 'off', line: 4, column: 26, endColumn: 31, suggestions: [{ title, output: aks('  azure_policy_enabled = true\n') }] }] },
    {
      name: 'JSON syntax, off',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_kubernetes_cluster": {"main": {"azure_policy_enabled": false}}}}\n',
      findings: [{ messageId: 'off', line: 1, column: 79, endColumn: 84 }],
    },
  ],
});

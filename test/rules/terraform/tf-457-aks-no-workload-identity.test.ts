import rule from '../../../rules/terraform/tf-457-aks-no-workload-identity';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "azurerm_kubernetes_cluster" "main" {\n  name = "aks-main"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'workload identity', code: cluster('  oidc_issuer_enabled       = true\n  workload_identity_enabled = true\n') },
    { name: 'from a variable without a value', code: cluster('  workload_identity_enabled = var.workload_identity\n'), files: { 'variables.tf': 'variable "workload_identity" {}\n' } },
  ],
  bad: [
    {
      name: 'provider default',
      code: cluster(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45, suggestions: [{ title: 'Set workload_identity_enabled = true', output: cluster('  workload_identity_enabled = true\n  oidc_issuer_enabled = true\n') }] }],
    },
    {
      name: 'explicitly false, issuer already on',
      code: cluster('  oidc_issuer_enabled       = true\n  workload_identity_enabled = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 31, endColumn: 36, suggestions: [{ output: cluster('  oidc_issuer_enabled       = true\n  workload_identity_enabled = true\n') }] }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_kubernetes_cluster": {"main": {"workload_identity_enabled": false}}}}\n', findings: [{ messageId: 'disabled', line: 1, column: 84, endColumn: 89 }] },
  ],
});

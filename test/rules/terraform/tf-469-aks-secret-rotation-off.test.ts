import rule from '../../../rules/terraform/tf-469-aks-secret-rotation-off';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "azurerm_kubernetes_cluster" "main" {\n  name = "aks-main"\n${body}}\n`;
const provider = (inner: string) => `\n  key_vault_secrets_provider {\n${inner}  }\n`;

ruleTester(rule, {
  good: [
    { name: 'rotation on', code: cluster(provider('    secret_rotation_enabled = true\n')) },
    { name: 'add-on not used', code: cluster('') },
    { name: 'from a variable without a value', code: cluster(provider('    secret_rotation_enabled = var.rotation\n')), files: { 'variables.tf': 'variable "rotation" {}\n' } },
  ],
  bad: [
    {
      name: 'add-on with the default',
      code: cluster(provider('    secret_rotation_interval = "2m"\n')),
      findings: [{ messageId: 'missing', line: 4, column: 3, endColumn: 29, suggestions: [{ title: 'Set secret_rotation_enabled = true', output: cluster(provider('    secret_rotation_interval = "2m"\n    secret_rotation_enabled = true\n')) }] }],
    },
    { name: 'rotation off', code: cluster(provider('    secret_rotation_enabled = false\n')), findings: [{ messageId: 'disabled', line: 5, column: 31, endColumn: 36 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_kubernetes_cluster": {"main": {"key_vault_secrets_provider": {"secret_rotation_enabled": false}}}}}\n', findings: [{ messageId: 'disabled', line: 1, column: 113, endColumn: 118 }] },
  ],
});

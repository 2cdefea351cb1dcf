import rule from '../../../rules/terraform/tf-178-aks-host-encryption';
import { ruleTester } from '../../helpers/rule-tester';

const pool = (body: string) => `resource "azurerm_kubernetes_cluster_node_pool" "work" {\n  name = "work"\n${body}}\n`;
const cluster = (body: string) => `resource "azurerm_kubernetes_cluster" "main" {\n  name = "aks-main"\n\n  default_node_pool {\n    name = "system"\n${body}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'pool encrypted at host', code: pool('  host_encryption_enabled = true\n') },
    { name: 'default pool, azurerm 3.x name', code: cluster('    enable_host_encryption = true\n') },
    { name: 'from a variable without a value', code: pool('  host_encryption_enabled = var.enc\n'), files: { 'variables.tf': 'variable "enc" {}\n' } },
  ],
  bad: [
    {
      name: 'separate pool without it',
      code: pool(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 55, suggestions: [{ title: 'Set host_encryption_enabled = true', output: pool('  host_encryption_enabled = true\n') }] }],
    },
    { name: 'default pool, old name false', code: cluster('    enable_host_encryption = false\n'), findings: [{ messageId: 'off', line: 6, column: 30, endColumn: 35 }] },
    { name: 'default pool without it', code: cluster(''), findings: [{ messageId: 'missing', line: 4, column: 3, endColumn: 20 }] },
    {
      name: 'JSON syntax, false',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_kubernetes_cluster_node_pool": {"work": {"host_encryption_enabled": false}}}}\n',
      findings: [{ messageId: 'off', line: 1, column: 92, endColumn: 97 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-172-aks-node-public-ip';
import { ruleTester } from '../../helpers/rule-tester';

const pool = (body: string) => `resource "azurerm_kubernetes_cluster_node_pool" "work" {\n  name    = "work"\n  vm_size = "Standard_D4s_v5"\n${body}}\n`;
const cluster = (body: string) => `resource "azurerm_kubernetes_cluster" "main" {\n  name = "aks-main"\n\n  default_node_pool {\n    name = "system"\n${body}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'provider default (off)', code: pool('') },
    { name: 'explicitly off', code: pool('  node_public_ip_enabled = false\n') },
    { name: 'default pool, old name off', code: cluster('    enable_node_public_ip = false\n') },
    { name: 'from a variable without a value', code: pool('  node_public_ip_enabled = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
  ],
  bad: [
    {
      name: 'separate pool with public IPs',
      code: pool('  node_public_ip_enabled = true\n'),
      findings: [{ messageId: 'publicNodes', line: 4, column: 28, endColumn: 32, suggestions: [{ title: 'Set node_public_ip_enabled = false', output: pool('  node_public_ip_enabled = false\n') }] }],
    },
    {
      name: 'default pool, azurerm 3.x name',
      code: cluster('    enable_node_public_ip = true\n'),
      findings: [{ messageId: 'publicNodes', line: 6, column: 29, endColumn: 33, suggestions: [{ title: 'Set enable_node_public_ip = false', output: cluster('    enable_node_public_ip = false\n') }] }],
    },
    {
      name: 'JSON syntax, default pool',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_kubernetes_cluster": {"main": {"default_node_pool": {"node_public_ip_enabled": true}}}}}\n',
      findings: [{ messageId: 'publicNodes', line: 1, column: 103, endColumn: 107 }],
    },
  ],
});

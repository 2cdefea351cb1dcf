import rule from '../../../rules/terraform/tf-175-aks-no-network-policy';
import { ruleTester } from '../../helpers/rule-tester';

const aks = (body: string) => `resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n${body}}\n`;
const profile = (body: string) => aks(`\n  network_profile {\n    network_plugin = "azure"\n${body}  }\n`);
const title = 'Enforce network policies with Azure Network Policy Manager';

ruleTester(rule, {
  good: [
    { name: 'azure network policy', code: profile('    network_policy = "azure"\n') },
    { name: 'cilium', code: profile('    network_policy = "cilium"\n') },
    { name: 'bring your own CNI', code: aks('\n  network_profile {\n    network_plugin = "none"\n  }\n') },
    { name: 'policy from a variable without a value', code: profile('    network_policy = var.policy\n'), files: { 'variables.tf': 'variable "policy" {}\n' } },
    { name: 'dynamic network_profile over an unknown collection', code: aks('  dynamic "network_profile" {\n    for_each = var.profiles\n    content {\n      network_plugin = "kubenet"\n    }\n  }\n') },
    { name: 'count = 0', code: aks('  count = 0\n') },
  ],
  bad: [
    {
      name: 'no network_profile',
      code: aks(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45, suggestions: [{ title, output: aks('  network_profile {\n    network_policy = "azure"\n  }\n') }] }],
    },
    {
      name: 'profile without a policy',
      code: profile(''),
      findings: [{ messageId: 'missing', line: 5, column: 3, endColumn: 18, suggestions: [{ title, output: profile('    network_policy = "azure"\n') }] }],
    },
    {
      name: 'network_policy = "none" from a variable default',
      code: profile('    network_policy = var.policy\n'),
      files: { 'variables.tf': 'variable "policy" {\n  default = "none"\n}\n' },
      findings: [{ messageId: 'none', line: 7, column: 22, endColumn: 32, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax, no policy',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_kubernetes_cluster": {"main": {"network_profile": {"network_plugin": "kubenet"}}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 55, endColumn: 72 }],
    },
  ],
});

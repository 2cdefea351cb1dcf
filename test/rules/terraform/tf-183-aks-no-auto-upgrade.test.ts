import rule from '../../../rules/terraform/tf-183-aks-no-auto-upgrade';
import { ruleTester } from '../../helpers/rule-tester';

const aks = (body: string) => `resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n${body}}\n`;
const title = 'Upgrade to new patch releases automatically';

ruleTester(rule, {
  good: [
    { name: 'patch channel', code: aks('  automatic_upgrade_channel = "patch"\n') },
    { name: 'azurerm 3.x name, stable', code: aks('  automatic_channel_upgrade = "stable"\n') },
    { name: 'from a variable without a value', code: aks('  automatic_upgrade_channel = var.channel\n'), files: { 'variables.tf': 'variable "channel" {}\n' } },
  ],
  bad: [
    { name: 'no channel', code: aks(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45, suggestions: [{ title, output: aks('  automatic_upgrade_channel = "patch"\n') }] }] },
    { name: 'none, old name', code: aks('  automatic_channel_upgrade = "none"\n'), findings: [{ messageId: 'none', line: 4, column: 31, endColumn: 37, suggestions: [{ title, output: aks('  automatic_channel_upgrade = "patch"\n') }] }] },
    {
      name: 'JSON syntax, none',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_kubernetes_cluster": {"main": {"automatic_upgrade_channel": "none"}}}}\n',
      findings: [{ messageId: 'none', line: 1, column: 84, endColumn: 90 }],
    },
  ],
});

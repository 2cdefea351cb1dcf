import rule from '../../../rules/terraform/tf-191-azure-flow-log-short-retention';
import { ruleTester } from '../../helpers/rule-tester';

const log = (enabled: string, days: string) => `resource "azurerm_network_watcher_flow_log" "nsg" {\n  name = "nsg"\n\n  retention_policy {\n    enabled = ${enabled}\n    days    = ${days}\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'ninety days', code: log('true', '90') },
    { name: 'forever', code: log('true', '0') },
    { name: 'days from a variable without a value', code: log('true', 'var.days'), files: { 'variables.tf': 'variable "days" {}\n' } },
  ],
  bad: [
    { name: 'a week', code: log('true', '7'), findings: [{ messageId: 'short', line: 6, column: 15, endColumn: 16, output: log('true', '90') }] },
    { name: 'retention disabled', code: log('false', '90'), findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 20, suggestions: [{ title: 'Set enabled = true', output: log('true', '90') }] }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_network_watcher_flow_log": {"nsg": {"retention_policy": {"enabled": true, "days": 30}}}}}\n',
      findings: [{ messageId: 'short', line: 1, column: 106, endColumn: 108, output: '{"resource": {"azurerm_network_watcher_flow_log": {"nsg": {"retention_policy": {"enabled": true, "days": 90}}}}}\n' }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-190-azure-log-analytics-short-retention';
import { ruleTester } from '../../helpers/rule-tester';

const ws = (body: string) => `resource "azurerm_log_analytics_workspace" "main" {\n  name = "log-main"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'a year', code: ws('  retention_in_days = 365\n') },
    { name: 'exactly the minimum', code: ws('  retention_in_days = 90\n') },
    { name: 'from a variable without a value', code: ws('  retention_in_days = var.days\n'), files: { 'variables.tf': 'variable "days" {}\n' } },
  ],
  bad: [
    { name: 'provider default (30 days)', code: ws(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 50, output: ws('  retention_in_days = 90\n') }] },
    { name: 'the minimum the provider accepts', code: ws('  retention_in_days = 30\n'), findings: [{ messageId: 'short', line: 3, column: 23, endColumn: 25, output: ws('  retention_in_days = 90\n') }] },
    {
      name: 'short from a variable default: no edit of the default',
      code: ws('  retention_in_days = var.days\n'),
      files: { 'variables.tf': 'variable "days" {\n  default = 60\n}\n' },
      findings: [{ messageId: 'short', line: 3, column: 23, endColumn: 31, related: ['variables.tf:2:13'] }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_log_analytics_workspace": {"main": {"retention_in_days": 31}}}}\n', findings: [{ messageId: 'short', line: 1, column: 81, endColumn: 83, output: '{"resource": {"azurerm_log_analytics_workspace": {"main": {"retention_in_days": 90}}}}\n' }] },
  ],
});

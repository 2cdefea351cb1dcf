import rule from '../../../rules/terraform/tf-134-redshift-snapshots-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'absent: one day', code: cluster('') },
    { name: 'seven days', code: cluster('  automated_snapshot_retention_period = 7\n') },
    { name: 'from a variable without a value', code: cluster('  automated_snapshot_retention_period = var.days\n'), files: { 'variables.tf': 'variable "days" {}\n' } },
  ],
  bad: [
    {
      name: 'snapshots off',
      code: cluster('  automated_snapshot_retention_period = 0\n'),
      findings: [{ messageId: 'disabled', line: 3, column: 41, endColumn: 42, suggestions: [{ title: 'Keep automated snapshots for 7 days', output: cluster('  automated_snapshot_retention_period = 7\n') }] }],
    },
    {
      name: 'off from a variable default',
      code: cluster('  automated_snapshot_retention_period = var.days\n'),
      files: { 'variables.tf': 'variable "days" {\n  default = 0\n}\n' },
      findings: [{ messageId: 'disabled', line: 3, column: 41, endColumn: 49, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_redshift_cluster": {\n      "dw": { "automated_snapshot_retention_period": "0" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 54, endColumn: 57 }],
    },
  ],
});

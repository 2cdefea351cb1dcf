import rule from '../../../rules/terraform/tf-126-cloudwatch-alarm-actions-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const alarm = (body: string) => `resource "aws_cloudwatch_metric_alarm" "root" {\n  alarm_name    = "root-login"\n  alarm_actions = [aws_sns_topic.security.arn]\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'actions_enabled absent', code: alarm('') },
    { name: 'actions enabled', code: alarm('  actions_enabled = true\n') },
    { name: 'from a variable without a value', code: alarm('  actions_enabled = var.notify\n'), files: { 'variables.tf': 'variable "notify" {}\n' } },
    { name: 'composite alarm enabled', code: 'resource "aws_cloudwatch_composite_alarm" "any" {\n  alarm_name = "any"\n  alarm_rule = "ALARM(a)"\n}\n' },
  ],
  bad: [
    {
      name: 'actions disabled',
      code: alarm('  actions_enabled = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 21, endColumn: 26, suggestions: [{ title: 'Enable the alarm actions', output: alarm('  actions_enabled = true\n') }] }],
    },
    {
      name: 'composite alarm disabled',
      code: 'resource "aws_cloudwatch_composite_alarm" "any" {\n  alarm_name      = "any"\n  alarm_rule      = "ALARM(a)"\n  actions_enabled = false\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 21, endColumn: 26 }],
    },
    {
      name: 'disabled from tfvars',
      code: alarm('  actions_enabled = var.notify\n'),
      files: { 'variables.tf': 'variable "notify" {\n  default = true\n}\n', 'terraform.tfvars': 'notify = false\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 21, endColumn: 31, related: ['terraform.tfvars:1:10'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_cloudwatch_metric_alarm": {\n      "root": { "alarm_name": "root", "actions_enabled": false }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 58, endColumn: 63 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-116-ecs-container-insights-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (value: string, name = '"containerInsights"') =>
  `resource "aws_ecs_cluster" "main" {\n  name = "main"\n\n  setting {\n    name  = ${name}\n    value = ${value}\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'enabled', code: cluster('"enabled"') },
    { name: 'enhanced', code: cluster('"enhanced"') },
    { name: 'no setting: the account setting applies', code: 'resource "aws_ecs_cluster" "main" {\n  name = "main"\n}\n' },
    { name: 'value not known before apply', code: cluster('var.insights'), files: { 'variables.tf': 'variable "insights" {}\n' } },
    { name: 'setting name not known', code: cluster('"disabled"', 'var.setting') },
    { name: 'dynamic setting from an unknown collection', code: 'resource "aws_ecs_cluster" "main" {\n  dynamic "setting" {\n    for_each = var.settings\n    content {\n      name  = setting.key\n      value = "disabled"\n    }\n  }\n}\n' },
    { name: 'JSON syntax, enabled', filename: 'main.tf.json', code: '{"resource": {"aws_ecs_cluster": {"main": {"setting": {"name": "containerInsights", "value": "enabled"}}}}}\n' },
  ],
  bad: [
    { name: 'disabled: fixed unattended', code: cluster('"disabled"'), findings: [{ messageId: 'disabled', line: 6, column: 13, endColumn: 23, output: cluster('"enabled"') }] },
    {
      name: 'disabled from a variable default',
      code: cluster('var.insights'),
      files: { 'variables.tf': 'variable "insights" {\n  default = "disabled"\n}\n' },
      findings: [{ messageId: 'disabled', line: 6, column: 13, endColumn: 25, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'dynamic setting from a known map',
      code: 'resource "aws_ecs_cluster" "main" {\n  dynamic "setting" {\n    for_each = { containerInsights = "disabled" }\n    content {\n      name  = setting.key\n      value = setting.value\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 6, column: 15, endColumn: 28, related: [':3:38'] }],
    },
    {
      name: 'JSON syntax, disabled',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_ecs_cluster": {"main": {"setting": {"name": "containerInsights", "value": "disabled"}}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 94, endColumn: 104, output: '{"resource": {"aws_ecs_cluster": {"main": {"setting": {"name": "containerInsights", "value": "enabled"}}}}}\n' }],
    },
  ],
});

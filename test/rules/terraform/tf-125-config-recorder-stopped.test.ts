import rule from '../../../rules/terraform/tf-125-config-recorder-stopped';
import { ruleTester } from '../../helpers/rule-tester';

const status = (body: string) => `resource "aws_config_configuration_recorder_status" "main" {\n  name = aws_config_configuration_recorder.main.name\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'running', code: status('  is_enabled = true\n') },
    { name: 'is_enabled missing is a plan error, not reported', code: status('') },
    { name: 'from a variable without a value', code: status('  is_enabled = var.record\n'), files: { 'variables.tf': 'variable "record" {}\n' } },
    { name: 'for_each over known values, all running', code: status('  for_each   = { a = true }\n  is_enabled = each.value\n') },
  ],
  bad: [
    {
      name: 'stopped',
      code: status('  is_enabled = false\n'),
      findings: [{ messageId: 'stopped', line: 3, column: 16, endColumn: 21, suggestions: [{ title: 'Start the recorder', output: status('  is_enabled = true\n') }] }],
    },
    {
      name: 'stopped through a local',
      code: status('  is_enabled = local.record\n'),
      files: { 'locals.tf': 'locals {\n  record = false\n}\n' },
      findings: [{ messageId: 'stopped', line: 3, column: 16, endColumn: 28, related: ['locals.tf:2:12'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_config_configuration_recorder_status": {\n      "main": { "name": "default", "is_enabled": false }\n    }\n  }\n}\n',
      findings: [{ messageId: 'stopped', line: 4, column: 50, endColumn: 55 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-120-sfn-no-logging';
import { ruleTester } from '../../helpers/rule-tester';

const machine = (body: string) => `resource "aws_sfn_state_machine" "orders" {\n  name = "orders"\n${body}}\n`;
const logging = (level: string) => `  logging_configuration {\n    level           = ${level}\n    log_destination = "\${aws_cloudwatch_log_group.sfn.arn}:*"\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'errors logged', code: machine(logging('"ERROR"')) },
    { name: 'everything logged', code: machine(logging('"ALL"')) },
    { name: 'level not known before apply', code: machine(logging('var.level')), files: { 'variables.tf': 'variable "level" {}\n' } },
    { name: 'dynamic block from an unknown collection', code: machine('  dynamic "logging_configuration" {\n    for_each = var.logging\n    content {\n      level = "OFF"\n    }\n  }\n') },
    { name: 'JSON syntax, logged', filename: 'main.tf.json', code: '{"resource": {"aws_sfn_state_machine": {"orders": {"logging_configuration": {"level": "ALL"}}}}}\n' },
  ],
  bad: [
    { name: 'no logging_configuration', code: machine(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42, suggestions: [] }] },
    { name: 'level OFF', code: machine(logging('"OFF"')), findings: [{ messageId: 'off', line: 4, column: 23, endColumn: 28 }] },
    { name: 'a block without a level', code: machine('  logging_configuration {\n    include_execution_data = true\n  }\n'), findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 24 }] },
    {
      name: 'OFF from a variable default',
      code: machine(logging('var.level')),
      files: { 'variables.tf': 'variable "level" {\n  default = "OFF"\n}\n' },
      findings: [{ messageId: 'off', line: 4, column: 23, endColumn: 32, related: ['variables.tf:2:13'] }],
    },
    { name: 'JSON syntax, no logging', filename: 'main.tf.json', code: '{"resource": {"aws_sfn_state_machine": {"orders": {"name": "orders"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 41, endColumn: 49 }] },
  ],
});

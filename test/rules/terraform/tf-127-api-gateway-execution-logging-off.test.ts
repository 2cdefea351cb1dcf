import rule from '../../../rules/terraform/tf-127-api-gateway-execution-logging-off';
import { ruleTester } from '../../helpers/rule-tester';

const settings = (inner: string) =>
  `resource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = aws_api_gateway_rest_api.main.id\n  stage_name  = "prod"\n  method_path = "*/*"\n\n  settings {\n    metrics_enabled = true\n${inner}  }\n}\n`;
const title = 'Log errors (logging_level = "ERROR")';

ruleTester(rule, {
  good: [
    { name: 'errors logged', code: settings('    logging_level = "ERROR"\n') },
    { name: 'info logged', code: settings('    logging_level = "INFO"\n') },
    { name: 'level from a variable without a value', code: settings('    logging_level = var.level\n'), files: { 'variables.tf': 'variable "level" {}\n' } },
    { name: 'settings from a dynamic block with an unknown for_each', code: 'resource "aws_api_gateway_method_settings" "all" {\n  method_path = "*/*"\n  dynamic "settings" {\n    for_each = var.settings\n    content {\n      metrics_enabled = true\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'logging_level absent',
      code: settings(''),
      findings: [{ messageId: 'missing', line: 6, column: 3, endColumn: 11, suggestions: [{ title, output: settings('    logging_level = "ERROR"\n') }] }],
    },
    {
      name: 'OFF',
      code: settings('    logging_level = "OFF"\n'),
      findings: [{ messageId: 'off', line: 8, column: 21, endColumn: 26, suggestions: [{ title, output: settings('    logging_level = "ERROR"\n') }] }],
    },
    {
      name: 'OFF from a variable default',
      code: settings('    logging_level = var.level\n'),
      files: { 'variables.tf': 'variable "level" {\n  default = "OFF"\n}\n' },
      findings: [{ messageId: 'off', line: 8, column: 21, endColumn: 30, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_api_gateway_method_settings": {\n      "all": { "method_path": "*/*", "settings": { "logging_level": "OFF" } }\n    }\n  }\n}\n',
      findings: [{ messageId: 'off', line: 4, column: 69, endColumn: 74 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-135-dynamodb-no-point-in-time-recovery';
import { ruleTester } from '../../helpers/rule-tester';

const table = (body: string) => `resource "aws_dynamodb_table" "orders" {\n  name     = "orders"\n  hash_key = "id"\n${body}}\n`;
const pitr = (value: string) => `\n  point_in_time_recovery {\n    enabled = ${value}\n  }\n`;
const title = 'Enable point-in-time recovery';

ruleTester(rule, {
  good: [
    { name: 'enabled', code: table(pitr('true')) },
    { name: 'enabled from a variable without a value', code: table(pitr('var.pitr')), files: { 'variables.tf': 'variable "pitr" {}\n' } },
    { name: 'dynamic block with an unknown for_each', code: table('  dynamic "point_in_time_recovery" {\n    for_each = var.pitr\n    content {\n      enabled = false\n    }\n  }\n') },
    { name: 'count = 0', code: table('  count = 0\n') },
    { name: 'JSON syntax, enabled', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_dynamodb_table": {\n      "orders": { "name": "orders", "point_in_time_recovery": { "enabled": true } }\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'no block',
      code: table(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39, suggestions: [{ title, output: table('  point_in_time_recovery {\n    enabled = true\n  }\n') }] }],
    },
    { name: 'disabled', code: table(pitr('false')), findings: [{ messageId: 'disabled', line: 6, column: 15, endColumn: 20, suggestions: [{ title, output: table(pitr('true')) }] }] },
    {
      name: 'disabled from a variable default (module input style)',
      code: table(pitr('var.pitr')),
      files: { 'variables.tf': 'variable "pitr" {\n  type    = bool\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 6, column: 15, endColumn: 23, related: ['variables.tf:3:13'], suggestions: [] }],
    },
    {
      name: 'for_each: the table without recovery',
      code: table('  for_each = { a = true, b = false }\n' + pitr('each.value')),
      findings: [{ messageId: 'disabled', line: 7, column: 15, endColumn: 25 }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_dynamodb_table": {\n      "orders": {\n        "name": "orders"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 15 }],
    },
  ],
});

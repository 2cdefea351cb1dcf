import rule from '../../../rules/terraform/tf-136-dynamodb-no-deletion-protection';
import { ruleTester } from '../../helpers/rule-tester';

const table = (body: string) => `resource "aws_dynamodb_table" "orders" {\n  name     = "orders"\n  hash_key = "id"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'protected', code: table('  deletion_protection_enabled = true\n') },
    { name: 'from a variable without a value', code: table('  deletion_protection_enabled = var.protect\n'), files: { 'variables.tf': 'variable "protect" {}\n' } },
  ],
  bad: [
    {
      name: 'absent',
      code: table(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39, suggestions: [{ output: table('  deletion_protection_enabled = true\n') }] }],
    },
    { name: 'false', code: table('  deletion_protection_enabled = false\n'), findings: [{ messageId: 'disabled', line: 4, column: 33, endColumn: 38 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_dynamodb_table": {\n      "orders": { "deletion_protection_enabled": false }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 50, endColumn: 55 }],
    },
  ],
});

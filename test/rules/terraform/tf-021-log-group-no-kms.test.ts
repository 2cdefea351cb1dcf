import rule from '../../../rules/terraform/tf-021-log-group-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

const group = (body: string) => `resource "aws_cloudwatch_log_group" "app" {\n  name = "/app"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: group('  kms_key_id = aws_kms_key.logs.arn\n') },
    { name: 'key ARN as a literal', code: group('  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"\n') },
    { name: 'key from a variable without a value', code: group('  kms_key_id = var.key\n'), files: { 'variables.tf': 'variable "key" {}\n' } },
    { name: 'count = 0', code: group('  count = 0\n') },
    { name: 'JSON syntax, key set', filename: 'main.tf.json', code: '{"resource": {"aws_cloudwatch_log_group": {"app": {"kms_key_id": "${aws_kms_key.logs.arn}"}}}}\n' },
  ],
  bad: [
    {
      name: 'no key: no edit, the author picks the key',
      code: group(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42, suggestions: [] }],
    },
    {
      name: 'empty key',
      code: group('  kms_key_id = ""\n'),
      findings: [{ messageId: 'empty', line: 3, column: 16, endColumn: 18 }],
    },
    {
      name: 'module variable defaulting to null: reported at the use',
      code: group('  kms_key_id = var.key\n'),
      files: { 'variables.tf': 'variable "key" {\n  type    = string\n  default = null\n}\n' },
      findings: [{ messageId: 'missing', line: 3, column: 16, endColumn: 23, related: ['variables.tf:3:13'] }],
    },
    {
      name: 'JSON syntax, no key',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_cloudwatch_log_group": {"app": {"name": "/app"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 44, endColumn: 49 }],
    },
  ],
});

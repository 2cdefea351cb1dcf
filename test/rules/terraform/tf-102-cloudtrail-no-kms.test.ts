import rule from '../../../rules/terraform/tf-102-cloudtrail-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

const trail = (body: string) => `resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: trail('  kms_key_id = aws_kms_key.trail.arn\n') },
    { name: 'key ARN literal', code: trail('  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"\n') },
    { name: 'key from a variable without a value', code: trail('  kms_key_id = var.key\n'), files: { 'variables.tf': 'variable "key" {}\n' } },
    { name: 'JSON syntax, key set', filename: 'main.tf.json', code: '{"resource": {"aws_cloudtrail": {"main": {"name": "main", "kms_key_id": "alias/trail"}}}}\n' },
  ],
  bad: [
    { name: 'no key', code: trail(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 33 }] },
    { name: 'empty key', code: trail('  kms_key_id = ""\n'), findings: [{ messageId: 'empty', line: 4, column: 16, endColumn: 18 }] },
    {
      name: 'module variable defaulting to null: reported at the use',
      code: trail('  kms_key_id = var.key\n'),
      files: { 'variables.tf': 'variable "key" {\n  type    = string\n  default = null\n}\n' },
      findings: [{ messageId: 'missing', line: 4, column: 16, endColumn: 23, related: ['variables.tf:3:13'] }],
    },
    {
      name: 'JSON syntax, no key',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_cloudtrail": {"main": {"name": "main"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 34, endColumn: 40 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-314-s3-public-access-block-off';
import { ruleTester } from '../../helpers/rule-tester';

const all = '  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n';
const block = (body: string) => `resource "aws_s3_bucket_public_access_block" "data" {\n  bucket                  = aws_s3_bucket.data.id\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'every flag on', code: block(all) },
    { name: 'flags written as strings', code: block(all.replace(/true/g, '"true"')) },
    { name: 'account-level block, every flag on', code: `resource "aws_s3_account_public_access_block" "account" {\n${all}}\n` },
    { name: 'flags from a variable without a value', code: block(all.replace('block_public_policy     = true', 'block_public_policy     = var.block')), files: { 'variables.tf': 'variable "block" {}\n' } },
    { name: 'count = 0', code: block('  count = 0\n') },
    {
      name: 'JSON syntax, every flag on',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_s3_bucket_public_access_block": {\n      "data": { "block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'one flag off',
      code: block(all.replace('block_public_policy     = true', 'block_public_policy     = false')),
      findings: [{ messageId: 'policyAllowed', line: 4, column: 29, endColumn: 34, suggestions: [{ title: 'Set block_public_policy = true', output: block(all) }] }],
    },
    {
      name: 'flags missing',
      code: block('  block_public_acls       = true\n  block_public_policy     = true\n'),
      findings: [
        { messageId: 'aclsHonouredMissing', line: 1, column: 1, endColumn: 52 },
        { messageId: 'bucketsOpenMissing', line: 1, column: 1, endColumn: 52 },
      ],
    },
    {
      name: 'account-level block with a flag off from a variable default',
      code: `resource "aws_s3_account_public_access_block" "account" {\n${all.replace('block_public_acls       = true', 'block_public_acls       = var.block')}}\n`,
      files: { 'variables.tf': 'variable "block" {\n  default = false\n}\n' },
      findings: [{ messageId: 'aclsAllowed', line: 2, column: 29, endColumn: 38, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, one flag off',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_s3_bucket_public_access_block": {\n      "data": { "block_public_acls": true, "block_public_policy": true, "ignore_public_acls": false, "restrict_public_buckets": true }\n    }\n  }\n}\n',
      findings: [{ messageId: 'aclsHonoured', line: 4, column: 95, endColumn: 100 }],
    },
  ],
});

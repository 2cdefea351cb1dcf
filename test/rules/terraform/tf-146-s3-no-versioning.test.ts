import rule from '../../../rules/terraform/tf-146-s3-no-versioning';
import { ruleTester } from '../../helpers/rule-tester';

const bucket = (body = '') => `resource "aws_s3_bucket" "reports" {\n  bucket = "acme-reports"\n${body}}\n`;
const versioning = (status: string, target = 'aws_s3_bucket.reports.id', extra = '') =>
  `resource "aws_s3_bucket_versioning" "reports" {\n${extra}  bucket = ${target}\n\n  versioning_configuration {\n    status = ${status}\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'separate versioning resource, enabled', code: `${bucket()}\n${versioning('"Enabled"')}` },
    { name: 'versioning in another file', code: bucket(), files: { 's3.tf': versioning('"Enabled"') } },
    { name: 'versioning by the literal bucket name', code: `${bucket()}\n${versioning('"Enabled"', '"acme-reports"')}` },
    { name: 'versioning for a bucket that cannot be traced', code: bucket(), files: { 's3.tf': versioning('"Enabled"', 'var.bucket') } },
    { name: 'status not known', code: `${bucket()}\n${versioning('var.status')}` },
    { name: 'inline versioning (provider 3.x)', code: bucket('\n  versioning {\n    enabled = true\n  }\n') },
    { name: 'Object Lock keeps versioning on', code: bucket('  object_lock_enabled = true\n') },
    { name: 'Terraform state bucket: TF-147 reports it', code: 'resource "aws_s3_bucket" "state" {\n  bucket = "acme-tfstate"\n}\n' },
    { name: 'inline versioning from a dynamic block with an unknown for_each', code: bucket('  dynamic "versioning" {\n    for_each = var.versioning\n    content {\n      enabled = versioning.value\n    }\n  }\n') },
    { name: 'count = 0', code: bucket('  count = 0\n') },
    { name: 'override file', filename: 's3_override.tf', code: bucket() },
  ],
  bad: [
    { name: 'no versioning', code: bucket(), findings: [{ messageId: 'none', line: 1, column: 1, endColumn: 35 }] },
    {
      name: 'versioning resource for another bucket',
      code: `${bucket()}\n${versioning('"Enabled"', 'aws_s3_bucket.other.id')}`,
      findings: [{ messageId: 'none', line: 1, column: 1, endColumn: 35 }],
    },
    {
      name: 'versioning resource not created',
      code: bucket(),
      files: { 's3.tf': versioning('"Enabled"', 'aws_s3_bucket.reports.id', '  count  = 0\n') },
      findings: [{ messageId: 'none', line: 1, column: 1, endColumn: 35 }],
    },
    {
      name: 'suspended',
      code: `${bucket()}\n${versioning('"Suspended"')}`,
      findings: [{ messageId: 'suspended', line: 9, column: 14, endColumn: 25, suggestions: [{ title: 'Enable versioning', output: `${bucket()}\n${versioning('"Enabled"')}` }] }],
    },
    {
      name: 'disabled from a variable default',
      code: `${bucket()}\n${versioning('var.status')}`,
      files: { 'variables.tf': 'variable "status" {\n  default = "Disabled"\n}\n' },
      findings: [{ messageId: 'suspended', line: 9, column: 14, endColumn: 24, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'inline versioning disabled',
      code: bucket('\n  versioning {\n    enabled = false\n  }\n'),
      findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 20, suggestions: [{ output: bucket('\n  versioning {\n    enabled = true\n  }\n') }] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_s3_bucket": {\n      "reports": { "bucket": "acme-reports" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'none', line: 4, column: 7, endColumn: 16 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-008-s3-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

const bucket = (body = '') => `resource "aws_s3_bucket" "reports" {\n  bucket = "acme-reports"\n${body}}\n`;
const satellite = (algorithm: string, target = 'aws_s3_bucket.reports.id') =>
  `resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {\n  bucket = ${target}\n\n` +
  `  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = ${algorithm}\n    }\n  }\n}\n`;
const inline = (algorithm: string) =>
  `\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = ${algorithm}\n      }\n    }\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'KMS configuration in the same file', code: bucket() + '\n' + satellite('"aws:kms"') },
    { name: 'bucket encrypted by a separate KMS configuration in another file', code: bucket(), files: { 'encryption.tf': satellite('"aws:kms"') } },
    { name: 'DSSE-KMS', code: bucket() + '\n' + satellite('"aws:kms:dsse"') },
    { name: 'configuration naming the bucket by its literal name', code: bucket(), files: { 'encryption.tf': satellite('"aws:kms"', '"acme-reports"') } },
    { name: 'inline configuration with KMS (provider 3.x style)', code: bucket(inline('"aws:kms"')) },
    { name: 'algorithm not known before apply', code: bucket() + '\n' + satellite('var.algorithm') },
    { name: 'configuration whose bucket cannot be told', code: bucket(), files: { 'encryption.tf': satellite('"aws:kms"', 'var.bucket_id') } },
    {
      name: 'dynamic inline configuration with unknown contents',
      code: bucket('\n  dynamic "server_side_encryption_configuration" {\n    for_each = var.sse\n    content {}\n  }\n'),
    },
    { name: 'count = 0', code: 'resource "aws_s3_bucket" "b" {\n  count = 0\n}\n' },
    { name: 'override file', filename: 'override.tf', code: bucket() },
    {
      name: 'algorithm from a variable overridden to KMS in terraform.tfvars',
      code: satellite('var.algorithm'),
      files: { 'variables.tf': 'variable "algorithm" {\n  default = "AES256"\n}\n', 'terraform.tfvars': 'algorithm = "aws:kms"\n', 'bucket.tf': bucket() },
    },
    {
      name: 'access log bucket of another bucket must stay on SSE-S3',
      code: bucket() + '\n' + satellite('"AES256"'),
      files: { 'logging.tf': 'resource "aws_s3_bucket_logging" "data" {\n  bucket        = aws_s3_bucket.data.id\n  target_bucket = aws_s3_bucket.reports.id\n  target_prefix = "s3/"\n}\n' },
    },
    {
      name: 'load balancer access log bucket without configuration',
      code: bucket(),
      files: { 'lb.tf': 'resource "aws_lb" "web" {\n  name = "web"\n\n  access_logs {\n    bucket  = aws_s3_bucket.reports.id\n    enabled = true\n  }\n}\n' },
    },
  ],
  bad: [
    {
      name: 'no configuration: SSE-S3 by default',
      code: bucket(),
      findings: [{ messageId: 'noKms', line: 1, column: 1, endColumn: 35, severity: 'low', suggestions: [] }],
    },
    {
      name: 'configuration of another bucket does not count',
      code: bucket() + '\n' + satellite('"aws:kms"', 'aws_s3_bucket.logs.id'),
      findings: [{ messageId: 'noKms', line: 1 }],
    },
    {
      name: 'SSE-S3 configuration: reported at its algorithm, not on the bucket',
      code: bucket() + '\n' + satellite('"AES256"'),
      findings: [{ messageId: 'sseS3', line: 10, column: 23, endColumn: 31, suggestions: [{ output: bucket() + '\n' + satellite('"aws:kms"') }] }],
    },
    {
      name: 'SSE-S3 configuration in its own file, bucket elsewhere',
      filename: 'encryption.tf',
      code: satellite('"AES256"'),
      files: { 'main.tf': bucket() },
      findings: [{ messageId: 'sseS3', line: 6, column: 23, endColumn: 31 }],
    },
    {
      name: 'AES256 from a variable default: no edit of the default',
      code: satellite('var.algorithm'),
      files: { 'variables.tf': 'variable "algorithm" {\n  default = "AES256"\n}\n' },
      findings: [{ messageId: 'sseS3', line: 6, column: 23, endColumn: 36, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'inline SSE-S3 configuration',
      code: bucket(inline('"AES256"')),
      findings: [{ messageId: 'sseS3', line: 7, column: 25, endColumn: 33 }],
    },
    {
      name: 'for_each buckets',
      code: 'resource "aws_s3_bucket" "b" {\n  for_each = toset(["a", "b"])\n  bucket   = each.key\n}\n',
      findings: [{ messageId: 'noKms', line: 1, column: 1, endColumn: 29 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_s3_bucket": {\n      "reports": { "bucket": "acme-reports" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'noKms', line: 4, column: 7, endColumn: 16 }],
    },
      {
      name: 'bucket that only sends its own logs elsewhere',
      code: bucket(),
      files: { 'logging.tf': 'resource "aws_s3_bucket_logging" "reports" {\n  bucket        = aws_s3_bucket.reports.id\n  target_bucket = aws_s3_bucket.logs.id\n}\n' },
      findings: [{ messageId: 'noKms', line: 1 }],
    },
      {
      name: 'KMS configuration turned off by a variable default',
      code: bucket() + '\n' + satellite('"aws:kms"').replace('{\n  bucket', '{\n  count  = var.encrypt ? 1 : 0\n  bucket'),
      files: { 'variables.tf': 'variable "encrypt" {\n  default = false\n}\n' },
      findings: [{ messageId: 'noKms', line: 1 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-109-s3-no-access-logging';
import { ruleTester } from '../../helpers/rule-tester';

const bucket = 'resource "aws_s3_bucket" "reports" {\n  bucket = "acme-reports"\n}\n';
const logging = (target: string, extra = '') =>
  `\nresource "aws_s3_bucket_logging" "reports" {\n${extra}  bucket        = ${target}\n  target_bucket = "acme-access-logs"\n  target_prefix = "reports/"\n}\n`;
const logBucket = 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-access-logs"\n}\n';

ruleTester(rule, {
  good: [
    { name: 'split logging resource (provider v4+)', code: bucket + logging('aws_s3_bucket.reports.id') },
    { name: 'split logging resource in another file', code: bucket, files: { 'logging.tf': logging('aws_s3_bucket.reports.bucket') } },
    { name: 'split logging resource naming the bucket literally', code: bucket + logging('"acme-reports"') },
    { name: 'inline logging block (provider v3)', code: 'resource "aws_s3_bucket" "reports" {\n  bucket = "acme-reports"\n\n  logging {\n    target_bucket = "acme-access-logs"\n  }\n}\n' },
    { name: 'dynamic inline logging from an unknown collection', code: 'resource "aws_s3_bucket" "reports" {\n  dynamic "logging" {\n    for_each = var.logging\n    content {\n      target_bucket = logging.value.target\n    }\n  }\n}\n' },
    { name: 'logging for a bucket from a variable: could be this one', code: bucket + logging('var.bucket'), files: { 'variables.tf': 'variable "bucket" {}\n' } },
    { name: 'logging count from a variable without a value', code: bucket + logging('aws_s3_bucket.reports.id', '  count         = var.log ? 1 : 0\n'), files: { 'variables.tf': 'variable "log" {}\n' } },
    {
      name: 'the log bucket does not log to itself',
      code: logBucket + '\nresource "aws_s3_bucket_logging" "reports" {\n  bucket        = "acme-reports"\n  target_bucket = aws_s3_bucket.logs.id\n}\n',
    },
    { name: 'a bucket that receives load balancer access logs', code: logBucket + '\nresource "aws_lb" "web" {\n  access_logs {\n    bucket  = aws_s3_bucket.logs.id\n    enabled = true\n  }\n}\n' },
    { name: 'a bucket with the log-delivery-write ACL (provider v3)', code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-access-logs"\n  acl    = "log-delivery-write"\n}\n' },
    {
      name: 'a bucket with the log-delivery-write ACL as a split resource',
      code: logBucket + '\nresource "aws_s3_bucket_acl" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  acl    = "log-delivery-write"\n}\n',
    },
    { name: 'a bucket named as the destination of a flow log', code: logBucket + '\nresource "aws_flow_log" "vpc" {\n  vpc_id               = aws_vpc.main.id\n  log_destination_type = "s3"\n  log_destination      = aws_s3_bucket.logs.arn\n}\n' },
    { name: 'bucket count = 0', code: 'resource "aws_s3_bucket" "reports" {\n  count  = 0\n  bucket = "acme-reports"\n}\n' },
    { name: 'override file', filename: 's3_override.tf', code: bucket },
    {
      name: 'JSON syntax, with a logging resource',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_s3_bucket": {"reports": {"bucket": "acme-reports"}}, "aws_s3_bucket_logging": {"reports": {"bucket": "${aws_s3_bucket.reports.id}", "target_bucket": "acme-access-logs"}}}}\n',
    },
  ],
  bad: [
    { name: 'no logging', code: bucket, findings: [{ messageId: 'noLogging', line: 1, column: 1, endColumn: 35 }] },
    {
      name: 'logging only for another bucket',
      code: bucket + '\nresource "aws_s3_bucket" "other" {\n  bucket = "acme-other"\n}\n' + logging('aws_s3_bucket.other.id'),
      findings: [{ messageId: 'noLogging', line: 1, column: 1, endColumn: 35 }],
    },
    {
      name: 'logging turned off by a variable default',
      code: bucket + logging('aws_s3_bucket.reports.id', '  count         = var.log ? 1 : 0\n'),
      files: { 'variables.tf': 'variable "log" {\n  default = false\n}\n' },
      findings: [{ messageId: 'notCreated', line: 1, column: 1, endColumn: 35, related: [':5:1'] }],
    },
    {
      name: 'JSON syntax, no logging',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_s3_bucket": {"reports": {"bucket": "acme-reports"}}}}\n',
      findings: [{ messageId: 'noLogging', line: 1, column: 33, endColumn: 42 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-105-cloudfront-no-access-logs';
import { ruleTester } from '../../helpers/rule-tester';

const distribution = (body: string) => `resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n${body}}\n`;
const deliverySource =
  'resource "aws_cloudwatch_log_delivery_source" "cdn" {\n  name         = "cdn"\n  log_type     = "ACCESS_LOGS"\n' +
  '  resource_arn = aws_cloudfront_distribution.site.arn\n}\n';

ruleTester(rule, {
  good: [
    { name: 'logging_config with a bucket', code: distribution('  logging_config {\n    bucket = "acme-cdn-logs.s3.amazonaws.com"\n  }\n') },
    { name: 'bucket from a resource', code: distribution('  logging_config {\n    bucket = aws_s3_bucket.logs.bucket_domain_name\n  }\n') },
    { name: 'standard logging v2 through a delivery source', code: distribution(''), files: { 'logging.tf': deliverySource } },
    { name: 'dynamic logging_config from an unknown collection', code: distribution('  dynamic "logging_config" {\n    for_each = var.logging\n    content {\n      bucket = logging_config.value\n    }\n  }\n') },
    { name: 'JSON syntax, logging on', filename: 'main.tf.json', code: '{"resource": {"aws_cloudfront_distribution": {"site": {"logging_config": {"bucket": "logs.s3.amazonaws.com"}}}}}\n' },
  ],
  bad: [
    { name: 'no logging_config', code: distribution(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 46 }] },
    { name: 'empty bucket', code: distribution('  logging_config {\n    bucket = ""\n  }\n'), findings: [{ messageId: 'empty', line: 4, column: 14, endColumn: 16 }] },
    {
      name: 'dynamic logging_config over an empty list',
      code: distribution('  dynamic "logging_config" {\n    for_each = []\n    content {\n      bucket = "logs.s3.amazonaws.com"\n    }\n  }\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 46 }],
    },
    {
      name: 'JSON syntax, no logging_config',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_cloudfront_distribution": {"site": {"enabled": true}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 47, endColumn: 53 }],
    },
  ],
});

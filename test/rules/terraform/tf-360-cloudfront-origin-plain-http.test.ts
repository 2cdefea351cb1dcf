import rule from '../../../rules/terraform/tf-360-cloudfront-origin-plain-http';
import { ruleTester } from '../../helpers/rule-tester';

const distribution = (domain: string, config: string) =>
  `resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  origin {\n    origin_id   = "app"\n    domain_name = ${domain}\n\n` +
  `    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n${config}    }\n  }\n}\n`;
const alb = '"app.example.com"';

ruleTester(rule, {
  good: [
    { name: 'HTTPS only, TLS 1.2', code: distribution(alb, '      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n') },
    { name: 'match viewer with TLS 1 and 1.1 allowed', code: distribution(alb, '      origin_protocol_policy = "match-viewer"\n      origin_ssl_protocols   = ["TLSv1", "TLSv1.1", "TLSv1.2"]\n') },
    { name: 'S3 website endpoint speaks HTTP only', code: distribution('"site.s3-website-eu-west-1.amazonaws.com"', '      origin_protocol_policy = "http-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n') },
    { name: 'website endpoint of a bucket', code: distribution('aws_s3_bucket_website_configuration.site.website_endpoint', '      origin_protocol_policy = "http-only"\n') },
    { name: 'S3 origin without custom config', code: 'resource "aws_cloudfront_distribution" "site" {\n  origin {\n    domain_name = "b.s3.amazonaws.com"\n    origin_id   = "s3"\n  }\n}\n' },
    { name: 'policy not known', code: distribution(alb, '      origin_protocol_policy = var.origin_policy\n') },
  ],
  bad: [
    {
      name: 'HTTP only to a load balancer',
      code: distribution(alb, '      origin_protocol_policy = "http-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n'),
      findings: [{
        messageId: 'httpOnly', line: 11, column: 32, endColumn: 43,
        suggestions: [{ title: 'Connect to the origin over HTTPS only', output: distribution(alb, '      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n') }],
      }],
    },
    {
      name: 'HTTP only to a load balancer by reference',
      code: distribution('aws_lb.app.dns_name', '      origin_protocol_policy = "http-only"\n'),
      findings: [{ messageId: 'httpOnly', line: 11, column: 32, endColumn: 43 }],
    },
    {
      name: 'SSLv3 allowed',
      code: distribution(alb, '      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["SSLv3", "TLSv1.2"]\n'),
      findings: [{ messageId: 'sslv3', line: 12, column: 33, endColumn: 40 }],
    },
    {
      name: 'policy from a variable default',
      code: distribution(alb, '      origin_protocol_policy = var.origin_policy\n'),
      files: { 'variables.tf': 'variable "origin_policy" {\n  default = "http-only"\n}\n' },
      findings: [{ messageId: 'httpOnly', line: 11, column: 32, endColumn: 49, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_cloudfront_distribution": {"site": {"origin": {"domain_name": "app.example.com", "custom_origin_config": {"origin_protocol_policy": "http-only"}}}}}}\n',
      findings: [{ messageId: 'httpOnly', line: 1, column: 152, endColumn: 163 }],
    },
  ],
});

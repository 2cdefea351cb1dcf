import rule from '../../../rules/terraform/tf-119-route53-no-query-logging';
import { ruleTester } from '../../helpers/rule-tester';

const zone = 'resource "aws_route53_zone" "public" {\n  name = "example.com"\n}\n';
const queryLog = (zoneId: string, extra = '') =>
  `\nresource "aws_route53_query_log" "public" {\n${extra}  zone_id                  = ${zoneId}\n  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'query log in the same file', code: zone + queryLog('aws_route53_zone.public.zone_id') },
    { name: 'query log in another file', code: zone, files: { 'dns-logs.tf': queryLog('aws_route53_zone.public.id') } },
    { name: 'private zone', code: 'resource "aws_route53_zone" "private" {\n  name = "internal"\n  vpc {\n    vpc_id = aws_vpc.main.id\n  }\n}\n' },
    { name: 'vpc blocks from an unknown collection', code: 'resource "aws_route53_zone" "z" {\n  name = "internal"\n  dynamic "vpc" {\n    for_each = var.vpcs\n    content {\n      vpc_id = vpc.value\n    }\n  }\n}\n' },
    { name: 'zone id from a variable: could be this zone', code: zone + queryLog('var.zone_id'), files: { 'variables.tf': 'variable "zone_id" {}\n' } },
    { name: 'override file', filename: 'dns_override.tf', code: zone },
    {
      name: 'JSON syntax, with a query log',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_route53_zone": {"public": {"name": "example.com"}}, "aws_route53_query_log": {"public": {"zone_id": "${aws_route53_zone.public.zone_id}"}}}}\n',
    },
  ],
  bad: [
    { name: 'public zone without a query log', code: zone, findings: [{ messageId: 'noLogging', line: 1, column: 1, endColumn: 37 }] },
    {
      name: 'query log turned off by a variable default',
      code: zone + queryLog('aws_route53_zone.public.zone_id', '  count                    = var.log ? 1 : 0\n'),
      files: { 'variables.tf': 'variable "log" {\n  default = false\n}\n' },
      findings: [{ messageId: 'notCreated', line: 1, column: 1, endColumn: 37, related: [':5:1'] }],
    },
    {
      name: 'JSON syntax, no query log',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_route53_zone": {"public": {"name": "example.com"}}}}\n',
      findings: [{ messageId: 'noLogging', line: 1, column: 36, endColumn: 44 }],
    },
  ],
});

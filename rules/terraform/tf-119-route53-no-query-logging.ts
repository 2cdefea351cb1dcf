import { defineRule } from '../api';
import { serviceLogRule, splitLoggingCheck } from '../shared/aws-logging';

export default defineRule({
  id: 'TF-119',
  title: 'Log DNS queries to public Route 53 hosted zones',
  // Query logs show reconnaissance and abuse of a public zone; useful, but not asked of every zone by reviewers.
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'Without an aws_route53_query_log for a public hosted zone, nothing records which names were asked for, from ' +
      'which resolvers: enumeration of the zone and traffic to names that should not exist go unseen. Private zones ' +
      '(with a vpc block) log through Resolver query logging instead and are not reported.',
    remediation:
      'Add an aws_route53_query_log with zone_id = aws_route53_zone.<name>.zone_id and a CloudWatch Logs group in ' +
      'us-east-1 whose resource policy lets Route 53 write to it.',
    links: [
      { title: 'aws_route53_query_log', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_query_log' },
      { title: 'Public DNS query logging', url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html' },
    ],
  },
  messages: {
    noLogging: 'No aws_route53_query_log logs the queries to this public hosted zone.',
    notCreated: 'The query logging of this hosted zone is not created with these inputs (count or for_each is empty).',
  },
  examples: {
    bad: 'resource "aws_route53_zone" "public" {\n  name = "example.com"\n}\n',
    good:
      'resource "aws_route53_zone" "public" {\n  name = "example.com"\n}\n\nresource "aws_route53_query_log" "public" {\n' +
      '  zone_id                  = aws_route53_zone.public.zone_id\n  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn\n}\n',
  },
  check: splitLoggingCheck({
    resource: 'aws_route53_zone',
    logging: { type: 'aws_route53_query_log', argument: 'zone_id' },
    // A zone with a vpc block (or one generated from an unknown collection) is private, or may be.
    skip: (views) => views.some((view) => view.blocks('vpc').length > 0 || view.hasUnknownBlocks('vpc')),
    messages: { none: 'noLogging', notCreated: 'notCreated' },
    related: 'The query logging of this hosted zone',
  }),
});

import { defineRule } from '../api';
import { serviceLogRule, splitLoggingCheck } from '../shared/aws-logging';

export default defineRule({
  id: 'TF-110',
  title: 'Log the requests WAFv2 web ACLs inspect',
  ...serviceLogRule(),
  docs: {
    rationale:
      'A web ACL only counts the requests it blocks or allows unless an aws_wafv2_web_acl_logging_configuration ' +
      'sends its logs somewhere: which rule matched which client, and what an attack against the application looked ' +
      'like, cannot be established afterwards. A web ACL is reported only when its module configures no logging that ' +
      'is, or could be, for it.',
    remediation:
      'Add an aws_wafv2_web_acl_logging_configuration with resource_arn = aws_wafv2_web_acl.<name>.arn and a ' +
      'CloudWatch Logs group, S3 bucket or Firehose stream whose name starts with aws-waf-logs-.',
    links: [
      {
        title: 'aws_wafv2_web_acl_logging_configuration',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/wafv2_web_acl_logging_configuration',
      },
      { title: 'Logging AWS WAF web ACL traffic', url: 'https://docs.aws.amazon.com/waf/latest/developerguide/logging.html' },
    ],
  },
  messages: {
    noLogging: 'No aws_wafv2_web_acl_logging_configuration logs the requests of this web ACL.',
    notCreated: 'The logging configuration of this web ACL is not created with these inputs (count or for_each is empty).',
  },
  examples: {
    bad: 'resource "aws_wafv2_web_acl" "main" {\n  name  = "main"\n  scope = "REGIONAL"\n}\n',
    good:
      'resource "aws_wafv2_web_acl" "main" {\n  name  = "main"\n  scope = "REGIONAL"\n}\n\n' +
      'resource "aws_wafv2_web_acl_logging_configuration" "main" {\n  resource_arn            = aws_wafv2_web_acl.main.arn\n' +
      '  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]\n}\n',
  },
  check: splitLoggingCheck({
    resource: 'aws_wafv2_web_acl',
    logging: { type: 'aws_wafv2_web_acl_logging_configuration', argument: 'resource_arn' },
    messages: { none: 'noLogging', notCreated: 'notCreated' },
    related: 'The logging configuration of this web ACL',
  }),
});

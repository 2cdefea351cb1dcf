import { defineRule } from '../api';
import { namesSomething, serviceLogRule } from '../shared/aws-logging';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-105',
  title: 'Write access logs for CloudFront distributions',
  ...serviceLogRule(),
  docs: {
    rationale:
      'A CloudFront distribution without logging_config keeps no record of the requests its edge locations serve, so ' +
      'scraping, credential stuffing or an attack through the distribution cannot be traced afterwards. Standard ' +
      'logging v2, configured with aws_cloudwatch_log_delivery_source for the distribution, is accepted as well.',
    remediation:
      'Add logging_config { bucket = "<log bucket>.s3.amazonaws.com" }, or deliver access logs with an ' +
      'aws_cloudwatch_log_delivery_source (log_type = "ACCESS_LOGS") for the distribution.',
    links: [
      {
        title: 'aws_cloudfront_distribution',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#logging-config-arguments',
      },
      { title: 'CloudFront standard logging', url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html' },
    ],
  },
  messages: {
    missing: 'This distribution has no logging_config: the requests it serves are not logged.',
    empty: 'logging_config names no bucket: no access logs are delivered.',
  },
  examples: {
    bad: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n}\n',
    good:
      'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n' +
      '  logging_config {\n    bucket = "acme-cdn-logs.s3.amazonaws.com"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_cloudfront_distribution'],
    path: 'logging_config.bucket',
    compliant: namesSomething,
    absent: ({ resource, module }) => {
      if (resource.blocks('logging_config').length > 0) return 'compliant';
      // Standard logging v2 names the distribution by ARN in a delivery source: left undecided.
      return module.resources('aws_cloudwatch_log_delivery_source').length > 0 ? 'unknown' : 'insecure';
    },
    messages: { insecure: 'empty', missing: 'missing' },
  }),
});

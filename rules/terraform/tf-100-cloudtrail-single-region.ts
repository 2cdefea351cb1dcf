import { defineRule } from '../api';
import { auditLogging, cisAws } from '../shared/aws-logging';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-100',
  title: 'Record CloudTrail events in every region',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.1'],
  frameworks: auditLogging(cisAws('3.1')),
  docs: {
    rationale:
      'A trail records only the region it is created in unless is_multi_region_trail is true (the default is false), so ' +
      'API activity in any other region, including one an attacker chooses because nobody looks there, leaves no trace ' +
      'in it.',
    remediation: 'Set is_multi_region_trail = true on the account (or organization) trail.',
    links: [
      { title: 'aws_cloudtrail', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#is_multi_region_trail' },
      {
        title: 'Receiving CloudTrail log files from multiple Regions',
        url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
      },
    ],
  },
  messages: {
    singleRegion: 'is_multi_region_trail is false: this trail records the events of its own region only.',
    missing: 'This trail does not set is_multi_region_trail, which defaults to false: it records its own region only.',
  },
  examples: {
    bad: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n}\n',
    good: 'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = "audit-logs"\n  is_multi_region_trail = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_cloudtrail'],
    // In place, but it creates a shadow trail in every region and bills their data events.
    ...mustBeTrue('is_multi_region_trail'),
    absent: 'insecure',
    messages: { insecure: 'singleRegion', missing: 'missing' },
  }),
});

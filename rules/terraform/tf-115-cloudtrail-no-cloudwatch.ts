import { defineRule } from '../api';
import { namesSomething, serviceLogRule } from '../shared/aws-logging';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-115',
  title: 'Send CloudTrail events to CloudWatch Logs',
  // The trail's S3 delivery already keeps the events; CloudWatch Logs adds search and metric alarms on them.
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'A trail without cloud_watch_logs_group_arn delivers its events only to S3, every five minutes or so, where no ' +
      'metric filter or alarm can watch them: root sign-ins, policy changes or disabled trails are noticed only when ' +
      'someone reads the files.',
    remediation:
      'Set cloud_watch_logs_group_arn to "${aws_cloudwatch_log_group.<name>.arn}:*" and cloud_watch_logs_role_arn to a role ' +
      'that lets CloudTrail write to the group.',
    links: [
      { title: 'aws_cloudtrail', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#cloud_watch_logs_group_arn' },
      {
        title: 'Sending events to CloudWatch Logs',
        url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
      },
    ],
  },
  messages: {
    empty: 'cloud_watch_logs_group_arn is empty: the events of this trail do not reach CloudWatch Logs.',
    missing: 'This trail sends no events to CloudWatch Logs (cloud_watch_logs_group_arn is not set).',
  },
  examples: {
    bad: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n}\n',
    good:
      'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit-logs"\n' +
      '  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"\n  cloud_watch_logs_role_arn  = aws_iam_role.trail.arn\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_cloudtrail'],
    path: 'cloud_watch_logs_group_arn',
    compliant: namesSomething,
    absent: 'insecure',
    messages: { insecure: 'empty', missing: 'missing' },
    // No edit: the log group and the role CloudTrail assumes are the author's to create.
  }),
});

import { asBool, defineRule } from '../api';
import { auditLogging, cisAws } from '../shared/aws-logging';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-101',
  title: 'Validate the integrity of CloudTrail log files',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.1'],
  frameworks: auditLogging(cisAws('3.2')),
  docs: {
    rationale:
      'Without log file validation (enable_log_file_validation defaults to false), CloudTrail writes no signed digest ' +
      'files, so a log file that was changed or deleted after delivery cannot be told from the original, and the trail ' +
      'loses its worth as evidence.',
    remediation: 'Set enable_log_file_validation = true.',
    links: [
      { title: 'aws_cloudtrail', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_log_file_validation' },
      {
        title: 'Validating CloudTrail log file integrity',
        url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
      },
    ],
  },
  messages: {
    disabled: 'enable_log_file_validation is false: changes to delivered log files cannot be detected.',
    missing: 'This trail does not enable log file validation, which is off by default.',
  },
  examples: {
    bad: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n}\n',
    good:
      'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit-logs"\n' +
      '  enable_log_file_validation = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_cloudtrail'],
    path: 'enable_log_file_validation',
    compliant: (value) => asBool(value),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
    // Safe unattended: in place, and it only adds digest files beside the logs.
    remedy: { value: true, title: 'Set enable_log_file_validation = true', kind: 'fix' },
  }),
});

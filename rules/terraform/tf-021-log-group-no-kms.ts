import { asString, defineRule } from '../api';
import { attributeCheck } from '../shared/terraform-attribute-check';
import { keyManagement } from '../shared/frameworks';

export default defineRule({
  id: 'TF-021',
  title: 'Encrypt CloudWatch log groups with a KMS key',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: keyManagement(),
  docs: {
    rationale:
      'CloudWatch Logs always encrypts log data with service-owned keys; a customer-managed kms_key_id lets the key ' +
      'policy decide who can read logs that may hold secrets or personal data, and revoking the key makes them unreadable.',
    remediation: 'Set kms_key_id to a customer-managed KMS key whose policy allows the logs service principal of the region.',
    links: [
      { title: 'aws_cloudwatch_log_group', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#kms_key_id' },
      { title: 'Encrypt log data in CloudWatch Logs using AWS KMS', url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html' },
    ],
  },
  messages: {
    empty: 'kms_key_id is empty: this log group uses the service-owned key.',
    missing: 'This log group is encrypted with the service-owned key, not a customer-managed KMS key.',
  },
  examples: {
    bad: 'resource "aws_cloudwatch_log_group" "app" {\n  name              = "/app"\n  retention_in_days = 90\n}\n',
    good:
      'resource "aws_cloudwatch_log_group" "app" {\n  name              = "/app"\n  retention_in_days = 90\n' +
      '  kms_key_id        = aws_kms_key.logs.arn\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_cloudwatch_log_group'],
    path: 'kms_key_id',
    compliant: (value) => {
      const key = asString(value);
      return key === undefined ? undefined : key.trim() !== '';
    },
    absent: 'insecure',
    messages: { insecure: 'empty', missing: 'missing' },
    // No edit: only the author knows which key, and its policy must admit the logs service.
  }),
});

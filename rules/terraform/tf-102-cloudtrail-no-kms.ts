import { defineRule } from '../api';
import { cisAws, namesSomething } from '../shared/aws-logging';
import { keyManagement } from '../shared/frameworks';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-102',
  title: 'Encrypt CloudTrail logs with a KMS key',
  target: 'terraform',
  severity: 'low',
  // The logs are already encrypted with S3-managed keys; a KMS key adds access control and audit of decryption.
  preset: 'strict',
  requirements: ['3.1', '6.1'],
  frameworks: { ...keyManagement(cisAws('3.5')), iso27001: ['A.8.24', 'A.8.15'] },
  docs: {
    rationale:
      'Without kms_key_id, CloudTrail log files are encrypted with S3-managed keys (SSE-S3): anyone who may read the ' +
      'bucket reads the trail. With a customer-managed KMS key, reading also needs kms:Decrypt on the key, and every ' +
      'decryption is itself logged.',
    remediation: 'Set kms_key_id to the ARN of a customer-managed KMS key whose policy lets CloudTrail encrypt with it.',
    links: [
      { title: 'aws_cloudtrail', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#kms_key_id' },
      {
        title: 'Encrypting CloudTrail log files with AWS KMS keys (SSE-KMS)',
        url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
      },
    ],
  },
  messages: {
    empty: 'kms_key_id is empty: the log files are encrypted with S3-managed keys only.',
    missing: 'This trail sets no kms_key_id: its log files are encrypted with S3-managed keys only.',
  },
  examples: {
    bad: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n}\n',
    good:
      'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n' +
      '  kms_key_id     = aws_kms_key.trail.arn\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_cloudtrail'],
    path: 'kms_key_id',
    compliant: namesSomething,
    absent: 'insecure',
    messages: { insecure: 'empty', missing: 'missing' },
    // No edit: the key and a key policy that admits CloudTrail are the author's to choose.
  }),
});

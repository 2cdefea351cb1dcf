import { asString, defineRule } from '../api';
import { attributeCheck } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-026',
  title: 'Encrypt SNS topics with KMS',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: encryptionAtRest(),
  docs: {
    rationale:
      'An SNS topic without kms_master_key_id keeps messages that wait for delivery without server-side encryption. ' +
      'Messages are usually delivered within seconds, which is why this is only in the strict preset; topics that carry ' +
      'personal or secret data should still be encrypted.',
    remediation:
      'Set kms_master_key_id to a customer-managed key (required for publishers such as S3 or CloudWatch alarms, which ' +
      'need a key policy) or to "alias/aws/sns".',
    links: [
      { title: 'aws_sns_topic', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic#kms_master_key_id' },
      { title: 'Encryption at rest for Amazon SNS', url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html' },
    ],
  },
  messages: {
    empty: 'kms_master_key_id is empty: messages in this topic are not encrypted at rest.',
    missing: 'This topic sets no kms_master_key_id, so its messages are not encrypted at rest.',
  },
  examples: {
    bad: 'resource "aws_sns_topic" "alerts" {\n  name = "alerts"\n}\n',
    good: 'resource "aws_sns_topic" "alerts" {\n  name              = "alerts"\n  kms_master_key_id = aws_kms_key.sns.arn\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_sns_topic'],
    path: 'kms_master_key_id',
    compliant: (value) => {
      const key = asString(value);
      return key === undefined ? undefined : key.trim() !== '';
    },
    absent: 'insecure',
    messages: { insecure: 'empty', missing: 'missing' },
    // A suggestion: services that publish to the topic (S3, CloudWatch alarms) cannot use the
    // AWS managed key, whose policy cannot be changed.
    remedy: { value: 'alias/aws/sns', title: 'Encrypt with the AWS managed key (alias/aws/sns)', kind: 'suggest' },
  }),
});

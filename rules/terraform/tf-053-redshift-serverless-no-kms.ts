import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-053',
  title: 'Encrypt Redshift Serverless namespaces with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'A Redshift Serverless namespace is always encrypted, with an AWS-owned key unless kms_key_id names one of yours: that key does not appear in your account, so its use cannot be audited in CloudTrail, restricted by a key policy or revoked. That is why this is only in the strict preset.',
    remediation: 'Set kms_key_id to a customer-managed KMS key.',
    links: [
      { title: 'aws_redshiftserverless_namespace', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshiftserverless_namespace#kms_key_id' },
      { title: 'Amazon Redshift database encryption', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html' },
    ],
  },
  messages: {
    empty: 'kms_key_id is empty: the namespace uses an AWS-owned key.',
    missing: 'This namespace sets no kms_key_id, so its data is encrypted with an AWS-owned key you cannot audit or revoke.',
  },
  examples: {
    bad: 'resource "aws_redshiftserverless_namespace" "main" {\n  namespace_name = "dw"\n}\n',
    good: 'resource "aws_redshiftserverless_namespace" "main" {\n  namespace_name = "dw"\n  kms_key_id = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_redshiftserverless_namespace'], 'kms_key_id', { insecure: 'empty', missing: 'missing' }),
});

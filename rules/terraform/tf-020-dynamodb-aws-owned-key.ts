import { defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import { keyManagement } from '../shared/frameworks';

export default defineRule({
  id: 'TF-020',
  title: 'Encrypt DynamoDB tables with a KMS key',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: keyManagement(),
  docs: {
    rationale:
      'DynamoDB always encrypts tables; without server_side_encryption { enabled = true } it uses an AWS-owned key that ' +
      'does not appear in your account, so its use cannot be audited in CloudTrail nor revoked. A KMS key (the AWS ' +
      'managed aws/dynamodb key, or a customer-managed kms_key_arn for control over the key policy) makes it visible.',
    remediation: 'Add server_side_encryption { enabled = true } and, for a customer-managed key, kms_key_arn.',
    links: [
      { title: 'aws_dynamodb_table', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#server_side_encryption' },
      { title: 'DynamoDB encryption at rest', url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html' },
    ],
  },
  messages: {
    disabled: 'server_side_encryption is disabled: the table is encrypted with an AWS-owned key you cannot audit or revoke.',
    missing: 'This table is encrypted with the default AWS-owned key, not a KMS key in your account.',
  },
  examples: {
    bad: 'resource "aws_dynamodb_table" "orders" {\n  name     = "orders"\n  hash_key = "id"\n}\n',
    good: 'resource "aws_dynamodb_table" "orders" {\n  name     = "orders"\n  hash_key = "id"\n\n  server_side_encryption {\n    enabled = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_dynamodb_table'],
    // In place, but readers then need kms:Decrypt on the key.
    ...mustBeTrue('server_side_encryption.enabled', { title: 'Encrypt with a KMS key' }),
    absent: 'insecure',
    // A table restored from a backup or a point in time keeps the key of its source until changed.
    undecidableWhenSet: ['restore_source_name', 'restore_source_table_arn'],
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

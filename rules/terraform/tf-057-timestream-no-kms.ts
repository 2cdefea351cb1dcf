import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-057',
  title: 'Encrypt Timestream databases with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'Timestream always encrypts its data; without kms_key_id it uses the Timestream-managed key of your account, whose policy you cannot change, so who may read the data is decided by IAM alone. That is why this is only in the strict preset.',
    remediation: 'Set kms_key_id to a customer-managed KMS key.',
    links: [
      { title: 'aws_timestreamwrite_database', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/timestreamwrite_database#kms_key_id' },
      { title: 'Encryption at rest in Timestream', url: 'https://docs.aws.amazon.com/timestream/latest/developerguide/EncryptionAtRest.html' },
    ],
  },
  messages: {
    empty: 'kms_key_id is empty: the database uses the Timestream-managed key.',
    missing: 'This Timestream database sets no kms_key_id, so it is encrypted with the Timestream-managed key.',
  },
  examples: {
    bad: 'resource "aws_timestreamwrite_database" "main" {\n  database_name = "metrics"\n}\n',
    good: 'resource "aws_timestreamwrite_database" "main" {\n  database_name = "metrics"\n  kms_key_id = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_timestreamwrite_database'], 'kms_key_id', { insecure: 'empty', missing: 'missing' }),
});

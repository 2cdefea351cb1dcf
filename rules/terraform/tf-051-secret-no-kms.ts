import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-051',
  title: 'Encrypt Secrets Manager secrets with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'Without kms_key_id a secret is encrypted with the AWS managed aws/secretsmanager key: anyone allowed secretsmanager:GetSecretValue by IAM can read it, the key policy cannot add a second condition, and the secret cannot be shared with another account. A customer-managed key adds that control. Secrets are encrypted either way, which is why this is only in the strict preset.',
    remediation: 'Set kms_key_id to a customer-managed KMS key whose policy lets the secret\'s readers decrypt.',
    links: [
      { title: 'aws_secretsmanager_secret', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret#kms_key_id' },
      { title: 'Secret encryption and decryption in Secrets Manager', url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html' },
    ],
  },
  messages: {
    empty: 'kms_key_id is empty: the secret uses the AWS managed aws/secretsmanager key.',
    missing: 'This secret sets no kms_key_id, so it is encrypted with the AWS managed aws/secretsmanager key.',
  },
  examples: {
    bad: 'resource "aws_secretsmanager_secret" "main" {\n  name = "api-token"\n}\n',
    good: 'resource "aws_secretsmanager_secret" "main" {\n  name = "api-token"\n  kms_key_id = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_secretsmanager_secret'], 'kms_key_id', { insecure: 'empty', missing: 'missing' }),
});

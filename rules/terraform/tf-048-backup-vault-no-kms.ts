import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-048',
  title: 'Encrypt AWS Backup vaults with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'Recovery points in a backup vault are encrypted with kms_key_arn, or with the AWS managed aws/backup key when it is not set. The managed key\'s policy cannot be changed, so backups cannot be copied to another account with it and access to them is governed only by IAM; a customer-managed key adds a key policy and makes the key\'s use auditable and revocable. Backups are encrypted either way, which is why this is only in the strict preset.',
    remediation: 'Set kms_key_arn to a customer-managed KMS key (the vault is replaced; move recovery points first).',
    links: [
      { title: 'aws_backup_vault', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault#kms_key_arn' },
      { title: 'Encryption for backups in AWS Backup', url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html' },
    ],
  },
  messages: {
    empty: 'kms_key_arn is empty: recovery points use the AWS managed aws/backup key.',
    missing: 'This backup vault sets no kms_key_arn, so recovery points use the AWS managed aws/backup key.',
  },
  examples: {
    bad: 'resource "aws_backup_vault" "main" {\n  name = "daily"\n}\n',
    good: 'resource "aws_backup_vault" "main" {\n  name = "daily"\n  kms_key_arn = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_backup_vault'], 'kms_key_arn', { insecure: 'empty', missing: 'missing' }),
});

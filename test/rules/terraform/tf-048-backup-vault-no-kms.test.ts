import rule from '../../../rules/terraform/tf-048-backup-vault-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_backup_vault" "main" {\n  name = "daily"\n  kms_key_arn = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_backup_vault" "main" {\n  name = "daily"\n  kms_key_arn = var.kms_key\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_backup_vault" "main" {\n  name = "daily"\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 35, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_backup_vault" "main" {\n  name = "daily"\n  kms_key_arn = ""\n}\n', findings: [{ messageId: 'empty', line: 3, column: 17, endColumn: 19, suggestions: [] }] },
    { name: 'JSON syntax, no key', filename: 'main.tf.json', code: '{"resource": {"aws_backup_vault": {"main": {"tags": {}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 36, endColumn: 42, suggestions: [] }] },
  ],
});

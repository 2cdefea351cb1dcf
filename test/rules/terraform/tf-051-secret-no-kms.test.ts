import rule from '../../../rules/terraform/tf-051-secret-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_secretsmanager_secret" "main" {\n  name = "api-token"\n  kms_key_id = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_secretsmanager_secret" "main" {\n  name = "api-token"\n  kms_key_id = var.kms_key\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_secretsmanager_secret" "main" {\n  name = "api-token"\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 44, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_secretsmanager_secret" "main" {\n  name = "api-token"\n  kms_key_id = ""\n}\n', findings: [{ messageId: 'empty', line: 3, column: 16, endColumn: 18, suggestions: [] }] },
    { name: 'JSON syntax, no key', filename: 'main.tf.json', code: '{"resource": {"aws_secretsmanager_secret": {"main": {"tags": {}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 45, endColumn: 51, suggestions: [] }] },
  ],
});

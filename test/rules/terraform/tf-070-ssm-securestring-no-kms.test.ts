import rule from '../../../rules/terraform/tf-070-ssm-securestring-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_ssm_parameter" "main" {\n  name  = "/app/db_password"\n  type  = "SecureString"\n  value = random_password.db.result\n  key_id = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_ssm_parameter" "main" {\n  name  = "/app/db_password"\n  type  = "SecureString"\n  value = random_password.db.result\n  key_id = var.kms_key\n}\n' },
    { name: 'String parameter', code: 'resource "aws_ssm_parameter" "main" {\n  name  = "/app/stage"\n  type  = "String"\n  value = "prod"\n}\n' },
    { name: 'type not known before apply', code: 'resource "aws_ssm_parameter" "main" {\n  type = var.type\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_ssm_parameter" "main" {\n  name  = "/app/db_password"\n  type  = "SecureString"\n  value = random_password.db.result\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 36, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_ssm_parameter" "main" {\n  name  = "/app/db_password"\n  type  = "SecureString"\n  value = random_password.db.result\n  key_id = ""\n}\n', findings: [{ messageId: 'empty', line: 5, column: 12, endColumn: 14, suggestions: [] }] },
    { name: 'JSON syntax, SecureString without a key', filename: 'main.tf.json', code: '{"resource": {"aws_ssm_parameter": {"main": {"type": "SecureString"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 37, endColumn: 43, suggestions: [] }] },
  ],
});

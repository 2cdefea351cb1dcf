import rule from '../../../rules/terraform/tf-056-docdb-elastic-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_docdbelastic_cluster" "main" {\n  name           = "docs"\n  admin_user_name = "admin"\n  auth_type      = "SECRET_ARN"\n  kms_key_id = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_docdbelastic_cluster" "main" {\n  name           = "docs"\n  admin_user_name = "admin"\n  auth_type      = "SECRET_ARN"\n  kms_key_id = var.kms_key\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_docdbelastic_cluster" "main" {\n  name           = "docs"\n  admin_user_name = "admin"\n  auth_type      = "SECRET_ARN"\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_docdbelastic_cluster" "main" {\n  name           = "docs"\n  admin_user_name = "admin"\n  auth_type      = "SECRET_ARN"\n  kms_key_id = ""\n}\n', findings: [{ messageId: 'empty', line: 5, column: 16, endColumn: 18, suggestions: [] }] },
    { name: 'JSON syntax, no key', filename: 'main.tf.json', code: '{"resource": {"aws_docdbelastic_cluster": {"main": {"tags": {}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 44, endColumn: 50, suggestions: [] }] },
  ],
});

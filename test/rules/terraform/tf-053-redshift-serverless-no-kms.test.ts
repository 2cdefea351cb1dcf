import rule from '../../../rules/terraform/tf-053-redshift-serverless-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_redshiftserverless_namespace" "main" {\n  namespace_name = "dw"\n  kms_key_id = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_redshiftserverless_namespace" "main" {\n  namespace_name = "dw"\n  kms_key_id = var.kms_key\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_redshiftserverless_namespace" "main" {\n  namespace_name = "dw"\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 51, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_redshiftserverless_namespace" "main" {\n  namespace_name = "dw"\n  kms_key_id = ""\n}\n', findings: [{ messageId: 'empty', line: 3, column: 16, endColumn: 18, suggestions: [] }] },
    { name: 'JSON syntax, no key', filename: 'main.tf.json', code: '{"resource": {"aws_redshiftserverless_namespace": {"main": {"tags": {}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 52, endColumn: 58, suggestions: [] }] },
  ],
});

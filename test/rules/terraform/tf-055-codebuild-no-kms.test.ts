import rule from '../../../rules/terraform/tf-055-codebuild-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_codebuild_project" "main" {\n  name         = "app"\n  service_role = aws_iam_role.build.arn\n  encryption_key = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_codebuild_project" "main" {\n  name         = "app"\n  service_role = aws_iam_role.build.arn\n  encryption_key = var.kms_key\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_codebuild_project" "main" {\n  name         = "app"\n  service_role = aws_iam_role.build.arn\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_codebuild_project" "main" {\n  name         = "app"\n  service_role = aws_iam_role.build.arn\n  encryption_key = ""\n}\n', findings: [{ messageId: 'empty', line: 4, column: 20, endColumn: 22, suggestions: [] }] },
    { name: 'JSON syntax, no key', filename: 'main.tf.json', code: '{"resource": {"aws_codebuild_project": {"main": {"tags": {}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 41, endColumn: 47, suggestions: [] }] },
  ],
});

import rule from '../../../rules/terraform/tf-050-lambda-environment-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_lambda_function" "main" {\n  function_name = "api"\n\n  environment {\n    variables = { STAGE = "prod" }\n  }\n  kms_key_arn = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_lambda_function" "main" {\n  function_name = "api"\n\n  environment {\n    variables = { STAGE = "prod" }\n  }\n  kms_key_arn = var.kms_key\n}\n' },
    { name: 'no environment variables', code: 'resource "aws_lambda_function" "main" {\n  function_name = "api"\n}\n' },
    { name: 'environment from an unknown dynamic block', code: 'resource "aws_lambda_function" "main" {\n  dynamic "environment" {\n    for_each = var.env\n    content {\n      variables = environment.value\n    }\n  }\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_lambda_function" "main" {\n  function_name = "api"\n\n  environment {\n    variables = { STAGE = "prod" }\n  }\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 38, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_lambda_function" "main" {\n  function_name = "api"\n\n  environment {\n    variables = { STAGE = "prod" }\n  }\n  kms_key_arn = ""\n}\n', findings: [{ messageId: 'empty', line: 7, column: 17, endColumn: 19, suggestions: [] }] },
    { name: 'JSON syntax, environment without a key', filename: 'main.tf.json', code: '{"resource": {"aws_lambda_function": {"main": {"environment": {"variables": {"STAGE": "prod"}}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 39, endColumn: 45, suggestions: [] }] },
  ],
});

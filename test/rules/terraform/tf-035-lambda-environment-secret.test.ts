import rule from '../../../rules/terraform/tf-035-lambda-environment-secret';
import { ruleTester } from '../../helpers/rule-tester';

const fn = (variables: string) => `resource "aws_lambda_function" "api" {\n  function_name = "api"\n\n  environment {\n    variables = {\n${variables}    }\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'secret ARN and configuration', code: fn('      DB_SECRET_ARN = aws_secretsmanager_secret.db.arn\n      LOG_LEVEL     = "info"\n      TOKEN_URL     = "https://auth.example.com/token"\n') },
    { name: 'generated password', code: fn('      DB_PASSWORD = random_password.db.result\n') },
    { name: 'placeholder and path', code: fn('      API_KEY       = "changeme"\n      PASSWORD_FILE = "/run/secrets/db"\n') },
    { name: 'variable without a value', code: fn('      API_TOKEN = var.api_token\n') },
    { name: 'no environment', code: 'resource "aws_lambda_function" "api" {\n  function_name = "api"\n}\n' },
  ],
  bad: [
    {
      name: 'literal password',
      code: fn('      DB_PASSWORD = "Tr0ub4dor&3"\n'),
      findings: [{ messageId: 'secret', line: 6, column: 21, endColumn: 34, suggestions: [] }],
    },
    {
      name: 'documented example access keys',
      code: fn('      AWS_ACCESS_KEY_ID     = "AKIAIOSFODNN7EXAMPLE"\n      AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n'),
      findings: [
        { messageId: 'secret', line: 6, column: 31, endColumn: 53 },
        { messageId: 'secret', line: 7, column: 31, endColumn: 73 },
      ],
    },
    {
      name: 'known token format under a neutral name',
      code: fn('      GITHUB = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"\n'),
      findings: [{ messageId: 'secret', line: 6, column: 16, endColumn: 58 }],
    },
    {
      name: 'map from a variable default: reported at the use',
      code: 'resource "aws_lambda_function" "api" {\n  environment {\n    variables = var.env\n  }\n}\n',
      files: { 'variables.tf': 'variable "env" {\n  default = { API_TOKEN = "9f8e7d6c5b4a3921" }\n}\n' },
      findings: [{ messageId: 'secret', line: 3, column: 17, endColumn: 24, related: ['variables.tf:2:27'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_lambda_function": {"api": {"environment": {"variables": {"API_TOKEN": "9f8e7d6c5b4a3921"}}}}}}\n',
      findings: [{ messageId: 'secret', line: 1, column: 90, endColumn: 108 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-320-lambda-function-url-no-auth';
import { ruleTester } from '../../helpers/rule-tester';

const url = (type: string) => `resource "aws_lambda_function_url" "api" {\n  function_name      = aws_lambda_function.api.function_name\n  authorization_type = ${type}\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'IAM authorization', code: url('"AWS_IAM"') },
    { name: 'from a variable without a value', code: url('var.auth'), files: { 'variables.tf': 'variable "auth" {}\n' } },
    { name: 'count = 0', code: url('"NONE"').replace('  function_name', '  count              = 0\n  function_name') },
    { name: 'JSON syntax, IAM', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_lambda_function_url": {\n      "api": { "authorization_type": "AWS_IAM" }\n    }\n  }\n}\n' },
  ],
  bad: [
    { name: 'no authorization', code: url('"NONE"'), findings: [{ messageId: 'noAuth', line: 3, column: 24, endColumn: 30, suggestions: [{ title: 'Set authorization_type = "AWS_IAM"', output: url('"AWS_IAM"') }] }] },
    { name: 'from tfvars', code: url('var.auth'), files: { 'variables.tf': 'variable "auth" {}\n', 'terraform.tfvars': 'auth = "NONE"\n' }, findings: [{ messageId: 'noAuth', line: 3, column: 24, endColumn: 32, related: ['terraform.tfvars:1:8'], suggestions: [] }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_lambda_function_url": {\n      "api": { "authorization_type": "NONE" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'noAuth', line: 4, column: 38, endColumn: 44 }],
    },
  ],
});

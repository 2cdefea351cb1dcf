import rule from '../../../rules/terraform/tf-319-lambda-permission-public';
import { ruleTester } from '../../helpers/rule-tester';

const permission = (body: string) =>
  `resource "aws_lambda_permission" "invoke" {\n  action        = "lambda:InvokeFunction"\n  function_name = aws_lambda_function.api.function_name\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'API Gateway with a source ARN', code: permission('  principal     = "apigateway.amazonaws.com"\n  source_arn    = "${aws_api_gateway_rest_api.api.execution_arn}/*"\n') },
    { name: 'S3 with source account and ARN', code: permission('  principal      = "s3.amazonaws.com"\n  source_arn     = aws_s3_bucket.in.arn\n  source_account = "123456789012"\n') },
    { name: 'everyone in the organisation', code: permission('  principal        = "*"\n  principal_org_id = "o-123"\n') },
    { name: 'an account', code: permission('  principal     = "123456789012"\n') },
    { name: 'principal from a variable without a value', code: permission('  principal     = var.principal\n'), files: { 'variables.tf': 'variable "principal" {}\n' } },
    { name: 'source ARN not known before apply', code: permission('  principal     = "*"\n  source_arn    = var.source\n') },
    { name: 'count = 0', code: permission('  count         = 0\n  principal     = "*"\n') },
  ],
  bad: [
    { name: 'everyone', code: permission('  principal     = "*"\n'), findings: [{ messageId: 'everyone', line: 4, column: 19, endColumn: 22, severity: 'high' }] },
    { name: 'S3 from any bucket', code: permission('  principal     = "s3.amazonaws.com"\n'), findings: [{ messageId: 'anySource', line: 4, column: 19, endColumn: 37, severity: 'medium' }] },
    {
      name: 'everyone through a variable default',
      code: permission('  principal     = var.principal\n'),
      files: { 'variables.tf': 'variable "principal" {\n  default = "*"\n}\n' },
      findings: [{ messageId: 'everyone', line: 4, column: 19, endColumn: 32, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_lambda_permission": {\n      "invoke": { "function_name": "api", "principal": "*" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'everyone', line: 4, column: 56, endColumn: 59 }],
    },
  ],
});

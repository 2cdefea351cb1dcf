import rule from '../../../rules/terraform/tf-128-api-gateway-no-xray';
import { ruleTester } from '../../helpers/rule-tester';

const stage = (body: string) => `resource "aws_api_gateway_stage" "prod" {\n  stage_name  = "prod"\n  rest_api_id = aws_api_gateway_rest_api.main.id\n${body}}\n`;
const title = 'Enable X-Ray tracing';

ruleTester(rule, {
  good: [
    { name: 'tracing on', code: stage('  xray_tracing_enabled = true\n') },
    { name: 'from a variable without a value', code: stage('  xray_tracing_enabled = var.tracing\n'), files: { 'variables.tf': 'variable "tracing" {}\n' } },
    { name: 'count = 0', code: stage('  count = 0\n') },
  ],
  bad: [
    {
      name: 'absent',
      code: stage(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40, suggestions: [{ title, output: stage('  xray_tracing_enabled = true\n') }] }],
    },
    {
      name: 'false',
      code: stage('  xray_tracing_enabled = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 26, endColumn: 31, suggestions: [{ title, output: stage('  xray_tracing_enabled = true\n') }] }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_api_gateway_stage": {\n      "prod": {\n        "stage_name": "prod"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 13, suggestions: [{ output: '{\n  "resource": {\n    "aws_api_gateway_stage": {\n      "prod": {\n        "stage_name": "prod",\n        "xray_tracing_enabled": true\n      }\n    }\n  }\n}\n' }] }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-328-api-gateway-no-authorization';
import { ruleTester } from '../../helpers/rule-tester';

const method = (body: string) =>
  `resource "aws_api_gateway_method" "get" {\n  rest_api_id   = aws_api_gateway_rest_api.api.id\n  resource_id   = aws_api_gateway_resource.items.id\n${body}}\n`;
const route = (body: string) => `resource "aws_apigatewayv2_route" "items" {\n  api_id    = aws_apigatewayv2_api.api.id\n  route_key = "GET /items"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'IAM authorization', code: method('  http_method   = "GET"\n  authorization = "AWS_IAM"\n') },
    { name: 'CORS preflight', code: method('  http_method   = "OPTIONS"\n  authorization = "NONE"\n') },
    { name: 'API key required', code: method('  http_method      = "GET"\n  authorization    = "NONE"\n  api_key_required = true\n') },
    { name: 'authorization from a variable without a value', code: method('  http_method   = "GET"\n  authorization = var.auth\n'), files: { 'variables.tf': 'variable "auth" {}\n' } },
    { name: 'JWT route', code: route('  authorization_type = "JWT"\n  authorizer_id      = aws_apigatewayv2_authorizer.jwt.id\n') },
    { name: 'count = 0', code: route('  count = 0\n') },
    { name: 'WebSocket message route cannot take an authorizer', code: route('').replace('GET /items', 'sendmessage') },
    { name: 'route key not known before apply', code: route('').replace('"GET /items"', 'var.route') },
    { name: 'CORS preflight route', code: route('').replace('GET /items', 'OPTIONS /items') },
  ],
  bad: [
    { name: 'method without authorization', code: method('  http_method   = "GET"\n  authorization = "NONE"\n'), findings: [{ messageId: 'none', line: 5, column: 19, endColumn: 25 }] },
    { name: 'route without authorization_type', code: route(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42 }] },
    { name: 'WebSocket $connect route', code: route('').replace('GET /items', '$connect'), findings: [{ messageId: 'missing', line: 1 }] },
    { name: 'route with NONE', code: route('  authorization_type = "NONE"\n'), findings: [{ messageId: 'none', line: 4, column: 24, endColumn: 30 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_api_gateway_method": {\n      "get": { "http_method": "GET", "authorization": "NONE" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'none', line: 4, column: 55, endColumn: 61 }],
    },
  ],
});

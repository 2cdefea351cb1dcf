import { defineRule } from '../api';
import { namesSomething, onWithBlock, serviceLogRule } from '../shared/aws-logging';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-106',
  title: 'Write access logs for API Gateway stages',
  ...serviceLogRule(),
  docs: {
    rationale:
      'An API Gateway stage without access_log_settings records nobody who called the API: caller addresses, ' +
      'identities, methods and status codes are lost, and misuse of the API cannot be traced. This holds for REST ' +
      '(aws_api_gateway_stage) and for HTTP and WebSocket APIs (aws_apigatewayv2_stage) alike.',
    remediation: 'Add access_log_settings { destination_arn = aws_cloudwatch_log_group.<name>.arn, format = ... } to the stage.',
    links: [
      {
        title: 'aws_api_gateway_stage',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#access_log_settings',
      },
      {
        title: 'aws_apigatewayv2_stage',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apigatewayv2_stage#access_log_settings',
      },
      { title: 'Set up CloudWatch logging for REST APIs', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html' },
    ],
  },
  messages: {
    missing: 'This stage has no access_log_settings: calls to the API are not logged.',
    empty: 'access_log_settings names no destination: calls to the API are not logged.',
  },
  examples: {
    bad: 'resource "aws_api_gateway_stage" "prod" {\n  stage_name    = "prod"\n  rest_api_id   = aws_api_gateway_rest_api.api.id\n  deployment_id = aws_api_gateway_deployment.api.id\n}\n',
    good:
      'resource "aws_api_gateway_stage" "prod" {\n  stage_name    = "prod"\n  rest_api_id   = aws_api_gateway_rest_api.api.id\n' +
      '  deployment_id = aws_api_gateway_deployment.api.id\n\n  access_log_settings {\n' +
      '    destination_arn = aws_cloudwatch_log_group.api.arn\n    format          = jsonencode({ requestId = "$context.requestId" })\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_api_gateway_stage', 'aws_apigatewayv2_stage'],
    path: 'access_log_settings.destination_arn',
    compliant: namesSomething,
    absent: onWithBlock('access_log_settings'),
    messages: { insecure: 'empty', missing: 'missing' },
    // No edit: the log group and its format are the author's to choose.
  }),
});

import rule from '../../../rules/terraform/tf-106-api-gateway-stage-no-access-logs';
import { ruleTester } from '../../helpers/rule-tester';

const stage = (body: string, type = 'aws_api_gateway_stage') => `resource "${type}" "prod" {\n  stage_name = "prod"\n${body}}\n`;
const settings = (destination: string) => `  access_log_settings {\n    destination_arn = ${destination}\n    format          = "$context.requestId"\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'REST stage with access logs', code: stage(settings('aws_cloudwatch_log_group.api.arn')) },
    { name: 'HTTP API stage with access logs', code: stage(settings('aws_cloudwatch_log_group.api.arn'), 'aws_apigatewayv2_stage') },
    { name: 'destination from a variable without a value', code: stage(settings('var.log_group_arn')), files: { 'variables.tf': 'variable "log_group_arn" {}\n' } },
    { name: 'dynamic settings from an unknown collection', code: stage('  dynamic "access_log_settings" {\n    for_each = var.access_logs\n    content {\n      destination_arn = access_log_settings.value\n      format          = "$context.requestId"\n    }\n  }\n') },
    { name: 'count = 0', code: stage('  count = 0\n') },
    { name: 'JSON syntax, logged', filename: 'main.tf.json', code: '{"resource": {"aws_apigatewayv2_stage": {"prod": {"access_log_settings": {"destination_arn": "arn:aws:logs:eu-west-1:111122223333:log-group:api", "format": "$context.requestId"}}}}}\n' },
  ],
  bad: [
    { name: 'REST stage without access logs', code: stage(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40, suggestions: [] }] },
    { name: 'HTTP API stage without access logs', code: stage('', 'aws_apigatewayv2_stage'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 41 }] },
    { name: 'empty destination', code: stage(settings('""')), findings: [{ messageId: 'empty', line: 4, column: 23, endColumn: 25 }] },
    {
      name: 'JSON syntax, no settings',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_api_gateway_stage": {"prod": {"stage_name": "prod"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 41, endColumn: 47 }],
    },
  ],
});

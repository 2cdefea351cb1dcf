import { asString, defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { awsDoc } from '../shared/aws-operations';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-127',
  title: 'Turn on API Gateway execution logging in method settings',
  // Access logs (TF-106) already record every request; execution logs add the integration detail.
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'API Gateway writes execution logs (authorizer results, integration errors, throttling) only at the logging_level ' +
      'of the stage\'s method settings, which defaults to OFF: a method settings resource that leaves it unset or OFF ' +
      'keeps the stage silent about why requests failed or were rejected.',
    remediation: 'Set settings { logging_level = "ERROR" (or "INFO") } in aws_api_gateway_method_settings, with an account-level CloudWatch role.',
    links: [
      awsDoc('api_gateway_method_settings', 'logging_level'),
      { title: 'Set up CloudWatch logging for REST APIs in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html' },
    ],
  },
  messages: {
    off: 'logging_level = "OFF": this stage writes no execution logs.',
    missing: 'logging_level is not set, so this stage writes no execution logs (the default is OFF).',
  },
  examples: {
    bad:
      'resource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = aws_api_gateway_rest_api.main.id\n  stage_name  = aws_api_gateway_stage.main.stage_name\n' +
      '  method_path = "*/*"\n\n  settings {\n    metrics_enabled = true\n  }\n}\n',
    good:
      'resource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = aws_api_gateway_rest_api.main.id\n  stage_name  = aws_api_gateway_stage.main.stage_name\n' +
      '  method_path = "*/*"\n\n  settings {\n    metrics_enabled = true\n    logging_level   = "ERROR"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_api_gateway_method_settings'],
    path: 'settings.logging_level',
    compliant: (value) => {
      const level = asString(value);
      return level === undefined ? undefined : level.toUpperCase() !== 'OFF';
    },
    absent: 'insecure',
    messages: { insecure: 'off', missing: 'missing' },
    // A suggestion: logging needs the account's CloudWatch role, which the configuration may not set.
    remedy: { value: 'ERROR', title: 'Log errors (logging_level = "ERROR")', kind: 'suggest' },
  }),
});

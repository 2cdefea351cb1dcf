import { defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { awsDoc } from '../shared/aws-operations';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-128',
  title: 'Trace API Gateway stages with X-Ray',
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'Without xray_tracing_enabled (false by default) a REST API stage records no traces: a request cannot be followed ' +
      'from the API into the functions and services it reached, which slows the investigation of abuse and failures.',
    remediation: 'Set xray_tracing_enabled = true on the stage.',
    links: [
      awsDoc('api_gateway_stage', 'xray_tracing_enabled'),
      { title: 'Tracing user requests to REST APIs using X-Ray', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html' },
    ],
  },
  messages: {
    disabled: 'xray_tracing_enabled = false: requests to this stage are not traced.',
    missing: 'Requests to this stage are not traced (xray_tracing_enabled defaults to false).',
  },
  examples: {
    bad: 'resource "aws_api_gateway_stage" "prod" {\n  stage_name    = "prod"\n  rest_api_id   = aws_api_gateway_rest_api.main.id\n  deployment_id = aws_api_gateway_deployment.main.id\n}\n',
    good:
      'resource "aws_api_gateway_stage" "prod" {\n  stage_name           = "prod"\n  rest_api_id          = aws_api_gateway_rest_api.main.id\n' +
      '  deployment_id        = aws_api_gateway_deployment.main.id\n  xray_tracing_enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_api_gateway_stage'],
    ...mustBeTrue('xray_tracing_enabled', { title: 'Enable X-Ray tracing' }),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

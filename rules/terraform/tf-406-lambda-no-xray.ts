import { asString, defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { awsDoc } from '../shared/aws-operations';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-406',
  title: 'Trace Lambda functions with X-Ray',
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'A function records no traces unless tracing_config { mode = "Active" } (the default is PassThrough, which only ' +
      'traces requests that arrive already sampled): the calls a function made, and where a request went after it, ' +
      'cannot be followed when abuse or a failure is investigated.',
    remediation: 'Add tracing_config { mode = "Active" } and allow the function role xray:PutTraceSegments.',
    links: [
      awsDoc('lambda_function', 'tracing_config'),
      { title: 'Visualize Lambda function invocations using AWS X-Ray', url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html' },
    ],
  },
  messages: {
    passThrough: 'tracing_config mode = "{{mode}}": this function is not traced with X-Ray.',
    missing: 'This function is not traced with X-Ray (tracing_config defaults to PassThrough).',
  },
  examples: {
    bad: 'resource "aws_lambda_function" "handler" {\n  function_name = "handler"\n  role          = aws_iam_role.lambda.arn\n}\n',
    good: 'resource "aws_lambda_function" "handler" {\n  function_name = "handler"\n  role          = aws_iam_role.lambda.arn\n\n  tracing_config {\n    mode = "Active"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_lambda_function'],
    path: 'tracing_config.mode',
    compliant: (value) => {
      const mode = asString(value);
      return mode === undefined ? undefined : mode.toLowerCase() === 'active';
    },
    absent: 'insecure',
    messages: { insecure: 'passThrough', missing: 'missing' },
    data: (value) => ({ mode: asString(value) ?? '' }),
    // A suggestion: the role needs X-Ray permissions, and traces are billed.
    remedy: { value: 'Active', title: 'Trace actively with X-Ray', kind: 'suggest' },
  }),
});

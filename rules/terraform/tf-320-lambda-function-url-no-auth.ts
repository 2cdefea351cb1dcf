import { asString, defineRule } from '../api';
import { awsDoc, publicEndpointRule } from '../shared/aws-network';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-320',
  title: 'Require IAM authorization on Lambda function URLs',
  ...publicEndpointRule({ severity: 'medium' }),
  docs: {
    rationale:
      'A function URL with authorization_type = "NONE" is a public HTTPS endpoint: anyone who finds the URL invokes the ' +
      'function, with the permissions of its role and at the account\'s expense. Webhooks that check a signature in code are ' +
      'the usual exception; most functions belong behind IAM authorization or API Gateway.',
    remediation: 'Set authorization_type = "AWS_IAM", or front the function with API Gateway or CloudFront and an authorizer.',
    links: [
      awsDoc('aws_lambda_function_url', 'authorization_type'),
      { title: 'Security and auth model for Lambda function URLs', url: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html' },
    ],
  },
  messages: {
    noAuth: 'authorization_type = "NONE" lets anyone on the internet invoke this function.',
  },
  examples: {
    bad: 'resource "aws_lambda_function_url" "api" {\n  function_name      = aws_lambda_function.api.function_name\n  authorization_type = "NONE"\n}\n',
    good: 'resource "aws_lambda_function_url" "api" {\n  function_name      = aws_lambda_function.api.function_name\n  authorization_type = "AWS_IAM"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_lambda_function_url'],
    path: 'authorization_type',
    compliant: (value) => {
      const type = asString(value)?.trim().toUpperCase();
      return type === undefined ? undefined : type !== 'NONE';
    },
    // The argument is required: a configuration without it does not plan.
    absent: 'compliant',
    messages: { insecure: 'noAuth', missing: 'noAuth' },
    // A suggestion: callers that do not sign their requests stop working.
    remedy: { value: 'AWS_IAM', title: 'Set authorization_type = "AWS_IAM"', kind: 'suggest' },
  }),
});

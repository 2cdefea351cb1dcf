import { defineRule } from '../api';
import { environmentMapCheck, literalSecretRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-035',
  title: 'Do not put secrets in Lambda environment variables',
  ...literalSecretRule(),
  docs: {
    rationale:
      'Environment variables of a Lambda function are part of its configuration: a password, token or access key written ' +
      'there as a literal, a variable default or a tfvars entry is committed with the code, kept in the state, and shown ' +
      'to everyone who may call lambda:GetFunctionConfiguration. A variable is reported when its value has a known ' +
      'credential format, or when its name says it holds a secret and its value is not a placeholder, a path or an ARN; ' +
      'values known only at apply time are not reported.',
    remediation:
      'Keep the secret in Secrets Manager or SSM Parameter Store, pass only its name or ARN in the environment, and read ' +
      'it at run time (the AWS Parameters and Secrets Lambda Extension caches it); give the function a role instead of ' +
      'access keys.',
    links: [
      { title: 'aws_lambda_function', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#environment' },
      { title: 'Use Secrets Manager secrets in Lambda functions', url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html' },
    ],
  },
  messages: {
    secret: 'Environment variable {{name}} holds a secret written in the configuration ({{what}}); read it from Secrets Manager at run time.',
  },
  examples: {
    bad: 'resource "aws_lambda_function" "api" {\n  function_name = "api"\n\n  environment {\n    variables = {\n      DB_PASSWORD = "Tr0ub4dor&3"\n    }\n  }\n}\n',
    good: 'resource "aws_lambda_function" "api" {\n  function_name = "api"\n\n  environment {\n    variables = {\n      DB_SECRET_ARN = aws_secretsmanager_secret.db.arn\n    }\n  }\n}\n',
  },
  check: environmentMapCheck(['aws_lambda_function'], 'environment.variables', 'secret'),
});

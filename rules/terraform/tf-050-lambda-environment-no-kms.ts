import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-050',
  title: 'Encrypt Lambda environment variables with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'Lambda encrypts environment variables at rest with the AWS managed aws/lambda key unless kms_key_arn names another: everyone who may call lambda:GetFunctionConfiguration then reads them decrypted, and the key\'s policy cannot narrow that. A customer-managed key makes reading the variables a permission of its own. They are encrypted either way, which is why this is only in the strict preset; functions without environment variables are not reported.',
    remediation: 'Set kms_key_arn to a customer-managed KMS key that the function\'s role may use for kms:Decrypt.',
    links: [
      { title: 'aws_lambda_function', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#kms_key_arn' },
      { title: 'Securing Lambda environment variables', url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html' },
    ],
  },
  messages: {
    empty: 'kms_key_arn is empty: environment variables use the AWS managed aws/lambda key.',
    missing: 'This function has environment variables but no kms_key_arn, so they are encrypted with the AWS managed key only.',
  },
  examples: {
    bad: 'resource "aws_lambda_function" "main" {\n  function_name = "api"\n\n  environment {\n    variables = { STAGE = "prod" }\n  }\n}\n',
    good: 'resource "aws_lambda_function" "main" {\n  function_name = "api"\n\n  environment {\n    variables = { STAGE = "prod" }\n  }\n  kms_key_arn = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_lambda_function'], 'kms_key_arn', { insecure: 'empty', missing: 'missing' },
    {
      // A dynamic environment block from an unknown collection may hold no variables at all.
      absent: ({ resource }) => (resource.blocks('environment').length > 0 ? 'insecure' : resource.hasUnknownBlocks('environment') ? 'unknown' : 'compliant'),
    }),
});

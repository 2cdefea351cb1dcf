import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-055',
  title: 'Encrypt CodeBuild output with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'CodeBuild encrypts build output artifacts, caches and logs in S3 with the AWS managed aws/s3 key unless encryption_key names another. Anyone who can read the bucket can then read the artifacts, with no key policy in between. They are encrypted either way, which is why this is only in the strict preset.',
    remediation: 'Set encryption_key to a customer-managed KMS key that the service role may use.',
    links: [
      { title: 'aws_codebuild_project', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#encryption_key' },
      { title: 'Data encryption in AWS CodeBuild', url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html' },
    ],
  },
  messages: {
    empty: 'encryption_key is empty: build output uses the AWS managed aws/s3 key.',
    missing: 'This project sets no encryption_key, so its build output is encrypted with the AWS managed aws/s3 key.',
  },
  examples: {
    bad: 'resource "aws_codebuild_project" "main" {\n  name         = "app"\n  service_role = aws_iam_role.build.arn\n}\n',
    good: 'resource "aws_codebuild_project" "main" {\n  name         = "app"\n  service_role = aws_iam_role.build.arn\n  encryption_key = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_codebuild_project'], 'encryption_key', { insecure: 'empty', missing: 'missing' }),
});

import { defineRule } from '../api';
import { awsDoc, publicEndpointRule, publicPolicyCheck } from '../shared/aws-network';

export default defineRule({
  id: 'TF-327',
  title: 'Do not grant access to everyone in KMS key policies',
  ...publicEndpointRule({ severity: 'critical' }),
  docs: {
    rationale:
      'A key policy statement that allows Principal "*" (or AWS = "*") without a condition lets any AWS account use, and ' +
      'depending on the actions manage, the key: data encrypted with it is no longer protected by who may decrypt. Key ' +
      'policies that name the account root or restrict "*" with kms:CallerAccount or kms:ViaService are accepted. Policies ' +
      'are read on aws_kms_key, aws_kms_key_policy and in aws_iam_policy_document data sources used by them.',
    remediation: 'Name the account (arn:aws:iam::<account>:root) or the roles that use the key, or add a condition on kms:CallerAccount, kms:ViaService or aws:PrincipalOrgID.',
    links: [
      awsDoc('aws_kms_key', 'policy'),
      awsDoc('aws_kms_key_policy'),
      { title: 'Key policies in AWS KMS', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html' },
    ],
  },
  messages: {
    public: 'This statement allows everyone ("*") without a condition to use this KMS key.',
  },
  examples: {
    bad:
      'resource "aws_kms_key" "data" {\n  policy = jsonencode({\n' +
      '    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "kms:*", Resource = "*" }]\n  })\n}\n',
    good:
      'resource "aws_kms_key" "data" {\n  policy = jsonencode({\n' +
      '    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "kms:*", Resource = "*" }]\n  })\n}\n',
  },
  check: publicPolicyCheck({ types: ['aws_kms_key', 'aws_kms_key_policy'] }, 'public'),
});

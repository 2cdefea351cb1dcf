import { defineRule } from '../api';
import { awsDoc, publicEndpointRule, publicPolicyCheck } from '../shared/aws-network';

export default defineRule({
  id: 'TF-329',
  title: 'Do not grant access to everyone in Secrets Manager resource policies',
  ...publicEndpointRule({ severity: 'critical' }),
  docs: {
    rationale:
      'A secret whose resource policy allows Principal "*" without a condition can be read by principals of any AWS ' +
      'account that are allowed to call Secrets Manager, which defeats keeping the value in a secret manager at all. ' +
      'Conditions such as aws:PrincipalOrgID or aws:SourceVpce are accepted. Policies are read on ' +
      'aws_secretsmanager_secret_policy, the inline policy of aws_secretsmanager_secret and in aws_iam_policy_document ' +
      'data sources used by them.',
    remediation: 'Name the roles that read the secret, or add a condition on aws:PrincipalOrgID or aws:SourceVpce; set block_public_policy = true on aws_secretsmanager_secret_policy.',
    links: [
      awsDoc('aws_secretsmanager_secret_policy'),
      { title: 'Resource-based policies for Secrets Manager', url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html' },
    ],
  },
  messages: {
    public: 'This statement allows everyone ("*") without a condition to use this secret.',
  },
  examples: {
    bad:
      'resource "aws_secretsmanager_secret_policy" "db" {\n  secret_arn = aws_secretsmanager_secret.db.arn\n  policy = jsonencode({\n' +
      '    Statement = [{ Effect = "Allow", Principal = "*", Action = "secretsmanager:GetSecretValue", Resource = "*" }]\n  })\n}\n',
    good:
      'resource "aws_secretsmanager_secret_policy" "db" {\n  secret_arn = aws_secretsmanager_secret.db.arn\n  policy = jsonencode({\n' +
      '    Statement = [{ Effect = "Allow", Principal = { AWS = aws_iam_role.app.arn }, Action = "secretsmanager:GetSecretValue", Resource = "*" }]\n  })\n}\n',
  },
  check: publicPolicyCheck({ types: ['aws_secretsmanager_secret_policy', 'aws_secretsmanager_secret'] }, 'public'),
});

import rule from '../../../rules/terraform/tf-329-secrets-manager-policy-public';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (statement: string) =>
  `resource "aws_secretsmanager_secret_policy" "db" {\n  secret_arn = aws_secretsmanager_secret.db.arn\n  policy = jsonencode({\n    Statement = [{ ${statement} }]\n  })\n}\n`;
const read = 'Action = "secretsmanager:GetSecretValue", Resource = "*"';

ruleTester(rule, {
  good: [
    { name: 'a role', code: policy(`Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/app" }, ${read}`) },
    { name: 'everyone in the organisation', code: policy(`Effect = "Allow", Principal = "*", ${read}, Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-123" } }`) },
    { name: 'everyone denied', code: policy(`Effect = "Deny", Principal = "*", ${read}`) },
  ],
  bad: [
    { name: 'everyone may read', code: policy(`Effect = "Allow", Principal = "*", ${read}`), findings: [{ messageId: 'public', line: 4, column: 50, endColumn: 53 }] },
    {
      name: 'inline policy on the secret',
      code: 'resource "aws_secretsmanager_secret" "db" {\n  name   = "db"\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "secretsmanager:*", Resource = "*" }] })\n}\n',
      findings: [{ messageId: 'public', line: 3, column: 78, endColumn: 81 }],
    },
  ],
});

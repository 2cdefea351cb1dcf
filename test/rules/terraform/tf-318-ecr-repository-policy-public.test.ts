import rule from '../../../rules/terraform/tf-318-ecr-repository-policy-public';
import { ruleTester } from '../../helpers/rule-tester';

const repositoryPolicy = (statement: string) =>
  `resource "aws_ecr_repository_policy" "app" {\n  repository = aws_ecr_repository.app.name\n  policy = jsonencode({\n    Statement = [{ ${statement} }]\n  })\n}\n`;
const pull = 'Action = ["ecr:BatchGetImage"]';

ruleTester(rule, {
  good: [
    { name: 'one account', code: repositoryPolicy(`Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, ${pull}`) },
    { name: 'everyone in the organisation', code: repositoryPolicy(`Effect = "Allow", Principal = "*", ${pull}, Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-123" } }`) },
    { name: 'Lambda service pull', code: repositoryPolicy(`Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, ${pull}`) },
  ],
  bad: [
    { name: 'pull for everyone', code: repositoryPolicy(`Effect = "Allow", Principal = "*", ${pull}`), findings: [{ messageId: 'public', line: 4, column: 50, endColumn: 53 }] },
    { name: 'AWS list with "*"', code: repositoryPolicy(`Effect = "Allow", Principal = { AWS = ["arn:aws:iam::123456789012:root", "*"] }, ${pull}`), findings: [{ messageId: 'public', line: 4, column: 93, endColumn: 96 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ecr_repository_policy": {\n      "app": { "repository": "app", "policy": "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"ecr:*\\"}]}" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'public', line: 4 }],
    },
  ],
});

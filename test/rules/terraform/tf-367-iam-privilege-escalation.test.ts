import rule from '../../../rules/terraform/tf-367-iam-privilege-escalation';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (statement: string) =>
  `resource "aws_iam_policy" "p" {\n  name = "p"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [${statement}]\n  })\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'PassRole on one role', code: policy('{ Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::1:role/app" }') },
    { name: 'PassRole with a condition', code: policy('{ Effect = "Allow", Action = "iam:PassRole", Resource = "*", Condition = { StringEquals = { "iam:PassedToService" = "ecs-tasks.amazonaws.com" } } }') },
    { name: 'read-only IAM actions', code: policy('{ Effect = "Allow", Action = ["iam:Get*", "iam:List*"], Resource = "*" }') },
    { name: 'Deny', code: policy('{ Effect = "Deny", Action = "iam:PassRole", Resource = "*" }') },
    { name: 'iam:* is reported by TF-007', code: policy('{ Effect = "Allow", Action = "iam:*", Resource = "*" }') },
    { name: 'trust policy statement with a principal', code: 'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions   = ["iam:PassRole"]\n    resources = ["*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::1:root"]\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'PassRole on every resource',
      code: policy('{ Effect = "Allow", Action = ["iam:PassRole"], Resource = "*" }'),
      findings: [{ messageId: 'escalation', line: 5, column: 48, endColumn: 62 }],
    },
    {
      name: 'wildcard over policy writes',
      code: policy('{ Effect = "Allow", Action = ["iam:Put*Policy", "s3:GetObject"], Resource = ["*"] }'),
      findings: [{ messageId: 'escalation', line: 5, column: 48, endColumn: 64 }],
    },
    {
      name: 'policy document data source',
      code: 'data "aws_iam_policy_document" "ci" {\n  statement {\n    actions   = ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion"]\n    resources = ["*"]\n  }\n}\n',
      findings: [{ messageId: 'escalation', line: 3, column: 18, endColumn: 43 }, { messageId: 'escalation', line: 3, column: 45, endColumn: 74 }],
    },
    {
      name: 'inline role policy in a heredoc',
      trailingSpaceVariant: false,
      code: 'resource "aws_iam_role_policy" "p" {\n  role   = "r"\n  policy = <<EOF\n{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "iam:AttachRolePolicy", "Resource": "*"}}\nEOF\n}\n',
      findings: [{ messageId: 'escalation', line: 4, column: 70, endColumn: 92 }],
    },
  ],
});

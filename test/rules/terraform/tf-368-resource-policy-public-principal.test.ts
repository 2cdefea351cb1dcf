import rule from '../../../rules/terraform/tf-368-resource-policy-public-principal';
import { ruleTester } from '../../helpers/rule-tester';

const role = (statement: string) =>
  `resource "aws_iam_role" "r" {\n  name = "r"\n  assume_role_policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [${statement}]\n  })\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'named account', code: role('{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::1:root" } }') },
    { name: 'service principal', code: role('{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }') },
    { name: 'everyone with an organization condition', code: role('{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" }, Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-1" } } }') },
    { name: 'Deny to everyone', code: role('{ Effect = "Deny", Action = "sts:AssumeRole", Principal = "*" }') },
    {
      name: 'bucket policy document is not in scope',
      code: 'data "aws_iam_policy_document" "b" {\n  statement {\n    actions = ["s3:GetObject"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n  }\n}\n\nresource "aws_s3_bucket_policy" "b" {\n  bucket = "b"\n  policy = data.aws_iam_policy_document.b.json\n}\n',
    },
  ],
  bad: [
    {
      name: 'trust policy for every AWS principal',
      code: role('{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" } }'),
      findings: [{ messageId: 'everyone', line: 5, column: 85, endColumn: 88 }],
    },
    {
      name: 'Principal "*" in a KMS key policy',
      code: 'resource "aws_kms_key" "k" {\n  policy = jsonencode({\n    Statement = [{ Effect = "Allow", Action = "kms:*", Resource = "*", Principal = "*" }]\n  })\n}\n',
      findings: [{ messageId: 'everyone', line: 3, column: 84, endColumn: 87 }],
    },
    {
      name: 'ECR repository policy from a document',
      code: 'data "aws_iam_policy_document" "repo" {\n  statement {\n    actions = ["ecr:BatchGetImage"]\n    principals {\n      type        = "AWS"\n      identifiers = ["*"]\n    }\n  }\n}\n\nresource "aws_ecr_repository_policy" "repo" {\n  repository = "app"\n  policy     = data.aws_iam_policy_document.repo.json\n}\n',
      findings: [{ messageId: 'everyone', line: 6, column: 22, endColumn: 25 }],
    },
  ],
});

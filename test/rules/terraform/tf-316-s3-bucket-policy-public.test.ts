import rule from '../../../rules/terraform/tf-316-s3-bucket-policy-public';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (statement: string) =>
  `resource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n${statement}    }]\n  })\n}\n`;
const getObject = '      Action    = "s3:GetObject"\n      Resource  = "arn:aws:s3:::site/*"\n';
const document = (principal: string, extra = '') =>
  `data "aws_iam_policy_document" "site" {\n  statement {\n    actions   = ["s3:GetObject"]\n    resources = ["arn:aws:s3:::site/*"]\n\n    principals {\n${principal}    }\n${extra}  }\n}\n`;
const user = 'resource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = data.aws_iam_policy_document.site.json\n}\n';

ruleTester(rule, {
  good: [
    { name: 'a service principal', code: policy(`      Effect    = "Allow"\n      Principal = { Service = "cloudfront.amazonaws.com" }\n${getObject}`) },
    { name: 'everyone denied', code: policy(`      Effect    = "Deny"\n      Principal = "*"\n${getObject}`) },
    {
      name: 'everyone with a condition',
      code: policy(`      Effect    = "Allow"\n      Principal = "*"\n${getObject}      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-1" } }\n`),
    },
    { name: 'an account', code: policy(`      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::123456789012:root" }\n${getObject}`) },
    { name: 'policy not known before apply', code: 'resource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = var.policy\n}\n' },
    {
      name: 'document with a condition, used by a bucket policy',
      code: document('      type        = "*"\n      identifiers = ["*"]\n', '\n    condition {\n      test     = "StringEquals"\n      variable = "aws:PrincipalOrgID"\n      values   = ["o-123"]\n    }\n'),
      files: { 'policy.tf': user },
    },
    { name: 'public document used by nothing here (an IAM rule reads it)', code: document('      type        = "*"\n      identifiers = ["*"]\n') },
  ],
  bad: [
    { name: 'Principal "*"', code: policy(`      Effect    = "Allow"\n      Principal = "*"\n${getObject}`), findings: [{ messageId: 'public', line: 7, column: 19, endColumn: 22 }] },
    { name: 'Principal AWS "*"', code: policy(`      Effect    = "Allow"\n      Principal = { AWS = "*" }\n${getObject}`), findings: [{ messageId: 'public', line: 7, column: 27, endColumn: 30 }] },
    {
      name: 'heredoc JSON',
      code: 'resource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = <<EOF\n{\n  "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*" }]\n}\nEOF\n}\n',
      trailingSpaceVariant: false,
      findings: [{ messageId: 'public', line: 5, column: 51, endColumn: 54 }],
    },
    {
      name: 'inline policy on a 3.x bucket',
      code: 'resource "aws_s3_bucket" "site" {\n  bucket = "site"\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }] })\n}\n',
      findings: [{ messageId: 'public', line: 3, column: 70, endColumn: 73 }],
    },
    {
      name: 'document used by a bucket policy in another file',
      code: document('      type        = "AWS"\n      identifiers = ["*"]\n'),
      files: { 'policy.tf': user },
      findings: [{ messageId: 'public', line: 8, column: 22, endColumn: 25, related: ['policy.tf:1:1'] }],
    },
  ],
});

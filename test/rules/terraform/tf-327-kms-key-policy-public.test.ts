import rule from '../../../rules/terraform/tf-327-kms-key-policy-public';
import { ruleTester } from '../../helpers/rule-tester';

const key = (statement: string) => `resource "aws_kms_key" "data" {\n  description = "data"\n  policy = jsonencode({\n    Statement = [{ ${statement} }]\n  })\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'account root', code: key('Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "kms:*", Resource = "*"') },
    { name: 'everyone in the account through a service', code: key('Effect = "Allow", Principal = { AWS = "*" }, Action = ["kms:Decrypt"], Resource = "*", Condition = { StringEquals = { "kms:CallerAccount" = "123456789012", "kms:ViaService" = "ec2.eu-west-1.amazonaws.com" } }') },
    { name: 'no policy: the default key policy', code: 'resource "aws_kms_key" "data" {\n  description = "data"\n}\n' },
  ],
  bad: [
    { name: 'everyone on the key', code: key('Effect = "Allow", Principal = { AWS = "*" }, Action = "kms:*", Resource = "*"'), findings: [{ messageId: 'public', line: 4, column: 58, endColumn: 61 }] },
    {
      name: 'separate key policy',
      code: 'resource "aws_kms_key_policy" "data" {\n  key_id = aws_kms_key.data.id\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "kms:Decrypt", Resource = "*" }] })\n}\n',
      findings: [{ messageId: 'public', line: 3, column: 70, endColumn: 73 }],
    },
  ],
});

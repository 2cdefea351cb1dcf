import rule from '../../../rules/terraform/tf-333-efs-policy-public';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (statement: string) =>
  `resource "aws_efs_file_system_policy" "shared" {\n  file_system_id = aws_efs_file_system.shared.id\n  policy = jsonencode({\n    Statement = [{ ${statement} }]\n  })\n}\n`;
const mount = 'Action = ["elasticfilesystem:ClientMount"], Resource = "*"';

ruleTester(rule, {
  good: [
    { name: 'a role', code: policy(`Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/app" }, ${mount}`) },
    { name: 'everyone through one access point', code: policy(`Effect = "Allow", Principal = { AWS = "*" }, ${mount}, Condition = { StringEquals = { "elasticfilesystem:AccessPointArn" = "arn:aws:elasticfilesystem:eu-west-1:123456789012:access-point/fsap-1" } }`) },
    { name: 'deny without TLS', code: policy('Effect = "Deny", Principal = { AWS = "*" }, Action = "*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } }') },
  ],
  bad: [
    { name: 'everyone may mount', code: policy(`Effect = "Allow", Principal = { AWS = "*" }, ${mount}`), findings: [{ messageId: 'public', line: 4, column: 58, endColumn: 61 }] },
    {
      name: 'document used by the file system policy',
      code:
        'data "aws_iam_policy_document" "shared" {\n  statement {\n    actions   = ["elasticfilesystem:ClientMount"]\n    resources = ["*"]\n\n    principals {\n      type        = "AWS"\n      identifiers = ["*"]\n    }\n  }\n}\n',
      files: { 'efs.tf': 'resource "aws_efs_file_system_policy" "shared" {\n  file_system_id = aws_efs_file_system.shared.id\n  policy         = data.aws_iam_policy_document.shared.json\n}\n' },
      findings: [{ messageId: 'public', line: 8, column: 22, endColumn: 25, related: ['efs.tf:1:1'] }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-369-iam-admin-managed-policy';
import { ruleTester } from '../../helpers/rule-tester';

const attachment = (type: string, arn: string) => `resource "${type}" "a" {\n  role       = "ci"\n  policy_arn = ${arn}\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'read-only job function', code: attachment('aws_iam_role_policy_attachment', '"arn:aws:iam::aws:policy/ReadOnlyAccess"') },
    { name: 'customer policy named like an admin one', code: attachment('aws_iam_role_policy_attachment', '"arn:aws:iam::111122223333:policy/AdministratorAccess"') },
    { name: 'partition not known', code: attachment('aws_iam_role_policy_attachment', '"arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"') },
    { name: 'policy from a resource', code: attachment('aws_iam_role_policy_attachment', 'aws_iam_policy.ci.arn') },
  ],
  bad: [
    {
      name: 'AdministratorAccess on a role',
      code: attachment('aws_iam_role_policy_attachment', '"arn:aws:iam::aws:policy/AdministratorAccess"'),
      findings: [{ messageId: 'adminPolicy', line: 3, column: 16, endColumn: 61 }],
    },
    {
      name: 'GovCloud IAMFullAccess on a group',
      code: attachment('aws_iam_group_policy_attachment', '"arn:aws-us-gov:iam::aws:policy/IAMFullAccess"'),
      findings: [{ messageId: 'adminPolicy', line: 3, column: 16, endColumn: 62 }],
    },
    {
      name: 'managed_policy_arns of a role',
      code: 'resource "aws_iam_role" "r" {\n  name                = "r"\n  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/PowerUserAccess"]\n}\n',
      findings: [{ messageId: 'adminPolicy', line: 3, column: 68, endColumn: 109 }],
    },
    {
      name: 'from a variable default, for_each',
      code: 'resource "aws_iam_user_policy_attachment" "a" {\n  for_each   = toset(["alice"])\n  user       = each.key\n  policy_arn = var.policy\n}\n',
      files: { 'variables.tf': 'variable "policy" {\n  default = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n' },
      findings: [{ messageId: 'adminPolicy', line: 4, column: 16, endColumn: 26, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_iam_policy_attachment": {"a": {"policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"}}}}\n',
      findings: [{ messageId: 'adminPolicy', line: 1, column: 65, endColumn: 110 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-027-iam-access-key';
import { ruleTester } from '../../helpers/rule-tester';

const key = (body: string) => `resource "aws_iam_access_key" "ci" {\n  user = aws_iam_user.ci.name\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'no access key, a role', code: 'resource "aws_iam_role" "ci" {\n  name = "ci"\n}\n' },
    { name: 'inactive key', code: key('  status = "Inactive"\n') },
    { name: 'status not known before apply', code: key('  status = var.status\n') },
    { name: 'count = 0', code: key('  count = 0\n') },
    { name: 'created only when a variable without a value says so', code: key('  count = var.create_key ? 1 : 0\n'), files: { 'variables.tf': 'variable "create_key" {\n  type    = bool\n  default = false\n}\n' } },
  ],
  bad: [
    { name: 'access key for a user', code: key(''), findings: [{ messageId: 'accessKey', line: 1, column: 1, endColumn: 35 }] },
    { name: 'active key with a PGP key: still long-lived', code: key('  pgp_key = "keybase:ci"\n  status  = "Active"\n'), findings: [{ messageId: 'accessKey', line: 1, column: 1, endColumn: 35 }] },
    { name: 'for_each over users', code: 'resource "aws_iam_access_key" "users" {\n  for_each = toset(["a", "b"])\n  user     = each.key\n}\n', findings: [{ messageId: 'accessKey', line: 1, column: 1, endColumn: 38 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_iam_access_key": {"ci": {"user": "ci"}}}}\n',
      findings: [{ messageId: 'accessKey', line: 1, column: 38, endColumn: 42 }],
    },
  ],
});

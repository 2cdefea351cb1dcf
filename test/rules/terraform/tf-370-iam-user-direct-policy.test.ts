import rule from '../../../rules/terraform/tf-370-iam-user-direct-policy';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'group attachment', code: 'resource "aws_iam_group_policy_attachment" "a" {\n  group      = "deployers"\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n' },
    { name: 'policy attachment to roles only', code: 'resource "aws_iam_policy_attachment" "a" {\n  name       = "a"\n  roles      = ["r"]\n  users      = []\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n' },
    { name: 'users not known', code: 'resource "aws_iam_policy_attachment" "a" {\n  name  = "a"\n  users = var.users\n}\n' },
    { name: 'count = 0', code: 'resource "aws_iam_user_policy" "p" {\n  count  = 0\n  user   = "alice"\n  policy = "{}"\n}\n' },
  ],
  bad: [
    {
      name: 'inline user policy',
      code: 'resource "aws_iam_user_policy" "p" {\n  user   = "alice"\n  policy = "{}"\n}\n',
      findings: [{ messageId: 'userPolicy', line: 1, column: 1, endColumn: 35 }],
    },
    {
      name: 'user policy attachment',
      code: 'resource "aws_iam_user_policy_attachment" "a" {\n  user       = "alice"\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n',
      findings: [{ messageId: 'userPolicy', line: 1, column: 1, endColumn: 46 }],
    },
    {
      name: 'policy attachment with users',
      code: 'resource "aws_iam_policy_attachment" "a" {\n  name  = "a"\n  users = ["alice", "bob"]\n}\n',
      findings: [{ messageId: 'usersInAttachment', line: 3, column: 11, endColumn: 27 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_iam_user_policy": {"p": {"user": "alice"}}}}\n',
      findings: [{ messageId: 'userPolicy', line: 1, column: 39, endColumn: 42 }],
    },
  ],
});

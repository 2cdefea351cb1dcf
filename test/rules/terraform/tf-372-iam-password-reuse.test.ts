import rule from '../../../rules/terraform/tf-372-iam-password-reuse';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (body: string) => `resource "aws_iam_account_password_policy" "strict" {\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: '24 remembered', code: policy('  password_reuse_prevention = 24\n') },
    { name: 'not known', code: policy('  password_reuse_prevention = var.reuse\n') },
  ],
  bad: [
    {
      name: 'absent',
      code: policy('  minimum_password_length = 14\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 52, suggestions: [{ title: 'Prevent password reuse', output: policy('  minimum_password_length = 14\n  password_reuse_prevention = 24\n') }] }],
    },
    {
      name: 'five remembered',
      code: policy('  password_reuse_prevention = 5\n'),
      findings: [{ messageId: 'few', line: 2, column: 31, endColumn: 32, suggestions: [{ output: policy('  password_reuse_prevention = 24\n') }] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_iam_account_password_policy": {"strict": {"password_reuse_prevention": 3}}}}\n',
      findings: [{ messageId: 'few', line: 1, column: 91, endColumn: 92 }],
    },
  ],
});

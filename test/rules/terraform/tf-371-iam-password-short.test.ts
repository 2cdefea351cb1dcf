import rule from '../../../rules/terraform/tf-371-iam-password-short';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (body: string) => `resource "aws_iam_account_password_policy" "strict" {\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: '14 characters', code: policy('  minimum_password_length = 14\n') },
    { name: '32 characters as a string', code: policy('  minimum_password_length = "32"\n') },
    { name: 'not known', code: policy('  minimum_password_length = var.length\n') },
  ],
  bad: [
    {
      name: 'absent',
      code: policy('  require_symbols = true\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 52, suggestions: [{ title: 'Require longer passwords', output: policy('  require_symbols = true\n  minimum_password_length = 14\n') }] }],
    },
    {
      name: 'eight characters',
      code: policy('  minimum_password_length = 8\n'),
      findings: [{ messageId: 'short', line: 2, column: 29, endColumn: 30, suggestions: [{ output: policy('  minimum_password_length = 14\n') }] }],
    },
    {
      name: 'from a variable default',
      code: policy('  minimum_password_length = var.length\n'),
      files: { 'variables.tf': 'variable "length" {\n  default = 12\n}\n' },
      findings: [{ messageId: 'short', line: 2, column: 29, endColumn: 39, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_iam_account_password_policy": {"strict": {"minimum_password_length": 10}}}}\n',
      findings: [{ messageId: 'short', line: 1, column: 89, endColumn: 91 }],
    },
  ],
});

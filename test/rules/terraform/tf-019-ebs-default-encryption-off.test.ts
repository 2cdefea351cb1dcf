import rule from '../../../rules/terraform/tf-019-ebs-default-encryption-off';
import { ruleTester } from '../../helpers/rule-tester';

const setting = (body: string) => `resource "aws_ebs_encryption_by_default" "this" {\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'enabled', code: setting('  enabled = true\n') },
    { name: 'enabled left to its default (true)', code: setting('') },
    { name: 'not known before apply', code: setting('  enabled = var.ebs_default_encryption\n') },
    { name: 'count = 0', code: setting('  count   = 0\n  enabled = false\n') },
    { name: 'JSON syntax, enabled', filename: 'main.tf.json', code: '{"resource": {"aws_ebs_encryption_by_default": {"this": {"enabled": true}}}}\n' },
  ],
  bad: [
    {
      name: 'enabled = false',
      code: setting('  enabled = false\n'),
      findings: [{ messageId: 'disabled', line: 2, column: 13, endColumn: 18, suggestions: [{ title: 'Set enabled = true', output: setting('  enabled = true\n') }] }],
    },
    {
      name: 'false from tfvars',
      code: setting('  enabled = var.on\n'),
      files: { 'variables.tf': 'variable "on" {\n  default = true\n}\n', 'prod.auto.tfvars': 'on = false\n' },
      findings: [{ messageId: 'disabled', line: 2, column: 13, endColumn: 19, related: ['prod.auto.tfvars:1:6'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, false',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_ebs_encryption_by_default": {"this": {"enabled": false}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 69, endColumn: 74, suggestions: [{ output: '{"resource": {"aws_ebs_encryption_by_default": {"this": {"enabled": true}}}}\n' }] }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-013-efs-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const efs = (body: string) => `resource "aws_efs_file_system" "shared" {\n  creation_token = "shared"\n${body}}\n`;
const replaces = 'Set encrypted = true (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'encrypted', code: efs('  encrypted      = true\n') },
    { name: 'encrypted with a customer-managed key', code: efs('  encrypted      = true\n  kms_key_id     = aws_kms_key.efs.arn\n') },
    { name: 'a key without the flag is left to the API', code: efs('  kms_key_id     = aws_kms_key.efs.arn\n') },
    { name: 'encrypted from a variable default', code: efs('  encrypted      = var.encrypted\n'), files: { 'variables.tf': 'variable "encrypted" {\n  default = true\n}\n' } },
    { name: 'for_each over a set, all encrypted', code: efs('  for_each       = toset(["a", "b"])\n  encrypted      = true\n') },
    { name: 'JSON syntax, encrypted', filename: 'main.tf.json', code: '{"resource": {"aws_efs_file_system": {"shared": {"encrypted": true}}}}\n' },
  ],
  bad: [
    {
      name: 'encrypted absent',
      code: efs(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40, suggestions: [{ title: replaces, output: efs('  encrypted = true\n') }] }],
    },
    {
      name: 'encrypted = false',
      code: efs('  encrypted      = false\n'),
      findings: [{ messageId: 'disabled', line: 3, column: 20, endColumn: 25, suggestions: [{ title: replaces, output: efs('  encrypted      = true\n') }] }],
    },
    {
      name: 'false from terraform.tfvars over a true default',
      code: efs('  encrypted      = var.encrypted\n'),
      files: { 'variables.tf': 'variable "encrypted" {\n  default = true\n}\n', 'terraform.tfvars': 'encrypted = false\n' },
      findings: [{ messageId: 'disabled', line: 3, column: 20, endColumn: 33, related: ['terraform.tfvars:1:13'], suggestions: [] }],
    },
    {
      name: 'counted file system',
      code: efs('  count          = var.enabled ? 1 : 0\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40 }],
    },
    {
      name: 'JSON syntax, false',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_efs_file_system": {"shared": {"encrypted": false}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 63, endColumn: 68, suggestions: [{ output: '{"resource": {"aws_efs_file_system": {"shared": {"encrypted": true}}}}\n' }] }],
    },
  ],
});

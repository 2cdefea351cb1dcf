import rule from '../../../rules/terraform/tf-040-workspaces-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const ws = (body: string) => `resource "aws_workspaces_workspace" "dev" {\n  user_name = "dev"\n${body}}\n`;
const both = '  root_volume_encryption_enabled = true\n  user_volume_encryption_enabled = true\n';

ruleTester(rule, {
  good: [
    { name: 'both volumes encrypted', code: ws(both) },
    { name: 'values not known before apply', code: ws('  root_volume_encryption_enabled = var.encrypt\n  user_volume_encryption_enabled = var.encrypt\n') },
    { name: 'JSON syntax, both encrypted', filename: 'main.tf.json', code: '{"resource": {"aws_workspaces_workspace": {"dev": {"root_volume_encryption_enabled": true, "user_volume_encryption_enabled": true}}}}\n' },
  ],
  bad: [
    {
      name: 'neither set',
      code: ws(''),
      findings: [
        { messageId: 'rootMissing', line: 1, column: 1, endColumn: 42, suggestions: [{ title: 'Set root_volume_encryption_enabled = true (the provider replaces the resource)', output: ws('  root_volume_encryption_enabled = true\n') }] },
        { messageId: 'userMissing', line: 1, column: 1, endColumn: 42, suggestions: [{ output: ws('  user_volume_encryption_enabled = true\n') }] },
      ],
    },
    {
      name: 'user volume disabled',
      code: ws('  root_volume_encryption_enabled = true\n  user_volume_encryption_enabled = false\n'),
      findings: [{ messageId: 'userDisabled', line: 4, column: 36, endColumn: 41, suggestions: [{ output: ws(both) }] }],
    },
    {
      name: 'JSON syntax, root disabled',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_workspaces_workspace": {"dev": {"root_volume_encryption_enabled": false, "user_volume_encryption_enabled": true}}}}\n',
      findings: [{ messageId: 'rootDisabled', line: 1, column: 86, endColumn: 91 }],
    },
  ],
});

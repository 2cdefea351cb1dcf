import rule from '../../../rules/terraform/tf-015-redshift-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const dw = (body: string) => `resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n  node_type          = "ra3.xlplus"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'encrypted', code: dw('  encrypted          = true\n') },
    { name: 'absent: left to the API and provider default', code: dw('') },
    { name: 'not known before apply', code: dw('  encrypted          = var.encrypted\n') },
    { name: 'count = 0', code: dw('  count              = 0\n  encrypted          = false\n') },
    { name: 'JSON syntax, encrypted', filename: 'main.tf.json', code: '{"resource": {"aws_redshift_cluster": {"dw": {"encrypted": true}}}}\n' },
  ],
  bad: [
    {
      name: 'encrypted = false',
      code: dw('  encrypted          = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 24, endColumn: 29, suggestions: [{ title: 'Set encrypted = true', output: dw('  encrypted          = true\n') }] }],
    },
    {
      name: 'encrypted = "false" from a variable default',
      code: dw('  encrypted          = var.encrypted\n'),
      files: { 'variables.tf': 'variable "encrypted" {\n  default = "false"\n}\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 24, endColumn: 37, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'for_each over known values: only the unencrypted one',
      code: dw('  for_each           = { prod = true, dev = false }\n  encrypted          = each.value\n'),
      findings: [{ messageId: 'disabled', line: 5, column: 24, endColumn: 34 }],
    },
    {
      name: 'JSON syntax, false',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_redshift_cluster": {"dw": {"encrypted": false}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 60, endColumn: 65, suggestions: [{ output: '{"resource": {"aws_redshift_cluster": {"dw": {"encrypted": true}}}}\n' }] }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-042-memorydb-tls-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "aws_memorydb_cluster" "cache" {\n  name = "cache"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'TLS by default', code: cluster('') },
    { name: 'TLS on', code: cluster('  tls_enabled = true\n') },
    { name: 'null leaves the default', code: cluster('  tls_enabled = null\n') },
    { name: 'not known before apply', code: cluster('  tls_enabled = var.tls\n') },
  ],
  bad: [
    {
      name: 'TLS off',
      code: cluster('  tls_enabled = false\n'),
      findings: [{ messageId: 'disabled', line: 3, column: 17, endColumn: 22, suggestions: [{ title: 'Set tls_enabled = true (the provider replaces the resource)', output: cluster('  tls_enabled = true\n') }] }],
    },
    {
      name: 'TLS off through tfvars',
      code: cluster('  tls_enabled = var.tls\n'),
      files: { 'variables.tf': 'variable "tls" {\n  type = bool\n}\n', 'terraform.tfvars': 'tls = false\n' },
      findings: [{ messageId: 'disabled', line: 3, column: 17, endColumn: 24, related: ['terraform.tfvars:1:7'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_memorydb_cluster": {"cache": {"tls_enabled": false}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 65, endColumn: 70 }],
    },
  ],
});

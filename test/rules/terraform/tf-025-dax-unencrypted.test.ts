import rule from '../../../rules/terraform/tf-025-dax-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const dax = (body: string) => `resource "aws_dax_cluster" "cache" {\n  cluster_name       = "cache"\n  replication_factor = 3\n${body}}\n`;
const title = 'Enable server-side encryption (the provider replaces the resource)';
const sse = (enabled: string) => `  server_side_encryption {\n    enabled = ${enabled}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'encrypted', code: dax(sse('true')) },
    { name: 'not known before apply', code: dax(sse('var.sse')) },
    { name: 'encrypted through a tfvars value', code: dax(sse('var.sse')), files: { 'variables.tf': 'variable "sse" {\n  default = false\n}\n', 'terraform.tfvars': 'sse = true\n' } },
    { name: 'count = 0', code: dax('  count = 0\n') },
    { name: 'JSON syntax, encrypted', filename: 'main.tf.json', code: '{"resource": {"aws_dax_cluster": {"cache": {"server_side_encryption": {"enabled": true}}}}}\n' },
  ],
  bad: [
    {
      name: 'no server_side_encryption block',
      code: dax(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 35, suggestions: [{ title, output: dax(sse('true')) }] }],
    },
    {
      name: 'disabled',
      code: dax(sse('false')),
      findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 20, suggestions: [{ title, output: dax(sse('true')) }] }],
    },
    {
      name: 'disabled by a variable default',
      code: dax(sse('var.sse')),
      files: { 'variables.tf': 'variable "sse" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 22, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, block absent',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_dax_cluster": {"cache": {"replication_factor": 3}}}}\n',
      findings: [{
        messageId: 'missing', line: 1, column: 35, endColumn: 42,
        suggestions: [{ output: '{"resource": {"aws_dax_cluster": {"cache": {"replication_factor": 3, "server_side_encryption": { "enabled": true }}}}}\n' }],
      }],
    },
  ],
});

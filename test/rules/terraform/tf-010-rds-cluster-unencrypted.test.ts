import rule from '../../../rules/terraform/tf-010-rds-cluster-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "aws_rds_cluster" "main" {\n  engine = "aurora-postgresql"\n${body}}\n`;
const replaces = 'Set storage_encrypted = true (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'encrypted', code: cluster('  storage_encrypted = true\n') },
    { name: 'legacy serverless engine mode encrypts by default', code: cluster('  engine_mode = "serverless"\n') },
    { name: 'engine mode not known before apply', code: cluster('  engine_mode = var.mode\n') },
    { name: 'restored from a snapshot', code: cluster('  snapshot_identifier = var.snapshot\n') },
    { name: 'read replica of another cluster', code: cluster('  replication_source_identifier = aws_rds_cluster.primary.arn\n') },
    { name: 'secondary of a global database', code: cluster('  global_cluster_identifier = aws_rds_global_cluster.g.id\n') },
    { name: 'point-in-time restore block', code: cluster('  restore_to_point_in_time {\n    source_cluster_identifier = "main"\n  }\n') },
    { name: 'count = 0', code: cluster('  count = 0\n') },
    { name: 'encrypted through a tfvars value', code: cluster('  storage_encrypted = var.encrypted\n'), files: { 'variables.tf': 'variable "encrypted" {}\n', 'terraform.tfvars': 'encrypted = true\n' } },
    { name: 'JSON syntax, encrypted', filename: 'main.tf.json', code: '{"resource": {"aws_rds_cluster": {"main": {"storage_encrypted": true}}}}\n' },
  ],
  bad: [
    {
      name: 'provisioned cluster without storage_encrypted',
      code: cluster(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34, suggestions: [{ title: replaces, output: cluster('  storage_encrypted = true\n') }] }],
    },
    {
      name: 'explicit provisioned engine mode',
      code: cluster('  engine_mode = "provisioned"\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34 }],
    },
    {
      name: 'storage_encrypted = false',
      code: cluster('  storage_encrypted = false\n'),
      findings: [{ messageId: 'disabled', line: 3, column: 23, endColumn: 28, suggestions: [{ title: replaces, output: cluster('  storage_encrypted = true\n') }] }],
    },
    {
      name: 'false from a variable default',
      code: cluster('  storage_encrypted = var.encrypted\n'),
      files: { 'variables.tf': 'variable "encrypted" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 3, column: 23, endColumn: 36, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'for_each clusters, one unencrypted',
      code: cluster('  for_each          = { a = true, b = false }\n  storage_encrypted = each.value\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 23, endColumn: 33 }],
    },
    {
      name: 'JSON syntax, false',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_rds_cluster": {"main": {"storage_encrypted": false}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 65, endColumn: 70, suggestions: [{ output: '{"resource": {"aws_rds_cluster": {"main": {"storage_encrypted": true}}}}\n' }] }],
    },
  ],
});

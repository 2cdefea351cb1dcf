import rule from '../../../rules/terraform/tf-137-elasticache-no-snapshots';
import { ruleTester } from '../../helpers/rule-tester';

const group = (body: string) => `resource "aws_elasticache_replication_group" "sessions" {\n  replication_group_id = "sessions"\n  description          = "sessions"\n${body}}\n`;
const cluster = (body: string) => `resource "aws_elasticache_cluster" "cache" {\n  cluster_id = "cache"\n${body}}\n`;
const title = 'Keep automatic snapshots for 7 days';

ruleTester(rule, {
  good: [
    { name: 'replication group with snapshots', code: group('  snapshot_retention_limit = 7\n') },
    { name: 'Memcached cluster', code: cluster('  engine = "memcached"\n') },
    { name: 'node of a replication group', code: cluster('  replication_group_id = aws_elasticache_replication_group.sessions.id\n') },
    { name: 'Redis cluster with snapshots', code: cluster('  engine                   = "redis"\n  snapshot_retention_limit = 5\n') },
    { name: 'cluster engine not known', code: cluster('  engine = var.engine\n') },
    { name: 'limit from a variable without a value', code: group('  snapshot_retention_limit = var.days\n'), files: { 'variables.tf': 'variable "days" {}\n' } },
  ],
  bad: [
    {
      name: 'replication group without the limit',
      code: group(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 56, suggestions: [{ title, output: group('  snapshot_retention_limit = 7\n') }] }],
    },
    {
      name: 'replication group with 0',
      code: group('  snapshot_retention_limit = 0\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 30, endColumn: 31, suggestions: [{ title, output: group('  snapshot_retention_limit = 7\n') }] }],
    },
    { name: 'Redis cluster without the limit', code: cluster('  engine = "redis"\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43 }] },
    { name: 'Valkey cluster without the limit', code: cluster('  engine = "valkey"\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_elasticache_replication_group": {\n      "sessions": { "description": "s", "snapshot_retention_limit": 0 }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 69, endColumn: 70 }],
    },
  ],
});

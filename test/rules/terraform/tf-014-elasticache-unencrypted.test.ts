import rule from '../../../rules/terraform/tf-014-elasticache-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const group = (body: string) =>
  `resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id = "cache"\n  description          = "cache"\n${body}}\n`;
const replaces = 'Set at_rest_encryption_enabled = true (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'encrypted', code: group('  at_rest_encryption_enabled = true\n') },
    { name: 'Valkey encrypts by default', code: group('  engine = "valkey"\n') },
    { name: 'engine not known before apply', code: group('  engine = var.engine\n') },
    { name: 'secondary of a global datastore', code: group('  global_replication_group_id = aws_elasticache_global_replication_group.g.global_replication_group_id\n') },
    { name: 'encrypted through a variable', code: group('  at_rest_encryption_enabled = var.encrypt\n'), files: { 'variables.tf': 'variable "encrypt" {\n  type    = bool\n  default = true\n}\n' } },
    { name: 'count = 0', code: group('  count = 0\n') },
    { name: 'JSON syntax, Valkey', filename: 'main.tf.json', code: '{"resource": {"aws_elasticache_replication_group": {"cache": {"engine": "valkey"}}}}\n' },
  ],
  bad: [
    {
      name: 'Redis OSS by default, not encrypted',
      code: group(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 53, suggestions: [{ title: replaces, output: group('  at_rest_encryption_enabled = true\n') }] }],
    },
    {
      name: 'explicit redis engine',
      code: group('  engine = "redis"\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 53 }],
    },
    {
      name: 'explicitly false on Valkey',
      code: group('  engine                     = "valkey"\n  at_rest_encryption_enabled = false\n'),
      findings: [{ messageId: 'disabled', line: 5, column: 32, endColumn: 37, suggestions: [{ title: replaces, output: group('  engine                     = "valkey"\n  at_rest_encryption_enabled = true\n') }] }],
    },
    {
      name: 'engine from a variable default',
      code: group('  engine = var.engine\n'),
      files: { 'variables.tf': 'variable "engine" {\n  default = "redis"\n}\n' },
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 53 }],
    },
    {
      name: 'for_each groups: each reported once at the header',
      code: group('  for_each = toset(["a", "b"])\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 53 }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_elasticache_replication_group": {"cache": {"engine": "redis"}}}}\n',
      findings: [{
        messageId: 'missing', line: 1, column: 53, endColumn: 60,
        suggestions: [{ output: '{"resource": {"aws_elasticache_replication_group": {"cache": {"engine": "redis", "at_rest_encryption_enabled": true}}}}\n' }],
      }],
    },
  ],
});

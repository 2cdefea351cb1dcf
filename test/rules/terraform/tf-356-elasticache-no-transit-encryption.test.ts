import rule from '../../../rules/terraform/tf-356-elasticache-no-transit-encryption';
import { ruleTester } from '../../helpers/rule-tester';

const group = (body: string) =>
  `resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id = "cache"\n  description          = "cache"\n${body}}\n`;
const title = 'Enable encryption in transit';

ruleTester(rule, {
  good: [
    { name: 'enabled', code: group('  transit_encryption_enabled = true\n') },
    { name: 'enabled as a string', code: group('  transit_encryption_enabled = "true"\n') },
    { name: 'not known', code: group('  transit_encryption_enabled = var.tls\n') },
    { name: 'secondary of a global datastore', code: group('  global_replication_group_id = aws_elasticache_global_replication_group.g.global_replication_group_id\n') },
  ],
  bad: [
    {
      name: 'absent',
      code: group(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 53, suggestions: [{ title, output: group('  transit_encryption_enabled = true\n') }] }],
    },
    {
      name: 'explicitly false',
      code: group('  transit_encryption_enabled = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 32, endColumn: 37, suggestions: [{ title, output: group('  transit_encryption_enabled = true\n') }] }],
    },
    {
      name: 'false from a variable default, count',
      code: group('  count                      = 2\n  transit_encryption_enabled = var.tls\n'),
      files: { 'variables.tf': 'variable "tls" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 5, column: 32, endColumn: 39, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_elasticache_replication_group": {"cache": {"description": "cache"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 53, endColumn: 60, suggestions: [{ output: '{"resource": {"aws_elasticache_replication_group": {"cache": {"description": "cache", "transit_encryption_enabled": true}}}}\n' }] }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-277-memorystore-redis-no-auth';
import { ruleTester } from '../../helpers/rule-tester';

const redis = (body: string) => `resource "google_redis_instance" "cache" {\n  name           = "cache"\n  memory_size_gb = 1\n${body}}\n`;
const cluster = (body: string) => `resource "google_redis_cluster" "cache" {\n  name        = "cache"\n  shard_count = 3\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'AUTH on', code: redis('  auth_enabled = true\n') },
    { name: 'cluster with IAM', code: cluster('  authorization_mode = "AUTH_MODE_IAM_AUTH"\n') },
    { name: 'not known before apply', code: redis('  auth_enabled = var.auth\n') },
  ],
  bad: [
    { name: 'absent', code: redis(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 41, suggestions: [{ title: 'Set auth_enabled = true', output: redis('  auth_enabled = true\n') }] }] },
    { name: 'off', code: redis('  auth_enabled = false\n'), findings: [{ messageId: 'disabled', line: 4, column: 18, endColumn: 23 }] },
    { name: 'cluster without IAM', code: cluster('  authorization_mode = "AUTH_MODE_DISABLED"\n'), findings: [{ messageId: 'disabled', line: 4 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_redis_cluster": {"c": {"name": "c"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});

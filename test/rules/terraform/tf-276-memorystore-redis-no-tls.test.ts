import rule from '../../../rules/terraform/tf-276-memorystore-redis-no-tls';
import { ruleTester } from '../../helpers/rule-tester';

const redis = (body: string) => `resource "google_redis_instance" "cache" {\n  name           = "cache"\n  memory_size_gb = 1\n${body}}\n`;
const cluster = (body: string) => `resource "google_redis_cluster" "cache" {\n  name        = "cache"\n  shard_count = 3\n${body}}\n`;
const title = 'Set transit_encryption_mode = "SERVER_AUTHENTICATION" (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'server authentication', code: redis('  transit_encryption_mode = "SERVER_AUTHENTICATION"\n') },
    { name: 'cluster with TLS', code: cluster('  transit_encryption_mode = "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"\n') },
    { name: 'not known before apply', code: redis('  transit_encryption_mode = var.tls\n') },
  ],
  bad: [
    { name: 'absent', code: redis(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 41, suggestions: [{ title, output: redis('  transit_encryption_mode = "SERVER_AUTHENTICATION"\n') }] }] },
    { name: 'disabled', code: redis('  transit_encryption_mode = "DISABLED"\n'), findings: [{ messageId: 'disabled', line: 4, column: 29, endColumn: 39, suggestions: [{ title, output: redis('  transit_encryption_mode = "SERVER_AUTHENTICATION"\n') }] }] },
    { name: 'cluster without TLS', code: cluster(''), findings: [{ messageId: 'missing', line: 1 }] },
    { name: 'cluster disabled', code: cluster('  transit_encryption_mode = "TRANSIT_ENCRYPTION_MODE_DISABLED"\n'), findings: [{ messageId: 'disabled', line: 4 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_redis_instance": {"cache": {"name": "cache", "memory_size_gb": 1}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});

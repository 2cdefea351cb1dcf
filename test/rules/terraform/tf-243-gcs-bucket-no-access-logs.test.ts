import rule from '../../../rules/terraform/tf-243-gcs-bucket-no-access-logs';
import { ruleTester } from '../../helpers/rule-tester';

const bucket = (body: string) => `resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'log bucket set', code: bucket('  logging {\n    log_bucket = "acme-logs"\n  }\n') },
    { name: 'log bucket from another resource', code: bucket('  logging {\n    log_bucket = google_storage_bucket.logs.name\n  }\n') },
    { name: 'logging from a dynamic block not known before apply', code: bucket('  dynamic "logging" {\n    for_each = var.log_bucket == null ? [] : [var.log_bucket]\n    content {\n      log_bucket = logging.value\n    }\n  }\n') },
    { name: 'override file', filename: 'bucket_override.tf', code: bucket('') },
  ],
  bad: [
    { name: 'no logging block', code: bucket(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40 }] },
    { name: 'empty log bucket', code: bucket('  logging {\n    log_bucket = ""\n  }\n'), findings: [{ messageId: 'empty', line: 5, column: 18, endColumn: 20 }] },
    { name: 'count instances', code: bucket('  count = 2\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40 }] },
    {
      name: 'dynamic block over an empty list',
      code: bucket('  dynamic "logging" {\n    for_each = []\n    content {\n      log_bucket = "x"\n    }\n  }\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40 }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_storage_bucket": {"data": {"name": "d"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 41, endColumn: 47 }] },
  ],
});

import rule from '../../../rules/terraform/tf-284-gcs-bucket-no-cmek';
import { ruleTester } from '../../helpers/rule-tester';

const bucket = (body: string) => `resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'default key', code: bucket('  encryption {\n    default_kms_key_name = google_kms_crypto_key.data.id\n  }\n') },
    { name: 'key from a variable', code: bucket('  encryption {\n    default_kms_key_name = var.key\n  }\n') },
  ],
  bad: [
    { name: 'absent', code: bucket(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40 }] },
    { name: 'empty', code: bucket('  encryption {\n    default_kms_key_name = ""\n  }\n'), findings: [{ messageId: 'empty', line: 5, column: 28, endColumn: 30 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_storage_bucket": {"data": {"name": "d"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});

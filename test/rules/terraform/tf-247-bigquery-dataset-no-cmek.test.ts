import rule from '../../../rules/terraform/tf-247-bigquery-dataset-no-cmek';
import { ruleTester } from '../../helpers/rule-tester';

const dataset = (body: string) => `resource "google_bigquery_dataset" "sales" {\n  dataset_id = "sales"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'default key', code: dataset('  default_encryption_configuration {\n    kms_key_name = google_kms_crypto_key.bq.id\n  }\n') },
    { name: 'key from a variable', code: dataset('  default_encryption_configuration {\n    kms_key_name = var.key\n  }\n') },
  ],
  bad: [
    { name: 'absent', code: dataset(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43 }] },
    { name: 'empty key', code: dataset('  default_encryption_configuration {\n    kms_key_name = ""\n  }\n'), findings: [{ messageId: 'empty', line: 4, column: 20, endColumn: 22 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_bigquery_dataset": {"sales": {"dataset_id": "sales"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 43, endColumn: 50 }] },
  ],
});

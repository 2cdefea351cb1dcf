import rule from '../../../rules/terraform/tf-285-bigquery-table-no-cmek';
import { ruleTester } from '../../helpers/rule-tester';

const dataset = (body = '') => `resource "google_bigquery_dataset" "sales" {\n  dataset_id = "sales"\n${body}}\n\n`;
const keyed = dataset('  default_encryption_configuration {\n    kms_key_name = var.key\n  }\n');
const table = (body = '', id = 'google_bigquery_dataset.sales.dataset_id') => `resource "google_bigquery_table" "orders" {\n  dataset_id = ${id}\n  table_id   = "orders"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'dataset default key', code: keyed + table() },
    { name: 'table key', code: dataset() + table('  encryption_configuration {\n    kms_key_name = var.key\n  }\n') },
    { name: 'dataset outside the module', code: table('', 'var.dataset') },
    { name: 'view', code: dataset() + table('  view {\n    query          = "SELECT 1"\n    use_legacy_sql = false\n  }\n') },
    { name: 'dataset by literal id with a key', code: keyed + table('', '"sales"') },
  ],
  bad: [
    { name: 'neither has a key', code: dataset() + table(), findings: [{ messageId: 'missing', line: 6, column: 16, endColumn: 56, related: [':1:1'] }] },
    { name: 'dataset by literal id', code: dataset() + table('', '"sales"'), findings: [{ messageId: 'missing', line: 6, column: 16, endColumn: 23 }] },
    { name: 'dataset in another file', code: table(), files: { 'datasets.tf': dataset() }, findings: [{ messageId: 'missing', line: 2, related: ['datasets.tf:1:1'] }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_bigquery_dataset": {"sales": {"dataset_id": "sales"}}, "google_bigquery_table": {"orders": {"dataset_id": "sales", "table_id": "orders"}}}}\n',
      findings: [{ messageId: 'missing', line: 1 }],
    },
  ],
});

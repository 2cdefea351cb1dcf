import rule from '../../../rules/terraform/tf-244-gcs-bucket-versioning-off';
import { ruleTester } from '../../helpers/rule-tester';

const bucket = (body: string) => `resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n${body}}\n`;
const versioning = (enabled: string) => `  versioning {\n    enabled = ${enabled}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'enabled', code: bucket(versioning('true')) },
    { name: 'not known before apply', code: bucket(versioning('var.versioning')) },
    { name: 'enabled through a variable', code: bucket(versioning('var.versioning')), files: { 'variables.tf': 'variable "versioning" {\n  default = true\n}\n' } },
  ],
  bad: [
    { name: 'no versioning block', code: bucket(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40, suggestions: [{ title: 'Set enabled = true', output: bucket(versioning('true')) }] }] },
    { name: 'disabled', code: bucket(versioning('false')), findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 20, suggestions: [{ output: bucket(versioning('true')) }] }] },
    {
      name: 'JSON syntax, disabled',
      filename: 'main.tf.json',
      code: '{"resource": {"google_storage_bucket": {"data": {"name": "d", "versioning": {"enabled": false}}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 89, endColumn: 94, suggestions: [{ output: '{"resource": {"google_storage_bucket": {"data": {"name": "d", "versioning": {"enabled": true}}}}}\n' }] }],
    },
  ],
});

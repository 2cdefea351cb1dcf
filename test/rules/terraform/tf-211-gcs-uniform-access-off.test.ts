import rule from '../../../rules/terraform/tf-211-gcs-uniform-access-off';
import { ruleTester } from '../../helpers/rule-tester';

const bucket = (body: string) => `resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n${body}}\n`;
const title = 'Set uniform_bucket_level_access = true';

ruleTester(rule, {
  good: [
    { name: 'enabled', code: bucket('  uniform_bucket_level_access = true\n') },
    { name: 'not known before apply', code: bucket('  uniform_bucket_level_access = var.ubla\n') },
    { name: 'enabled through tfvars', code: bucket('  uniform_bucket_level_access = var.ubla\n'), files: { 'variables.tf': 'variable "ubla" {\n  default = false\n}\n', 'terraform.tfvars': 'ubla = true\n' } },
    { name: 'count = 0', code: bucket('  count = 0\n') },
    { name: 'override file', filename: 'bucket_override.tf', code: bucket('') },
    { name: 'JSON syntax, enabled', filename: 'main.tf.json', code: '{"resource": {"google_storage_bucket": {"data": {"name": "d", "uniform_bucket_level_access": true}}}}\n' },
  ],
  bad: [
    { name: 'absent', code: bucket(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40, suggestions: [{ title, output: bucket('  uniform_bucket_level_access = true\n') }] }] },
    { name: 'false', code: bucket('  uniform_bucket_level_access = false\n'), findings: [{ messageId: 'disabled', line: 4, column: 33, endColumn: 38, suggestions: [{ title, output: bucket('  uniform_bucket_level_access = true\n') }] }] },
    {
      name: 'false from a variable default',
      code: bucket('  uniform_bucket_level_access = var.ubla\n'),
      files: { 'variables.tf': 'variable "ubla" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 33, endColumn: 41, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_storage_bucket": {\n      "data": {\n        "name": "d"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 13, suggestions: [{ output: '{\n  "resource": {\n    "google_storage_bucket": {\n      "data": {\n        "name": "d",\n        "uniform_bucket_level_access": true\n      }\n    }\n  }\n}\n' }] }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-246-bigquery-dataset-public';
import { ruleTester } from '../../helpers/rule-tester';

const dataset = (access: string) => `resource "google_bigquery_dataset" "sales" {\n  dataset_id = "sales"\n${access}}\n`;
const access = (body: string) => `  access {\n    role = "READER"\n${body}  }\n`;

ruleTester(rule, {
  good: [
    { name: 'group access', code: dataset(access('    group_by_email = "analysts@example.com"\n')) },
    { name: 'project readers', code: dataset(access('    special_group = "projectReaders"\n')) },
    { name: 'member not known before apply', code: dataset(access('    iam_member = var.member\n')) },
    { name: 'access entries from a dynamic block not known before apply', code: dataset('  dynamic "access" {\n    for_each = var.access\n    content {\n      role          = "READER"\n      special_group = access.value\n    }\n  }\n') },
    { name: 'access resource for a user', code: 'resource "google_bigquery_dataset_access" "a" {\n  dataset_id    = "sales"\n  role          = "READER"\n  user_by_email = "a@example.com"\n}\n' },
  ],
  bad: [
    { name: 'all authenticated users', code: dataset(access('    special_group = "allAuthenticatedUsers"\n')), findings: [{ messageId: 'public', line: 5, column: 21, endColumn: 44 }] },
    { name: 'allUsers as IAM member', code: dataset(access('    iam_member = "allUsers"\n')), findings: [{ messageId: 'public', line: 5, column: 18, endColumn: 28 }] },
    {
      name: 'access resource',
      code: 'resource "google_bigquery_dataset_access" "a" {\n  dataset_id    = "sales"\n  role          = "READER"\n  special_group = "allAuthenticatedUsers"\n}\n',
      findings: [{ messageId: 'public', line: 4, column: 19, endColumn: 42 }],
    },
    {
      name: 'dynamic block over a known list',
      code: dataset('  dynamic "access" {\n    for_each = ["allAuthenticatedUsers"]\n    content {\n      role          = "READER"\n      special_group = access.value\n    }\n  }\n'),
      findings: [{ messageId: 'public', line: 7, column: 23, endColumn: 35 }],
    },
    {
      name: 'from a variable default',
      code: dataset(access('    iam_member = var.member\n')),
      files: { 'variables.tf': 'variable "member" {\n  default = "allUsers"\n}\n' },
      findings: [{ messageId: 'public', line: 5, column: 18, endColumn: 28, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_bigquery_dataset": {"sales": {"dataset_id": "sales", "access": [{"role": "READER", "special_group": "allAuthenticatedUsers"}]}}}}\n',
      findings: [{ messageId: 'public', line: 1 }],
    },
  ],
});

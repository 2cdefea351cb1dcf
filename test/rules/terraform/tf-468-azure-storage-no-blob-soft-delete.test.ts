import rule from '../../../rules/terraform/tf-468-azure-storage-no-blob-soft-delete';
import { ruleTester } from '../../helpers/rule-tester';

const account = (body: string) => `resource "azurerm_storage_account" "data" {\n  name = "stdata"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'seven days', code: account('\n  blob_properties {\n    delete_retention_policy {\n      days = 7\n    }\n  }\n') },
    { name: 'policy block with the default days', code: account('\n  blob_properties {\n    delete_retention_policy {}\n  }\n') },
    { name: 'file-only account', code: account('  account_kind = "FileStorage"\n') },
    {
      name: 'dynamic blob_properties over a variable without a value',
      code: account('\n  dynamic "blob_properties" {\n    for_each = var.blob_properties\n    content {\n      versioning_enabled = true\n    }\n  }\n'),
      files: { 'variables.tf': 'variable "blob_properties" {}\n' },
    },
  ],
  bad: [
    { name: 'no blob_properties', code: account(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42 }] },
    { name: 'blob_properties without soft delete', code: account('\n  blob_properties {\n    versioning_enabled = true\n  }\n'), findings: [{ messageId: 'missing', line: 4, column: 3, endColumn: 18 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_storage_account": {"data": {"name": "stdata"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 43, endColumn: 49 }] },
  ],
});

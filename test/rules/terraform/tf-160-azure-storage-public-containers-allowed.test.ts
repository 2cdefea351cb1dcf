import rule from '../../../rules/terraform/tf-160-azure-storage-public-containers-allowed';
import { ruleTester } from '../../helpers/rule-tester';

const account = (body: string) =>
  `resource "azurerm_storage_account" "main" {\n  name                     = "stmain"\n  account_replication_type = "GRS"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'public containers disallowed', code: account('  allow_nested_items_to_be_public = false\n') },
    { name: '2.x name set to false', code: account('  allow_blob_public_access = false\n') },
    { name: 'from a variable without a value', code: account('  allow_nested_items_to_be_public = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
    { name: 'count = 0', code: account('  count = 0\n') },
    { name: 'override file', filename: 'storage_override.tf', code: account('') },
    {
      name: 'JSON syntax, disallowed',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_storage_account": {\n      "main": { "name": "stmain", "allow_nested_items_to_be_public": false }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'absent: the default is true from azurerm 3.0',
      code: account(''),
      findings: [{
        messageId: 'missing', line: 1, column: 1, endColumn: 42,
        suggestions: [{ title: 'Set allow_nested_items_to_be_public = false', output: account('  allow_nested_items_to_be_public = false\n') }],
      }],
    },
    {
      name: 'allowed explicitly',
      code: account('  allow_nested_items_to_be_public = true\n'),
      findings: [{ messageId: 'enabled', line: 4, column: 37, endColumn: 41, suggestions: [{ output: account('  allow_nested_items_to_be_public = false\n') }] }],
    },
    {
      name: '2.x name set to true',
      code: account('  allow_blob_public_access = true\n'),
      findings: [{ messageId: 'enabled', line: 4, column: 30, endColumn: 34, suggestions: [{ title: 'Set allow_blob_public_access = false', output: account('  allow_blob_public_access = false\n') }] }],
    },
    {
      name: 'true from tfvars',
      code: account('  allow_nested_items_to_be_public = var.public\n'),
      files: { 'variables.tf': 'variable "public" {\n  default = false\n}\n', 'terraform.tfvars': 'public = true\n' },
      findings: [{ messageId: 'enabled', line: 4, column: 37, endColumn: 47, related: ['terraform.tfvars:1:10'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_storage_account": {\n      "main": {\n        "name": "stmain"\n      }\n    }\n  }\n}\n',
      findings: [{
        messageId: 'missing', line: 4, column: 7, endColumn: 13,
        suggestions: [{ output: '{\n  "resource": {\n    "azurerm_storage_account": {\n      "main": {\n        "name": "stmain",\n        "allow_nested_items_to_be_public": false\n      }\n    }\n  }\n}\n' }],
      }],
    },
  ],
});

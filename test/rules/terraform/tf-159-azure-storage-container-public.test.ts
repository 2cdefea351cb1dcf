import rule from '../../../rules/terraform/tf-159-azure-storage-container-public';
import { ruleTester } from '../../helpers/rule-tester';

const container = (body: string) =>
  `resource "azurerm_storage_container" "assets" {\n  name               = "assets"\n  storage_account_id = azurerm_storage_account.main.id\n${body}}\n`;
const title = 'Make the container private';

ruleTester(rule, {
  good: [
    { name: 'provider default', code: container('') },
    { name: 'private', code: container('  container_access_type = "private"\n') },
    { name: 'from a variable without a value', code: container('  container_access_type = var.access\n'), files: { 'variables.tf': 'variable "access" {}\n' } },
    { name: 'count = 0', code: container('  count                 = 0\n  container_access_type = "blob"\n') },
    {
      name: 'JSON syntax, private',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_storage_container": {\n      "assets": { "name": "assets", "container_access_type": "private" }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'blob access',
      code: container('  container_access_type = "blob"\n'),
      findings: [{ messageId: 'public', line: 4, column: 27, endColumn: 33, suggestions: [{ title, output: container('  container_access_type = "private"\n') }] }],
    },
    { name: 'container access', code: container('  container_access_type = "container"\n'), findings: [{ messageId: 'public', line: 4, column: 27, endColumn: 38 }] },
    {
      name: 'from a variable default: reported at the use, no edit of the default',
      code: container('  container_access_type = var.access\n'),
      files: { 'variables.tf': 'variable "access" {\n  default = "blob"\n}\n' },
      findings: [{ messageId: 'public', line: 4, column: 27, endColumn: 37, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'for_each over containers: the public one',
      code: container('  for_each              = { logs = "private", web = "blob" }\n  container_access_type = each.value\n'),
      findings: [{ messageId: 'public', line: 5, column: 27, endColumn: 37, related: [':4:53'] }],
    },
    {
      name: 'JSON syntax, container access',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_storage_container": {\n      "assets": { "container_access_type": "container" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'public', line: 4, column: 44, endColumn: 55, suggestions: [{ output: '{\n  "resource": {\n    "azurerm_storage_container": {\n      "assets": { "container_access_type": "private" }\n    }\n  }\n}\n' }] }],
    },
  ],
});

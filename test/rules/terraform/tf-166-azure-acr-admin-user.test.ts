import rule from '../../../rules/terraform/tf-166-azure-acr-admin-user';
import { ruleTester } from '../../helpers/rule-tester';

const acr = (body: string) => `resource "azurerm_container_registry" "acr" {\n  name = "acrmain"\n  sku  = "Premium"\n${body}}\n`;
const title = 'Set admin_enabled = false';

ruleTester(rule, {
  good: [
    { name: 'provider default (false)', code: acr('') },
    { name: 'admin user off', code: acr('  admin_enabled = false\n') },
    { name: 'from a variable without a value', code: acr('  admin_enabled = var.admin\n'), files: { 'variables.tf': 'variable "admin" {}\n' } },
    { name: 'count = 0', code: acr('  count         = 0\n  admin_enabled = true\n') },
    { name: 'JSON syntax, off', filename: 'main.tf.json', code: '{\n  "resource": {\n    "azurerm_container_registry": {\n      "acr": { "admin_enabled": false }\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'admin user on',
      code: acr('  admin_enabled = true\n'),
      findings: [{ messageId: 'adminEnabled', line: 4, column: 19, endColumn: 23, suggestions: [{ title, output: acr('  admin_enabled = false\n') }] }],
    },
    {
      name: 'string "true" from tfvars, with for_each',
      code: acr('  for_each      = toset(["a", "b"])\n  admin_enabled = var.admin\n'),
      files: { 'variables.tf': 'variable "admin" {}\n', 'terraform.tfvars': 'admin = "true"\n' },
      findings: [{ messageId: 'adminEnabled', line: 5, column: 19, endColumn: 28, related: ['terraform.tfvars:1:9'] }],
    },
    {
      name: 'JSON syntax, on',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_container_registry": {\n      "acr": { "admin_enabled": true }\n    }\n  }\n}\n',
      findings: [{ messageId: 'adminEnabled', line: 4, column: 33, endColumn: 37 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-164-azure-storage-all-networks';
import { ruleTester } from '../../helpers/rule-tester';

const account = (body: string) => `resource "azurerm_storage_account" "main" {\n  name                     = "stmain"\n  account_replication_type = "GRS"\n${body}}\n`;
const rules = (target: string, action: string) =>
  `\nresource "azurerm_storage_account_network_rules" "main" {\n  storage_account_id = ${target}\n  default_action     = ${action}\n}\n`;
const title = 'Deny access by default';

ruleTester(rule, {
  good: [
    { name: 'deny by default', code: account('  network_rules {\n    default_action = "Deny"\n  }\n') },
    { name: 'no public network access', code: account('  public_network_access_enabled = false\n') },
    { name: 'allow, but no public network access', code: account('  public_network_access_enabled = false\n\n  network_rules {\n    default_action = "Allow"\n  }\n') },
    { name: 'separate network rules resource that denies', code: account('') + rules('azurerm_storage_account.main.id', '"Deny"') },
    { name: 'network rules for an account given by a variable', code: account('') + rules('var.account_id', '"Deny"') },
    { name: 'public access flag not known before apply', code: account('  public_network_access_enabled = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
    { name: 'count = 0', code: account('  count = 0\n') },
    { name: 'override file', filename: 'storage_override.tf', code: account('') },
    {
      name: 'JSON syntax, deny',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_storage_account": {\n      "main": { "network_rules": { "default_action": "Deny" } }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'no network rules',
      code: account(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42, suggestions: [{ title, output: account('  network_rules {\n    default_action = "Deny"\n  }\n') }] }],
    },
    {
      name: 'allow by default',
      code: account('  network_rules {\n    default_action = "Allow"\n  }\n'),
      findings: [{ messageId: 'allow', line: 5, column: 22, endColumn: 29, suggestions: [{ title, output: account('  network_rules {\n    default_action = "Deny"\n  }\n') }] }],
    },
    {
      name: 'separate network rules resource that allows: reported there',
      code: account('') + rules('azurerm_storage_account.main.id', '"Allow"'),
      findings: [{ messageId: 'allow', line: 8, column: 24, endColumn: 31, suggestions: [{ output: account('') + rules('azurerm_storage_account.main.id', '"Deny"') }] }],
    },
    {
      name: 'network rules resource for another account',
      code: account('') + rules('azurerm_storage_account.other.id', '"Deny"'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42 }],
    },
    {
      name: 'allow from a variable default: reported at the use, no edit of the default',
      code: account('  network_rules {\n    default_action = var.action\n  }\n'),
      files: { 'variables.tf': 'variable "action" {\n  default = "Allow"\n}\n' },
      findings: [{ messageId: 'allow', line: 5, column: 22, endColumn: 32, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_storage_account": {\n      "main": {\n        "name": "stmain"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 13 }],
    },
  ],
});

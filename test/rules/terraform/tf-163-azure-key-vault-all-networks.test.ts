import rule from '../../../rules/terraform/tf-163-azure-key-vault-all-networks';
import { ruleTester } from '../../helpers/rule-tester';

const vault = (body: string) => `resource "azurerm_key_vault" "main" {\n  name     = "kv-main"\n  sku_name = "standard"\n${body}}\n`;
const acls = (action: string) => `\n  network_acls {\n    bypass         = "AzureServices"\n    default_action = ${action}\n  }\n`;
const title = 'Deny access by default';

ruleTester(rule, {
  good: [
    { name: 'deny by default', code: vault(acls('"Deny"')) },
    { name: 'no public network access', code: vault('  public_network_access_enabled = false\n') },
    { name: 'allow, but no public network access', code: vault(`  public_network_access_enabled = false\n${acls('"Allow"')}`) },
    { name: 'public access flag not known before apply', code: vault('  public_network_access_enabled = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
    { name: 'action from a variable without a value', code: vault(acls('var.action')), files: { 'variables.tf': 'variable "action" {}\n' } },
    { name: 'dynamic network_acls over an unknown collection', code: vault('  dynamic "network_acls" {\n    for_each = var.acls\n    content {\n      bypass         = "None"\n      default_action = "Allow"\n    }\n  }\n') },
    { name: 'count = 0', code: vault('  count = 0\n') },
    { name: 'override file', filename: 'kv_override.tf', code: vault('') },
    {
      name: 'JSON syntax, deny',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_key_vault": {\n      "main": { "network_acls": { "bypass": "None", "default_action": "Deny" } }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'no network_acls',
      code: vault(''),
      findings: [{
        messageId: 'missing', line: 1, column: 1, endColumn: 36,
        suggestions: [{ title, output: vault('  network_acls {\n    default_action = "Deny"\n    bypass = "AzureServices"\n  }\n') }],
      }],
    },
    {
      name: 'allow by default with ip_rules',
      code: vault(acls('"Allow"')),
      findings: [{ messageId: 'allow', line: 7, column: 22, endColumn: 29, suggestions: [{ title, output: vault(acls('"Deny"')) }] }],
    },
    { name: 'public network access enabled explicitly', code: vault('  public_network_access_enabled = true\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 36 }] },
    {
      name: 'allow from a variable default: reported at the use, no edit of the default',
      code: vault(acls('var.action')),
      files: { 'variables.tf': 'variable "action" {\n  default = "Allow"\n}\n' },
      findings: [{ messageId: 'allow', line: 7, column: 22, endColumn: 32, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, allow',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_key_vault": {\n      "main": { "network_acls": { "bypass": "None", "default_action": "Allow" } }\n    }\n  }\n}\n',
      findings: [{ messageId: 'allow', line: 4, column: 71, endColumn: 78 }],
    },
  ],
});

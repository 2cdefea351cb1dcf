import rule from '../../../rules/terraform/tf-446-azure-key-vault-access-policies';
import { ruleTester } from '../../helpers/rule-tester';

const vault = (body: string) => `resource "azurerm_key_vault" "main" {\n  name = "kv-main"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'RBAC, azurerm 4.x and 5.0 name', code: vault('  rbac_authorization_enabled = true\n') },
    { name: 'RBAC, name before azurerm 5.0', code: vault('  enable_rbac_authorization = true\n') },
    { name: 'from a variable without a value', code: vault('  rbac_authorization_enabled = var.rbac\n'), files: { 'variables.tf': 'variable "rbac" {}\n' } },
  ],
  bad: [
    {
      name: 'provider default before 5.0',
      code: vault(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 36, suggestions: [{ title: 'Set rbac_authorization_enabled = true', output: vault('  rbac_authorization_enabled = true\n') }] }],
    },
    {
      name: 'old name, explicitly false',
      code: vault('  enable_rbac_authorization = false\n'),
      findings: [{ messageId: 'accessPolicies', line: 3, column: 31, endColumn: 36, suggestions: [{ title: 'Set enable_rbac_authorization = true', output: vault('  enable_rbac_authorization = true\n') }] }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_key_vault": {"main": {"rbac_authorization_enabled": false}}}}\n', findings: [{ messageId: 'accessPolicies', line: 1, column: 76, endColumn: 81 }] },
  ],
});

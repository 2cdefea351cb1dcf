import rule from '../../../rules/terraform/tf-448-azure-defender-plan-free';
import { ruleTester } from '../../helpers/rule-tester';

const pricing = (tier: string, type = '') => `resource "azurerm_security_center_subscription_pricing" "plan" {\n  tier = ${tier}\n${type}}\n`;

ruleTester(rule, {
  good: [
    { name: 'Standard', code: pricing('"Standard"', '  resource_type = "StorageAccounts"\n') },
    { name: 'tier from a variable without a value', code: pricing('var.tier'), files: { 'variables.tf': 'variable "tier" {}\n' } },
  ],
  bad: [
    {
      name: 'Free for key vaults',
      code: pricing('"Free"', '  resource_type = "KeyVaults"\n'),
      findings: [{ messageId: 'free', line: 2, column: 10, endColumn: 16, suggestions: [{ title: 'Set tier = "Standard"', output: pricing('"Standard"', '  resource_type = "KeyVaults"\n') }] }],
    },
    { name: 'Free, default resource type', code: pricing('"free"'), findings: [{ messageId: 'free', line: 2, column: 10, endColumn: 16 }] },
    {
      name: 'for_each over plans, one Free',
      code: 'resource "azurerm_security_center_subscription_pricing" "plan" {\n  for_each      = { VirtualMachines = "Standard", Containers = "Free" }\n  tier          = each.value\n  resource_type = each.key\n}\n',
      findings: [{ messageId: 'free', line: 3, column: 19, endColumn: 29 }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_security_center_subscription_pricing": {"plan": {"tier": "Free"}}}}\n', findings: [{ messageId: 'free', line: 1, column: 81, endColumn: 87 }] },
  ],
});

import rule from '../../../rules/terraform/tf-447-azure-privileged-role-subscription-scope';
import { ruleTester } from '../../helpers/rule-tester';

const assignment = (scope: string, role: string) =>
  `resource "azurerm_role_assignment" "ci" {\n  scope                = ${scope}\n  ${role}\n  principal_id         = var.principal_id\n}\n`;
const name = (role: string) => `role_definition_name = "${role}"`;

ruleTester(rule, {
  good: [
    { name: 'Contributor on a resource group', code: assignment('azurerm_resource_group.app.id', name('Contributor')) },
    { name: 'Reader on the subscription', code: assignment('data.azurerm_subscription.current.id', name('Reader')) },
    { name: 'Owner on a literal resource group id', code: assignment('"/subscriptions/0000/resourceGroups/app"', name('Owner')) },
    { name: 'resource group under a subscription id from a variable', code: assignment('"/subscriptions/${var.subscription_id}/resourceGroups/app"', name('Owner')), files: { 'variables.tf': 'variable "subscription_id" {}\n' } },
    { name: 'scope from a variable without a value', code: assignment('var.scope', name('Owner')), files: { 'variables.tf': 'variable "scope" {}\n' } },
    { name: 'role from a variable without a value', code: assignment('data.azurerm_subscription.current.id', 'role_definition_name = var.role'), files: { 'variables.tf': 'variable "role" {}\n' } },
  ],
  bad: [
    {
      name: 'Owner on the current subscription',
      code: assignment('data.azurerm_subscription.current.id', name('Owner')),
      findings: [{ messageId: 'broadRole', line: 3, column: 26, endColumn: 33 }],
    },
    { name: 'Contributor on a literal subscription id', code: assignment('"/subscriptions/00000000-0000-0000-0000-000000000000"', name('contributor')), findings: [{ messageId: 'broadRole', line: 3, column: 26, endColumn: 39 }] },
    {
      name: 'User Access Administrator by definition id on a management group',
      code: assignment('"/providers/Microsoft.Management/managementGroups/root"', 'role_definition_id   = "/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c4a72b9d"'),
      findings: [{ messageId: 'broadRole', line: 3, column: 26, endColumn: 115 }],
    },
    { name: 'Owner on a subscription id from a variable', code: assignment('"/subscriptions/${var.subscription_id}"', name('Owner')), files: { 'variables.tf': 'variable "subscription_id" {}\n' }, findings: [{ messageId: 'broadRole', line: 3, column: 26, endColumn: 33 }] },
    { name: 'role from a variable default', code: assignment('data.azurerm_subscription.current.id', 'role_definition_name = var.role'), files: { 'variables.tf': 'variable "role" {\n  default = "Owner"\n}\n' }, findings: [{ messageId: 'broadRole', line: 3, column: 26, endColumn: 34 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_role_assignment": {"ci": {"scope": "/subscriptions/0000", "role_definition_name": "Owner"}}}}\n',
      findings: [{ messageId: 'broadRole', line: 1, column: 106, endColumn: 113 }],
    },
  ],
});

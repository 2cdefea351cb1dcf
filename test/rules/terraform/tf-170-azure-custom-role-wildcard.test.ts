import rule from '../../../rules/terraform/tf-170-azure-custom-role-wildcard';
import { ruleTester } from '../../helpers/rule-tester';

const role = (actions: string) => `resource "azurerm_role_definition" "ops" {\n  name  = "ops"\n  scope = "/subscriptions/0000"\n\n  permissions {\n    actions = ${actions}\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'named actions', code: role('["Microsoft.Compute/virtualMachines/restart/action"]') },
    { name: 'wildcard within a provider', code: role('["Microsoft.Storage/*/read"]') },
    { name: 'data actions only', code: 'resource "azurerm_role_definition" "ops" {\n  name = "ops"\n\n  permissions {\n    data_actions = ["*"]\n  }\n}\n' },
    { name: 'from a variable without a value', code: role('var.actions'), files: { 'variables.tf': 'variable "actions" {}\n' } },
    { name: 'list with an unknown element', code: role('[var.action]'), files: { 'variables.tf': 'variable "action" {}\n' } },
  ],
  bad: [
    { name: 'all actions', code: role('["*"]'), findings: [{ messageId: 'wildcard', line: 6, column: 15, endColumn: 20 }] },
    {
      name: 'all actions among others, from a variable default',
      code: role('var.actions'),
      files: { 'variables.tf': 'variable "actions" {\n  default = ["Microsoft.Resources/subscriptions/read", "*"]\n}\n' },
      findings: [{ messageId: 'wildcard', line: 6, column: 15, endColumn: 26, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'dynamic permissions over a known list',
      code: 'resource "azurerm_role_definition" "ops" {\n  name = "ops"\n\n  dynamic "permissions" {\n    for_each = [["*"]]\n    content {\n      actions = permissions.value\n    }\n  }\n}\n',
      findings: [{ messageId: 'wildcard', line: 7, column: 17, endColumn: 34, related: [':5:17'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_role_definition": {"ops": {"permissions": {"actions": ["*"]}}}}}\n',
      findings: [{ messageId: 'wildcard', line: 1, column: 78, endColumn: 83 }],
    },
  ],
});

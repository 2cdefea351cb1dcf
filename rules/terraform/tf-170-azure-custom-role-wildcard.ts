import { defineRule } from '../api';
import { azurermDoc, leastPrivilege, listContains } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-170',
  title: 'Do not allow all actions in Azure custom role definitions',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.3'],
  frameworks: leastPrivilege(),
  docs: {
    rationale:
      'A custom role whose permissions.actions contains "*" can do everything Owner can on its assignable scopes, ' +
      'including granting access to others, so every principal it is assigned to becomes an administrator.',
    remediation: 'List the resource provider operations the role needs (Microsoft.Storage/storageAccounts/read, ...), or use a built-in role.',
    links: [
      azurermDoc('role_definition', 'actions'),
      { title: 'Azure custom roles', url: 'https://learn.microsoft.com/azure/role-based-access-control/custom-roles' },
    ],
  },
  messages: {
    wildcard: 'permissions.actions contains "*": the role may perform every action on its assignable scopes.',
  },
  examples: {
    bad:
      'resource "azurerm_role_definition" "ops" {\n  name  = "ops"\n  scope = var.subscription_id\n\n' +
      '  permissions {\n    actions = ["*"]\n  }\n}\n',
    good:
      'resource "azurerm_role_definition" "ops" {\n  name  = "ops"\n  scope = var.subscription_id\n\n' +
      '  permissions {\n    actions = ["Microsoft.Compute/virtualMachines/restart/action"]\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_role_definition'],
    path: 'permissions.actions',
    compliant: (value) => {
      const wildcard = listContains(value, '*');
      return wildcard === undefined ? undefined : !wildcard;
    },
    absent: 'compliant',
    // No edit: which actions the role needs is for its author to say.
    messages: { insecure: 'wildcard', missing: 'wildcard' },
  }),
});

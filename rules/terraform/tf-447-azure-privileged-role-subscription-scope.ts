import { asString, defineRule, type TfEvalValue } from '../api';
import { allOf } from '../shared/azure-transport';
import { azurermDoc, leastPrivilege } from '../shared/azure-hardening';
import { attributeCheck, type CheckScope } from '../shared/terraform-attribute-check';

type Ids = 'broadRole';

/** The built-in roles that can change anything (or grant anything) at their scope, by name and by definition GUID. */
const privileged = new Map([
  ['owner', 'Owner'],
  ['contributor', 'Contributor'],
  ['user access administrator', 'User Access Administrator'],
  ['role based access control administrator', 'Role Based Access Control Administrator'],
  ['8e3af657-a8ff-443c-a75c-2fe8c4bcb635', 'Owner'],
  ['b24988ac-6180-42a0-ab88-20f7382dd24c', 'Contributor'],
  ['18d7d88d-d35e-4fb5-a5c3-7773c4a72b9d', 'User Access Administrator'],
  ['f58310d9-a9f6-439a-9e8d-f62e7b41a168', 'Role Based Access Control Administrator'],
]);

/** The privileged role a value names (a name, a GUID, or a role definition id ending in the GUID). */
function privilegedRole(value: TfEvalValue): string | undefined {
  const text = asString(value)?.trim().toLowerCase();
  if (text === undefined) return undefined;
  return privileged.get(text) ?? privileged.get(text.split('/').pop() ?? '');
}

/** `subscription` or `management group` when the scope is one, `other` when it is narrower, undefined when not known. */
function broadScope({ resource }: CheckScope): 'subscription' | 'management group' | 'other' | undefined {
  const scope = resource.value('scope');
  if (scope === undefined) return undefined;
  if (scope.kind === 'unknown') {
    const reference = scope.reference ?? '';
    if (/^(data\.)?azurerm_subscription\./.test(reference)) return 'subscription';
    if (/^(data\.)?azurerm_management_group\./.test(reference)) return 'management group';
    // A subscription id built from a value not known yet: "/subscriptions/${var.subscription_id}".
    const written = resource.attribute('scope')?.value;
    const text = written?.kind === 'expression' ? written.text.trim().replace(/^"|"$/g, '') : '';
    return /^\/subscriptions\/\$\{[^}]+\}\/?$/i.test(text) ? 'subscription' : undefined;
  }
  const text = asString(scope)?.trim();
  if (text === undefined) return undefined;
  if (/^\/subscriptions\/[^/]+\/?$/i.test(text)) return 'subscription';
  if (/^\/providers\/Microsoft\.Management\/managementGroups\/[^/]+\/?$/i.test(text)) return 'management group';
  return 'other';
}

const check = (path: string) =>
  attributeCheck<Ids>({
    resources: ['azurerm_role_assignment'],
    path,
    compliant: (value, scope) => {
      const role = asString(value) === undefined ? undefined : privilegedRole(value);
      if (role === undefined) return asString(value) === undefined ? undefined : true;
      const where = broadScope(scope);
      return where === undefined ? undefined : where === 'other';
    },
    absent: 'compliant',
    messages: { insecure: 'broadRole', missing: 'broadRole' },
    data: (value, scope) => ({ role: privilegedRole(value) ?? '', scope: broadScope(scope) ?? '' }),
  });

export default defineRule({
  id: 'TF-447',
  title: 'Do not assign Owner, Contributor or access administration roles at subscription scope',
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['1.3'],
  frameworks: leastPrivilege(),
  docs: {
    rationale:
      'Owner, Contributor, User Access Administrator and Role Based Access Control Administrator assigned at a ' +
      'subscription or management group let the principal change (or grant access to) every resource below it: a ' +
      'compromised pipeline identity or workload becomes a compromise of the whole subscription. Roles scoped to the ' +
      'resource group or resource the principal manages, or narrower built-in roles, limit what a stolen credential can do.',
    remediation:
      'Scope the assignment to the resource group or resource the principal needs, use a narrower built-in or custom role, or grant it just in time through Privileged Identity Management.',
    links: [
      azurermDoc('role_assignment'),
      { title: 'Best practices for Azure RBAC', url: 'https://learn.microsoft.com/azure/role-based-access-control/best-practices' },
    ],
  },
  messages: {
    broadRole: '{{role}} is assigned at {{scope}} scope: the principal can change every resource below it.',
  },
  examples: {
    bad:
      'resource "azurerm_role_assignment" "ci" {\n  scope                = data.azurerm_subscription.current.id\n' +
      '  role_definition_name = "Owner"\n  principal_id         = azuread_service_principal.ci.object_id\n}\n',
    good:
      'resource "azurerm_role_assignment" "ci" {\n  scope                = azurerm_resource_group.app.id\n' +
      '  role_definition_name = "Contributor"\n  principal_id         = azuread_service_principal.ci.object_id\n}\n',
  },
  check: allOf<Ids>(check('role_definition_name'), check('role_definition_id')),
});

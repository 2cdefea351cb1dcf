import { defineRule } from '../api';
import { allOf, deniesByDefault, publicExposure, publicNetworkAccess } from '../shared/azure-transport';
import { attributeCheck, type CheckScope } from '../shared/terraform-attribute-check';

const satellite = 'azurerm_storage_account_network_rules';

/**
 * Whether a network rules resource may configure the account: one that refers to it, or one whose
 * account is not a resource of the module (a literal name, a data source, a module output).
 */
function hasNetworkRules({ module, resource }: CheckScope): boolean {
  if (module.referencing(resource.block, satellite).length > 0) return true;
  return module.resources(satellite).some((rules) =>
    ['storage_account_id', 'storage_account_name'].every((name) => {
      const target = rules.attribute(name)?.value;
      return !(target?.kind === 'expression' && target.references.some((r) => r.startsWith('azurerm_storage_account.')));
    }),
  );
}

const remedy = { value: 'Deny', title: 'Deny access by default', kind: 'suggest' } as const;

export default defineRule({
  id: 'TF-164',
  title: 'Do not accept connections from all networks on Azure storage accounts',
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: publicExposure(),
  docs: {
    rationale:
      'A storage account accepts requests from every network unless its firewall denies by default or public network ' +
      'access is disabled (public_network_access_enabled defaults to true): a leaked account key or SAS token is then ' +
      'usable from anywhere. The firewall may be written inline (network_rules) or as an ' +
      'azurerm_storage_account_network_rules resource; either is accepted.',
    remediation:
      'Add network_rules { default_action = "Deny" } (or an azurerm_storage_account_network_rules resource) with the ' +
      'ip_rules and virtual_network_subnet_ids that need access, or set public_network_access_enabled = false and use private endpoints.',
    links: [
      { title: 'azurerm_storage_account', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#network_rules' },
      { title: 'azurerm_storage_account_network_rules', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules' },
      { title: 'Configure Azure Storage firewalls and virtual networks', url: 'https://learn.microsoft.com/azure/storage/common/storage-network-security' },
    ],
  },
  messages: {
    allow: 'default_action = "Allow" accepts requests to the storage account from every network.',
    missing: 'No network rules restrict this storage account, so it accepts requests from every network.',
  },
  examples: {
    bad: 'resource "azurerm_storage_account" "main" {\n  name                     = "stmain"\n  account_replication_type = "GRS"\n}\n',
    good:
      'resource "azurerm_storage_account" "main" {\n  name                     = "stmain"\n  account_replication_type = "GRS"\n\n' +
      '  network_rules {\n    default_action = "Deny"\n  }\n}\n',
  },
  check: allOf<'allow' | 'missing'>(
    attributeCheck({
      resources: ['azurerm_storage_account'],
      path: 'network_rules.default_action',
      compliant: (value, scope) => (publicNetworkAccess(scope) === 'compliant' ? true : deniesByDefault(value)),
      // A separate network rules resource for the account decides instead (it is checked below).
      absent: (scope) => (hasNetworkRules(scope) ? 'unknown' : publicNetworkAccess(scope)),
      messages: { insecure: 'allow', missing: 'missing' },
      // A suggestion: callers outside the allowed networks lose access to the account.
      remedy,
    }),
    attributeCheck({
      resources: [satellite],
      path: 'default_action',
      compliant: deniesByDefault,
      absent: 'compliant',
      messages: { insecure: 'allow', missing: 'allow' },
      remedy,
    }),
  ),
});

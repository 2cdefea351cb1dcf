import { defineRule } from '../api';
import { deniesByDefault, publicExposure, publicNetworkAccess } from '../shared/azure-transport';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-163',
  title: 'Do not accept connections from all networks on Azure Key Vault',
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: publicExposure(),
  docs: {
    rationale:
      'A key vault without network_acls, or with default_action = "Allow", accepts requests from every network, so a ' +
      'leaked token or misconfigured access policy is usable from anywhere. public_network_access_enabled defaults to ' +
      'true. Denying by default and allowing chosen subnets, addresses or private endpoints keeps secrets reachable only ' +
      'from where they are used.',
    remediation:
      'Add network_acls { default_action = "Deny", bypass = "AzureServices" } with the ip_rules and ' +
      'virtual_network_subnet_ids that need access, or set public_network_access_enabled = false and use a private endpoint.',
    links: [
      { title: 'azurerm_key_vault', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#network_acls' },
      { title: 'Configure Azure Key Vault networking settings', url: 'https://learn.microsoft.com/azure/key-vault/general/how-to-azure-key-vault-network-security' },
    ],
  },
  messages: {
    allow: 'network_acls.default_action = "Allow" accepts requests to this key vault from every network.',
    missing: 'No network_acls restrict this key vault, so it accepts requests from every network.',
  },
  examples: {
    bad: 'resource "azurerm_key_vault" "main" {\n  name      = "kv-main"\n  sku_name  = "standard"\n  tenant_id = var.tenant_id\n}\n',
    good:
      'resource "azurerm_key_vault" "main" {\n  name      = "kv-main"\n  sku_name  = "standard"\n  tenant_id = var.tenant_id\n\n' +
      '  network_acls {\n    default_action = "Deny"\n    bypass         = "AzureServices"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_key_vault'],
    path: 'network_acls.default_action',
    compliant: (value, scope) => (publicNetworkAccess(scope) === 'compliant' ? true : deniesByDefault(value)),
    // No public network access means no network rules are needed; a value not known yet decides nothing.
    absent: publicNetworkAccess,
    messages: { insecure: 'allow', missing: 'missing' },
    // A suggestion: callers outside the allowed networks lose access to the vault.
    remedy: { value: 'Deny', title: 'Deny access by default', kind: 'suggest', alongside: [['bypass', 'AzureServices']] },
  }),
});

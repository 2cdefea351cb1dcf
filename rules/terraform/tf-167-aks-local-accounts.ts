import { defineRule } from '../api';
import { azurermDoc, staticCredentials } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-167',
  title: 'Disable local accounts on AKS clusters',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.1'],
  frameworks: staticCredentials(),
  docs: {
    rationale:
      'With local accounts on (local_account_disabled defaults to false), anyone allowed to list cluster admin ' +
      'credentials gets a static, certificate-based kubeconfig with cluster-admin rights that bypasses Microsoft Entra ' +
      'ID, conditional access and audit by user, and stays valid until the certificates are rotated.',
    remediation:
      'Set local_account_disabled = true together with azure_active_directory_role_based_access_control { ' +
      'azure_rbac_enabled = true } (or admin_group_object_ids), and sign in through Microsoft Entra ID.',
    links: [
      azurermDoc('kubernetes_cluster', 'local_account_disabled'),
      { title: 'Manage local accounts with AKS-managed Microsoft Entra integration', url: 'https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad' },
    ],
  },
  messages: {
    enabled: 'local_account_disabled = false keeps the static cluster-admin kubeconfig of this cluster.',
    missing: 'local_account_disabled is not set, so this cluster keeps local accounts and a static cluster-admin kubeconfig.',
  },
  examples: {
    bad: 'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n}\n',
    good: 'resource "azurerm_kubernetes_cluster" "main" {\n  name                   = "aks-main"\n  dns_prefix             = "aks-main"\n  local_account_disabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_kubernetes_cluster'],
    // A suggestion: the cluster needs Microsoft Entra integration first, and local kubeconfigs stop working.
    ...mustBeTrue('local_account_disabled'),
    absent: 'insecure',
    messages: { insecure: 'enabled', missing: 'missing' },
  }),
});

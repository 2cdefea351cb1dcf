import { defineRule } from '../api';
import { azurermDoc } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-457',
  title: 'Enable workload identity on AKS clusters',
  target: 'terraform',
  severity: 'medium',
  // Strict: clusters whose pods call no Azure API need none.
  preset: 'strict',
  requirements: ['1.2'],
  frameworks: { iso27001: ['A.5.16', 'A.8.5'], nist80053: ['IA-9', 'IA-5'] },
  docs: {
    rationale:
      'Without workload_identity_enabled = true (the default is false), pods that call Azure APIs authenticate with ' +
      'client secrets mounted from Kubernetes secrets or with the kubelet identity shared by every pod of the node. ' +
      'Microsoft Entra Workload ID federates a Kubernetes service account with a managed identity, so each workload ' +
      'gets short-lived tokens of its own. It needs the OIDC issuer (oidc_issuer_enabled, true by default from azurerm 5.0).',
    remediation: 'Set workload_identity_enabled = true and oidc_issuer_enabled = true, then federate each service account with its own user-assigned identity.',
    links: [
      azurermDoc('kubernetes_cluster', 'workload_identity_enabled'),
      { title: 'Use Microsoft Entra Workload ID with AKS', url: 'https://learn.microsoft.com/azure/aks/workload-identity-overview' },
    ],
  },
  messages: {
    disabled: 'workload_identity_enabled = false: pods reach Azure APIs with shared or stored credentials.',
    missing: 'workload_identity_enabled is not set, so pods reach Azure APIs with shared or stored credentials (the default).',
  },
  examples: {
    bad: 'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "main"\n}\n',
    good:
      'resource "azurerm_kubernetes_cluster" "main" {\n  name                      = "aks-main"\n  dns_prefix                = "main"\n' +
      '  oidc_issuer_enabled       = true\n  workload_identity_enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_kubernetes_cluster'],
    ...mustBeTrue('workload_identity_enabled'),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
    // A suggestion, with the OIDC issuer it needs (azurerm 4.x and before default it to false).
    remedy: { value: true, title: 'Set workload_identity_enabled = true', kind: 'suggest', alongside: [['oidc_issuer_enabled', true]] },
  }),
});

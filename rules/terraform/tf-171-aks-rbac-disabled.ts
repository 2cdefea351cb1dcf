import { defineRule } from '../api';
import { allOf } from '../shared/azure-transport';
import { azurermDoc, cisAks, humanAccess } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-171',
  title: 'Keep Kubernetes RBAC on for AKS clusters',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.4'],
  frameworks: humanAccess(cisAks('5.5.1')),
  docs: {
    rationale:
      'Without Kubernetes RBAC every authenticated user and service account has full access to the cluster: its ' +
      'workloads, secrets and nodes. role_based_access_control_enabled defaults to true (azurerm 2.99 and later); ' +
      'before, the role_based_access_control { enabled } block said the same.',
    remediation: 'Remove role_based_access_control_enabled = false (or set it to true) and grant access with Roles and RoleBindings or Azure RBAC.',
    links: [
      azurermDoc('kubernetes_cluster', 'role_based_access_control_enabled'),
      { title: 'Access and identity options for AKS', url: 'https://learn.microsoft.com/azure/aks/concepts-identity#kubernetes-rbac' },
    ],
  },
  messages: {
    disabled: 'role_based_access_control_enabled = false gives every authenticated identity full access to the cluster.',
    legacyDisabled: 'role_based_access_control.enabled = false gives every authenticated identity full access to the cluster.',
  },
  examples: {
    bad:
      'resource "azurerm_kubernetes_cluster" "main" {\n  name                              = "aks-main"\n  dns_prefix                        = "aks-main"\n' +
      '  role_based_access_control_enabled = false\n}\n',
    good: 'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n}\n',
  },
  // A suggestion: the provider recreates the cluster to change it.
  check: allOf<'disabled' | 'legacyDisabled'>(
    attributeCheck({
      resources: ['azurerm_kubernetes_cluster'],
      ...mustBeTrue('role_based_access_control_enabled', { replacesResource: true }),
      absent: 'compliant',
      messages: { insecure: 'disabled', missing: 'disabled' },
    }),
    attributeCheck({
      resources: ['azurerm_kubernetes_cluster'],
      ...mustBeTrue('role_based_access_control.enabled', { replacesResource: true }),
      absent: 'compliant',
      messages: { insecure: 'legacyDisabled', missing: 'legacyDisabled' },
    }),
  ),
});

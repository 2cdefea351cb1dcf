import { defineRule } from '../api';
import { admissionControl, azurermDoc, cisAks, isWritten } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-182',
  title: 'Enable the Azure Policy add-on on AKS clusters',
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['4.3'],
  frameworks: admissionControl(cisAks('4.2.1')),
  docs: {
    rationale:
      'Without the Azure Policy add-on (azure_policy_enabled, default false) the cluster has no managed admission ' +
      'control: privileged pods, host namespaces and hostPath mounts are admitted unless another admission controller ' +
      '(Gatekeeper, Kyverno) is installed, which the configuration does not show.',
    remediation: 'Set azure_policy_enabled = true and assign the Kubernetes pod security baseline or restricted initiative.',
    links: [
      azurermDoc('kubernetes_cluster', 'azure_policy_enabled'),
      { title: 'Azure Policy for Kubernetes', url: 'https://learn.microsoft.com/azure/governance/policy/concepts/policy-for-kubernetes' },
    ],
  },
  messages: {
    off: 'azure_policy_enabled = false: pods are admitted without policy checks.',
    missing: 'azure_policy_enabled is not set, so pods are admitted without Azure Policy checks.',
  },
  examples: {
    bad: 'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n}\n',
    good: 'resource "azurerm_kubernetes_cluster" "main" {\n  name                 = "aks-main"\n  dns_prefix           = "aks-main"\n  azure_policy_enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_kubernetes_cluster'],
    ...mustBeTrue('azure_policy_enabled'),
    // azurerm 2.x configured add-ons in addon_profile; that form is left undecided.
    absent: (scope) => (isWritten(scope, 'addon_profile.azure_policy.enabled') ? 'unknown' : 'insecure'),
    messages: { insecure: 'off', missing: 'missing' },
  }),
});

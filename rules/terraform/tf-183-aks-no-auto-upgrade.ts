import { asString, defineRule } from '../api';
import { azurermDoc, patching, renamedFlag } from '../shared/azure-hardening';

export default defineRule({
  id: 'TF-183',
  title: 'Upgrade AKS clusters automatically',
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['4.4'],
  frameworks: patching(),
  docs: {
    rationale:
      'Without an automatic upgrade channel (automatic_upgrade_channel, automatic_channel_upgrade before azurerm 4.0; ' +
      'default none) a cluster stays on its Kubernetes patch release until someone upgrades it, and falls out of ' +
      'support with its known vulnerabilities.',
    remediation: 'Set automatic_upgrade_channel = "patch" (or "stable") and a maintenance_window_auto_upgrade that suits the team.',
    links: [
      azurermDoc('kubernetes_cluster', 'automatic_upgrade_channel'),
      { title: 'Automatically upgrade an AKS cluster', url: 'https://learn.microsoft.com/azure/aks/auto-upgrade-cluster' },
    ],
  },
  messages: {
    none: '{{name}} = "none": this cluster is never upgraded automatically.',
    missing: 'No automatic upgrade channel is set, so this cluster is never upgraded automatically.',
  },
  examples: {
    bad: 'resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n}\n',
    good: 'resource "azurerm_kubernetes_cluster" "main" {\n  name                      = "aks-main"\n  dns_prefix                = "aks-main"\n  automatic_upgrade_channel = "patch"\n}\n',
  },
  check: renamedFlag<'none' | 'missing'>({
    resources: ['azurerm_kubernetes_cluster'],
    current: 'automatic_upgrade_channel',
    legacy: 'automatic_channel_upgrade',
    flag: (path) => ({
      path,
      compliant: (value) => {
        const channel = asString(value)?.trim().toLowerCase();
        return channel === undefined ? undefined : channel !== 'none';
      },
      // A suggestion: upgrades restart nodes within the maintenance window.
      remedy: { value: 'patch', title: 'Upgrade to new patch releases automatically', kind: 'suggest' },
    }),
    absent: 'insecure',
    messages: { insecure: 'none', missing: 'missing' },
  }),
});

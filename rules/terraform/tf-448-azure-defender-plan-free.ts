import { asString, defineRule } from '../api';
import { azurermDoc, oneOf, securityAlerts } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-448',
  title: 'Do not set Microsoft Defender for Cloud plans to the Free tier',
  target: 'terraform',
  severity: 'low',
  preset: 'recommended',
  requirements: ['6.3'],
  frameworks: securityAlerts(),
  docs: {
    rationale:
      'An azurerm_security_center_subscription_pricing with tier = "Free" turns the Defender plan of its resource type ' +
      'off for the whole subscription: no threat detection, no security alerts and no vulnerability assessment for ' +
      'those servers, databases, storage accounts, containers or key vaults. The Standard tier enables the plan.',
    remediation: 'Set tier = "Standard" for the resource types the subscription runs (the plan is billed per resource).',
    links: [
      azurermDoc('security_center_subscription_pricing', 'tier'),
      { title: 'Microsoft Defender for Cloud plans', url: 'https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction#protect-cloud-workloads' },
    ],
  },
  messages: {
    free: 'tier = "Free" turns off the Defender plan for {{type}} in this subscription.',
  },
  examples: {
    bad: 'resource "azurerm_security_center_subscription_pricing" "servers" {\n  tier          = "Free"\n  resource_type = "VirtualMachines"\n}\n',
    good: 'resource "azurerm_security_center_subscription_pricing" "servers" {\n  tier          = "Standard"\n  resource_type = "VirtualMachines"\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_security_center_subscription_pricing'],
    path: 'tier',
    compliant: (value) => {
      const free = oneOf(value, 'Free');
      return free === undefined ? undefined : !free;
    },
    // Required by the provider.
    absent: 'compliant',
    messages: { insecure: 'free', missing: 'free' },
    // resource_type defaults to VirtualMachines (Defender for Servers).
    data: (_value, { resource }) => ({ type: asString(resource.value('resource_type') ?? { kind: 'string', value: 'VirtualMachines' }) ?? 'its resource type' }),
    // A suggestion: the plan is billed per protected resource.
    remedy: { value: 'Standard', title: 'Set tier = "Standard"', kind: 'suggest' },
  }),
});

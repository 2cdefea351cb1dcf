import { defineRule } from '../api';
import { azurermDoc, cisAzure, securityAlerts } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-192',
  title: 'Send Microsoft Defender for Cloud alerts to the security contact',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.3'],
  frameworks: securityAlerts(cisAzure('8.1.14')),
  docs: {
    rationale:
      'A security contact with alert_notifications = false receives no e-mail when Defender for Cloud raises an alert, ' +
      'so detected attacks wait until someone opens the portal.',
    remediation: 'Set alert_notifications = true (and alerts_to_admins = true) on azurerm_security_center_contact.',
    links: [
      azurermDoc('security_center_contact', 'alert_notifications'),
      { title: 'Configure e-mail notifications for security alerts', url: 'https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications' },
    ],
  },
  messages: {
    off: 'alert_notifications = false: no one is e-mailed when Defender for Cloud raises an alert.',
  },
  examples: {
    bad: 'resource "azurerm_security_center_contact" "soc" {\n  email               = "soc@example.com"\n  alert_notifications = false\n  alerts_to_admins    = false\n}\n',
    good: 'resource "azurerm_security_center_contact" "soc" {\n  email               = "soc@example.com"\n  alert_notifications = true\n  alerts_to_admins    = true\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_security_center_contact'],
    ...mustBeTrue('alert_notifications'),
    // Required by the provider.
    absent: 'compliant',
    messages: { insecure: 'off', missing: 'off' },
  }),
});

import rule from '../../../rules/terraform/tf-462-azure-defender-containers-no-scanning';
import { ruleTester } from '../../helpers/rule-tester';

const plan = (type: string, body = '') =>
  `resource "azurerm_security_center_subscription_pricing" "plan" {\n  tier          = "Standard"\n  resource_type = "${type}"\n${body}}\n`;
const extension = (name: string) => `\n  extension {\n    name = "${name}"\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'scanning extension', code: plan('Containers', extension('ContainerRegistriesVulnerabilityAssessments') + extension('ContainerSensor')) },
    { name: 'another plan', code: plan('VirtualMachines') },
    { name: 'Free tier: TF-448 reports it', code: 'resource "azurerm_security_center_subscription_pricing" "plan" {\n  tier          = "Free"\n  resource_type = "Containers"\n}\n' },
    {
      name: 'dynamic extensions over a variable without a value',
      code: plan('Containers', '\n  dynamic "extension" {\n    for_each = var.extensions\n    content {\n      name = extension.value\n    }\n  }\n'),
      files: { 'variables.tf': 'variable "extensions" {}\n' },
    },
  ],
  bad: [
    { name: 'no extensions', code: plan('Containers'), findings: [{ messageId: 'noScanning', line: 1, column: 1, endColumn: 63 }] },
    { name: 'other extensions only', code: plan('Containers', extension('ContainerSensor')), findings: [{ messageId: 'noScanning', line: 1, column: 1, endColumn: 63 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_security_center_subscription_pricing": {"plan": {"tier": "Standard", "resource_type": "Containers"}}}}\n', findings: [{ messageId: 'noScanning', line: 1, column: 64, endColumn: 70 }] },
  ],
});

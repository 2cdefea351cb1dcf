import rule from '../../../rules/terraform/tf-450-azure-waf-detection-mode';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (settings: string) => `resource "azurerm_web_application_firewall_policy" "web" {\n  name = "waf-web"\n\n  policy_settings {\n${settings}  }\n}\n`;
const frontDoor = (body: string) => `resource "azurerm_cdn_frontdoor_firewall_policy" "edge" {\n  name     = "edge"\n  sku_name = "Premium_AzureFrontDoor"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'Prevention', code: policy('    mode = "Prevention"\n') },
    { name: 'policy_settings defaults', code: policy('') },
    { name: 'Front Door in Prevention', code: frontDoor('  mode = "Prevention"\n') },
    { name: 'mode from a variable without a value', code: frontDoor('  mode = var.mode\n'), files: { 'variables.tf': 'variable "mode" {}\n' } },
  ],
  bad: [
    {
      name: 'policy in Detection',
      code: policy('    mode = "Detection"\n'),
      findings: [{ messageId: 'detection', line: 5, column: 12, endColumn: 23, suggestions: [{ title: 'Switch to Prevention mode', output: policy('    mode = "Prevention"\n') }] }],
    },
    { name: 'policy turned off', code: policy('    enabled = false\n'), findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 20 }] },
    { name: 'Front Door in Detection', code: frontDoor('  mode = "Detection"\n'), findings: [{ messageId: 'detection', line: 4, column: 10, endColumn: 21 }] },
    {
      name: 'Application Gateway inline WAF in Detection',
      code: 'resource "azurerm_application_gateway" "web" {\n  waf_configuration {\n    enabled          = true\n    firewall_mode    = "Detection"\n    rule_set_version = "3.2"\n  }\n}\n',
      findings: [{ messageId: 'detection', line: 4, column: 24, endColumn: 35 }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_frontdoor_firewall_policy": {"edge": {"mode": "Detection"}}}}\n', findings: [{ messageId: 'detection', line: 1, column: 70, endColumn: 81 }] },
  ],
});

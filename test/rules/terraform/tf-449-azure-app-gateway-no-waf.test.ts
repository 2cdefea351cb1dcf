import rule from '../../../rules/terraform/tf-449-azure-app-gateway-no-waf';
import { ruleTester } from '../../helpers/rule-tester';

const gateway = (body: string) => `resource "azurerm_application_gateway" "web" {\n  name = "agw-web"\n${body}}\n`;
const waf = (enabled: string) => `\n  waf_configuration {\n    enabled          = ${enabled}\n    firewall_mode    = "Prevention"\n    rule_set_version = "3.2"\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'WAF policy attached', code: gateway('  firewall_policy_id = azurerm_web_application_firewall_policy.web.id\n') },
    { name: 'inline WAF configuration', code: gateway(waf('true')) },
    { name: 'policy from a variable without a value', code: gateway('  firewall_policy_id = var.waf_policy_id\n'), files: { 'variables.tf': 'variable "waf_policy_id" {}\n' } },
    { name: 'policy attached, old inline block turned off', code: gateway('  firewall_policy_id = azurerm_web_application_firewall_policy.web.id\n' + waf('false')) },
  ],
  bad: [
    { name: 'no WAF', code: gateway(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45 }] },
    { name: 'inline WAF turned off', code: gateway(waf('false')), findings: [{ messageId: 'disabled', line: 5, column: 24, endColumn: 29, suggestions: [{ title: 'Set enabled = true', output: gateway(waf('true')) }] }] },
    { name: 'policy id null from a variable default', code: gateway('  firewall_policy_id = var.waf_policy_id\n'), files: { 'variables.tf': 'variable "waf_policy_id" {\n  default = null\n}\n' }, findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_application_gateway": {"web": {"name": "agw-web"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 47, endColumn: 52 }] },
  ],
});

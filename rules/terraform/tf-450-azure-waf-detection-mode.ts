import { defineRule } from '../api';
import { allOf } from '../shared/azure-transport';
import { azurermDoc, oneOf, trafficRestriction } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue, type AttributeCheck } from '../shared/terraform-attribute-check';

type Ids = 'detection' | 'disabled';

/** A WAF mode that only logs: `Detection` (any other value, `Prevention`, blocks). */
const mode = (resources: string[], path: string): AttributeCheck<Ids> => ({
  resources,
  path,
  compliant: (value) => {
    const detection = oneOf(value, 'Detection');
    return detection === undefined ? undefined : !detection;
  },
  // Absent: Prevention on the policies where it is optional, and required on the others.
  absent: 'compliant',
  messages: { insecure: 'detection', missing: 'detection' },
  data: () => ({ name: path.split('.').pop() ?? path }),
  // A suggestion: requests that match a rule start being blocked; tune exclusions first.
  remedy: { value: 'Prevention', title: 'Switch to Prevention mode', kind: 'suggest' },
});

/** A WAF policy turned off (`enabled` defaults to true). */
const enabled = (resources: string[], path: string): AttributeCheck<Ids> => ({
  resources,
  ...mustBeTrue(path),
  absent: 'compliant',
  messages: { insecure: 'disabled', missing: 'disabled' },
});

export default defineRule({
  id: 'TF-450',
  title: 'Run Azure web application firewalls in Prevention mode',
  target: 'terraform',
  severity: 'medium',
  // Strict: Detection is the usual mode while a new policy is tuned.
  preset: 'strict',
  requirements: ['2.2'],
  frameworks: trafficRestriction(),
  docs: {
    rationale:
      'A web application firewall in Detection mode, or with its policy turned off, only logs the attacks it matches: ' +
      'SQL injection, cross-site scripting and bot traffic still reach the application. Prevention mode (the default of ' +
      'azurerm_web_application_firewall_policy and azurerm_frontdoor_firewall_policy) blocks them.',
    remediation: 'Tune exclusions and custom rules in Detection mode, then set the mode to "Prevention" and keep the policy enabled.',
    links: [
      azurermDoc('web_application_firewall_policy', 'mode'),
      azurermDoc('cdn_frontdoor_firewall_policy', 'mode'),
      { title: 'Application Gateway WAF modes', url: 'https://learn.microsoft.com/azure/web-application-firewall/ag/ag-overview#waf-modes' },
    ],
  },
  messages: {
    detection: '{{name}} = "Detection" logs matched attacks but lets them through.',
    disabled: 'enabled = false turns this web application firewall policy off.',
  },
  examples: {
    bad: 'resource "azurerm_web_application_firewall_policy" "web" {\n  name = "waf-web"\n\n  policy_settings {\n    mode = "Detection"\n  }\n}\n',
    good: 'resource "azurerm_web_application_firewall_policy" "web" {\n  name = "waf-web"\n\n  policy_settings {\n    mode = "Prevention"\n  }\n}\n',
  },
  check: allOf<Ids>(
    attributeCheck(mode(['azurerm_application_gateway'], 'waf_configuration.firewall_mode')),
    attributeCheck(mode(['azurerm_web_application_firewall_policy'], 'policy_settings.mode')),
    attributeCheck(enabled(['azurerm_web_application_firewall_policy'], 'policy_settings.enabled')),
    attributeCheck(mode(['azurerm_cdn_frontdoor_firewall_policy', 'azurerm_frontdoor_firewall_policy'], 'mode')),
    attributeCheck(enabled(['azurerm_cdn_frontdoor_firewall_policy', 'azurerm_frontdoor_firewall_policy'], 'enabled')),
  ),
});

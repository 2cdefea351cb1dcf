import { asBool, defineRule } from '../api';
import { trueInExistingBlock } from '../shared/aws-logging';
import { azurermDoc, trafficRestriction } from '../shared/azure-hardening';
import { attributeCheck, type CheckScope, type Verdict } from '../shared/terraform-attribute-check';

/** A WAF policy attached to the gateway (`firewall_policy_id`) protects it whatever `waf_configuration` says. */
function policyAttached({ resource }: CheckScope): Verdict {
  const policy = resource.value('firewall_policy_id');
  if (policy === undefined || policy.kind === 'null') return 'insecure';
  return policy.kind === 'unknown' && policy.reference === undefined && policy.origin === undefined ? 'unknown' : 'compliant';
}

export default defineRule({
  id: 'TF-449',
  title: 'Protect Azure Application Gateways with a web application firewall',
  target: 'terraform',
  severity: 'medium',
  // Strict: a gateway in front of internal services, or one behind Front Door with its own WAF, may need none.
  preset: 'strict',
  requirements: ['2.2'],
  frameworks: trafficRestriction(),
  docs: {
    rationale:
      'An Application Gateway without a WAF (no firewall_policy_id and no waf_configuration with enabled = true) forwards ' +
      'SQL injection, cross-site scripting and other OWASP attacks to the backends unfiltered. The WAF_v2 tier with a ' +
      'web application firewall policy inspects every request before it reaches the application.',
    remediation:
      'Use the WAF_v2 SKU tier and attach an azurerm_web_application_firewall_policy with firewall_policy_id (or set waf_configuration { enabled = true, ... }).',
    links: [
      azurermDoc('application_gateway', 'firewall_policy_id'),
      azurermDoc('web_application_firewall_policy'),
      { title: 'Azure Web Application Firewall on Azure Application Gateway', url: 'https://learn.microsoft.com/azure/web-application-firewall/ag/ag-overview' },
    ],
  },
  messages: {
    disabled: 'waf_configuration.enabled = false: this gateway forwards requests without WAF inspection.',
    missing: 'No web application firewall inspects the requests of this gateway (no firewall_policy_id or enabled waf_configuration).',
  },
  examples: {
    bad: 'resource "azurerm_application_gateway" "web" {\n  name = "agw-web"\n\n  sku {\n    name = "Standard_v2"\n    tier = "Standard_v2"\n  }\n}\n',
    good:
      'resource "azurerm_application_gateway" "web" {\n  name               = "agw-web"\n  firewall_policy_id = azurerm_web_application_firewall_policy.web.id\n\n' +
      '  sku {\n    name = "WAF_v2"\n    tier = "WAF_v2"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_application_gateway'],
    path: 'waf_configuration.enabled',
    compliant: (value, scope) => (policyAttached(scope) === 'compliant' ? true : asBool(value)),
    absent: policyAttached,
    messages: { insecure: 'disabled', missing: 'missing' },
    // A waf_configuration block needs a mode and rule set the author has to choose: only an existing one is edited.
    remedy: { value: trueInExistingBlock('waf_configuration'), title: 'Set enabled = true', kind: 'suggest' },
  }),
});

import { defineRule } from '../api';
import { allOf, minimumTls, transportEncryption } from '../shared/azure-transport';
import { azurermDoc, cisAzure, oneOf } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

const gateways = ['azurerm_application_gateway'];

export default defineRule({
  id: 'TF-179',
  title: 'Require TLS 1.2 or later on Azure Application Gateway listeners',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(cisAzure('7.12')),
  docs: {
    rationale:
      'An ssl_policy with min_protocol_version TLSv1_0 or TLSv1_1, or the predefined policies AppGwSslPolicy20150501 ' +
      '(TLS 1.0) and AppGwSslPolicy20170401 (TLS 1.1), lets clients negotiate retired protocol versions on every HTTPS ' +
      'listener of the gateway. Without ssl_policy, gateways on current API versions get AppGwSslPolicy20220101 (TLS 1.2).',
    remediation: 'Use ssl_policy { policy_type = "Predefined", policy_name = "AppGwSslPolicy20220101" }, or min_protocol_version = "TLSv1_2" on a custom policy.',
    links: [
      azurermDoc('application_gateway', 'ssl_policy'),
      { title: 'Application Gateway TLS policy overview', url: 'https://learn.microsoft.com/azure/application-gateway/application-gateway-ssl-policy-overview' },
    ],
  },
  messages: {
    weakTls: '{{name}} = "{{version}}" lets clients connect with TLS older than 1.2.',
    weakPolicy: 'The predefined TLS policy "{{policy}}" accepts TLS older than 1.2.',
  },
  examples: {
    bad: 'resource "azurerm_application_gateway" "gw" {\n  name = "gw"\n\n  ssl_policy {\n    policy_type          = "Custom"\n    min_protocol_version = "TLSv1_1"\n  }\n}\n',
    good: 'resource "azurerm_application_gateway" "gw" {\n  name = "gw"\n\n  ssl_policy {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20220101"\n  }\n}\n',
  },
  check: allOf<'weakTls' | 'weakPolicy'>(
    minimumTls({ resources: gateways, path: 'ssl_policy.min_protocol_version', weak: ['TLSv1_0', 'TLSv1_1'], secure: 'TLSv1_2' }),
    attributeCheck({
      resources: gateways,
      path: 'ssl_policy.policy_name',
      compliant: (value) => {
        const weak = oneOf(value, 'AppGwSslPolicy20150501', 'AppGwSslPolicy20170401');
        return weak === undefined ? undefined : !weak;
      },
      absent: 'compliant',
      messages: { insecure: 'weakPolicy', missing: 'weakPolicy' },
      data: (value) => ({ policy: String(value.kind === 'string' ? value.value : '') }),
      // A suggestion: clients limited to TLS 1.0/1.1 can no longer connect.
      remedy: { value: 'AppGwSslPolicy20220101', title: 'Use the AppGwSslPolicy20220101 policy (TLS 1.2)', kind: 'suggest' },
    }),
  ),
});

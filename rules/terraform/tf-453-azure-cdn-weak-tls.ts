import { defineRule } from '../api';
import { allOf, minimumTls, retiredTls, transportEncryption, weakTlsMessage } from '../shared/azure-transport';
import { azurermDoc } from '../shared/azure-hardening';

const weak = ['TLS10', 'None'];

export default defineRule({
  id: 'TF-453',
  title: 'Require TLS 1.2 on Azure Front Door and CDN custom domains',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      `${retiredTls}. A Front Door custom domain with tls.minimum_tls_version = "TLS10" (tls.minimum_version from azurerm ` +
      '5.0, which no longer accepts it), or a CDN endpoint custom domain whose managed HTTPS tls_version is "TLS10" or ' +
      '"None", lets browsers and clients negotiate TLS 1.0 at the edge. The defaults are "TLS12".',
    remediation: 'Set the minimum TLS version to "TLS12" (or remove the argument).',
    links: [
      azurermDoc('cdn_frontdoor_custom_domain', 'minimum_tls_version'),
      azurermDoc('cdn_endpoint_custom_domain', 'tls_version'),
      { title: 'End-to-end TLS with Azure Front Door', url: 'https://learn.microsoft.com/azure/frontdoor/end-to-end-tls' },
    ],
  },
  messages: { weakTls: weakTlsMessage },
  examples: {
    bad: 'resource "azurerm_cdn_frontdoor_custom_domain" "www" {\n  host_name = "www.example.com"\n\n  tls {\n    minimum_tls_version = "TLS10"\n  }\n}\n',
    good: 'resource "azurerm_cdn_frontdoor_custom_domain" "www" {\n  host_name = "www.example.com"\n\n  tls {\n    minimum_tls_version = "TLS12"\n  }\n}\n',
  },
  check: allOf<'weakTls'>(
    minimumTls({ resources: ['azurerm_cdn_frontdoor_custom_domain'], path: 'tls.minimum_tls_version', weak, secure: 'TLS12' }),
    minimumTls({ resources: ['azurerm_cdn_frontdoor_custom_domain'], path: 'tls.minimum_version', weak, secure: 'TLS12' }),
    minimumTls({ resources: ['azurerm_cdn_endpoint_custom_domain'], path: 'cdn_managed_https.tls_version', weak, secure: 'TLS12' }),
    minimumTls({ resources: ['azurerm_cdn_endpoint_custom_domain'], path: 'user_managed_https.tls_version', weak, secure: 'TLS12' }),
  ),
});

import { defineRule } from '../api';
import { allOf, mustNotBeTrue, retiredTls, transportEncryption } from '../shared/azure-transport';
import { azurermDoc } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** The protocol flags of `security`, as azurerm 4.x and 5.0 name them, and their names before (removed in 5.0). */
const protocols = ['frontend_ssl30', 'frontend_tls10', 'frontend_tls11', 'backend_ssl30', 'backend_tls10', 'backend_tls11'];
const flags = protocols.flatMap((protocol) => [`${protocol}_enabled`, `enable_${protocol}`]);

export default defineRule({
  id: 'TF-454',
  title: 'Do not enable SSL 3.0, TLS 1.0 or TLS 1.1 on Azure API Management',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      `${retiredTls}; SSL 3.0 is broken (POODLE). The security block of azurerm_api_management can turn them back on for ` +
      'clients (frontend_*) or for calls to backends (backend_*): frontend_tls10_enabled and the like (enable_frontend_tls10 ' +
      'before azurerm 5.0) all default to false.',
    remediation: 'Remove the flag or set it to false once clients and backends support TLS 1.2.',
    links: [
      azurermDoc('api_management', 'security'),
      { title: 'Manage protocols and ciphers in Azure API Management', url: 'https://learn.microsoft.com/azure/api-management/api-management-howto-manage-protocols-ciphers' },
    ],
  },
  messages: {
    weakProtocol: '{{name}} = true allows a protocol older than TLS 1.2.',
  },
  examples: {
    bad: 'resource "azurerm_api_management" "main" {\n  name = "apim-main"\n\n  security {\n    frontend_tls10_enabled = true\n  }\n}\n',
    good: 'resource "azurerm_api_management" "main" {\n  name = "apim-main"\n\n  security {\n    frontend_tls10_enabled = false\n  }\n}\n',
  },
  // A suggestion: clients or backends limited to the old protocol can no longer connect.
  check: allOf<'weakProtocol'>(
    ...flags.map((flag) =>
      attributeCheck<'weakProtocol'>({
        resources: ['azurerm_api_management'],
        ...mustNotBeTrue(`security.${flag}`),
        absent: 'compliant',
        messages: { insecure: 'weakProtocol', missing: 'weakProtocol' },
        data: () => ({ name: flag }),
      }),
    ),
  ),
});

import { defineRule } from '../api';
import { allOf, appServiceApps, transportEncryption } from '../shared/azure-transport';
import { azurermDoc } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

type Ids = 'disabled' | 'missing';

export default defineRule({
  id: 'TF-440',
  title: 'Require client certificates on Azure App Service and Function Apps',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      'Unless client_certificate_enabled is true (client_cert_enabled on the azurerm_app_service resources before 4.0; ' +
      'the default is false), the app accepts TLS connections from any client, so a service-to-service API relies on ' +
      'tokens alone. Mutual TLS lets only callers holding a trusted certificate open a connection.',
    remediation:
      'Set client_certificate_enabled = true with client_certificate_mode = "Required" (and client_certificate_exclusion_paths for public paths), and validate the certificate in the app.',
    links: [
      azurermDoc('linux_web_app', 'client_certificate_enabled'),
      { title: 'Configure TLS mutual authentication for Azure App Service', url: 'https://learn.microsoft.com/azure/app-service/app-service-web-configure-tls-mutual-auth' },
    ],
  },
  messages: {
    disabled: '{{name}} = false accepts TLS connections from clients without a certificate.',
    missing: 'Client certificates are not required, so any client can open a TLS connection (the default).',
  },
  examples: {
    bad: 'resource "azurerm_linux_web_app" "api" {\n  name = "api"\n}\n',
    good: 'resource "azurerm_linux_web_app" "api" {\n  name                       = "api"\n  client_certificate_enabled = true\n}\n',
  },
  // A suggestion: clients without a certificate can no longer connect.
  check: allOf<Ids>(
    attributeCheck({ resources: appServiceApps, ...mustBeTrue('client_certificate_enabled'), absent: 'insecure', messages: { insecure: 'disabled', missing: 'missing' }, data: () => ({ name: 'client_certificate_enabled' }) }),
    attributeCheck({ resources: ['azurerm_app_service', 'azurerm_app_service_slot'], ...mustBeTrue('client_cert_enabled'), absent: 'insecure', messages: { insecure: 'disabled', missing: 'missing' }, data: () => ({ name: 'client_cert_enabled' }) }),
  ),
});

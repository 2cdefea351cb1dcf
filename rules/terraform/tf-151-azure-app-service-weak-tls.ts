import { defineRule } from '../api';
import { allOf, appServiceApps, legacyAppServiceApps, minimumTls, retiredTls, transportEncryption, weakTlsMessage } from '../shared/azure-transport';

// Every major defaults to 1.2 (and 4.x accepts 1.3): only a downgrade is reported.
const weak = ['1.0', '1.1'];

export default defineRule({
  id: 'TF-151',
  title: 'Require TLS 1.2 or later on Azure App Service and Function Apps',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      `${retiredTls}. App Service accepts TLS 1.2 and later by default; site_config can lower the minimum for the app ` +
      '(minimum_tls_version, min_tls_version on the resources before azurerm 3.0) or for its Kudu/SCM deployment ' +
      'endpoint (scm_minimum_tls_version), and only such downgrades are reported.',
    remediation: 'Set minimum_tls_version (and scm_minimum_tls_version) to "1.2" or "1.3" in site_config, or remove them to get 1.2.',
    links: [
      { title: 'azurerm_linux_web_app site_config', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#minimum_tls_version' },
      { title: 'TLS versions in App Service', url: 'https://learn.microsoft.com/azure/app-service/overview-tls' },
    ],
  },
  messages: {
    weakTls: weakTlsMessage,
  },
  examples: {
    bad:
      'resource "azurerm_linux_web_app" "api" {\n  name            = "api"\n  service_plan_id = azurerm_service_plan.main.id\n  https_only      = true\n\n' +
      '  site_config {\n    minimum_tls_version = "1.0"\n  }\n}\n',
    good:
      'resource "azurerm_linux_web_app" "api" {\n  name            = "api"\n  service_plan_id = azurerm_service_plan.main.id\n  https_only      = true\n\n' +
      '  site_config {\n    minimum_tls_version = "1.2"\n  }\n}\n',
  },
  check: allOf(
    minimumTls({ resources: appServiceApps, path: 'site_config.minimum_tls_version', weak }),
    minimumTls({ resources: appServiceApps, path: 'site_config.scm_minimum_tls_version', weak }),
    // The resources removed in azurerm 4.0 call it min_tls_version.
    minimumTls({ resources: legacyAppServiceApps, path: 'site_config.min_tls_version', weak }),
  ),
});

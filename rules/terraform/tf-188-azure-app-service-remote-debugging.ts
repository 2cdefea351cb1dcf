import { defineRule } from '../api';
import { appServiceApps, legacyAppServiceApps, mustNotBeTrue } from '../shared/azure-transport';
import { azurermDoc, managementAccess } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-188',
  title: 'Turn off remote debugging on Azure App Service and Function Apps',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.3'],
  frameworks: managementAccess(),
  docs: {
    rationale:
      'Remote debugging opens debugger ports on the app\'s workers and lets whoever holds the publishing credentials ' +
      'attach to the running process, read its memory and change its behaviour. site_config.remote_debugging_enabled ' +
      'defaults to false.',
    remediation: 'Remove remote_debugging_enabled (or set it to false) outside short debugging sessions.',
    links: [
      azurermDoc('linux_web_app', 'remote_debugging_enabled'),
      { title: 'Configure an App Service app', url: 'https://learn.microsoft.com/azure/app-service/configure-common#configure-general-settings' },
    ],
  },
  messages: {
    enabled: 'remote_debugging_enabled = true lets a debugger attach to this app.',
  },
  examples: {
    bad: 'resource "azurerm_linux_web_app" "api" {\n  name = "api"\n\n  site_config {\n    remote_debugging_enabled = true\n  }\n}\n',
    good: 'resource "azurerm_linux_web_app" "api" {\n  name = "api"\n\n  site_config {}\n}\n',
  },
  check: attributeCheck({
    resources: [...appServiceApps, ...legacyAppServiceApps],
    ...mustNotBeTrue('site_config.remote_debugging_enabled'),
    absent: 'compliant',
    messages: { insecure: 'enabled', missing: 'enabled' },
  }),
});

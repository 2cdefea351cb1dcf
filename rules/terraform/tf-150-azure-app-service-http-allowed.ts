import { defineRule } from '../api';
import { appServiceApps, legacyAppServiceApps, transportEncryption } from '../shared/azure-transport';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-150',
  title: 'Serve Azure App Service and Function Apps over HTTPS only',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      'An App Service or Function App answers plain HTTP unless https_only is true, and the provider defaults it to false ' +
      'for web apps, function apps and their slots in every major version: session cookies, tokens and request data ' +
      'then cross the network in clear text. With https_only = true, App Service redirects HTTP requests to HTTPS.',
    remediation: 'Set https_only = true on the app and on each of its deployment slots.',
    links: [
      { title: 'azurerm_linux_web_app', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#https_only' },
      { title: 'azurerm_linux_function_app', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_function_app#https_only' },
      { title: 'Enforce HTTPS in App Service', url: 'https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https' },
    ],
  },
  messages: {
    disabled: 'https_only = false: the app also answers plain HTTP requests.',
    missing: 'https_only is not set, so the app also answers plain HTTP requests (the provider default is false).',
  },
  examples: {
    bad:
      'resource "azurerm_linux_web_app" "api" {\n  name                = "api"\n  resource_group_name = "rg"\n  location            = "westeurope"\n' +
      '  service_plan_id     = azurerm_service_plan.main.id\n\n  site_config {}\n}\n',
    good:
      'resource "azurerm_linux_web_app" "api" {\n  name                = "api"\n  resource_group_name = "rg"\n  location            = "westeurope"\n' +
      '  service_plan_id     = azurerm_service_plan.main.id\n  https_only          = true\n\n  site_config {}\n}\n',
  },
  check: attributeCheck({
    // azurerm 3.0 added the Linux/Windows resources; azurerm_app_service and azurerm_function_app
    // (and their slots), removed in 4.0, have the same argument and default.
    resources: [...appServiceApps, ...legacyAppServiceApps],
    // A suggestion: clients that post over plain HTTP get a redirect instead of an answer.
    ...mustBeTrue('https_only'),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});
